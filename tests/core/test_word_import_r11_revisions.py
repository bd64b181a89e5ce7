"""Changes left tracked, round 11: a paragraph whose mark was deleted runs into the paragraph
after it, but never into a table after it nor out of its table cell or text box, as Word
keeps it when the changes are accepted; a run's formatting changed with changes tracked
prints as it is now (bold added), not as it was; a hyperlink deleted with its field code
leaves its words."""
from __future__ import annotations

from bulletin_desktop.core.importing import read_file
from wordread.wordfiles import CLOSING, MASTHEAD, make_docx, p, text_box

B = "<w:b/>"
REV = 'w:author="刘科员" w:date="2024-05-06T09:00:00Z"'


def run(text: str, props: str = "") -> str:
    return f'<w:r>{"<w:rPr>" + props + "</w:rPr>" if props else ""}<w:t xml:space="preserve">{text}</w:t></w:r>'


def para(*runs: str, ppr: str = "") -> str:
    return f'<w:p>{"<w:pPr>" + ppr + "</w:pPr>" if ppr else ""}{"".join(runs)}</w:p>'


def mark_deleted(*runs: str) -> str:
    return para(*runs, ppr=f'<w:rPr><w:del w:id="90" {REV}/></w:rPr>')


def table(*cells: str) -> str:
    return "<w:tbl><w:tblPr/><w:tr>" + "".join(f"<w:tc>{cell}</w:tc>" for cell in cells) + "</w:tr></w:tbl>"


FIRST = (run("5月6日，"), run("内乡县应急管理局", B), run("开展地质灾害隐患点巡查。"))
SECOND = para(run("5月7日，"), run("内乡县交通运输局", B), run("整治农村公路隐患11处。"))


def texts(path) -> list[str]:
    return [paragraph.text for paragraph in read_file(path).paragraphs]


def test_a_paragraph_whose_mark_was_deleted_runs_into_the_next_one(tmp_path):
    body = MASTHEAD + p("【工作动态】") + mark_deleted(*FIRST[:2]) + para(FIRST[2]) + SECOND + CLOSING
    assert "5月6日，内乡县应急管理局开展地质灾害隐患点巡查。" in texts(make_docx(tmp_path / "并段.docx", body))


def test_never_into_a_table_after_it(tmp_path):
    body = MASTHEAD + p("【工作动态】") + mark_deleted(*FIRST) + table(p("巡查点"), p("12处")) + SECOND + CLOSING
    read = texts(make_docx(tmp_path / "表前.docx", body))
    assert read[4:7] == ["5月6日，内乡县应急管理局开展地质灾害隐患点巡查。", "巡查点  12处", "5月7日，内乡县交通运输局整治农村公路隐患11处。"]


def test_never_out_of_its_cell(tmp_path):
    body = MASTHEAD + p("【工作动态】") + table(mark_deleted(run("巡查点")), p("12处")) + para(*FIRST) + SECOND + CLOSING
    read = texts(make_docx(tmp_path / "单元格.docx", body))
    assert read[4:6] == ["巡查点  12处", "5月6日，内乡县应急管理局开展地质灾害隐患点巡查。"]


def test_never_out_of_its_text_box(tmp_path):
    box = text_box(p("内乡县") + mark_deleted(run("安全生产简报")), anchor=False)
    body = p(runs=box) + p("第5期") + p("内乡县应急管理局　　　　2024年5月8日") + p("【工作动态】") + para(*FIRST) + SECOND + CLOSING
    imported = read_file(make_docx(tmp_path / "文本框.docx", body))
    assert [e.date for _, e in imported.issue.entries()] == ["5月6日", "5月7日"]
    assert "5月6日" not in imported.issue.series


def test_formatting_changed_with_changes_tracked_prints_as_it_is_now(tmp_path):
    body = (MASTHEAD + p("【工作动态】")
            + para(run("5月6日，"), f'<w:r><w:rPr><w:b/><w:rPrChange w:id="1" {REV}><w:rPr/></w:rPrChange></w:rPr><w:t>内乡县应急管理局</w:t></w:r>',
                   f'<w:r><w:rPr><w:rPrChange w:id="2" {REV}><w:rPr><w:b/></w:rPr></w:rPrChange></w:rPr><w:t>开展地质灾害隐患点巡查。</w:t></w:r>')
            + para(run("5月7日，"), run("内乡县交通运输局", B),
                   f'<w:del w:id="3" {REV}><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:delInstrText> HYPERLINK "http://jt.example.gov.cn/" '
                   '</w:delInstrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r></w:del>',
                   run("整治农村公路隐患11处。"), f'<w:del w:id="4" {REV}><w:r><w:fldChar w:fldCharType="end"/></w:r></w:del>')
            + CLOSING)
    issue = read_file(make_docx(tmp_path / "格式修订.docx", body)).issue
    assert [(e.date, e.unit, e.text) for _, e in issue.entries()] == [
        ("5月6日", "内乡县应急管理局", "5月6日，内乡县应急管理局开展地质灾害隐患点巡查。"),
        ("5月7日", "内乡县交通运输局", "5月7日，内乡县交通运输局整治农村公路隐患11处。")]
