import datetime as dt
import random

import pytest

from bulletin_desktop.core.model import Article, DistributionLine, Issue, Item, Section, Signoff, Special
from bulletin_desktop.core.richtext import Run, plain, to_markup
from bulletin_desktop.core.textformat import BulletinFormatError, decode, read_text, write_text


def test_sample_masthead(sample_issue):
    assert sample_issue.series == "漯河安全生产简报"
    assert sample_issue.number == 52
    assert sample_issue.special == Special("安全生产大检查专刊", 34)
    assert sample_issue.date == dt.date(2022, 11, 21)
    assert sample_issue.office == "漯河市安全生产委员会办公室"


def test_sample_sections_and_entries(sample_issue):
    titles = [s.title for s in sample_issue.sections]
    assert titles == ["安排部署", "督导检查", "隐患排查", "应急演练", "工作交流"]
    assert [len(s.entries) for s in sample_issue.sections] == [3, 1, 3, 1, 1]
    article = sample_issue.sections[-1].entries[0]
    assert isinstance(article, Article)
    assert article.title == "源汇区老街街道聚力打造智慧消防安全防线"
    # an introduction and three parts
    assert len(article.paragraphs) == 4
    assert [plain(p)[:2] for p in article.paragraphs[1:]] == ["一、", "二、", "三、"]
    assert plain(article.paragraphs[0]).startswith("近年来")


def test_sample_page_breaks_are_joined(sample_issue):
    texts = [e.text for _, e in sample_issue.entries()]
    joined = "\n".join(texts)
    assert "坚持高位推动" in joined
    assert "连续8年未发生火灾伤亡事故" in joined
    assert "配备移动手机终端" in joined
    assert "坚持高\n" not in joined


def test_sample_keeps_the_clerks_text(sample_issue):
    first = sample_issue.sections[0].entries[0]
    assert "安全生产形式持续稳定向好" in first.text  # the real typo stays until the clerk fixes it
    assert "今年 11 月份" in sample_issue.sections[-1].entries[0].text


def test_sample_bold_spans(sample_issue):
    bold = [run.text for _, e in sample_issue.entries()
            for run in (e.rich if isinstance(e, Item) else [r for p in e.paragraphs for r in p]) if run.bold]
    assert bold == ["西城区", "市应急管理局", "舞阳县",
                    "一是搭建消防安全智慧平台。", "二是建立移动 APP 终端平台。", "三是融合视频监控平台。",
                    "一是完善制度机制。", "二是严格考核奖惩。", "三是强化宣传教育。"]


def test_sample_items_have_date_and_unit(sample_issue):
    items = [e for _, e in sample_issue.entries() if isinstance(e, Item)]
    assert [i.date for i in items] == ["11月15日", "11月17日", "11月18日", "11月16日", "11月16日", "11月16日",
                                       "11月14日—11月18日", "11月15日"]
    assert [i.unit for i in items if i.unit] == ["西城区", "市应急管理局", "舞阳县"]
    assert to_markup(items[2].rich).startswith("11月18日，**西城区**组织召开")


def test_sample_closing_block(sample_issue):
    assert sample_issue.signoff == Signoff(["卜丹", "赵贺龙"], ["翟红伟"], ["孙全忠"])
    assert [d.label for d in sample_issue.distribution] == ["送", "发"]
    assert sample_issue.distribution[1].text == (
        "各县区人民政府，经济技术开发区、市城乡一体化示范区、西城区管委会，市安全生产委员会有关成员单位。"
    )


def test_round_trip_of_the_sample(sample_issue):
    written = write_text(sample_issue)
    assert read_text(written) == sample_issue
    assert write_text(read_text(written)) == written


def _random_issue(rng: random.Random) -> Issue:
    words = ["安全", "检查", "消防", "隐患", "整改", "会议", "部署", "推进", "燃气", "演练", "ABC", "12"]

    def sentence(n):
        return "".join(rng.choice(words) for _ in range(n)) + "。"

    sections = []
    for s in range(rng.randint(0, 4)):
        entries = []
        for _ in range(rng.randint(0, 4)):
            body = (Run(sentence(rng.randint(3, 30))), Run(sentence(2), True), Run(sentence(5)))
            entries.append(Item(body=body, date=rng.choice(["", "3月1日", "3月1日—3月5日"]),
                                unit=rng.choice(["", "西城区", "市应急管理局"])))
        if rng.random() < 0.3:
            entries.append(Article(title="经验交流" + rng.choice(words),
                                   paragraphs=[(Run("一、" + sentence(2)),), (Run(sentence(40)),)]))
        sections.append(Section(f"栏目{s}", entries))
    return Issue(
        series="某某简报", number=rng.randint(1, 999), date=dt.date(2024, rng.randint(1, 12), rng.randint(1, 28)),
        office="某某办公室", special=rng.choice([None, Special("专刊", rng.randint(1, 50))]), sections=sections,
        signoff=Signoff(["甲", "乙"], ["丙"], []),
        distribution=[DistributionLine("送", "各位领导。"), DistributionLine("发", "各单位。")][: rng.randint(0, 2)],
    )


def test_round_trip_of_generated_issues():
    rng = random.Random(52)
    for _ in range(300):
        issue = _random_issue(rng)
        assert read_text(write_text(issue)) == issue


def test_office_and_date_on_one_line():
    issue = read_text("某某简报\n\n第3期\n\n某某办公室    2024年3月5日\n\n【动态】\n\n3月1日，**某县**开会。\n")
    assert (issue.office, issue.date, issue.sections[0].entries[0].unit) == ("某某办公室", dt.date(2024, 3, 5), "某县")


def test_full_width_spaces_are_trimmed_at_the_ends_and_kept_inside_a_line():
    issue = read_text("某某简报\n\n第3期\n\n某某办公室　　　　2024年3月5日\n\n【动态】\n\n"
                      "　　3月1日，**某县**召开　会议。\n\n印发：某某办公室　　2024年3月6日印发\n\n"
                      "编辑：卜　丹　　赵贺龙\n")
    assert (issue.office, issue.date) == ("某某办公室", dt.date(2024, 3, 5))
    entry = issue.sections[0].entries[0]
    assert (entry.date, entry.unit, plain(entry.body)) == ("3月1日", "某县", "召开　会议。")  # the clerk's text
    assert issue.signoff.editors == ["卜丹", "赵贺龙"]  # a two-character name padded to three
    assert [(d.label, d.text) for d in issue.distribution] == [("印发", "某某办公室　　2024年3月6日印发")]
    assert read_text(write_text(issue)) == issue


def test_masthead_only_is_an_issue_without_sections():
    issue = read_text("某某简报\n第3期\n某某办公室\n2024年3月5日\n")
    assert issue.number == 3 and issue.sections == []


@pytest.mark.parametrize("text, expected", [
    ("", "空的"),
    ("   \n\n  \n", "空的"),
    ("第3期\n2024年3月5日", "简报名称"),
    ("某某简报\n2024年3月5日\n【动态】\n内容。", "期号"),
    ("某某简报\n第3期\n【动态】\n内容。", "日期"),
    ("某某简报\n第3期\n2024年2月30日", "日期不存在"),
    ("x" * 5000, "简报名称"),
])
def test_not_a_bulletin_is_refused_clearly(text, expected):
    with pytest.raises(BulletinFormatError) as error:
        read_text(text)
    assert expected in error.value.message


def test_random_text_never_crashes_the_reader():
    rng = random.Random(9)
    pool = "某简报第期年月日【】，。**\n\n 0123456789" + "".join(chr(c) for c in range(0x20, 0x7F))
    for _ in range(3000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 200)))
        if rng.random() < 0.3:
            text = "".join(chr(rng.randint(0, 0x10FFFF)) for _ in range(50)).encode("utf-8", "replace").decode("utf-8", "replace")
        try:
            read_text(text)
        except BulletinFormatError as exc:
            assert exc.message


def test_decode_handles_the_encodings_of_office_machines(sample_text):
    assert decode(sample_text.encode("gb18030")) == sample_text
    assert decode(b"\xef\xbb\xbf" + sample_text.encode()) == sample_text
    assert decode(sample_text.encode("utf-16")) == sample_text
    with pytest.raises(BulletinFormatError, match="二进制"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00")


def test_control_characters_are_dropped():
    issue = read_text("某某简报\x07\n第3期\n2024年3月5日\n【动态】\n内容\x00一。\n")
    assert issue.series == "某某简报"
    assert issue.sections[0].entries[0].text == "内容一。"


@pytest.mark.parametrize("office", ["〔2024〕", "2024年3月5日", "内部资料", "编辑：张三", "【安排部署】", "第一期编辑部",
                                    "漯河市安全生产委员会办公室"])
def test_an_office_that_would_read_as_another_masthead_line_is_written_explicitly(sample_issue, office):
    sample_issue.office = office
    text = write_text(sample_issue)
    assert read_text(text) == sample_issue
    masthead = text.split("2022年11月21日")[0].splitlines()
    plain_office = office in masthead
    assert plain_office != (f"\\单位|{office}" in masthead)
    assert plain_office == (office in ("第一期编辑部", "漯河市安全生产委员会办公室"))


@pytest.mark.parametrize("series", ["2024年3月5日", "内部资料", "第3期", "工 作 动 态", "★工作动态★"])
def test_a_name_that_would_read_otherwise_is_written_explicitly(sample_issue, series):
    sample_issue.series = series
    text = write_text(sample_issue)
    assert text.startswith(f"\\刊名|{series}\n")
    assert read_text(text) == sample_issue


def test_page_numbers_between_the_lines_of_a_typed_text_are_left_out():
    """—2—, - 3 -, 第 4 页 共 5 页 on lines of their own are no text, in any copy; a paragraph
    cut by one is joined again."""
    issue = read_text("安全生产简报\n第5期\n某某办公室　　2024年3月5日\n【工作动态】\n"
                      "3月1日，**某县**召开安全生产工作会议，会议传达学习了全省安全生产电视电话会议精神，安排部署了近期全县安全\n\n"
                      "—2—\n\n生产重点工作。\n3月2日，**某区**开展检查。\n- 3 -\n3月3日，**某镇**开展演练。\n第 4 页 共 5 页\n报：市委\n")
    assert [e.text for _, e in issue.entries()] == [
        "3月1日，某县召开安全生产工作会议，会议传达学习了全省安全生产电视电话会议精神，安排部署了近期全县安全生产重点工作。",
        "3月2日，某区开展检查。", "3月3日，某镇开展演练。"]


def test_an_entry_that_only_names_a_source_is_written_so_it_stays_an_entry():
    """Read after another entry, （城关镇党政办供稿） on a line of its own ends that entry; an
    entry of the clerk's that holds just such a line is written explicitly, and so is one
    first in its section: read as written, its unit would be the one it signs with."""
    from bulletin_desktop.core.model import Item, Section
    from bulletin_desktop.core.richtext import from_plain

    issue = read_text("某某简报\n第3期\n2024年3月5日\n【动态】\n3月1日，**某县**开会。\n")
    issue.sections = [Section("动态", [issue.sections[0].entries[0], Item(body=from_plain("（城关镇党政办供稿）")),
                                     Item(body=from_plain("——县消防救援大队"))]),
                      Section("交流", [Item(body=from_plain("（县应急局供稿）"))])]
    text = write_text(issue)
    assert read_text(text) == issue
    assert "\\条目|||（城关镇党政办供稿）" in text.splitlines() and "\\条目|||（县应急局供稿）" in text.splitlines()


@pytest.mark.parametrize("title", ["县长　王某某", "——某镇做法", "（某县应急管理局）"])
def test_a_title_that_reads_as_the_previous_articles_byline_is_written_explicitly(title):
    from bulletin_desktop.core.model import Article, Section
    from bulletin_desktop.core.richtext import from_plain

    issue = read_text("某某简报\n第3期\n2024年3月5日\n【交流】\n")
    issue.sections = [Section("交流", [Article(title="在全县会议上的讲话"),
                                     Article(title=title, paragraphs=[from_plain("今年以来，某县抓好安全生产。")])])]
    text = write_text(issue)
    assert f"\\标题|{title}" in text.splitlines()
    assert read_text(text) == issue
