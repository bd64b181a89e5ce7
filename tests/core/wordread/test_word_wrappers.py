"""Table rows and cells an authoring tool wraps in something that does not print: a
repeating-section content control around rows (Word 2013's 重复节), a control around one
cell, an OA system's custom XML around rows and cells."""
from __future__ import annotations

from bulletin_desktop.core.wordread import read_word
from wordfiles import CLOSING, MASTHEAD, make_docx, p, r


def cell(text: str) -> str:
    return f"<w:tc>{p(text)}</w:tc>"


def row(*texts: str) -> str:
    return "<w:tr>" + "".join(cell(text) for text in texts) + "</w:tr>"


def control(content: str, props: str = "") -> str:
    return f"<w:sdt><w:sdtPr>{props}</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>"


def custom(content: str) -> str:
    return f'<w:customXml w:uri="urn:oa" w:element="item">{content}</w:customXml>'


def texts(tmp_path, body: str) -> list[str]:
    return [par.text for par in read_word(make_docx(tmp_path / "t.docx", MASTHEAD + body + CLOSING)).paragraphs]


def test_the_rows_of_a_repeating_section_are_read(tmp_path):
    rows = control(control(row("3月1日", "城关镇", "组织开展消防安全检查。"), "<w:tag w:val=\"item\"/>")
                   + control(row("3月2日", "清河镇", "召开防汛工作部署会。"), "<w:tag w:val=\"item\"/>"))
    read = texts(tmp_path, p("【动态】") + f"<w:tbl>{row('日期', '单位', '内容')}{rows}</w:tbl>")
    assert "3月1日，城关镇组织开展消防安全检查。" in read
    assert "3月2日，清河镇召开防汛工作部署会。" in read


def test_cells_and_rows_wrapped_in_custom_xml_are_read(tmp_path):
    wrapped_cells = "<w:tr>" + "".join(custom(cell(text)) for text in ("3月1日", "城关镇", "组织开展消防安全检查。")) + "</w:tr>"
    read = texts(tmp_path, p("【动态】") + f"<w:tbl>{wrapped_cells}{custom(row('3月2日', '清河镇', '召开防汛工作部署会。'))}</w:tbl>")
    assert "3月1日，城关镇组织开展消防安全检查。" in read
    assert "3月2日，清河镇召开防汛工作部署会。" in read


def test_a_nested_tables_rows_are_read_once_with_their_cell(tmp_path):
    nested = f"<w:tc><w:tbl>{row('3月3日，县消防大队开展演练。')}</w:tbl>{p()}</w:tc>"
    read = texts(tmp_path, p("【动态】") + f"<w:tbl><w:tr>{nested}</w:tr></w:tbl>")
    assert read.count("3月3日，县消防大队开展演练。") == 1


def test_a_cell_deleted_with_changes_tracked_is_not_read(tmp_path):
    deleted = '<w:tc><w:tcPr><w:cellDel w:id="1" w:author="a" w:date="2024-01-01T00:00:00Z"/></w:tcPr>' + p("作废") + "</w:tc>"
    read = texts(tmp_path, p("【动态】") + f"<w:tbl><w:tr>{cell('城关镇')}{deleted}{cell('3月1日，城关镇组织开展消防安全检查。')}</w:tr></w:tbl>")
    assert not any("作废" in text for text in read)


def test_a_control_still_showing_its_prompt_around_rows_gives_nothing(tmp_path):
    prompt = control(row("单击或点击此处输入文字。", "单击或点击此处输入文字。"), "<w:showingPlcHdr/>")
    read = texts(tmp_path, p("【动态】") + p("3月1日，", runs=r("城关镇", bold=True) + r("开会。")) + f"<w:tbl>{prompt}</w:tbl>")
    assert not any("单击" in text for text in read)
