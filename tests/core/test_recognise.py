"""The one structure recogniser, on paragraphs as the text and Word readers give them."""
import datetime as dt

import pytest

from bulletin_desktop.core.model import Article, DistributionLine, Item, Signoff, Special, YearNumber
from bulletin_desktop.core.recognise import BulletinFormatError, Hint, Paragraph, Role, recognise
from bulletin_desktop.core.recognise.closing import split_names
from bulletin_desktop.core.richtext import Run, parse_markup, plain, to_markup
from bulletin_desktop.core.textformat import read_text, write_text


def read(text: str):
    return recognise([parse_markup(line) for line in text.splitlines()])


MASTHEAD = "某某简报\n第3期\n某某办公室\n2024年3月5日\n"


@pytest.mark.parametrize("line, number", [
    ("第52期", 52), ("第 3 期", 3), ("第　3　期", 3), ("第十二期", 12), ("2026年第6期（总第60期）", 60),
    ("第6期(总第60期)", 60), ("总第60期", 60), ("（第52期）", 52), ("2026年第6期 总第60期", 60),
    ("2026年第6期(总60期)", 60),
])
def test_issue_number_forms(line, number):
    issue = read(f"某某简报\n{line}\n2024年3月5日\n").issue
    assert issue.number == number


@pytest.mark.parametrize("line, number, year_number", [
    ("2026年第6期（总第60期）", 60, YearNumber(6, 2026)),
    ("2026年第六期(总第六十期)", 60, YearNumber(6, 2026)),
    ("第6期（总第60期）", 60, YearNumber(6, None)),
    ("2026年 第 6 期", 6, YearNumber(6, 2026, total=False)),
    ("第52期", 52, None),
])
def test_the_number_within_the_year_is_kept_as_the_masthead_writes_it(line, number, year_number):
    result = read(f"某某简报\n{line}\n2026年3月5日\n")
    assert (result.issue.number, result.issue.year_number) == (number, year_number)
    assert result.warnings == []  # nothing was dropped
    assert result.issue.number_line() == line.replace(" ", "").replace("六十", "60").replace("六", "6").replace(
        "(", "（").replace(")", "）")


def test_the_running_number_alone_keeps_its_zong():
    """总第60期: the issue is number 60, and its 期号 line prints as written."""
    result = read("某某简报\n总第60期\n2026年3月5日\n")
    assert (result.issue.number, result.issue.year_number, result.issue.number_line()) == (
        60, YearNumber(None), "总第60期")
    assert result.warnings == []
    again = read(write_text(result.issue))  # the text export reads back the same
    assert (again.issue.number, again.issue.number_line()) == (60, "总第60期")


def test_the_number_and_the_date_on_one_line():
    result = read("某某简报\n某某办公室\n第52期　　　　2024年3月5日\n【动态】\n3月1日，**某县**开会。\n")
    issue = result.issue
    assert (issue.number, issue.office, issue.date) == (52, "某某办公室", dt.date(2024, 3, 5))
    assert result.warnings == [] and [s.title for s in issue.sections] == ["动态"]


def test_a_special_series_line_in_brackets_stays_the_special_series():
    issue = read("某某简报\n第52期\n（安全生产大检查专刊 第34期）\n2024年3月5日\n").issue
    assert (issue.number, issue.special) == (52, Special("安全生产大检查专刊", 34))


@pytest.mark.parametrize("lines, special", [
    ("（安全生产大检查专刊 第34期）", Special("安全生产大检查专刊", 34)),
    ("(防汛特刊第3期)", Special("防汛特刊", 3)),
    ("安全生产大检查专刊 第34期", Special("安全生产大检查专刊", 34)),
    ("安全生产大检查专刊\n第34期", Special("安全生产大检查专刊", 34)),
    ("（防汛专刊）　第3期", Special("防汛专刊", 3)),
    ("防汛专刊（第3期）", Special("防汛专刊", 3)),
    ("（防汛专刊·第3期）", Special("防汛专刊", 3)),
    ("迎峰度夏特刊・第3期", Special("迎峰度夏特刊", 3)),
])
def test_special_forms(lines, special):
    issue = read(f"某某简报\n第52期\n{lines}\n某某办公室\n2024年3月5日\n").issue
    assert (issue.number, issue.special, issue.office) == (52, special, "某某办公室")


@pytest.mark.parametrize("line", ["第52期（防汛专刊第3期）", "第52期（防汛专刊　第3期）", "第52期（防汛专刊·第3期）"])
def test_the_special_series_with_its_number_after_the_issue_s_on_one_line(line):
    issue = read(f"某某简报\n{line}\n某某办公室\n2024年3月5日\n").issue
    assert (issue.number, issue.special, issue.office) == (52, Special("防汛专刊", 3), "某某办公室")


@pytest.mark.parametrize("lines", ["第12期（防汛专刊）", "（防汛专刊）\n第12期", "防汛专刊\n第12期", "第12期\n防 汛 专 刊",
                                   "2024年第3期（总第12期）（防汛专刊）"])
def test_a_special_series_without_a_number_of_its_own(lines):
    """A 专刊 that numbers nothing is kept so, and printed so (（防汛专刊）), not as a 第0期."""
    result = read(f"某某简报\n{lines}\n某某办公室　　2024年3月5日\n【动态】\n3月1日，某县开会。\n")
    assert (result.issue.number, result.issue.special, result.warnings) == (12, Special("防汛专刊", None), [])
    assert "（防汛专刊）" in write_text(result.issue).splitlines()
    assert read_text(write_text(result.issue)) == result.issue


@pytest.mark.parametrize("line, office, date", [
    ("2024年3月5日", "某某办公室", dt.date(2024, 3, 5)),
    ("某某县应急局　　　　2024年3月5日", "某某县应急局", dt.date(2024, 3, 5)),
    ("某某县应急局2024年3月5日", "某某县应急局", dt.date(2024, 3, 5)),
    ("2024年 3 月 5 日", "某某办公室", dt.date(2024, 3, 5)),
    ("二〇二四年三月十五日", "某某办公室", dt.date(2024, 3, 15)),
    ("2024年3月1日—3月5日", "某某办公室", dt.date(2024, 3, 5)),
    ("2024年12月28日至2025年1月3日", "某某办公室", dt.date(2025, 1, 3)),
    ("2024年3月5日印发", "某某办公室", dt.date(2024, 3, 5)),
    ("某某县应急局　2024年3月5日编印", "某某县应急局", dt.date(2024, 3, 5)),
    ("2024.3.5", "某某办公室", dt.date(2024, 3, 5)), ("2024-03-05", "某某办公室", dt.date(2024, 3, 5)),
    ("2024/3/5", "某某办公室", dt.date(2024, 3, 5)),
])
def test_office_and_date_forms(line, office, date):
    issue = read(f"某某简报\n第3期\n某某办公室\n{line}\n").issue
    assert (issue.office, issue.date) == (office, date)


def test_date_range_is_reported():
    result = read("某某简报\n第3期\n2024年3月1日—3月5日\n")
    assert any("时段" in w for w in result.warnings)


@pytest.mark.parametrize("line", ["安 全 生 产 简 报", "安　全　生　产　简　报", " 安全  生产简报 "])
def test_a_letter_spaced_name_is_the_name_itself_with_a_warning_when_spaces_went(line):
    result = read(line + "\n" + MASTHEAD.split("\n", 1)[1] + "【动态】\n3月1日，**某县**开会。\n")
    assert result.issue.series == "安全生产简报"
    assert any("字间空格" in w and line.strip() in w for w in result.warnings)


def test_spaces_between_latin_words_of_a_name_stay():
    result = read("Safety News 简报\n第3期\n2024年3月5日\n【动态】\n3月1日，**某县**开会。\n")
    assert result.issue.series == "Safety News 简报"
    assert not any("字间空格" in w for w in result.warnings)


@pytest.mark.parametrize("marks,kept", [("内部资料　注意保存\n", "内部资料　注意保存"),
                                        ("内部资料\n注意保存\n", "内部资料 注意保存"), ("秘密★1年\n", "秘密★1年")])
def test_marks_above_the_name_are_the_issues_marking(marks, kept):
    """Kept as the masthead prints them, to be printed there again; not text of the body."""
    result = read(marks + MASTHEAD + "【动态】\n3月1日，**某县**开会。\n")
    issue = result.issue
    assert issue.series == "某某简报" and issue.marking == kept
    assert [s.title for s in issue.sections] == ["动态"] and not result.warnings
    assert result.roles[0] == (Role.MARKING,)


@pytest.mark.parametrize("heading", ["【动态】", "〖动态〗", "［动态］", "[动态]", "〔 动态 〕"])
def test_a_section_heading_in_any_of_the_brackets_bulletins_use(heading):
    issue = read(MASTHEAD + f"{heading}\n3月1日，**某县**开会。\n3月2日，**某区**检查。\n").issue
    assert [(s.title, len(s.entries)) for s in issue.sections] == [("动态", 2)]


def test_bare_section_headings_are_told_from_article_titles_by_the_dated_entry_after_them():
    issue = read(MASTHEAD + "工作动态\n3月1日，**某县**开会。\n3月2日，**某区**检查。\n县区交流\n3月3日，某市演练。\n"
                 "宝丰县：筑牢安全防线\n今年以来，宝丰县坚持问题导向。\n").issue
    assert [(s.title, len(s.entries)) for s in issue.sections] == [("工作动态", 2), ("县区交流", 2)]
    article = issue.sections[1].entries[1]
    assert isinstance(article, Article) and article.title == "宝丰县：筑牢安全防线"


def test_news_headlines_over_one_dated_paragraph_each_are_articles_whatever_their_length():
    """A bulletin of news items: each headline over its dated paragraph. The short headline
    is read like the long one beside it, not as a section holding one entry."""
    issue = read(MASTHEAD + "县委召开常委会议\n3月5日，县委书记主持召开县委常委会议。\n"
                 "全县春季义务植树活动启动\n3月6日，全县春季义务植树活动在城关镇启动。\n").issue
    assert [s.title for s in issue.sections] == [""]
    assert [(e.kind, e.title, len(e.paragraphs)) for e in issue.sections[0].entries] == [
        ("article", "县委召开常委会议", 1), ("article", "全县春季义务植树活动启动", 1)]


def test_a_section_of_one_entry_before_another_section_stays_a_section():
    issue = read(MASTHEAD + "工作动态\n3月1日，某县开会。\n县区交流\n3月3日，某市演练。\n"
                 "领导批示\n3月5日，市长作出批示。\n").issue
    assert [(s.title, len(s.entries)) for s in issue.sections] == [("工作动态", 1), ("县区交流", 1), ("领导批示", 1)]


def test_a_short_article_title_before_prose_stays_an_article_title():
    issue = read(MASTHEAD + "经验做法\n今年以来，某县坚持问题导向。\n一是压实责任。\n").issue
    assert [s.title for s in issue.sections] == [""]
    assert [e.title for e in issue.sections[0].entries] == ["经验做法"]


def test_numbered_section_headings_when_there_are_no_brackets():
    issue = read(MASTHEAD + "一、工作动态\n3月1日，某县开会。\n二、经验交流\n某乡的做法\n一是抓好。\n").issue
    assert [s.title for s in issue.sections] == ["工作动态", "经验交流"]
    assert isinstance(issue.sections[1].entries[0], Article)


def test_numbered_parts_inside_articles_when_sections_use_brackets():
    issue = read(MASTHEAD + "【交流】\n某乡的做法\n一、夯实基础\n正文。\n").issue
    article = issue.sections[0].entries[0]
    assert isinstance(article, Article) and len(article.paragraphs) == 2


def test_heading_hint_makes_a_section():
    paras = [parse_markup(line) for line in MASTHEAD.splitlines()]
    paras += [Paragraph((Run("工作动态"),), Hint.HEADING), parse_markup("3月1日，某县开会。")]
    issue = recognise(paras).issue
    assert [s.title for s in issue.sections] == ["工作动态"]


def test_dated_entries_with_the_bold_unit_in_the_forms_authors_use():
    issue = read(MASTHEAD + "【动态】\n3月1日，**某县，**召开会议。\n**3月2日，某乡**开展检查。\n"
                 "3月3日—3月5日，**市应急局**督导。\n**一是**抓好落实。\n").issue
    items = issue.sections[0].entries
    assert [(i.date, i.unit) for i in items] == [("3月1日", "某县"), ("3月2日", "某乡"), ("3月3日—3月5日", "市应急局"),
                                                 ("", "一是")]
    assert items[0].text == "3月1日，某县，召开会议。"
    assert to_markup(items[1].rich) == "3月2日，**某乡**开展检查。"


def test_an_entry_opening_with_its_unit_and_a_colon_in_bold():
    issue = read(MASTHEAD + "【动态】\n**西平县：**6月3日，西平县召开推进会。\n**市应急管理局:**开展督导。\n"
                 "**工作要求：**各地要抓好落实。\n**一是：**抓好落实。\n").issue
    items = issue.sections[0].entries
    assert [(i.date, i.unit) for i in items] == [("", "西平县"), ("", "市应急管理局"), ("", ""), ("", "")]
    assert items[0].text == "西平县：6月3日，西平县召开推进会。"  # the text as written
    assert to_markup(items[0].rich) == "**西平县**：6月3日，西平县召开推进会。"
    assert to_markup(items[2].rich) == "**工作要求：**各地要抓好落实。"  # a bold lead, not a unit


def test_the_contents_block_and_the_editors_note():
    """本期要目 lists the titles of what follows: its lines are kept as they are, in a section
    of their own, and do not become empty articles; 编者按 is text of its own, not the
    paragraph of the article before it."""
    issue = read(MASTHEAD + "本期要目\n◇某县召开安全生产工作会议\n◇督导组深入乡镇开展检查………3\n"
                 "编者按：现将有关情况编发如下。\n某县召开安全生产工作会议\n4月3日，某县召开会议。\n"
                 "督导组深入乡镇开展检查\n4月5日，督导组开展检查。\n").issue
    contents, body = issue.sections
    assert contents.title == "本期要目"
    assert [e.text for e in contents.entries] == ["◇某县召开安全生产工作会议", "◇督导组深入乡镇开展检查………3"]
    assert [e.kind for e in body.entries] == ["item", "article", "article"] and body.title == ""
    assert body.entries[0].text == "编者按：现将有关情况编发如下。"
    assert [e.title for e in body.entries[1:]] == ["某县召开安全生产工作会议", "督导组深入乡镇开展检查"]
    assert read_text(write_text(issue)) == issue
    # contents followed by sections: no empty untitled section between them
    issue = read(MASTHEAD + "目录\n某县召开会议\n【动态】\n3月1日，某县开会。\n").issue
    assert [s.title for s in issue.sections] == ["目录", "动态"]
    # an article after entries is not taken for contents
    issue = read(MASTHEAD + "【动态】\n3月1日，某县开会。\n目录\n").issue
    assert [s.title for s in issue.sections] == ["动态"]


@pytest.mark.parametrize("line", ["2024年3月5日 星期二", "2024年3月5日（星期二）", "2024年3月5日(周二)", "2024.3.5 星期二"])
def test_a_date_line_with_its_weekday(line):
    assert read("某某简报\n第3期\n某某办公室\n" + line + "\n【动态】\n3月1日，某县开会。\n").issue.date == dt.date(2024, 3, 5)


def test_a_bulleted_heading_is_a_section_without_its_bullet():
    issue = read(MASTHEAD + "■ 工作动态\n3月1日，某县开会。\n◆基层信息\n3月2日，某乡开展检查。\n").issue
    assert [s.title for s in issue.sections] == ["工作动态", "基层信息"]


def test_a_signer_printed_beside_the_office():
    issue = read("信息快报\n第21期\n某某应急管理局　　　　签发人：张三\n2024年5月6日\n【动态】\n5月5日，某县开会。\n").issue
    assert (issue.office, issue.signoff.signers) == ("某某应急管理局", ["张三"])
    issue = read("信息快报\n第21期\n某某应急管理局　签发：张三　　2024年5月6日\n【动态】\n5月5日，某县开会。\n签发：李四\n").issue
    assert (issue.office, issue.signoff.signers) == ("某某应急管理局", ["李四"])  # the closing block's own wins


def test_signoff_forms():
    result = read(MASTHEAD + "【动态】\n内容。\n本期编辑：卜　丹　赵贺龙　　初审：张三\n签发：李四\n")
    assert result.issue.signoff == Signoff(["卜丹", "赵贺龙"], ["张三"], ["李四"])
    result = read(MASTHEAD + "责任编辑：王五 执笔：赵六 审核：张三 签发：李四\n")
    assert result.issue.signoff == Signoff(["王五", "赵六"], ["张三"], ["李四"])
    result = read(MASTHEAD + "【动态】\n内容。\n编辑：王五　核稿：张三　复审：钱七　签发：李四\n")
    assert (result.issue.signoff, result.warnings) == (Signoff(["王五"], ["张三", "钱七"], ["李四"]), [])


def test_split_names():
    assert split_names("卜　丹　赵贺龙") == ["卜丹", "赵贺龙"]
    assert split_names("甲 乙") == ["甲", "乙"]
    assert split_names("王五、赵六，孙七") == ["王五", "赵六", "孙七"]


def test_distribution_wrapped_split_and_on_one_line():
    result = read(MASTHEAD + "【动态】\n内容。\n报：市委、市政府。　　送：各县区。\n发：各乡镇、\n各部门。\n抄送：ABC\n123单位。\n")
    assert result.issue.distribution == [
        DistributionLine("报", "市委、市政府。"), DistributionLine("送", "各县区。"),
        DistributionLine("发", "各乡镇、各部门。"), DistributionLine("抄送", "ABC 123单位。"),
    ]


def test_a_distribution_list_ends_before_a_dated_line_a_note_or_another_label():
    result = read(MASTHEAD + "【动态】\n内容。\n报：市委、\n市政府\n送：各县区\n某某办公室　　2024年3月5日印发\n"
                  "（此件公开发布）\n联系人：张三　电话：0396-1234567\n")
    assert result.issue.distribution == [DistributionLine("报", "市委、市政府"), DistributionLine("送", "各县区"),
                                         DistributionLine("", "某某办公室　　2024年3月5日印发"),  # the 印发 line
                                         DistributionLine("", "联系人：张三　电话：0396-1234567")]  # in the box, as written
    assert [e.text for e in result.issue.sections[-1].entries] == ["（此件公开发布）"]
    assert any("报尾中有 1 行未能识别" in w for w in result.warnings)


ISSUED = "某某办公室　　2024年3月5日印发"


@pytest.mark.parametrize("closing", [f"发：各县区。\n{ISSUED}\n（共印30份）\n", f"{ISSUED}\n"])
def test_the_issued_line_is_kept_as_a_line_of_the_closing_box(closing):
    """GB/T 9704's 印发 line (the office and the date it was issued), alone or under the
    distribution list, is kept as written; a body sentence about something issued is not one."""
    result = read(MASTHEAD + "【动态】\n3月1日，某县印发宣传册2000份。\n" + closing)
    assert [d.line() for d in result.issue.distribution if not d.label] == [ISSUED]
    assert [e.text for s in result.issue.sections for e in s.entries] == ["3月1日，某县印发宣传册2000份。"]
    assert not result.warnings


def test_many_distribution_lines_without_signoff():
    lines = "".join(f"发：第{n}组单位。\n" for n in range(12))
    issue = read(MASTHEAD + "【动态】\n内容。\n" + lines).issue
    assert len(issue.distribution) == 12 and issue.sections[0].entries[0].text == "内容。"


def test_a_body_paragraph_starting_like_a_distribution_line_stays_in_the_body():
    issue = read(MASTHEAD + "【动态】\n发：这是正文里的一句话。\n3月1日，某县开会。\n").issue
    assert len(issue.sections[0].entries) == 2 and issue.distribution == []


def test_print_note_is_kept():
    result = read(MASTHEAD + "【动态】\n内容。\n送：各县区。　　　　（共印35份）\n")
    assert result.issue.distribution == [DistributionLine("送", "各县区。")]
    assert result.issue.print_copies == 35 and result.issue.print_note == "（共印35份）"
    assert result.warnings == []
    result = read(MASTHEAD + "【动态】\n内容。\n送：各县区。\n( 共印 8 份 )\n")
    assert result.roles[-1] == (Role.PRINT_NOTE,)
    assert result.issue.print_copies == 8
    assert read(MASTHEAD + "【动态】\n内容。\n送：各县区。\n").issue.print_copies is None


@pytest.mark.parametrize("line", ["共印35份", "印数：35份", "（印数：35份）", "(共印35份)"])
def test_the_print_note_in_the_forms_bulletins_write_it(line):
    result = read(MASTHEAD + f"【动态】\n内容。\n发：各县区。\n{line}\n")
    assert result.issue.print_copies == 35 and result.warnings == []
    assert [e.text for _s, e in result.issue.entries()] == ["内容。"]


def test_a_body_sentence_about_copies_printed_stays_in_the_body():
    issue = read(MASTHEAD + "【动态】\n3月1日，某县印发宣传册，共印3000份。\n发：各县区。\n").issue
    assert issue.print_copies is None and len(list(issue.entries())) == 1


@pytest.mark.parametrize("label", ["主送", "报送", "发送", "编印", "本期发", "本期送", "分发", "呈报", "呈送"])
def test_more_distribution_labels(label):
    issue = read(MASTHEAD + f"【动态】\n内容。\n{label}：各县区。\n").issue
    assert issue.distribution == [DistributionLine(label, "各县区。")]


def test_unplaced_closing_text_is_kept():
    result = read(MASTHEAD + "【动态】\n内容。\n编辑：甲 审核：乙\n（此件公开发布）\n")
    assert result.issue.sections[-1].title == "报尾中未识别的内容"
    assert result.issue.sections[-1].entries[0].text == "（此件公开发布）"
    assert any("报尾" in w for w in result.warnings)


def test_roles_follow_the_input_paragraphs_blank_ones_included():
    paras = [parse_markup(t) for t in ["某某简报", "", "第3期", "2024年3月5日", "【动态】", "3月1日，某县开会。"]]
    roles = recognise(paras).roles
    assert roles == [(Role.NAME,), (), (Role.NUMBER,), (Role.DATE,), (Role.SECTION,), (Role.ITEM,)]


def test_article_title_hint_wins_over_the_shape():
    paras = [parse_markup(t) for t in MASTHEAD.splitlines()] + [
        parse_markup("【交流】"), Paragraph((Run("一个很长的，带逗号的标题。"),), Hint.ARTICLE_TITLE),
        parse_markup("正文。"),
    ]
    article = recognise(paras).issue.sections[0].entries[0]
    assert isinstance(article, Article) and article.title == "一个很长的，带逗号的标题。"


@pytest.mark.parametrize("text, expected", [
    ("", "空的"), ("第3期\n2024年3月5日", "简报名称"), ("某某简报\n2024年3月5日", "期号"),
    ("某某简报\n第3期\n【动态】", "日期"), ("某某简报\n第3期\n2024年2月30日", "日期不存在"),
])
def test_no_masthead_is_refused(text, expected):
    with pytest.raises(BulletinFormatError, match=expected):
        read(text)


def test_entries_are_items():
    issue = read(MASTHEAD + "【动态】\n3月1日，某县开会。\n")
    assert isinstance(issue.issue.sections[0].entries[0], Item)


@pytest.mark.parametrize("byline", ["——青年镇交通安全工作做法", "—— 青年镇党委", "（临颍县应急管理局）"])
def test_a_subtitle_or_byline_under_an_article_title_belongs_to_that_article(byline):
    """Not an article of its own with nothing in it: the line under the title is the
    article's first paragraph, where the reporting unit is looked for."""
    from bulletin_desktop.core.model import unit_lead

    text = (MASTHEAD + "【经验交流】\n织密农村交通安全防护网\n" + byline + "\n今年以来，青年镇坚持三管齐下。\n"
            "一是抓宣传。组织宣讲32场次。\n筑牢校园安全防线\n近年来，某校扎实推进平安校园建设。\n")
    entries = read(text).issue.sections[0].entries
    assert [(e.title, len(e.paragraphs)) for e in entries] == [("织密农村交通安全防护网", 3), ("筑牢校园安全防线", 1)]
    assert entries[0].text.split("\n")[1] == byline
    assert unit_lead(entries[0]).lstrip("—（ ").startswith(("青年镇", "临颍县"))


@pytest.mark.parametrize("source, unit", [
    ("（城关镇党政办供稿）", "城关镇党政办供稿"), ("（来源：县应急管理局）", "县应急管理局"),
    ("(供稿单位：李庄乡人民政府)", "李庄乡人民政府"), ("——县消防救援大队", "县消防救援大队"),
])
def test_an_entrys_source_on_a_line_of_its_own_ends_that_entry(source, unit):
    """Not an entry of its own: the line is the entry's end, where its reporting unit is read."""
    from bulletin_desktop.core.model import unit_lead

    text = MASTHEAD + "【基层动态】\n3月7日，城关镇召开安全生产会议。\n" + source + "\n3月8日，李庄乡开会。\n"
    first, second = read(text).issue.sections[0].entries
    assert first.text == "3月7日，城关镇召开安全生产会议。" + source
    assert unit_lead(first) == unit and second.date == "3月8日"


@pytest.mark.parametrize("line", ["（图片略）", "（待续）", "（全县共排查隐患12处）"])
def test_a_bracketed_line_that_names_no_sender_stays_apart(line):
    text = MASTHEAD + "【基层动态】\n3月7日，城关镇召开安全生产会议。\n" + line + "\n"
    entries = read(text).issue.sections[0].entries
    assert [e.text for e in entries] == ["3月7日，城关镇召开安全生产会议。", line]


def test_a_dash_line_after_an_articles_paragraphs_starts_nothing_new():
    text = MASTHEAD + "【经验交流】\n标题\n正文第一段。\n——摘自某某日报\n"
    [article] = read(text).issue.sections[0].entries
    assert article.text.split("\n")[1:] == ["正文第一段。", "——摘自某某日报"]


def test_a_copy_number_above_the_marks_is_one_of_them():
    """GB/T 9704's 份号 (six digits) on the first line, the 密级 under it: neither is the name."""
    issue = read("000015\n秘密★1年\n" + MASTHEAD + "【动态】\n3月1日，某县开会。\n").issue
    assert issue.series == "某某简报" and issue.marking == "000015 秘密★1年"
    from bulletin_desktop.core.textformat import read_text, write_text

    assert read_text(write_text(issue)) == issue


@pytest.mark.parametrize("heading", ["◆工作动态◆", "★ 工作动态 ★", "——工作动态——", "■■ 工作动态", "～工作动态～",
                                     "◎工作动态", "▼ 工作动态", "〓工作动态〓", "✦工作动态✦", "⭐️工作动态",
                                     "<<工作动态>>", "＜工作动态＞", "〈工作动态〉"])
def test_the_marks_around_a_bare_heading_are_not_its_title(heading):
    result = read(MASTHEAD + f"{heading}\n3月1日，某县开会。\n基层经验\n某镇做法\n今年以来，某镇抓好安全。\n")
    assert [s.title for s in result.issue.sections] == ["工作动态", "基层经验"]


@pytest.mark.parametrize("lead", ["●", "◆ ", "1．", "（1）"])
def test_a_bare_heading_over_entries_set_after_bullets_or_numbers(lead):
    """Entries behind a bullet or a number stay entries of the heading's section, not the
    paragraphs of an article titled by the heading; the bullet stays in their text."""
    result = read(MASTHEAD + f"◆工作动态◆\n{lead}8月26日，市生态环境局召开推进会。\n"
                  f"{lead}8月28日，**县分局**开展夜查。\n◆环境质量◆\n8月份，全市优良天数28天，同比增加3天。\n")
    issue = result.issue
    assert [s.title for s in issue.sections] == ["工作动态", "环境质量"]  # the second by its marks alone
    assert all(isinstance(e, Item) for s in issue.sections for e in s.entries)
    assert [to_markup(e.rich) for e in issue.sections[0].entries] == [
        f"{lead}8月26日，市生态环境局召开推进会。", f"{lead}8月28日，**县分局**开展夜查。"]


def test_marks_alike_make_a_heading_only_after_a_heading_was_found_so():
    """A decorated line is an article's title when no heading set that way came before."""
    issue = read(MASTHEAD + "工作动态\n3月1日，某县开会。\n★某镇做法★\n今年以来，某镇抓好安全生产。\n"
                 "一是压实责任。\n").issue
    assert [s.title for s in issue.sections] == ["工作动态"]
    assert isinstance(issue.sections[0].entries[1], Article)


@pytest.mark.parametrize("rule", ["━━━━━━━━━━━━", "────────", "————————", "＿＿＿＿＿＿", "=========="])
def test_rules_drawn_with_characters_are_layout_not_text(rule):
    """The red rule under the masthead and the closing block's rules, as a copied text
    draws them, are left out: the layout draws its own."""
    result = read(f"某某简报\n第3期\n某某办公室　　2024年3月5日\n{rule}\n工作动态\n3月1日，某县开会。\n"
                  f"经验交流\n某镇做法\n今年以来，某镇抓好安全生产。\n{rule}\n报：市委、市政府\n")
    issue = result.issue
    assert [(s.title, [e.kind for e in s.entries]) for s in issue.sections] == [
        ("工作动态", ["item"]), ("经验交流", ["article"])]
    assert [d.label for d in issue.distribution] == ["报"] and result.warnings == []


def test_a_page_number_between_dashes_is_not_a_heading():
    issue = read(MASTHEAD + "工作动态\n3月1日，某县开会。\n—12—\n3月2日，某乡检查。\n").issue
    assert [s.title for s in issue.sections] == ["工作动态"]


@pytest.mark.parametrize("line, name, number, number_line", [
    ("安全生产工作简报（第7期）", "安全生产工作简报", 7, "第7期"),
    ("某某简报　第3期", "某某简报", 3, "第3期"),
    ("某某简报2024年第3期（总第45期）", "某某简报", 45, "2024年第3期（总第45期）"),
])
def test_the_name_and_the_number_on_one_line(line, name, number, number_line):
    result = read(f"{line}\n某某办公室　　　　2024年3月5日\n【动态】\n3月1日，某县开会。\n")
    issue = result.issue
    assert (issue.series, issue.number, issue.number_line()) == (name, number, number_line)
    assert result.warnings == [] and result.roles[0] == (Role.NAME, Role.NUMBER)  # both shaded in the import review


def test_the_running_number_on_the_line_under_the_year_number():
    result = read("政务信息\n2024年第12期\n（总第345期）\n某某办公室\n2024年6月3日\n【动态】\n6月2日，某县开会。\n")
    issue = result.issue
    assert (issue.number, issue.year_number, issue.number_line()) == (345, YearNumber(12, 2024), "2024年第12期（总第345期）")
    assert result.warnings == []


def test_a_label_of_another_kind_on_the_signoff_line_is_kept_apart_from_the_names():
    """校对：李四 after the editors is not a third editor, nor is 主编：王五 before them:
    the three roles take their names, the other roles are kept as written and printed on
    the sign-off line, a chief editor's first."""
    result = read(MASTHEAD + "【动态】\n内容。\n责任编辑：张三　　校对：李四　　审核：赵六\n")
    assert (result.issue.signoff, result.warnings) == (Signoff(["张三"], ["赵六"], [], ["校对：李四"]), [])
    assert [s.title for s in result.issue.sections] == ["动态"]
    result = read(MASTHEAD + "【动态】\n内容。\n主编：王五　　编辑：张三\n电话：0395-1234567\n本期印发80份\n")
    issue = result.issue
    assert (issue.signoff, issue.print_copies) == (Signoff(["张三"], others=["主编：王五", "电话：0395-1234567"]), 80)
    assert [s.title for s in issue.sections] == ["动态"] and result.warnings == []
    assert issue.signoff.line() == "主编：王五 编辑：张三 电话：0395-1234567"


@pytest.mark.parametrize("closing, others", [
    ("主编：王五\n报：市委办公室\n", ["主编：王五"]),  # a role of its own opens the closing block
    ("编辑：张三\n校　对：李四　　排版：赵六\n报：市委办公室\n", ["校对：李四", "排版：赵六"]),
    ("编辑：张三 总编辑：钱七\n", ["总编辑：钱七"]),  # not 总 and an editor 钱七
    ("编辑：张三\n联系人：王五　电话：0395-1234567\n报：市委办公室\n", ["联系人：王五", "电话：0395-1234567"]),
])
def test_other_roles_of_the_closing_block(closing, others):
    issue = read(MASTHEAD + "【动态】\n内容。\n" + closing).issue
    assert issue.signoff.others == others
    assert [s.title for s in issue.sections] == ["动态"] and [e.text for e in issue.sections[0].entries] == ["内容。"]


def test_other_roles_survive_the_text_format_and_json():
    from bulletin_desktop.core.issue_json import issue_from_dict, issue_to_dict

    issue = read(MASTHEAD + "【动态】\n内容。\n主编：王五　编辑：张三　校对：李四\n").issue
    assert read_text(write_text(issue)).signoff == issue.signoff
    assert issue_from_dict(issue_to_dict(issue)).signoff == issue.signoff
    older = issue_to_dict(issue)
    del older["signoff"]["others"]  # written before other roles were kept
    assert issue_from_dict(older).signoff == Signoff(["张三"])


@pytest.mark.parametrize("line", ["本期印发80份", "共印发80份", "（共印制80份）", "本期共印80份", "共印80份。", "本期印80份",
                                  "共印八十份", "共印：80份", "（共印80份）。"])
def test_more_ways_of_stating_the_copies_printed(line):
    result = read(MASTHEAD + f"【动态】\n内容。\n发：各县区。\n{line}\n")
    assert result.issue.print_copies == 80 and result.warnings == []


@pytest.mark.parametrize("line, office", [("2024年8月12日　　　　第15期", ""), ("某某市应急管理局　　　第15期", "某某市应急管理局")])
def test_the_number_at_the_end_of_a_masthead_line(line, office):
    rest = "" if office else "某某办公室\n"
    result = read(f"应急管理信息\n{rest}{line}\n" + ("2024年8月12日\n" if office else "") + "【动态】\n8月5日，某县开会。\n")
    issue = result.issue
    assert (issue.series, issue.number, issue.date) == ("应急管理信息", 15, dt.date(2024, 8, 12))
    assert issue.office == (office or "某某办公室") and result.warnings == []


@pytest.mark.parametrize("marks", ["（内部资料　注意保存）", "内部资料，注意保存", "(内部参考)"])
def test_marks_in_brackets_or_with_a_comma_are_the_marking(marks):
    issue = read(f"{marks}\n" + MASTHEAD + "【动态】\n3月1日，某县开会。\n").issue
    assert (issue.marking, issue.series) == (marks, "某某简报")


@pytest.mark.parametrize("date", ["8月5日下午", "8月8日上午9时", "8月7日晚", "8月5日16时30分", "8月5—6日", "8月5至6日",
                                  "2024年8月5日"])
def test_entry_dates_with_the_time_of_day_or_a_range_of_days(date):
    entry = read(MASTHEAD + f"【动态】\n{date}，**正阳县**召开防汛调度会。\n").issue.sections[0].entries[0]
    assert (entry.date, entry.unit, entry.text) == (date, "正阳县", f"{date}，正阳县召开防汛调度会。")


def test_a_date_with_its_year_alone_on_a_line_stays_the_masthead_s():
    """Entries may be dated with their year (2024年8月5日，…); the masthead's date on a line of
    its own is still the issue's date, not a first entry."""
    result = read("安全生产简报\n第15期\n某某市应急管理局\n2024年8月12日\n【动态】\n2024年8月5日，**西平县**开展演练。\n")
    issue = result.issue
    assert (str(issue.date), issue.office) == ("2024-08-12", "某某市应急管理局")
    assert [(e.date, e.unit) for e in issue.sections[0].entries] == [("2024年8月5日", "西平县")]
    assert read_text(write_text(issue)) == issue


def test_full_width_digits_in_the_masthead_and_the_closing():
    """Typed in full-width mode: the numbers are the same numbers, the entry keeps its text."""
    result = read("安全生产简报\n第１５期\n某某市应急管理局　　　２０２４年８月１２日\n【动态】\n８月５日，**西平县**开展演练。\n"
                  "发：各县区。\n（共印３５份）\n")
    issue = result.issue
    assert (issue.number, issue.date, issue.print_copies) == (15, dt.date(2024, 8, 12), 35)
    entry = issue.sections[0].entries[0]
    assert (entry.date, entry.unit) == ("８月５日", "西平县") and result.warnings == []


def test_with_the_name_a_picture_the_line_after_the_number_is_the_office():
    result = recognise([parse_markup(line) for line in "第52期\n某某办公室\n2024年3月5日\n【动态】\n3月1日，某县开会。".splitlines()],
                       name="某某简报")
    assert (result.issue.series, result.issue.office, result.issue.number) == ("某某简报", "某某办公室", 52)


def test_closing_labels_spaced_out_to_align():
    """编　辑：, 审　核：, 报　送：, 抄　送：: labels letter-spaced to the width of the longer ones."""
    result = read(MASTHEAD + "【动态】\n3月1日，某县开会。\n编　辑：张三　　校　对：王五　　审　核：李四\n签　发：赵六\n"
                  "报　送：市委办公室。\n抄　送：市政府办公室。\n")
    issue = result.issue
    assert issue.signoff == Signoff(["张三"], ["李四"], ["赵六"], ["校对：王五"])
    assert issue.distribution == [DistributionLine("报送", "市委办公室。"), DistributionLine("抄送", "市政府办公室。")]
    assert [e.text for e in issue.sections[0].entries] == ["3月1日，某县开会。"]


@pytest.mark.parametrize("heading", ["【工　作　动　态】", "一、工 作 动 态", "工　作　动　态", "◆县　区　交　流　动　态◆"])
def test_a_letter_spaced_section_heading_is_the_section_it_spells(heading):
    title = "县区交流动态" if "县" in heading else "工作动态"
    issue = read(MASTHEAD + f"{heading}\n3月1日，某县开会。\n").issue
    assert [s.title for s in issue.sections] == [title]


def test_a_short_topic_line_over_dated_entries_keeps_them_entries():
    """（一）危化品领域 over 8月7日，…: the entries stay entries (counted for their units), the
    topic line an entry of its own; an article's title over a dated first paragraph stays one."""
    issue = read(MASTHEAD + "【督导检查】\n（一）危化品领域\n8月7日，**市应急管理局**检查3家企业。\n"
                 "工贸领域\n8月8日，**西平县**检查企业。\n8月9日，**遂平县**检查企业。\n"
                 "县委召开常委会议研究部署防汛工作\n6月2日，县委召开常委会议。\n"
                 "（二）县政府召开防汛工作调度会议\n6月3日，县政府召开会议。\n").issue
    kinds = [(e.kind, e.text.split("\n")[0]) for e in issue.sections[0].entries]
    assert kinds == [("item", "（一）危化品领域"), ("item", "8月7日，市应急管理局检查3家企业。"), ("item", "工贸领域"),
                     ("item", "8月8日，西平县检查企业。"), ("item", "8月9日，遂平县检查企业。"),
                     ("article", "县委召开常委会议研究部署防汛工作"), ("article", "（二）县政府召开防汛工作调度会议")]
    assert [e.unit for e in issue.sections[0].entries[:5] if e.kind == "item" and e.date] == ["市应急管理局", "西平县", "遂平县"]
    assert read(MASTHEAD + "【动态】\n工贸领域\n8月8日，西平县检查企业。\n").issue.sections[0].entries[0].kind == "article"


def test_an_article_titled_like_a_topic_line_writes_and_reads_back():
    """The text format marks such a title as a title: read back, it is the article again."""
    issue = read(MASTHEAD + "【动态】\n3月1日，某县开会。\n").issue
    issue.sections[0].entries = [Article("（一）危化品领域", [parse_markup("8月7日，市应急管理局检查。"),
                                                           parse_markup("8月8日，再次检查。")])]
    text = write_text(issue)
    assert "\\标题|（一）危化品领域" in text and read_text(text) == issue


def test_an_office_printed_under_the_date():
    issue = read("应急管理信息\n第15期\n2024年8月12日\n某某市应急管理局办公室\n【工作动态】\n8月5日，某县开会。\n").issue
    assert (issue.office, issue.date, [s.title for s in issue.sections]) == (
        "某某市应急管理局办公室", dt.date(2024, 8, 12), ["工作动态"])
    issue = read("政务信息\n第3期\n2024年6月3日\n县委召开常委会议研究部署防汛工作\n6月2日，县委召开常委会议。\n").issue
    assert issue.office == "" and issue.sections[0].entries[0].title == "县委召开常委会议研究部署防汛工作"


def test_marks_printed_under_the_date_are_still_the_marking():
    issue = read("某某简报\n第3期\n某某办公室\n2024年3月5日\n内部资料　注意保存\n【动态】\n3月1日，某县开会。\n").issue
    assert (issue.marking, [e.text for s in issue.sections for e in s.entries]) == ("内部资料　注意保存", ["3月1日，某县开会。"])


@pytest.mark.parametrize("line, year, number", [("〔2024〕第7期", 2024, 7), ("[2024]第7期", 2024, 7), ("（2024）第7期", 2024, 7),
                                                ("2024年度第3期", 2024, 3)])
def test_the_year_of_the_number_in_brackets(line, year, number):
    issue = read(f"安全生产简报\n{line}\n某某办公室　　2024年4月2日\n【动态】\n4月1日，某县开会。\n").issue
    assert (issue.number, issue.year_number) == (number, YearNumber(number, year, total=False))
    issue = read(f"安全生产简报{line}\n某某办公室　　2024年4月2日\n【动态】\n4月1日，某县开会。\n").issue
    assert (issue.series, issue.number) == ("安全生产简报", number)


@pytest.mark.parametrize("line", ["某某县委办公室　　2024.04.02", "某某县委办公室 2024-4-2", "某某县委办公室　2024/04/02"])
def test_the_office_and_a_date_written_in_figures_on_one_line(line):
    issue = read(f"信息专报\n第9期\n{line}\n【动态】\n4月1日，某县开会。\n").issue
    assert (issue.office, issue.date) == ("某某县委办公室", dt.date(2024, 4, 2))


@pytest.mark.parametrize("line, office, date", [
    ("2024年4月2日　　　　某某县委办公室编", "某某县委办公室编", dt.date(2024, 4, 2)),
    ("2024年4月1日—4月5日　某某县应急管理局", "某某县应急管理局", dt.date(2024, 4, 5))])
def test_the_date_first_and_the_office_spaced_off_after_it(line, office, date):
    result = read(f"信息专报\n第9期\n{line}\n【动态】\n4月1日，某县开会。\n")
    assert (result.issue.office, result.issue.date) == (office, date)
    assert result.roles[2] == (Role.OFFICE, Role.DATE)
    # not every line after a date is an office
    with pytest.raises(BulletinFormatError):
        read("信息专报\n第9期\n2024年4月2日　　各位领导\n【动态】\n4月1日，某县开会。\n")


def test_the_unit_printed_above_the_name_is_the_office():
    result = read("某某县应急管理局\n工 作 动 态\n第3期\n2024年4月2日\n【动态】\n4月1日，某县开会。\n")
    issue = result.issue
    assert (issue.series, issue.office, issue.number) == ("工作动态", "某某县应急管理局", 3)
    assert list(result.roles[:3]) == [(Role.OFFICE,), (Role.NAME,), (Role.NUMBER,)]
    # with an office line of its own after the number, the unit above the name is kept for the clerk
    result = read("某某县应急管理局\n工作动态\n第3期\n某某县应急管理局办公室　2024.06.20\n【动态】\n4月1日，某县开会。\n")
    issue = result.issue
    assert (issue.series, issue.office) == ("工作动态", "某某县应急管理局办公室")
    assert [e.text for e in issue.sections[0].entries] == ["某某县应急管理局"] and result.warnings
    # a name that ends like an office's, with the office on its own line after the number, stays the name
    issue = read("某某指挥部\n第3期\n某某县应急管理局\n2024年4月2日\n【动态】\n4月1日，某县开会。\n").issue
    assert (issue.series, issue.office) == ("某某指挥部", "某某县应急管理局")


@pytest.mark.parametrize("line", ["排版：张三", "编辑：张三　审核：李四"])
def test_a_line_like_a_sign_off_with_the_body_going_on_after_it_stays_in_the_body(line):
    """The closing block is the end of the issue: a credit under an article, or a sign-off
    printed above the body, does not make the sections after it unrecognised closing text."""
    text = (MASTHEAD + "【经验交流】\n织密防护网\n今年以来，某镇坚持三管齐下。\n" + line + "\n【动态】\n3月1日，某县开会。\n"
            "编辑：王五\n报：市委\n")
    result = read(text)
    issue = result.issue
    assert [s.title for s in issue.sections] == ["经验交流", "动态"] and result.warnings == []
    assert line in [e.text for e in issue.sections[0].entries] or line in issue.sections[0].entries[0].text
    assert [e.text for e in issue.sections[1].entries] == ["3月1日，某县开会。"]
    assert (issue.signoff, issue.distribution) == (Signoff(["王五"]), [DistributionLine("报", "市委")])


def test_settling_the_roles_moves_the_three_written_among_the_others():
    from bulletin_desktop.core.recognise.closing import settle_roles

    signoff = Signoff(["卜丹"], [], ["孙全忠"], ["校　对：王五", "责任编辑：李四", "签发：赵六", "主编：钱七"])
    settled = settle_roles(signoff)
    assert settled == Signoff(["卜丹", "李四"], [], ["孙全忠", "赵六"], ["主编：钱七", "校对：王五"])
    assert settle_roles(settled) == settled


def test_an_issued_line_without_its_year_ends_the_wrapped_list_above_it():
    result = read(MASTHEAD + "【动态】\n3月1日，**某县**开会。\n送：市委，市政府，\n市人大，市政协\n某某办公室　　3月5日印发\n")
    assert result.issue.distribution == [DistributionLine("送", "市委，市政府，市人大，市政协"),
                                         DistributionLine("", "某某办公室　　3月5日印发")]
    assert read_text(write_text(result.issue)) == result.issue


def test_a_speech_keeps_its_date_and_speaker_under_its_title():
    issue = read(MASTHEAD + "在全县安全生产工作会议上的讲话\n（2024年4月8日）\n县长　王某某\n同志们：\n"
                 "今天召开全县安全生产工作会议。\n一、提高政治站位\n各级各部门要清醒认识当前形势。\n").issue
    [article] = issue.sections[0].entries
    assert article.title == "在全县安全生产工作会议上的讲话"
    assert [plain(p) for p in article.paragraphs[:3]] == ["（2024年4月8日）", "县长　王某某", "同志们："]


def test_a_short_line_over_bulleted_news_is_a_section_of_entries():
    issue = read(MASTHEAD + "简讯\n◆县应急局召开安全生产专题会议，研究部署清明节期间工作。\n"
                 "◆城关镇组织开展燃气安全宣传进社区活动。\n").issue
    assert [(s.title, [e.kind for e in s.entries]) for s in issue.sections] == [("简讯", ["item", "item"])]
    # an article's title over paragraphs that are not bulleted stays an article
    issue = read(MASTHEAD + "某镇的做法\n一是压实责任，层层签订责任书。\n二是强化督导，开展暗访。\n").issue
    assert [e.kind for s in issue.sections for e in s.entries] == ["article"]


def test_a_signer_beside_the_number_and_a_date_spaced_by_a_printed_copy():
    issue = read("信息快报\n第21期　　　　签发人：张三\n某某应急管理局　　2024年5月6日\n【动态】\n5月5日，某县开会。\n").issue
    assert (issue.number, issue.office, issue.signoff.signers) == (21, "某某应急管理局", ["张三"])
    issue = read("信息快报\n第21期\n某某应急管理局　2024 年 5 月 6 日\n【动态】\n5月5日，某县开会。\n").issue
    assert (issue.office, issue.date) == ("某某应急管理局", dt.date(2024, 5, 6))


@pytest.mark.parametrize("lines", ["第52期\n总第1234期\n某某办公室　　2024年3月5日", "第52期\n（总第1234期）\n某某办公室　　2024年3月5日"])
def test_the_running_number_on_a_line_of_its_own_under_a_plain_number(lines):
    issue = read(f"安全生产简报\n{lines}\n【动态】\n3月1日，某县开会。\n").issue
    assert (issue.number, issue.year_number, issue.number_line()) == (1234, YearNumber(52, None), "第52期（总第1234期）")


def test_the_office_the_number_and_the_date_on_one_line():
    result = read("安全生产简报\n某某市应急管理局　　第52期　　2024年3月5日\n【动态】\n3月1日，某县开会。\n")
    issue = result.issue
    assert (issue.office, issue.number, issue.date) == ("某某市应急管理局", 52, dt.date(2024, 3, 5))
    assert set(result.roles[1]) == {Role.OFFICE, Role.NUMBER, Role.DATE}


def test_an_entrys_next_paragraph_stays_in_the_entry():
    """会议要求，… or 下一步，… under a dated entry goes on with it: one entry, counted once, not a
    second one with no date or unit; written out, it reads back the same."""
    issue = read(MASTHEAD + "【动态】\n3月1日，**某局**召开调度会。\n会议要求，各单位加强管控。\n"
                 "3月2日，**某县**开展检查。\n下一步，该县将持续开展。\n").issue
    entries = [e for _, e in issue.entries()]
    assert [(e.date, e.unit, e.text) for e in entries] == [
        ("3月1日", "某局", "3月1日，某局召开调度会。会议要求，各单位加强管控。"),
        ("3月2日", "某县", "3月2日，某县开展检查。下一步，该县将持续开展。")]
    assert read_text(write_text(issue)) == issue
    # the clerk's own undated entry that opens so is written explicitly and stays an entry
    issue.sections[0].entries.append(Item(body=(Run("会议要求，各单位加强值守。"),)))
    assert read_text(write_text(issue)) == issue


def _shape(issue):
    """Each section's name and its entries' kind, date, unit and first words."""
    return [(s.title, [(e.kind, getattr(e, "date", ""), getattr(e, "unit", ""),
                        e.title if isinstance(e, Article) else plain(e.body)[:6]) for e in s.entries])
            for s in issue.sections]


@pytest.mark.parametrize("sender", ["——县税务局社保费和非税收入股", "——县委办信息科", "——县教育局安全股", "——某镇综合室"])
def test_a_source_line_naming_an_office_section_stays_with_its_entry(sender):
    """——县教育局安全股 under an entry names who sent it, as ——县消防救援大队 does: it is
    no article's title swallowing the entry after it, and the entry's unit."""
    issue = read(MASTHEAD + f"【动态】\n2月20日，县税务局开展宣传活动。\n{sender}\n"
                 "2月24日，**第二税务分局**深入企业开展辅导。\n").issue
    assert _shape(issue) == [("动态", [("item", "2月20日", sender[2:], "县税务局开展"),
                                       ("item", "2月24日", "第二税务分局", "深入企业开展")])]
    assert plain(issue.sections[0].entries[0].body).endswith(sender)
    assert read_text(write_text(issue)) == issue


@pytest.mark.parametrize("heading", ["◆工作动态◆", "■工作动态", "工作动态"])
def test_the_first_section_heading_ends_the_contents(heading):
    issue = read("文化旅游动态\n2025年第5期\n2025年2月10日\n本期要目\n◇节日市场实现开门红\n"
                 f"{heading}\n节日市场实现开门红\n据测算，全市共接待游客126.8万人次。\n").issue
    assert _shape(issue) == [("本期要目", [("item", "", "", "◇节日市场实")]),
                             ("工作动态", [("article", "", "", "节日市场实现开门红")])]


@pytest.mark.parametrize("title", ["我市春节假期文旅市场实现“开门红”", "认真学习《安全生产法》", "某镇安全生产工作做法（之二）"])
def test_a_title_may_end_in_a_quotation_a_book_title_or_a_bracket(title):
    issue = read(MASTHEAD + f"【工作动态】\n{title}\n据测算，共接待游客126.8万人次。\n假期期间，市场秩序井然。\n").issue
    assert _shape(issue) == [("工作动态", [("article", "", "", title)])]
    assert len(issue.sections[0].entries[0].paragraphs) == 2


def test_a_sentence_ending_inside_a_quotation_is_no_title():
    issue = read(MASTHEAD + "【工作动态】\n他说：“要抓好落实。”\n（县应急管理局）\n").issue
    assert [e.kind for e in issue.sections[0].entries] == ["item", "item"]


@pytest.mark.parametrize("title", ["扎根基层的“95后”村支书", "村支书余文杰"])
def test_a_bare_heading_over_a_title_with_its_subtitle(title):
    """青春风采 / 某某 / ——副题 / 正文: a section over an article with its subtitle, whatever
    the title's length (a short one was taken for the heading, the subtitle for the title)."""
    issue = read("青年工作简报\n第2期\n2025年5月6日\n青春动态\n5月4日，**团市委**举办主题团日活动。\n"
                 f"5月5日，**团市委**举办专场招聘会。\n青春风采\n{title}\n——某镇交通安全工作做法\n"
                 "在海口镇铜埠村，村民们都竖起大拇指。\n").issue
    assert [s.title for s in issue.sections] == ["青春动态", "青春风采"]
    article = issue.sections[1].entries[0]
    assert (article.title, [plain(p)[:3] for p in article.paragraphs]) == (title, ["——某", "在海口"])


@pytest.mark.parametrize("credit", ["文／程晨", "文/程晨", "作者：程晨", "通讯员　王磊　李娜", "本报记者 张三"])
def test_a_credit_line_under_a_title_is_its_byline(credit):
    issue = read(MASTHEAD + f"【青春风采】\n扎根基层的“95后”村支书\n{credit}\n在海口镇铜埠村，村民们都竖起大拇指。\n"
                 "上任以来，他带领村“两委”干部发展产业。\n").issue
    [article] = issue.sections[0].entries
    assert (article.title, [plain(p) for p in article.paragraphs][0]) == ("扎根基层的“95后”村支书", credit)
    assert read_text(write_text(issue)) == issue


def test_an_articles_numbered_parts_stay_in_it():
    """（一）… with a comma and （二）… without: both the article's parts; a numbered headline
    over a dated paragraph, or after an article numbered alike, is the next article."""
    issue = read(MASTHEAD + "【经验交流】\n蓉江街道扎实推进老旧小区改造\n今年以来，14个小区已全部开工。\n"
                 "（一）联民意，促改造方案更精准\n改造前，街道逐户上门征求意见。\n（二）建立长效管理机制\n"
                 "改造完成的小区同步引入物业服务。\n【典型做法】\n（一）某县做法\n今年以来，某县做了很多。\n"
                 "（二）某镇做法\n今年以来，某镇做了很多。\n").issue
    assert [[e.title for e in s.entries] for s in issue.sections] == [
        ["蓉江街道扎实推进老旧小区改造"], ["（一）某县做法", "（二）某镇做法"]]
    assert len(issue.sections[0].entries[0].paragraphs) == 5
    # the clerk's article titled as a part of the one before it is written so that it stays an article
    issue.sections[0].entries.append(Article(title="（三）强化督导", paragraphs=[(Run("督导组每月检查。"),)]))
    assert read_text(write_text(issue)) == issue


def test_a_short_line_over_text_is_a_section_where_sections_are_short_lines():
    """数据统计 / 截至5月10日，…: in a bulletin whose sections are bare short lines, another
    section; a report's own part heading (主要做法) under an article stays in the article."""
    issue = read("农业农村工作简报\n第8期\n2025年5月12日\n典型经验\n韩坊镇党建引领改革激活乡村振兴新动能\n"
                 "韩坊镇以党建为引领，深入推进改革。\n主要做法\n一是盘活闲置资源，盘活23处。\n"
                 "数据统计\n截至5月10日，全区早稻移栽面积28.6万亩。\n").issue
    assert [s.title for s in issue.sections] == ["典型经验", "数据统计"]
    assert _shape(issue)[1] == ("数据统计", [("item", "截至5月10日", "", "全区早稻移栽")])


def test_spaces_typed_round_a_bold_unit_do_not_hide_it():
    issue = read(MASTHEAD + "【动态】\n6月5日， **镇综治中心** 联合派出所开展排查。\n").issue
    assert _shape(issue) == [("动态", [("item", "6月5日", "镇综治中心", "联合派出所开")])]


def test_names_padded_in_the_other_roles_lose_the_padding():
    issue = read(MASTHEAD + "【动态】\n3月1日，某县开会。\n编辑：曾　婷　主编：罗永明　校对：陈　伟\n联系人：周　敏　电话：0797-1234567\n").issue
    assert issue.signoff.editors == ["曾婷"]
    assert issue.signoff.others == ["主编：罗永明", "校对：陈伟", "联系人：周敏", "电话：0797-1234567"]


@pytest.mark.parametrize("lines", [
    "第12期　　正阳县应急管理局　　2024年6月5日",
    "第12期　　2024年6月5日　　正阳县应急管理局",
    "第12期\n正阳县应急管理局　　2024年6月5日　星期三",
    "第12期\n正阳县应急管理局　　2024年6月5日 （星期三）",
    "编印单位：正阳县应急管理局　　印发日期：2024年6月5日\n第12期",
    "第12期\n主办：正阳县应急管理局　　2024年6月5日",
    "第12期\n主办单位：正阳县应急管理局\n印发日期：2024年6月5日",
    "第12期\n正阳县应急管理局　　发布日期：2024年6月5日",
    "第12期\n正阳县应急管理局\n发布时间：2024年6月5日",
])
def test_more_masthead_lines_of_number_office_and_date(lines):
    """The number first with the office and the date after it on its line, a weekday spaced
    off the date, the labels some mastheads print before the office and the date."""
    issue = read(f"正阳县应急管理简报\n{lines}\n【动态】\n6月1日，**某镇**开展检查。\n").issue
    assert (issue.series, issue.number, issue.office, issue.date) == ("正阳县应急管理简报", 12, "正阳县应急管理局", dt.date(2024, 6, 5))


def test_a_number_within_a_year_written_in_chinese_figures():
    issue = read("正阳县应急管理简报\n二〇二四年第十二期\n正阳县应急管理局　　2024年6月5日\n【动态】\n6月1日，某镇开展检查。\n").issue
    assert (issue.number, issue.year_number) == (12, YearNumber(12, 2024, total=False))


@pytest.mark.parametrize("lines", [
    "2024年第12期　总第345期　　2024年6月5日\n正阳县应急管理局",
    "2024年第12期 (总第345期)　　正阳县应急管理局　　2024年6月5日",
    "正阳县应急管理局　　2024年第12期　总第345期\n2024年6月5日",
    "2024年6月5日　　2024年第12期　总第345期\n正阳县应急管理局",
])
def test_a_running_number_spaced_off_the_number_within_the_year_on_a_line_with_more(lines):
    """2024年第12期　总第345期 with the date or the office on its line: the running number
    is the number's, not the office."""
    issue = read(f"正阳县应急管理简报\n{lines}\n【动态】\n6月1日，**某镇**开展检查。\n").issue
    assert (issue.number, issue.year_number, issue.office, issue.date) == (
        345, YearNumber(12, 2024, total=True), "正阳县应急管理局", dt.date(2024, 6, 5))


def test_a_line_after_the_number_that_is_no_masthead_line_is_left_as_it_was():
    """第12期　　某某：… is not taken apart: the number is not read from it, the line is refused."""
    with pytest.raises(BulletinFormatError):
        read("某某简报\n第12期　　3月1日，某镇开展检查。\n2024年6月5日\n【动态】\n6月1日，某镇开展检查。\n")


def test_a_name_set_on_two_lines_is_one_name():
    """测试县 / 安全生产简报, a place over a bulletin's name in two sizes: one name; an office
    over the name stays the office."""
    issue = read("测试县\n安全生产简报\n第3期\n测试县应急管理局　　2024年5月6日\n【动态】\n5月1日，某镇开会。\n").issue
    assert (issue.series, issue.office) == ("测试县安全生产简报", "测试县应急管理局")
    issue = read("测试县应急管理局\n工作动态\n第3期\n2024年5月6日\n【动态】\n5月1日，某镇开会。\n").issue
    assert (issue.series, issue.office) == ("工作动态", "测试县应急管理局")


@pytest.mark.parametrize("mark", ["1．", "1. ", "（一）", "●", "◆"])
def test_a_number_or_bullet_before_the_date_keeps_the_date_and_unit(mark):
    """1．6月11日，**蔡都街道**…: the entry's date and unit are read (counted for the unit) and
    the number is kept, printed before the date as written; the text format reads it back."""
    issue = read(MASTHEAD + f"【动态】\n{mark}6月11日，**蔡都街道**开展检查。\n{mark}6月12日， **某镇** 召开会议。\n").issue
    first, second = issue.sections[0].entries
    assert (first.mark, first.date, first.unit, plain(first.body)) == (mark, "6月11日", "蔡都街道", "开展检查。")
    assert to_markup(first.rich) == f"{mark}6月11日，**蔡都街道**开展检查。"
    assert (second.mark, second.unit, plain(second.body)) == (mark, "某镇", "召开会议。")
    assert read_text(write_text(issue)) == issue


def test_an_entry_with_a_number_the_plain_line_would_misread_is_written_explicitly():
    issue = read(MASTHEAD + "【动态】\n3月1日，某县开会。\n").issue
    issue.sections[0].entries += [Item(body=(Run("一是", True), Run("加强检查。")), date="6月11日", mark="1．"),
                                  Item(body=(Run("开展检查。"),), unit="某镇", mark="◆")]
    text = write_text(issue)
    assert "\\序号|1．|6月11日||**一是**加强检查。" in text  # (◆**某镇**开展检查。 reads back as it is)
    assert read_text(text) == issue


@pytest.mark.parametrize("opener", ["截至目前，", "随后，", "活动期间，", "另据统计，", "培训中，"])
def test_more_openers_go_on_with_the_entry_above(opener):
    issue = read(MASTHEAD + f"【动态】\n3月1日，**某局**开展消防演练。\n{opener}共疏散群众200余人。\n").issue
    [entry] = issue.sections[0].entries
    assert (entry.unit, plain(entry.body)) == ("某局", f"开展消防演练。{opener}共疏散群众200余人。")


@pytest.mark.parametrize("extra", ["签发人：刘振华", "联系电话：0396-4922188", "县政府督查室编"])
def test_a_line_between_the_office_and_the_date_does_not_refuse_the_file(extra):
    result = read(f"督查通报\n第4期\n正阳县人民政府督查室\n{extra}\n2025年6月10日\n【督查情况】\n6月3日，县督查室开展专项督查。\n")
    issue = result.issue
    assert (issue.number, issue.office, issue.date) == (4, "正阳县人民政府督查室", dt.date(2025, 6, 10))
    if extra.startswith("签发人"):
        assert issue.signoff.signers == ["刘振华"] and not result.warnings
    else:
        assert any("报头中有 1 行未能识别" in w for w in result.warnings)
        assert plain(issue.sections[0].entries[0].body) == extra


def test_the_signer_on_a_line_of_its_own_under_the_date():
    issue = read("督查通报\n第4期\n正阳县人民政府督查室\n2025年6月10日\n签发人：刘振华\n【督查情况】\n6月3日，开展督查。\n").issue
    assert issue.signoff.signers == ["刘振华"] and [s.title for s in issue.sections] == ["督查情况"]


def test_the_issues_responsible_editor():
    issue = read(MASTHEAD + "【动态】\n3月1日，某县开会。\n本期责任编辑：刘晓燕\n送：县委。\n").issue
    assert issue.signoff.editors == ["刘晓燕"] and [len(s.entries) for s in issue.sections] == [1]


@pytest.mark.parametrize("under", ["县委常委、组织部部长　陈晓东", "来源：平舆发布", "信息来源：县融媒体中心"])
def test_more_lines_under_a_title_belong_to_its_article(under):
    issue = read(MASTHEAD + f"【学习体会】\n以严明纪律护航高质量发展\n{under}\n通过这次集中学习，我深刻认识到纪律的重要性。\n").issue
    [article] = issue.sections[0].entries
    assert (article.title, [plain(p)[:4] for p in article.paragraphs]) == ("以严明纪律护航高质量发展", [under[:4], "通过这次"])


def test_a_caption_after_a_triangle_stays_in_its_article():
    issue = read(MASTHEAD + "【创建动态】\n平舆县3个村入选省级文明村镇\n近年来，我县深入推进移风易俗。\n▲前刘村新貌\n"
                 "前刘村党支部书记说：“这个荣誉是全村群众一起干出来的。”\n").issue
    [article] = issue.sections[0].entries
    assert [plain(p)[:3] for p in article.paragraphs] == ["近年来", "▲前刘", "前刘村"]


def test_paragraphs_ending_in_an_ascii_stop_or_an_emoji_end_there():
    """Typed with ASCII punctuation (…万元.) or copied from an official account (…典型。👍👍):
    a paragraph ends there, is not joined to the next, and is no title; ★…★ still is one."""
    long = "今年,焦庄乡引导种粮大户与面粉加工企业签订优质强筋小麦收购订单,订单面积达3.2万亩,预计带动农户增收500余万元"
    issue = read(MASTHEAD + f"【经验交流】\n焦庄乡订单农业助农增收\n{long}.\n一是统一供种.乡农技站统一供应优质品种;\n"
                 "三是统一收购.企业按订单保价收购,解决农户\"卖粮难\"问题.\n").issue
    [article] = issue.sections[0].entries
    assert len(article.paragraphs) == 3
    issue = read(MASTHEAD + "【创建动态】\n平舆县3个村入选省级文明村镇\n近年来，我县坚持以文明村镇创建为抓手，深入推进移风易俗，"
                 "持续改善农村人居环境，涌现出一批先进典型。👍👍👍\n前刘村党支部书记刘建国说：“这个荣誉是全村群众一起干出来的。”\n").issue
    assert len(issue.sections[0].entries[0].paragraphs) == 2


def test_a_table_typed_as_text_keeps_its_rows():
    """Rows whose cells are set apart by spaces or tabs are rows: not joined into one line,
    never a heading or an article's title, each an entry of its own; a dated entry after them
    keeps its date; written out, the issue reads back the same."""
    issue = read(MASTHEAD + "【雨水情况】\n7月20日，主要河道水位情况如下：\n站点        当前水位（米）    警戒水位（米）    较昨日\n"
                 "汝河遂平站  58.32            60.50            +0.46\n奎旺河常庄\t55.10\t57.00\t+0.21\n"
                 "7月21日，**县水利局**开展巡查。\n").issue
    assert [(e.kind, e.date, plain(e.body)[:5]) for e in issue.sections[0].entries] == [
        ("item", "7月20日", "主要河道水"), ("item", "", "站点   "), ("item", "", "汝河遂平站"), ("item", "", "奎旺河常庄"),
        ("item", "7月21日", "开展巡查。")]
    assert read_text(write_text(issue)) == issue
    issue.sections[0].entries += [Item(body=(Run("甲  乙  丙"),), date="7月22日", unit="某县"),
                                  Article(title="标题  带  空格", paragraphs=[(Run("数据  12  13"),)]),
                                  Item(body=(Run("行  1  2"),))]
    assert read_text(write_text(issue)) == issue


@pytest.mark.parametrize("date", ["12月2日0—24时", "7月20日8时至21日8时", "12月2日0时至24时", "7月20日18:00",
                                  "7月20日（星期六）", "7月20日、21日", "7月12日5时许", "7月12日凌晨5时左右"])
def test_the_dates_of_daily_reports(date):
    issue = read(MASTHEAD + f"【工作】\n{date}，**县水文站**监测到平均降雨46.3毫米。\n").issue
    [entry] = issue.sections[0].entries
    assert (entry.date, entry.unit) == (date, "县水文站")


def test_an_entry_dated_with_an_ascii_comma_has_its_date_and_the_unit_after_it():
    entry = read(MASTHEAD + "【工作】\n6月5日,**权寨镇**开展检查。\n").issue.sections[0].entries[0]
    assert (entry.date, entry.unit, entry.text) == ("6月5日", "权寨镇", "6月5日，权寨镇开展检查。")


@pytest.mark.parametrize("more", ["此次检查共出动执法人员36人次。", "活动历时3天，吸引群众2000余人。"])
def test_an_entrys_next_paragraph_without_a_comma_after_its_opener(more):
    issue = read(MASTHEAD + f"【动态】\n3月1日，**某局**开展检查。\n{more}\n").issue
    assert len(issue.sections[0].entries) == 1


def test_contact_lines_and_attachments_before_the_closing_block():
    issue = read(MASTHEAD + "【动态】\n3月1日，某县开会。\n附件：全县安全生产专项督查问题清单（略）\n值班电话：0396-4922188\n"
                 "编辑：宋磊　签发：何建军\n报：市防指。\n").issue
    assert [(e.kind, e.text[:3]) for e in issue.sections[0].entries] == [("item", "3月1"), ("item", "附件：")]
    assert issue.signoff.others == ["值班电话：0396-4922188"] and issue.signoff.signers == ["何建军"]


def test_a_unit_ending_in_a_hall():
    issue = read(MASTHEAD + "【动态】\n**市群艺馆：**9月30日，市群众艺术馆举办展览。\n").issue
    assert issue.sections[0].entries[0].unit == "市群艺馆"


def test_a_bulletin_pasted_into_a_mail_reply():
    """Quoted lines (> …) under the mail's headers and greeting: the bulletin is read; the
    headers and greeting are kept apart, with a warning, never taken for its name."""
    mail = ("发件人: 县应急局办公室 <yjjbgs@163.com>\n发送时间: 2025年4月3日 星期四 16:42\n收件人: 县委办信息科 <xxk@zmd.gov.cn>\n"
            "主题: 转发：应急管理工作动态第14期\n\n王科长：\n\n您好！本期简报正文如下，请审阅。\n\n")
    body = "应急管理工作动态\n第14期\n上蔡县应急管理局办公室\n2025年4月3日\n【安排部署】\n3月31日，**县应急管理局**召开部署会。\n"
    from bulletin_desktop.core.textformat import text_paragraphs

    result = recognise(text_paragraphs(mail + "".join(f"> {line}\n>\n" for line in body.splitlines())))
    issue = result.issue
    assert (issue.series, issue.number, issue.office) == ("应急管理工作动态", 14, "上蔡县应急管理局办公室")
    assert [(s.title, len(s.entries)) for s in issue.sections][-1] == ("安排部署", 1)
    assert any("报头中有 6 行未能识别" in w for w in result.warnings)


def test_a_wrapped_distribution_line_holding_the_next_label():
    issue = read(MASTHEAD + "【动态】\n3月1日，某县开会。\n编辑：宋磊\n报：市指挥部办公室，县委、县政府主要领导，分管领\n"
                 "导。　送：县各工作专班。\n").issue
    assert [d.line() for d in issue.distribution] == ["报：市指挥部办公室，县委、县政府主要领导，分管领导。", "送：县各工作专班。"]


def test_an_editor_s_note_under_an_article_s_title_is_the_article_s():
    issue = read(MASTHEAD + "【经验交流】\n某乡“三治融合”激活乡村治理新动能\n"
                            "编者按：某乡探索形成了乡村治理的新路子，现将其做法刊发，供各地学习借鉴。\n"
                            "今年以来，某乡以创建乡村治理示范乡镇为抓手，探索形成治理模式。\n"
                            "一、坚持党建引领，筑牢治理根基\n选优配强村“两委”班子。\n").issue
    [article] = issue.sections[0].entries
    assert isinstance(article, Article) and article.title == "某乡“三治融合”激活乡村治理新动能"
    assert [plain(p)[:4] for p in article.paragraphs] == ["编者按：", "今年以来", "一、坚持", "选优配强"]


def test_an_article_s_parts_numbered_again_under_numbered_sections_stay_in_it():
    """一、工作动态 / 二、经验交流 / its article / 一、主要做法: the numbering starts again,
    so the article's parts, not sections; 三、 after them goes on with the sections."""
    issue = read(MASTHEAD + "一、工作动态\n5月13日，区卫健委召开综合监管工作推进会。\n二、经验交流\n"
                            "某街道推行家庭医生签约服务“网格化”\n今年以来，某街道将签约服务与网格管理相结合。\n"
                            "一、主要做法\n将辖区划分为12个网格。\n二、取得成效\n重点人群签约率达到85%。\n"
                            "三、下步安排\n5月20日，区卫健委将开展专项督导。\n").issue
    assert [s.title for s in issue.sections] == ["工作动态", "经验交流", "下步安排"]
    [article] = issue.sections[1].entries
    assert [plain(p) for p in article.paragraphs][1:4] == ["一、主要做法", "将辖区划分为12个网格。", "二、取得成效"]


def test_the_closing_block_s_signer_and_reviewer_labelled_as_persons():
    issue = read(MASTHEAD + "【动态】\n内容。\n编辑：张伟　　审核人：刘芳　　签发人：马国庆\n发：各县区。\n").issue
    assert (issue.signoff.editors, issue.signoff.reviewers, issue.signoff.signers, issue.signoff.others) == (
        ["张伟"], ["刘芳"], ["马国庆"], [])


def test_a_distribution_list_set_one_recipient_a_line_keeps_them_apart():
    """发：各乡镇司法所 / 局机关各股室, one a line: apart in the line they make (a wrapped list,
    cut at the page's width or after a comma, joins up as it was)."""
    issue = read(MASTHEAD + "【动态】\n内容。\n编辑：张伟\n发：各乡镇（街道）司法所\n\t\t局机关各股室\n").issue
    assert [(d.label, d.text) for d in issue.distribution] == [("发", "各乡镇（街道）司法所\u3000局机关各股室")]
    issue = read(MASTHEAD + "【动态】\n内容。\n编辑：张伟\n发：各县区应急管理局，市安委会各成员单位，市直有关\n"
                            "单位，各重点企业。\n").issue
    assert [d.text for d in issue.distribution] == ["各县区应急管理局，市安委会各成员单位，市直有关单位，各重点企业。"]
    issue = read(MASTHEAD + "【动态】\n内容。\n编辑：张伟\n发：各县区应急局，\n市直有关单位。\n").issue
    assert [d.text for d in issue.distribution] == ["各县区应急局，市直有关单位。"]
    issue = read(MASTHEAD + "【动态】\n内容。\n编辑：张伟\n发：各县区应急局，市安委会\n各成员单位。\n").issue
    assert [d.text for d in issue.distribution] == ["各县区应急局，市安委会各成员单位。"]


def _entry_from(*runs):
    masthead = [parse_markup(line) for line in MASTHEAD.splitlines()]
    issue = recognise([*masthead, parse_markup("【动态】"), tuple(Run(text, bold) for text, bold in runs)]).issue
    [entry] = issue.sections[0].entries
    return entry.date, entry.unit, plain(entry.body)


@pytest.mark.parametrize("runs", [
    [("6月1日\u200b，", False), ("东城区", True), ("组织召开会议。", False)],  # pasted from a web page
    [("\ufeff6月1日，", False), ("东城区", True), ("组织召开会议。", False)],
    [("6月1日，", False), ("\u200b东城区", True), ("组织\u00ad召开会议。", False)],
    [("6月1日，\u00a0", False), ("东城区", True), ("组织召开会议。", False)],  # a no-break space round the unit
    [("6月1日，", False), ("东城区", True), (" 组织召开会议。", False)],
    [("6月1日", True), ("，", False), ("东城区", True), ("组织召开会议。", False)],  # the date in bold too
])
def test_an_entry_s_date_and_unit_through_what_pasting_and_bold_dates_leave(runs):
    assert _entry_from(*runs) == ("6月1日", "东城区", "组织召开会议。")


def test_a_bold_date_alone_is_the_entry_s_date_not_its_unit():
    assert _entry_from(("6月1日", True), ("，东城区组织召开会议。", False)) == ("6月1日", "", "东城区组织召开会议。")


def test_rows_of_a_two_column_table_stay_rows_and_the_next_entry_its_own():
    """As our Word file prints an imported table's rows (their cells two spaces apart): rows,
    not articles' titles, and the dated entry after them keeps its date and unit."""
    issue = read(MASTHEAD + "【隐患排查】\n5月8日，**县应急管理局**开展隐患排查，情况如下：\n类别  事项数\n"
                            "社保医保  12\n户籍证照  20\n5月9日，**白马镇**组织开展隐患点巡查。\n").issue
    entries = issue.sections[0].entries
    assert [type(e).__name__ for e in entries] == ["Item"] * 5
    assert [(e.date, e.unit) for e in entries][-1] == ("5月9日", "白马镇")
    lone = read(MASTHEAD + "【经验交流】\n某县做法\n县长  王某某\n今年以来，某县多措并举推进工作。\n").issue
    assert [type(e).__name__ for e in lone.sections[0].entries] == ["Article"]  # one such line alone: a speaker's


def test_a_file_far_too_long_for_an_issue_is_refused_at_once():
    """Tens of thousands of paragraphs, or one paragraph of a million characters: not an
    issue, refused with a reason before it takes minutes (reading is linear in between)."""
    import time

    many = MASTHEAD + "【动态】\n" + "".join(f"{k % 12 + 1}月1日，测试条目。\n" for k in range(50000))
    started = time.perf_counter()
    with pytest.raises(BulletinFormatError, match="文件中有 50005 段文字，不像一期简报"):
        read_text(many)
    assert time.perf_counter() - started < 5
    with pytest.raises(BulletinFormatError, match="文件中有一段长达 100007 字"):
        read_text(MASTHEAD + "【动态】\n11月1日，" + "安全" * 50000 + "。\n")
    issue = read_text(MASTHEAD + "【动态】\n" + "".join(f"{k % 12 + 1}月1日，测试条目。\n" for k in range(3000)))
    assert len(issue.sections[0].entries) == 3000


@pytest.mark.parametrize("line, mark, unit", [("1、**马庄村**投入资金12万元修缮村道。", "1、", "马庄村"),
                                              ("◆**灵璧县分局**查处一起违法案件。", "◆", "灵璧县分局"),
                                              ("（二）**城关镇**开展志愿服务活动。", "（二）", "城关镇")])
def test_an_undated_entry_numbered_before_its_bold_unit(line, mark, unit):
    issue = read(MASTHEAD + f"【村居动态】\n{line}\n").issue
    [entry] = issue.sections[0].entries
    assert (entry.mark, entry.date, entry.unit, entry.text) == (mark, "", unit, line.replace("**", ""))
    assert read_text(write_text(issue)).sections[0].entries[0].rich == entry.rich


def test_a_numbered_run_in_heading_in_bold_is_no_unit():
    issue = read(MASTHEAD + "【工作交流】\n（一）**强化组织领导**。成立工作专班，压实各方责任。\n").issue
    [entry] = issue.sections[0].entries
    assert (entry.mark, entry.unit) == ("", "")


def test_a_quotation_s_source_stays_with_it_and_names_no_unit():
    from bulletin_desktop.core.model import attribution

    issue = read(MASTHEAD + "【理论学习】\n全面从严治党永远在路上。\n——摘自党的二十大报告\n"
                            "打铁必须自身硬。\n——摘自《人民日报》\n").issue
    entries = issue.sections[0].entries
    assert [e.text for e in entries] == ["全面从严治党永远在路上。——摘自党的二十大报告", "打铁必须自身硬。——摘自《人民日报》"]
    assert [attribution(e.text) for e in entries] == ["", ""]  # a source, not a sender


def test_a_closing_block_in_traditional_characters():
    issue = read(MASTHEAD + "【簡訊】\n3月5日，**縣財政局**召開會議。\n編輯：陳嘉欣　李卓霖　審核：黃志明　簽發：劉偉強\n"
                            "報：省政府辦公廳。\n送：各區。\n發：各區人民政府。\n聯繫人：王小明\n").issue
    assert (issue.signoff.editors, issue.signoff.reviewers, issue.signoff.signers) == (["陳嘉欣", "李卓霖"], ["黃志明"],
                                                                                     ["劉偉強"])
    assert [(d.label, d.text) for d in issue.distribution] == [("報", "省政府辦公廳。"), ("送", "各區。"),
                                                              ("發", "各區人民政府。"), ("", "聯繫人：王小明")]
    assert [e.text for _s, e in issue.entries()] == ["3月5日，縣財政局召開會議。"]


@pytest.mark.parametrize("first", ["人力资源和社会保障", "乡村振兴战略实施推进", "生态环境保护督察"])
def test_a_name_on_two_lines_whose_first_part_is_a_field_of_work(first):
    issue = read(f"{first}\n工 作 简 报\n第3期\n测试县人力资源和社会保障局\n2024年3月29日\n【就业创业】\n3月1日，**某镇**开展招聘。\n").issue
    assert (issue.series, issue.office) == (f"{first}工作简报", "测试县人力资源和社会保障局")


def test_a_report_s_numbered_parts_under_its_title_stay_in_it():
    """A 专报 of one report: its title, then 一、基本情况 / 二、主要做法 / 三、下一步工作 with no
    section numbered before: the report's own parts, not sections with its text in them."""
    issue = read(MASTHEAD + "全市呼吸道传染病防治工作情况\n一、基本情况\n11月以来，发热门诊接诊量增长35%。\n"
                            "二、主要做法\n（一）加强监测预警。每日研判。\n三、下一步工作\n持续做好监测预警。\n").issue
    [section] = issue.sections
    [article] = section.entries
    assert isinstance(article, Article) and article.title == "全市呼吸道传染病防治工作情况"
    assert [plain(p)[:4] for p in article.paragraphs] == ["一、基本", "11月以", "二、主要", "（一）加", "三、下一", "持续做好"]


def test_a_report_part_after_the_lead_paragraph_stays_in_the_article():
    issue = read(MASTHEAD + "某县推进医共体建设\n近年来，某县推动优质医疗资源下沉。\n一、主要做法\n统一管理。\n"
                            "二、存在问题\n人才不足。\n").issue
    [article] = issue.sections[0].entries
    assert [plain(p)[:4] for p in article.paragraphs] == ["近年来，", "一、主要", "统一管理", "二、存在", "人才不足"]


def test_sections_numbered_after_a_lead_article_are_sections():
    """A lead article, then 一、工作动态 over dated entries: the bulletin's sections begin."""
    issue = read(MASTHEAD + "县委召开常委会议研究部署冬季安全工作\n会议强调，要压实责任。\n一、工作动态\n"
                            "3月1日，某县开会。\n二、基层信息\n3月2日，某镇检查。\n").issue
    assert [s.title for s in issue.sections] == ["", "工作动态", "基层信息"]


def test_a_unit_under_an_article_s_title_is_its_byline():
    """◆…◆ sections, an article's title, the unit that wrote it on a line of its own: the
    article's first line, not a section over its text."""
    issue = read(MASTHEAD + "◆监管动态◆\n3月1日，**某分局**开展检查。\n3月2日，**某县局**开展抽检。\n◆他山之石◆\n"
                            "山城区“个转企”工作经验\n山城区市场监管局\n今年以来，山城区推动个体工商户转型升级。\n").issue
    assert [s.title for s in issue.sections] == ["监管动态", "他山之石"]
    [article] = issue.sections[1].entries
    assert [plain(p)[:5] for p in article.paragraphs] == ["山城区市场", "今年以来，"]


def test_a_labelled_sender_under_an_article_s_title_is_its_byline():
    issue = read(MASTHEAD + "【经验交流】\n推进紧密型县域医共体建设的洛宁实践\n供稿：县卫生健康委员会医政股\n"
                            "近年来，洛宁县推动优质医疗资源下沉。\n").issue
    [article] = issue.sections[0].entries
    assert article.title == "推进紧密型县域医共体建设的洛宁实践"
    assert [plain(p)[:3] for p in article.paragraphs] == ["供稿：", "近年来"]


def test_two_offices_issuing_together_are_the_office():
    """Two offices a line each above the date: the bulletin is issued by both."""
    result = read("农业农村工作简报\n第5期\n中共某县委农村工作领导小组办公室\n某县农业农村局\n2026年11月27日\n【动态】\n内容。\n")
    assert result.issue.office == "中共某县委农村工作领导小组办公室\u3000某县农业农村局"
    assert result.warnings == []


def test_the_office_over_the_name_gives_way_to_the_one_beside_the_date():
    result = read("某市公安局\n公安工作简报\n第5期\n某市公安局办公室　　2026年11月30日\n【动态】\n内容。\n")
    assert (result.issue.series, result.issue.office) == ("公安工作简报", "某市公安局办公室")


@pytest.mark.parametrize("masthead", [
    "信访工作简报　　第3期　　叶县信访局　　2026年11月30日",
    "信访工作简报　　第３期　　叶县信访局　　２０２６年１１月３０日",
    "信访工作简报（第3期）　叶县信访局　2026年11月30日",
    "信访工作简报　第3期　叶县信访局\n2026年11月30日",
])
def test_the_whole_masthead_on_one_line(masthead):
    """Name, number, office and date spaced apart on one line, as compact bulletins print it."""
    result = read(masthead + "\n【工作动态】\n11月24日，**叶县信访局**召开会议。\n")
    issue = result.issue
    assert (issue.series, issue.number, issue.office, issue.date) == ("信访工作简报", 3, "叶县信访局", dt.date(2026, 11, 30))
    assert result.warnings == []
    assert {Role.NAME, Role.NUMBER, Role.OFFICE} <= set(result.roles[0])


def test_an_office_with_its_number_and_date_on_one_line_stays_the_office():
    issue = read("信访工作简报\n某某局　　第52期　　2024年3月5日\n【动态】\n内容。\n").issue
    assert (issue.series, issue.number, issue.office) == ("信访工作简报", 52, "某某局")


def test_a_masthead_without_a_date_takes_the_closing_block_s_issue_date():
    """No date under the masthead, only the 印发 line at the foot: its date, with a warning."""
    result = read("扶贫工作简报\n第5期\n某县乡村振兴局\n【工作动态】\n11月24日，**某镇**开展核查。\n"
                  "送：县委、县政府领导。\n某县乡村振兴局办公室　　2026年11月30日印发\n")
    assert result.issue.date == dt.date(2026, 11, 30)
    assert any("没有日期" in w and "2026年11月30日印发" in w for w in result.warnings)
    assert result.issue.distribution[-1].text == "某县乡村振兴局办公室　　2026年11月30日印发"


@pytest.mark.parametrize("foot", ["送：县委。\n某县办公室　　11月30日印发\n", "送：县委。\n"])
def test_a_masthead_without_a_date_is_refused_when_the_foot_gives_no_year_either(foot):
    with pytest.raises(BulletinFormatError, match="找不到日期"):
        read("扶贫工作简报\n第5期\n某县乡村振兴局\n【工作动态】\n11月24日，**某镇**开展核查。\n" + foot)


@pytest.mark.parametrize("lines", ["第5期\n二〇二六年十一月\n某县乡村振兴局", "2026年第5期\n某县乡村振兴局　　　2026年11月"])
def test_a_masthead_dated_by_its_month_alone_is_refused_saying_so(lines):
    """A monthly's masthead printing 2026年11月: the refusal names the month and asks for the day."""
    with pytest.raises(BulletinFormatError, match="只写了年月（“(?:二〇二六年十一月|2026年11月)”），没有写哪一日"):
        read(f"扶贫工作简报\n{lines}\n【工作动态】\n11月24日，**某镇**开展核查。\n送：县委。\n")


CLOSING_BODY = MASTHEAD + "【动态】\n3月1日，**某镇**开会。\n"


@pytest.mark.parametrize("line, roles", [
    ("（责任编辑：张三）", (["张三"], [], [])),
    ("（编辑：张三　审核：王五　签发：李四）", (["张三"], ["王五"], ["李四"])),
    ("审核人：王五　　签发人：李四", ([], ["王五"], ["李四"])),
    ("本期编辑：张三　　本期审核：王五　　本期签发：李四", (["张三"], ["王五"], ["李四"])),
])
def test_sign_off_lines_in_their_other_forms(line, roles):
    """In brackets of its own, with the roles named as persons, or each role 本期…: the names
    under their roles, no bracket or 本期 taken for a name or another role."""
    for foot in (f"{line}\n送：县委。\n", f"送：县委。\n{line}\n"):
        issue = read(CLOSING_BODY + foot).issue
        assert (issue.signoff.editors, issue.signoff.reviewers, issue.signoff.signers) == roles
        assert issue.signoff.others == []
        assert [e.text for e in issue.sections[-1].entries] == ["3月1日，某镇开会。"]


def test_a_contact_line_in_brackets_below_the_lists_is_a_line_of_the_box():
    issue = read(CLOSING_BODY + "编辑：张三\n送：县委。\n（联系人：张三　电话：123）\n").issue
    assert issue.distribution[-1] == DistributionLine("", "（联系人：张三　电话：123）")
    assert issue.signoff.others == []
