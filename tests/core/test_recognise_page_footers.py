"""The footers Word prints in Chinese, 第1页/共2页, and 1/2 in a printed copy's text, are page
numbers: left out, and the half sentence they cut is joined again."""
from __future__ import annotations

from test_recognise_printed_line_ends import ENTRIES, MORE, printed, sections


def test_word_footers_of_the_page_of_how_many_are_page_numbers():
    text = printed("■ 监管动态 ■", *ENTRIES[:2], "■ 抽检信息 ■", MORE)
    lines = text.split("\n")
    for footer in ("第1页/共2页", "1/2", "1 / 2"):
        cut = lines[:9] + ["", footer, ""] + lines[9:]  # between two lines of an entry
        got = sections("\n".join(cut))
        assert [(title, len(e)) for title, e in got] == [("监管动态", 2), ("抽检信息", 1)], footer
        assert footer not in got[0][1][1] and got[0][1][1].endswith("选定检测项目。")
