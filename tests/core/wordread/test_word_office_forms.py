"""Word files as offices make them with WPS, OA systems and mail merge: a column of vertical
text beside a masthead, merge fields left unfilled, a package holding only its thumbnail."""
from __future__ import annotations

from bulletin_desktop.core.wordread import read_word
from test_word_traps import issue_of
from wordfiles import CLOSING, make_docx, p

VERTICAL_CELL = '<w:tcPr><w:vMerge w:val="restart"/><w:textDirection w:val="tbRlV"/></w:tcPr>'


def test_a_column_of_vertical_text_beside_the_masthead_is_its_own_line(tmp_path):
    """内部资料 set top to bottom in a merged cell left of the name prints beside it, not on its line."""
    table = ("<w:tbl><w:tblPr/><w:tr>"
             f"<w:tc>{VERTICAL_CELL}{p('内部资料')}</w:tc><w:tc>{p('某某工作简报')}</w:tc></w:tr><w:tr>"
             f'<w:tc><w:tcPr><w:vMerge/><w:textDirection w:val="tbRlV"/></w:tcPr>{p()}</w:tc><w:tc>{p("第7期")}</w:tc></w:tr></w:tbl>')
    body = table + p("某某县应急管理局　　2024年3月5日") + p("【动态】") + p("3月1日，某县召开会议。") + CLOSING
    path = make_docx(tmp_path / "t.docx", body)
    assert [par.text for par in read_word(path).paragraphs][:3] == ["内部资料", "某某工作简报", "第7期"]
    issue, _ = issue_of(path)
    assert (issue.series, issue.number) == ("某某工作简报", 7)


def test_a_horizontal_cell_beside_another_stays_on_the_row_line(tmp_path):
    table = f"<w:tbl><w:tblPr/><w:tr><w:tc>{p('站点')}</w:tc><w:tc>{p('水位')}</w:tc></w:tr></w:tbl>"
    assert [par.text for par in read_word(make_docx(tmp_path / "t.docx", table)).paragraphs] == ["站点  水位"]
