"""Fields as other hands leave them, round 11: a field whose end (or whose separate and end)
was lost in a file cut by hand or written by half a program, and marks of no field at all,
no longer swallow the rest of the document as field code; a table of contents keeps its
lines but not their page numbers, whether Word saved them as PAGEREF fields (plain or under
Word 2000's HYPERLINK fields) or LibreOffice and WPS as plain text after a tab; the heading
Word gives a contents (TOC Heading, 目录) heads the contents' section."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.importing import read_file
from bulletin_desktop.core.model import is_contents_title
from wordread.wordfiles import CLOSING, MASTHEAD, STYLES, make_docx, p

B = "<w:b/>"
TOC_STYLES = STYLES.replace(
    "</w:styles>",
    '<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Heading1"/></w:style>'
    "</w:styles>")


def run(text: str, props: str = "") -> str:
    return f'<w:r>{"<w:rPr>" + props + "</w:rPr>" if props else ""}<w:t xml:space="preserve">{text}</w:t></w:r>'


def para(*runs: str, ppr: str = "") -> str:
    return f'<w:p>{"<w:pPr>" + ppr + "</w:pPr>" if ppr else ""}{"".join(runs)}</w:p>'


def mark(kind: str) -> str:
    return f'<w:r><w:fldChar w:fldCharType="{kind}"/></w:r>'


def code(text: str) -> str:
    return f'<w:r><w:instrText xml:space="preserve">{text}</w:instrText></w:r>'


def entry(date: str, unit: str, rest: str) -> str:
    return para(run(date + "，"), run(unit, B), run(rest))


def dated(issue) -> list[tuple[str, str, str]]:
    return [(e.date, e.unit, e.text) for _, e in issue.entries()]


LATER = entry("6月12日", "镇平县市场监管局", "抽检节令食品48批次。")
WANT = [("6月11日", "镇平县林业局", "6月11日，镇平县林业局开展森林防火巡查。"),
        ("6月12日", "镇平县市场监管局", "6月12日，镇平县市场监管局抽检节令食品48批次。")]


@pytest.mark.parametrize("broken", [
    # a hyperlink whose end mark was lost: its result prints on as text
    para(run("6月11日，"), mark("begin"), code(' HYPERLINK "http://lyj.example.gov.cn/" '), mark("separate"),
         run("镇平县林业局", B), run("开展森林防火巡查。")),
    # a merge field of which only the begin and the code are left, at the end of a paragraph
    para(run("6月11日，"), run("镇平县林业局", B), run("开展森林防火巡查。"), mark("begin"), code(" MERGEFIELD 备注 ")),
    # an IF whose end was lost around a whole DATE field in its code
    para(run("6月11日，"), mark("begin"), code(' IF 1 = 1 "'), mark("begin"), code(" DATE "), mark("separate"), run("2024"),
         mark("end"), code('" '), mark("separate"), run("镇平县林业局", B), run("开展森林防火巡查。")),
    # an end and a separate with no begin
    para(run("6月11日，"), mark("end"), run("镇平县林业局", B), mark("separate"), run("开展森林防火巡查。")),
], ids=["end lost", "only begin and code", "outer end lost", "stray end and separate"])
def test_half_a_field_does_not_swallow_what_follows(tmp_path, broken):
    body = MASTHEAD + p("【林业动态】") + broken + LATER + CLOSING
    issue = read_file(make_docx(tmp_path / "断域.docx", body)).issue
    assert dated(issue) == WANT
    assert issue.distribution  # the closing block after it is read too


def test_whole_fields_around_a_half_one_still_print_their_results(tmp_path):
    body = (MASTHEAD + p("【林业动态】")
            + para(run("6月11日，"), mark("begin"), code(' HYPERLINK "http://lyj.example.gov.cn/" '), mark("separate"),
                   run("镇平县林业局", B), mark("end"), run("开展森林防火巡查。"), mark("begin"), code(" MERGEFIELD 备注 "))
            + para(run("6月12日，"), mark("begin"), code(" REF 单位 \\h "), mark("separate"), run("镇平县市场监管局", B), mark("end"),
                   run("抽检节令食品48批次。"))
            + CLOSING)
    assert dated(read_file(make_docx(tmp_path / "域.docx", body)).issue) == WANT


def toc_line(title: str, page: str, anchor: str, *, first: bool = False, last: bool = False, word2000: bool = False,
             pageref: bool = True) -> str:
    begin = mark("begin") + code(' TOC \\o "1-2" \\h \\z \\u ') + mark("separate") if first else ""
    number = mark("begin") + code(f" PAGEREF {anchor} \\h ") + mark("separate") + run(page) + mark("end") if pageref else run(page)
    if word2000:
        link = mark("begin") + code(f' HYPERLINK \\l "{anchor}" ') + mark("separate") + run(title) + "<w:r><w:tab/></w:r>" + number + mark("end")
    else:
        link = f'<w:hyperlink w:anchor="{anchor}" w:history="1">' + run(title) + "<w:r><w:tab/></w:r>" + number + "</w:hyperlink>"
    return para(begin, link, mark("end") if last else "",
                ppr='<w:pStyle w:val="TOC1"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="8834"/></w:tabs>')


@pytest.mark.parametrize("form", ["pageref", "word2000", "plain text", "roman"])
def test_a_table_of_contents_is_read_without_its_page_numbers(tmp_path, form):
    pages = ("iii", "iv") if form == "roman" else ("3", "12")
    lines = (toc_line("全县森林防火巡查全面铺开", pages[0], "_Toc1", first=True, word2000=form == "word2000", pageref=form != "plain text")
             + toc_line("节令食品抽检结果出炉", pages[1], "_Toc2", last=True, word2000=form == "word2000", pageref=form != "plain text"))
    body = MASTHEAD + para(run("本期要目")) + lines + p("【林业动态】") + entry("6月11日", "镇平县林业局", "开展森林防火巡查。") + LATER + CLOSING
    issue = read_file(make_docx(tmp_path / "要目.docx", body, styles=TOC_STYLES)).issue
    assert [(s.title, [e.text for e in s.entries]) for s in issue.sections] == [
        ("本期要目", ["全县森林防火巡查全面铺开", "节令食品抽检结果出炉"]), ("林业动态", [text for _, _, text in WANT])]


def test_word_s_contents_control_and_its_heading_make_the_contents_section(tmp_path):
    contents = ('<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj>'
                "</w:sdtPr><w:sdtContent>" + para(run("目录"), ppr='<w:pStyle w:val="TOCHeading"/>')
                + toc_line("林业动态", "1", "_Toc1", first=True) + toc_line("市场监管", "2", "_Toc2", last=True)
                + "</w:sdtContent></w:sdt>")
    body = (MASTHEAD + contents + p("【林业动态】") + entry("6月11日", "镇平县林业局", "开展森林防火巡查。")
            + p("【市场监管】") + LATER + CLOSING)
    issue = read_file(make_docx(tmp_path / "目录控件.docx", body, styles=TOC_STYLES)).issue
    sections = [(s.title, [e.text for e in s.entries]) for s in issue.sections]
    assert is_contents_title(sections[0][0])
    assert sections == [("目录", ["林业动态", "市场监管"]), ("林业动态", [WANT[0][2]]), ("市场监管", [WANT[1][2]])]


def test_a_number_after_a_tab_outside_a_contents_is_text(tmp_path):
    """Only a contents' lines lose the number after their tab: a table's figures keep theirs."""
    body = (MASTHEAD + p("【林业动态】") + entry("6月11日", "镇平县林业局", "开展森林防火巡查。")
            + para(run("巡查人次"), "<w:r><w:tab/></w:r>", run("326")) + LATER + CLOSING)
    issue = read_file(make_docx(tmp_path / "表.docx", body)).issue
    assert "326" in "".join(e.text for _, e in issue.entries())
