"""Text placed on the page rather than in the flow: LibreOffice's frames (w:framePr) holding
a masthead or a closing block, a PDF converter's lines each in a positioned frame, and the
text boxes of a VML group (a WPS or Word 2007 masthead drawn as one shape)."""
from __future__ import annotations

from bulletin_desktop.core.wordread import read_word
from wordfiles import make_docx, p

A4 = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:bottom="1984"/></w:sectPr>'


def framed(text: str, y: int, x: int = 0, anchor: str = "page") -> str:
    return p(text, extra_ppr=f'<w:framePr w:w="8845" w:h="600" w:wrap="none" w:vAnchor="{anchor}" '
                             f'w:hAnchor="page" w:x="{x}" w:y="{y}"/>')


def texts(path) -> list[str]:
    return [par.text for par in read_word(path).paragraphs]


def test_a_frame_at_the_foot_of_the_page_is_read_after_the_page_body(tmp_path):
    """LibreOffice writes a frame's paragraphs before the paragraph it is anchored to."""
    body = (framed("编辑：张三", 14200) + framed("发：各乡镇。", 14800) + framed("某某工作简报", 1400)
            + framed("第7期", 2600) + p("【动态】") + p("3月1日，某县召开会议。"))
    assert texts(make_docx(tmp_path / "t.docx", body, sect_pr=A4)) == [
        "某某工作简报", "第7期", "【动态】", "3月1日，某县召开会议。", "编辑：张三", "发：各乡镇。"]


def test_frames_on_one_line_read_left_to_right(tmp_path):
    """A PDF converter frames each printed line; the date at the right may come first."""
    body = framed("某某工作简报", 2000) + framed("2024年3月5日", 3600, x=7000) + framed("某某县应急管理局", 3600, x=1588) \
        + framed("第7期", 2900) + p("【动态】")
    assert texts(make_docx(tmp_path / "t.docx", body, sect_pr=A4)) == [
        "某某工作简报", "第7期", "某某县应急管理局", "2024年3月5日", "【动态】"]


def test_a_frame_placed_by_its_paragraph_or_in_mid_page_stays_where_it_comes(tmp_path):
    body = p("【动态】") + framed("3月1日，某县召开会议。", 0, anchor="text") + framed("3月2日，某镇开展检查。", 8000) + p("3月3日，某局开展演练。")
    assert texts(make_docx(tmp_path / "t.docx", body, sect_pr=A4)) == [
        "【动态】", "3月1日，某县召开会议。", "3月2日，某镇开展检查。", "3月3日，某局开展演练。"]


def test_a_drop_cap_frame_still_runs_into_its_paragraph(tmp_path):
    body = p("3", extra_ppr='<w:framePr w:dropCap="drop" w:lines="2" w:vAnchor="page" w:y="100"/>') + p("月1日，某县召开会议。")
    assert texts(make_docx(tmp_path / "t.docx", body, sect_pr=A4)) == ["3月1日，某县召开会议。"]


def vml_box(text: str, top: int) -> str:
    return (f'<v:shape type="#_x0000_t202" style="position:absolute;left:0;top:{top};width:8820;height:600">'
            f"<v:textbox><w:txbxContent>{p(text)}</w:txbxContent></v:textbox></v:shape>")


def test_the_boxes_of_a_vml_group_read_top_to_bottom(tmp_path):
    group = ('<w:r><w:pict><v:group style="position:absolute;margin-left:0;margin-top:0;width:441pt;height:173pt" '
             'coordsize="8820,3460"><v:line from="0,3400" to="8820,3400" strokecolor="red"/>'
             + vml_box("某某县应急管理局　2024年3月5日", 2300) + vml_box("第7期", 1400) + vml_box("某某工作简报", 0)
             + "</v:group></w:pict></w:r>")
    body = p(runs=group) + p("【动态】")
    assert texts(make_docx(tmp_path / "t.docx", body)) == ["某某工作简报", "第7期", "某某县应急管理局　2024年3月5日", "【动态】"]


def test_vml_boxes_without_a_place_keep_their_order(tmp_path):
    boxes = "".join(f"<v:shape><v:textbox><w:txbxContent>{p(text)}</w:txbxContent></v:textbox></v:shape>"
                    for text in ("甲", "乙"))
    body = p(runs=f"<w:r><w:pict><v:group>{boxes}</v:group></w:pict></w:r>")
    assert texts(make_docx(tmp_path / "t.docx", body)) == ["甲", "乙"]


def test_a_page_of_nothing_but_frames_reads_top_to_bottom(tmp_path):
    """A PDF converter's page where every line is a frame: the XML order is the converter's."""
    body = framed("第7期", 2900) + framed("某某工作简报", 2000) + framed("编辑：张三", 14800) + framed("某某县应急管理局", 3600)
    assert texts(make_docx(tmp_path / "t.docx", body, sect_pr=A4)) == ["某某工作简报", "第7期", "某某县应急管理局", "编辑：张三"]


def span(text: str, x: int, width: int, y: int = 4900, bold: bool = False) -> str:
    return p(text, bold=bold, extra_ppr=f'<w:framePr w:w="{width}" w:h="560" w:wrap="none" w:vAnchor="page" '
                                        f'w:hAnchor="page" w:x="{x}" w:y="{y}"/>')


def test_frames_side_by_side_on_one_line_are_that_line(tmp_path):
    """A PDF converter frames each span of a line: the bold unit is a frame of its own."""
    body = (span("某某县应急管理局", 1588, 4000, y=3600) + span("2024年3月5日", 7000, 2400, y=3600)
            + span("3月1日，", 1588, 1500) + span("城关镇", 3088, 960, bold=True) + span("召开会议。", 4048, 3000)
            + span("3月2日，某镇开展检查。", 1588, 8000, y=5500))
    paragraphs = read_word(make_docx(tmp_path / "t.docx", body, sect_pr=A4)).paragraphs
    assert [par.text for par in paragraphs] == ["某某县应急管理局\u3000\u30002024年3月5日", "3月1日，城关镇召开会议。", "3月2日，某镇开展检查。"]
    assert [run.text for run in paragraphs[1].rich if run.bold] == ["城关镇"]


def test_the_paragraphs_of_one_frame_stay_apart(tmp_path):
    """LibreOffice writes a frame of several paragraphs as paragraphs with the same place."""
    body = span("编辑：张三", 1588, 8845, y=14200) + span("发：各乡镇。", 1588, 8845, y=14200) + p("【动态】")
    assert texts(make_docx(tmp_path / "t.docx", body, sect_pr=A4)) == ["【动态】", "编辑：张三", "发：各乡镇。"]
