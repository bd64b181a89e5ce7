"""Content controls a program filled (an office system writing the 期号 and the date into its
template) but left marked as showing their placeholder: Word prints what they hold, and so
they are read; a control that still holds its prompt is no text."""
import pytest

from bulletin_desktop.core.importing import read_file

from wordfiles import CLOSING, p, r, make_docx

FLAG = "<w:sdtPr><w:showingPlcHdr/></w:sdtPr>"
PLACEHOLDER_STYLE = '<w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>'


def control(text: str) -> str:
    return f'<w:sdt>{FLAG}<w:sdtContent><w:r>{PLACEHOLDER_STYLE}<w:t>{text}</w:t></w:r></w:sdtContent></w:sdt>'


def test_a_masthead_filled_into_controls_marked_as_placeholders(tmp_path):
    body = (p("某某县安全生产简报") + p("", runs=control("第12期"))
            + p("某某县应急管理局　　　　", runs=control("2026年3月5日")) + p("【工作动态】")
            + f'<w:sdt>{FLAG}<w:sdtContent>' + p("3月1日，", runs=r("县应急管理局", bold=True) + r("召开安全生产工作会议。"))
            + "</w:sdtContent></w:sdt>" + CLOSING)
    issue = read_file(make_docx(tmp_path / "简报.docx", body)).issue
    assert (issue.number, str(issue.date)) == (12, "2026-03-05")
    assert [e.unit for s in issue.sections for e in s.entries] == ["县应急管理局"]


@pytest.mark.parametrize("prompt", ["单击或点击此处输入文字。", "Click or tap here to enter text.", "请输入日期", "选择一项。", ""])
def test_a_control_holding_its_prompt_is_no_text(tmp_path, prompt):
    body = (p("某某县安全生产简报") + p("第12期") + p("某某县应急管理局　　　　2026年3月5日") + p("【工作动态】")
            + p("3月1日，", runs=r("县应急管理局", bold=True) + r("召开安全生产工作会议。")) + p("", runs=control(prompt)) + CLOSING)
    imported = read_file(make_docx(tmp_path / "简报.docx", body))
    assert not any(prompt and prompt in para.text for para in imported.paragraphs)
    assert [e.unit for s in imported.issue.sections for e in s.entries] == ["县应急管理局"]
