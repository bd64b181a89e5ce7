"""An article's byline on a line of its own keeps the spaces between the unit and the names
(（市应急管理局 李明）, 文/王芳 图/李明); a space inside a sentence is still flagged."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check
from bulletin_desktop.core.proofread.issue_check import check_issue
from bulletin_desktop.core.textformat import read_text


@pytest.mark.parametrize("line", [
    "（市应急管理局 李明）",
    "（源汇区应急管理局 王芳 李强）",
    "市应急管理局 李明",
    "文/王芳 图/李明",
    "执笔：张伟 审核：刘洋",
    "市委副书记 王某某",
    "市应急管理局局长 孙全忠",
])
def test_a_byline_keeps_its_spaces(line):
    assert check(line) == []


@pytest.mark.parametrize("text", [
    "市应急管理局 李明召开会议。",
    "11月18日，市应急管理局 李明带队检查。",
])
def test_a_space_in_a_sentence_is_still_flagged(text):
    assert "S-HAN-HAN" in {f.rule for f in check(text)}


def test_a_byline_closing_an_article_draws_nothing():
    issue = read_text("""测试简报

第8期

测试市人民政府办公室

2026年5月20日

【经验交流】

聚焦“三个三” 打造基层治理新样板

近年来，该县坚持和发展新时代“枫桥经验”，探索形成了“三个三”基层治理模式。

基层治理的关键在人，要把群众当亲人。

（源汇区应急管理局 王芳 李强）

编辑：王丽 审核：刘洋 签发：陈志远
""")
    assert check_issue(issue) == []
