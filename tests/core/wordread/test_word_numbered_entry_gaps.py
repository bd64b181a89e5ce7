"""Dated entries whose number is followed by a tab or spaces the clerk typed (1．→5月8日，…,
2．　　5月9日，…; the number typed or drawn by a Word list) are entries, each with its date
and unit; before, two such lines one after the other were taken for a two-column table."""
import pytest

from bulletin_desktop.core.importing import read_file
from bulletin_desktop.core.model import Item

from wordfiles import CLOSING, MASTHEAD, make_docx, p, r, W_NS

DECIMAL = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="{W_NS}">'
           '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
           '<w:lvlText w:val="%1．"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>'
           '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')


@pytest.mark.parametrize("gap", ["<w:tab/>", "<w:t>　　</w:t>"])
@pytest.mark.parametrize("number", ["typed", "list"])
def test_numbered_entries_with_a_typed_gap(tmp_path, gap, number):
    def entry(n: int, day: int, unit: str) -> str:
        typed = f"<w:r><w:t>{n}．</w:t></w:r>" if number == "typed" else ""
        ppr = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' if number == "list" else ""
        return p(runs=typed + f"<w:r>{gap}</w:r>" + r(f"3月{day}日，") + r(unit, bold=True) + r("召开安全生产工作会议。"),
                 extra_ppr=ppr)

    body = (MASTHEAD + p("【工作动态】") + entry(1, 1, "县应急管理局") + p("【督导检查】")
            + entry(2, 2, "县住建局") + entry(3, 3, "城关镇") + entry(4, 4, "县教育局") + CLOSING)
    issue = read_file(make_docx(tmp_path / "简报.docx", body, numbering=DECIMAL)).issue
    entries = [e for s in issue.sections for e in s.entries if isinstance(e, Item)]
    assert [(e.date, e.unit) for e in entries] == [
        ("3月1日", "县应急管理局"), ("3月2日", "县住建局"), ("3月3日", "城关镇"), ("3月4日", "县教育局")]
    assert [len(s.entries) for s in issue.sections] == [1, 3]

