"""A figure typed with the equation editor (Office Math) prints in its entry's sentence."""
from bulletin_desktop.core.recognise import recognise
from bulletin_desktop.core.wordread import read_word

from wordfiles import CLOSING, MASTHEAD, make_docx, p, r

M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"


def math(inner: str, *, para: bool = False) -> str:
    equation = f'<m:oMath xmlns:m="{M_NS}">{inner}</m:oMath>'
    return f'<m:oMathPara xmlns:m="{M_NS}">{equation}</m:oMathPara>' if para else equation


def mr(text: str) -> str:
    return f'<m:r xmlns:m="{M_NS}"><m:rPr><m:sty m:val="p"/></m:rPr><m:t>{text}</m:t></m:r>'


def entry_texts(tmp_path, runs: str) -> list[str]:
    body = MASTHEAD + p("【工作动态】") + p("3月1日，", runs=r("县应急局", bold=True) + runs) + CLOSING
    result = recognise(read_word(make_docx(tmp_path / "m.docx", body)).paragraphs)
    return [e.text for _, e in result.issue.entries()]


def test_an_equation_reads_where_it_prints_in_the_entry(tmp_path):
    runs = r("开展燃气安全检查，隐患整改率") + math(mr("=100%")) + r("。")
    assert entry_texts(tmp_path, runs) == ["3月1日，县应急局开展燃气安全检查，隐患整改率=100%。"]


def test_fractions_brackets_roots_and_powers_read_on_one_line(tmp_path):
    fraction = f'<m:f xmlns:m="{M_NS}"><m:fPr><m:type m:val="bar"/></m:fPr><m:num>{mr("17")}</m:num><m:den>{mr("20")}</m:den></m:f>'
    bracket = (f'<m:d xmlns:m="{M_NS}"><m:dPr><m:begChr m:val="["/><m:endChr m:val="]"/></m:dPr>'
               f'<m:e>{mr("a")}</m:e><m:e>{mr("b")}</m:e></m:d>')
    root = f'<m:rad xmlns:m="{M_NS}"><m:radPr><m:degHide m:val="1"/></m:radPr><m:deg/><m:e>{mr("2")}</m:e></m:rad>'
    power = f'<m:sSup xmlns:m="{M_NS}"><m:e>{mr("10")}</m:e><m:sup>{mr("4")}</m:sup></m:sSup>'
    runs = r("比例为") + math(fraction) + r("，") + math(bracket) + r("，") + math(root) + r("，") + math(power) + r("元。")
    assert entry_texts(tmp_path, runs) == ["3月1日，县应急局比例为17/20，[a|b]，√2，104元。"]


def test_a_deleted_part_of_an_equation_is_left_out_and_a_display_equation_is_read(tmp_path):
    deleted = '<w:del w:id="1" w:author="甲"><m:r xmlns:m="%s"><m:t>99</m:t></m:r></w:del>' % M_NS
    runs = r("完成率") + math(mr("=") + deleted + mr("100%"), para=True) + r("。")
    assert entry_texts(tmp_path, runs) == ["3月1日，县应急局完成率=100%。"]
