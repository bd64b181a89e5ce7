"""An excerpt (a speech's 摘要, 节选) may skip the numbers of the parts left out (一、 三、);
it may not repeat or go back, and a whole article may skip none."""
from __future__ import annotations

from bulletin_desktop.core.proofread.issue_check import check_issue
from bulletin_desktop.core.textformat import read_text

_ISSUE = """测试简报

第8期

测试市人民政府办公室

2026年5月20日

【领导讲话】

{title}

同志们：

一、清醒认识当前安全生产形势

今年以来，全市安全生产形势总体平稳。

{second}、突出抓好重点行业领域整治

要抓好危险化学品、道路交通和建筑施工安全。

编辑：王丽 审核：刘洋 签发：陈志远
"""


def _orders(title: str, second: str) -> list[str]:
    issue = read_text(_ISSUE.format(title=title, second=second))
    return [f.finding.found for f in check_issue(issue) if f.finding.rule == "H-ORDER"]


def test_an_excerpt_may_skip_the_parts_left_out():
    assert _orders("王某某同志在全市安全生产工作会议上的讲话（摘要）", "三") == []
    assert _orders("王某某同志在全市安全生产工作会议上的讲话（节选）", "四") == []


def test_an_excerpt_may_not_repeat_a_number():
    assert _orders("王某某同志在全市安全生产工作会议上的讲话（摘要）", "一") == ["一"]


def test_a_whole_speech_may_not_skip_one():
    assert _orders("王某某同志在全市安全生产工作会议上的讲话", "三") == ["三"]
