"""The lead date the recogniser takes apart from an entry's body (its ``date`` field) is
proofread too: an impossible date, 号 for 日, a hyphen in a range, a wrong weekday."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread.issue_check import check_issue
from bulletin_desktop.core.textformat import read_text

_ISSUE = """测试简报

第8期

测试市人民政府办公室

2026年5月20日

【工作动态】

{lead}，**市应急管理局**召开专题会议，研究部署“安全生产月”活动。

5月18日，**市水利局**检查南湾水库防汛准备工作。

编辑：王丽 审核：刘洋 签发：陈志远
"""


def _findings(lead: str) -> list[tuple[str, str, str]]:
    issue = read_text(_ISSUE.format(lead=lead))
    return [(f.position.field, f.finding.rule, f.finding.found) for f in check_issue(issue)]


@pytest.mark.parametrize("lead, rule", [
    ("4月31日", "D-INVALID"),
    ("5月14日-15日", "P-RANGE"),
    ("5月15日（星期三）", "D-WEEKDAY"),
])
def test_a_wrong_lead_date_is_reported(lead, rule):
    assert any(field == "date" and found_rule == rule for field, found_rule, _ in _findings(lead)), _findings(lead)


@pytest.mark.parametrize("lead", ["5月15日", "5月14日—15日", "5月14日至15日", "5月15日（星期五）", "5月15日上午"])
def test_a_right_lead_date_is_silent(lead):
    assert _findings(lead) == []
