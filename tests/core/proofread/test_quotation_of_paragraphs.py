"""A quotation of several paragraphs in an article opens each paragraph with “ and closes only
the last one with ” (GB/T 15834—2011 4.1.3.4): the paragraphs before the last draw no finding;
a quotation mark left open anywhere else still does."""
from __future__ import annotations

from bulletin_desktop.core.proofread.issue_check import check_issue
from bulletin_desktop.core.textformat import read_text

_ISSUE = """测试简报

第8期

测试市人民政府办公室

2026年5月20日

【经验交流】

聚焦“三个三” 打造基层治理新样板

近年来，该县坚持和发展新时代“枫桥经验”，探索形成了“三个三”基层治理模式。

今年4月，省委主要领导在该县调研时指出：

{quotation}

这为我们做好基层治理工作指明了方向。

编辑：王丽 审核：刘洋 签发：陈志远
"""


def _findings(quotation: str) -> list[tuple[str, str]]:
    issue = read_text(_ISSUE.format(quotation=quotation))
    return [(f.finding.rule, f.finding.found) for f in check_issue(issue)]


def test_a_quotation_of_several_paragraphs_closes_in_its_last():
    quotation = "“要总结推广好的经验做法。\n\n“要及时把矛盾纠纷化解在基层。\n\n“要让群众有更多获得感。”"
    assert _findings(quotation) == []


def test_a_quotation_never_closed_is_still_flagged():
    quotation = "“要总结推广好的经验做法。\n\n“要及时把矛盾纠纷化解在基层。\n\n要让群众有更多获得感。"
    assert _findings(quotation) == [("PAIR-OPEN", "“")]


def test_a_mark_left_open_inside_a_paragraph_is_still_flagged():
    quotation = "“要总结推广“好的经验做法。\n\n“要让群众有更多获得感。”"
    assert ("PAIR-OPEN", "“") in _findings(quotation)
