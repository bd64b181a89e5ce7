"""An entry's unit underlined or coloured after a number or bullet before the date
(1．3月1日，<u>县应急管理局</u>…, ●3月1日，…; typed, or drawn by a Word list) is the
entry's unit, as it is without one."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.importing import read_file
from bulletin_desktop.core.model import Item

from wordfiles import CLOSING, MASTHEAD, NUMBERING, make_docx, p


def _marked(text: str, how: str) -> str:
    look = '<w:u w:val="single"/>' if how == "underline" else '<w:color w:val="0070C0"/>'
    return f'<w:r><w:rPr>{look}</w:rPr><w:t>{text}</w:t></w:r>'


def _plain(text: str) -> str:
    return f'<w:r><w:t>{text}</w:t></w:r>'


@pytest.mark.parametrize("how", ["underline", "colour"])
@pytest.mark.parametrize("lead", ["typed", "list"])
def test_a_numbered_entry_s_marked_unit(tmp_path, how, lead):
    numbered = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>' if lead == "list" else ""

    def entry(n: int, day: int, unit: str) -> str:
        typed = f"{n}．" if lead == "typed" else ""
        return p(runs=_plain(f"{typed}3月{day}日，") + _marked(unit, how) + _plain("召开安全生产工作会议。"), extra_ppr=numbered)

    body = MASTHEAD + p("【工作动态】") + entry(1, 1, "县应急管理局") + entry(2, 2, "城关镇") + CLOSING
    entries = [e for e in read_file(make_docx(tmp_path / "简报.docx", body, numbering=NUMBERING)).issue.sections[0].entries
               if isinstance(e, Item)]
    assert [(e.date, e.unit) for e in entries] == [("3月1日", "县应急管理局"), ("3月2日", "城关镇")]
