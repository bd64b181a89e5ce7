"""A Party or government office's red rule in Word: two red lines drawn as paragraph borders
with a paragraph holding only a red ★ between them, under the masthead or between parts. The
star is part of the printed rule, no section and no entry."""
from __future__ import annotations

import pytest

from test_word_traps import issue_of
from wordfiles import CLOSING, MASTHEAD, make_docx, p

RED_LINE = '<w:pBdr><w:bottom w:val="single" w:sz="18" w:space="1" w:color="FF0000"/></w:pBdr>'
RED = '<w:r><w:rPr><w:color w:val="FF0000"/></w:rPr><w:t>{}</w:t></w:r>'


@pytest.mark.parametrize("star", ["★", "☆", "━━━━★━━━━"])
def test_a_red_star_between_two_red_lines_is_no_section(tmp_path, star):
    rule = p(extra_ppr=RED_LINE) + p(runs=RED.format(star), extra_ppr='<w:jc w:val="center"/>') + p(extra_ppr=RED_LINE)
    body = (MASTHEAD + rule + p("【工作动态】") + p("3月1日，某县开会。") + rule + p("【督导检查】")
            + p("3月2日，某乡检查。") + CLOSING)
    issue, _ = issue_of(make_docx(tmp_path / "t.docx", body))
    assert (issue.number, issue.office) == (7, "某某县应急管理局")
    assert [(s.title, [e.date for e in s.entries]) for s in issue.sections] == [
        ("工作动态", ["3月1日"]), ("督导检查", ["3月2日"])]
    assert issue.signoff.editors == ["张三"]
