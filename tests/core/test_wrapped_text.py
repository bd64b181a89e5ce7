"""A bulletin's text copied out of its printed pages: one line a printed line, page numbers
between the pages. It reads as the bulletin it was printed from."""
from __future__ import annotations

import re

import pytest

from bulletin_desktop.core.model import Article
from bulletin_desktop.core.textformat import read_text, text_paragraphs
from bulletin_desktop.core.wrapped_text import width, wrap_width

PAGE_WIDTH = 28  # characters on a line of a GB/T 9704 page
PAGE_LINES = 22


def printed(text: str, page_width: float = PAGE_WIDTH) -> str:
    """``text`` as a printed copy gives it back: every paragraph cut into lines at the page's
    width, a page number after every PAGE_LINES lines, no bold."""
    lines: list[str] = []
    for paragraph in text.replace("**", "").splitlines():
        line = ""
        for char in paragraph.strip():
            if width(line + char) > page_width:
                lines.append(line)
                line = ""
            line += char
        lines.append(line)
    out: list[str] = []
    for number, start in enumerate(range(0, len(lines), PAGE_LINES), 1):
        out += [*lines[start:start + PAGE_LINES], "", f"—{number}—", ""]
    return "\n".join(out)


def _shape(issue):
    """Sections and entries with their texts; the spaces round digits the sample has may
    fall at a line's end, where a printed copy keeps none."""
    return [(s.title, [(type(e).__name__, re.sub(r"\s", "", e.text)) for e in s.entries]) for s in issue.sections]


@pytest.mark.parametrize("page_width", [PAGE_WIDTH, 22, 35])
def test_a_printed_copy_reads_as_the_bulletin_it_was_printed_from(sample_text, page_width):
    copy = printed(sample_text, page_width)
    assert "—1—" in copy and max(width(line) for line in copy.splitlines()) <= page_width
    back, original = read_text(copy), read_text(sample_text.replace("**", ""))
    assert (back.series, back.number, back.date, back.office) == (original.series, original.number, original.date,
                                                                   original.office)
    assert _shape(back) == _shape(original)
    article = back.sections[-1].entries[-1]
    assert isinstance(article, Article) and len(article.paragraphs) == 4
    assert (back.signoff, back.distribution) == (original.signoff, original.distribution)


def test_the_rules_a_printed_copy_draws_with_characters_are_left_out(sample_text):
    """The red rule under the masthead and the rules round the closing block, copied as a
    line of ━ (or ─) each, neither join the lines beside them nor become text."""
    copy = printed(sample_text).splitlines()
    masthead_end = next(i for i, line in enumerate(copy) if line.startswith("【"))
    closing = next(i for i, line in enumerate(copy) if line.startswith("编辑"))
    ruled = [*copy[:masthead_end], "━" * PAGE_WIDTH, *copy[masthead_end:closing], "─" * PAGE_WIDTH, *copy[closing:]]
    back, original = read_text("\n".join(ruled)), read_text(sample_text.replace("**", ""))
    assert _shape(back) == _shape(original)
    assert (back.signoff, back.distribution) == (original.signoff, original.distribution)


def test_text_written_line_by_line_is_not_taken_for_a_printed_copy(sample_text):
    assert wrap_width([p.text for p in text_paragraphs(sample_text)]) is None
    short_items = "\n".join(f"11月{day}日，某县开展第{day}次安全生产检查。" for day in range(1, 20))
    assert wrap_width(short_items.splitlines()) is None  # as wide as one another, but whole sentences
    issue = read_text("某某简报\n第3期\n某某办公室\n2024年3月5日\n【动态】\n" + short_items + "\n")
    assert len(issue.sections[0].entries) == 19


def test_a_printed_copy_made_into_word_reads_the_same(sample_text, tmp_path):
    """A PDF converted to Word keeps a paragraph for every printed line."""
    from docx import Document

    from bulletin_desktop.core.importing import read_file

    document = Document()
    for line in printed(sample_text).splitlines():
        document.add_paragraph(line)
    path = tmp_path / "converted.docx"
    document.save(str(path))
    assert _shape(read_file(path).issue) == _shape(read_text(sample_text.replace("**", "")))


def test_a_submission_pasted_from_a_printed_copy_keeps_its_paragraphs():
    from bulletin_desktop.core.inbox.reading import paragraphs_from_text
    from bulletin_desktop.core.richtext import plain

    paragraphs = ["11月19日，舞阳县组织应急、水利、住建等部门对全县河道、水库、在建工地开展汛前隐患排查，"
                  "共排查隐患36处，已整改30处，其余6处限期整改到位，整改情况由县防汛办逐一复核并建立台账。",
                  "11月20日，舞阳县召开防汛工作会议，安排部署汛前准备工作，要求各乡镇立即开展隐患排查，"
                  "落实巡堤查险人员和抢险物资，确保安全度汛。",
                  "会议强调，各乡镇要严格落实防汛责任制，主要负责同志要靠前指挥，值班人员要坚守岗位，"
                  "遇有险情要第一时间报告并组织群众转移，坚决防止发生人员伤亡。"]
    pasted = printed("\n".join(paragraphs)).replace("—1—", "")
    assert [plain(p) for p in paragraphs_from_text(pasted)] == paragraphs


def test_bold_going_on_across_a_page_break_cut_stays_one_run():
    from bulletin_desktop.core.richtext import to_markup

    cut = ("3月1日，县应急管理局组织开展全县燃气安全专项检查，重点检查了**城区餐饮场所和燃气经营\n\n"
           "企业12家**，发现隐患30处，已全部整改。\n")
    paragraphs = text_paragraphs("某某简报\n第3期\n某某办公室\n2024年3月5日\n【动态】\n" + cut)
    assert to_markup(paragraphs[-1].rich) == ("3月1日，县应急管理局组织开展全县燃气安全专项检查，重点检查了"
                                              "**城区餐饮场所和燃气经营企业12家**，发现隐患30处，已全部整改。")


def test_a_table_of_equal_rows_is_not_a_printed_copy():
    rows = [f"第{n}组  县应急管理局检查组  检查企业{n + 10}家  发现隐患{n + 20}处  整改到位" for n in range(12)]
    assert wrap_width(rows) is None
    issue = read_text("某某简报\n第3期\n某某办公室\n2024年3月5日\n【统计】\n" + "\n".join(rows) + "\n")
    assert len(issue.sections[0].entries) == 12


def test_a_printed_copy_with_its_masthead_in_the_page_header_is_joined_too(sample_text, tmp_path):
    """The masthead read from the first page's header: the body under it is the printed
    copy's joined paragraphs, as without a header."""
    from docx import Document

    from bulletin_desktop.core.importing import read_file

    lines = printed(sample_text).splitlines()
    masthead = lines.index("【安排部署】")
    document = Document()
    header = document.sections[0].header
    header.paragraphs[0].text = lines[0]
    for line in lines[1:masthead]:
        header.add_paragraph(line)
    for line in lines[masthead:]:
        document.add_paragraph(line)
    path = tmp_path / "header.docx"
    document.save(str(path))
    imported = read_file(path)
    assert any("页眉" in warning for warning in imported.warnings)
    assert _shape(imported.issue) == _shape(read_text(sample_text.replace("**", "")))


@pytest.mark.parametrize("head", ["漯河安全生产简报　第52期", "漯河安全生产简报"])
def test_the_running_head_under_each_page_number_is_left_out(sample_text, head):
    """A printed copy repeats the bulletin's name (and number) at the top of each page: no
    text, and the sentence a page break cut joins up across it."""
    copy = printed(sample_text)
    with_heads = re.sub(r"(—\d+—\n)", rf"\1{head}\n", copy)
    assert with_heads.count(head) > 2
    assert _shape(read_text(with_heads)) == _shape(read_text(sample_text))


def test_a_printed_line_starting_with_a_date_mid_sentence_goes_on_with_its_entry():
    """…对排查出的隐患于 / 5月20日前全部整改到位，…: the date opens no entry without its comma."""
    entries = ["5月6日，县安委会召开全县安全生产形势分析会，要求各乡镇对排查出的隐患于5月20日前全部整改到位，"
               "并将整改情况报县安委办，会议强调各乡镇各部门要深刻汲取近期外地事故教训全面排查整治各类风险隐患。",
               "5月8日，县应急管理局联合县消防救援大队对城区12家大型商场超市开展消防安全检查，重点检查消防设施器材完好情况"
               "和疏散通道畅通情况以及员工应急处置能力，发现问题隐患31处，均已责令限期整改到位。",
               "5月9日，县交通运输局组织开展道路运输安全专项整治行动，对辖区客运站、货运站场和危险货物运输企业逐一开展检查，"
               "督促企业落实主体责任。"]
    copy = printed("\n".join(entries), 35)
    assert any(line.startswith("5月20日前") for line in copy.splitlines())
    issue = read_text("某某简报\n第5期\n某某办公室\n2025年5月12日\n【工作动态】\n" + copy)
    assert [e.text for e in issue.sections[0].entries] == entries


@pytest.mark.parametrize("number", ["{n}", "·{n}·", "- {n} -"])
def test_a_number_alone_between_pages_is_a_printed_copy_s_page_number(sample_text, number):
    """pdftotext gives most page numbers as a bare 1: in a printed copy it is no text, and
    the sentence it stands in joins up across it, as with —1—."""
    copy = re.sub(r"—(\d+)—", lambda m: number.format(n=m.group(1)), printed(sample_text))
    assert "—1—" not in copy
    assert _shape(read_text(copy)) == _shape(read_text(sample_text))


def test_an_indented_line_opens_a_paragraph_though_the_line_before_filled_the_page():
    """A paragraph that ends on a full line: the next one's indent says it starts there."""
    entries = ["4月23日，县应急管理局组织开展危化企业专项执法检查，抽调专家8名，对辖区6家企业重大危险源管控、"
               "特殊作业管理情况进行检查，发现问题隐患7项，全部交办整改到位，罚款十万元。",
               "近日，县消防救援大队举办危险化学品事故应急演练，模拟储罐区泄漏引发火灾，检验了企业应急预案的"
               "可操作性和各救援力量的协同处置能力。",
               "近日，县市场监管局对城区商场开展特种设备安全检查，重点检查电梯维保和检验情况，督促整改隐患21处。"]
    copy = printed("\n".join(entries), 28)
    lines = copy.splitlines()
    ends = [i for i, line in enumerate(lines) if line.endswith("。")]
    assert width(lines[ends[0]]) >= 27  # the first entry ends on a full line
    indented = "\n".join("\u3000\u3000" + line if i == 0 or lines[i - 1].endswith("。") else line
                         for i, line in enumerate(lines))
    issue = read_text("某某简报\n第5期\n某某办公室\n2025年5月12日\n【工作动态】\n" + indented)
    assert [e.text for e in issue.sections[0].entries] == entries


@pytest.mark.parametrize("page_width", [PAGE_WIDTH, 35])
def test_a_printed_copy_with_a_blank_line_after_every_line_reads_the_same(sample_text, page_width):
    """Copied out of a PDF viewer into a word processor and saved as text, every printed line
    is a paragraph with a blank line after it: those blank lines end no paragraph, and the
    copy reads as one with no blank lines at all does."""
    lines = [line for line in printed(sample_text, page_width).splitlines() if line.strip()]
    spaced, dense = "\n\n".join(lines), "\n".join(lines)
    assert _shape(read_text(spaced)) == _shape(read_text(dense)) == _shape(read_text(sample_text.replace("**", "")))


def test_our_own_format_with_its_blank_lines_is_not_joined(sample_text):
    """Our own format puts a blank line after every paragraph: nothing of it is joined."""
    assert _shape(read_text(sample_text)) == _shape(read_text(sample_text.replace("\n\n", "\n\n\n")))


SHORT_PAGE = """                        潢川县卫生健康工作简报

                                第 15 期

   潢川县卫生健康委员会                               2024 年 8 月 16 日

【工作动态】

    8月12日，县卫健委召开全县医疗卫生系统安全生产工作会议，
对夏季安全生产工作进行再部署，要求各单位压实安全生产责
任。
    8月13日，县人民医院组织开展消防应急疏散演练，全院医护
人员及患者300余人参加。
　　8月14日，县疾控中心开展登革热防控知识培训。
{after}
编辑：彭芳     审核：吴强     签发：罗明
"""


def test_a_short_printed_copy_joins_its_lines_by_their_indents():
    """A page of a few entries through pdftotext -layout is too short to tell by its lines'
    width; its paragraphs open indented and go on in lines that are not."""
    issue = read_text(SHORT_PAGE.format(after=""))
    assert [(e.date, e.text[-8:]) for _, e in issue.entries()] == [
        ("8月12日", "压实安全生产责任。"[-8:]), ("8月13日", "及患者300余人参加。"[-8:]), ("8月14日", "开展登革热防控知识培训。"[-8:])]


@pytest.mark.parametrize("after", ["经验交流\n某镇“三个聚焦”抓安全\n今年以来，某镇抓好安全。", "◆某镇开展检查。",
                                   "一、工作要求", "（县疾控中心供稿）", "某镇开展检查"])
def test_a_line_that_opens_something_of_its_own_is_not_joined(after):
    """Under an entry's last line stopping mid-sentence: a heading, a bulleted line, a source
    in brackets, a short line that ends no sentence (no paragraph's last line)."""
    text = SHORT_PAGE.format(after=after).replace("登革热防控知识培训。", "登革热防控知识培训，参训人员80余名")
    shown = [p.text for p in text_paragraphs(text)]
    assert shown[shown.index("8月14日，县疾控中心开展登革热防控知识培训，参训人员80余名") + 1] == after.split("\n")[0]


def test_a_centred_line_goes_on_with_nothing():
    """A title centred over its text (indented far) is no paragraph's first line."""
    text = SHORT_PAGE.format(after="            某镇“三个聚焦”抓好安全生产工作的做法和体会\n今年以来，某镇抓好安全。")
    shown = [p.text for p in text_paragraphs(text)]
    assert "某镇“三个聚焦”抓好安全生产工作的做法和体会" in shown
