"""Slips a speech or a report makes that the checks missed: a set phrase one character off by
shape or by sound (守土进责, 闭环管埋, 安全分险, 分极管控), 检察 after 监督, a measure word
typed twice after a number (459家家), 第二 in a 首先 series run into its clauses, 详细的 before a
verb done, a date's blanks (__月__日) and a half-width comma closing a paragraph on a figure.
Each with the correct prose beside it."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check


def _found(text: str) -> set[tuple[str, str, str | None]]:
    return {(f.found, f.rule, f.suggestion) for f in check(text)}


@pytest.mark.parametrize("text, expected", [
    ("要做到守土有责、守土负责、守土进责。", ("守土进责", "W-TERM-SLIP", "守土尽责")),
    ("会议强调，要着力解决突出问提。", ("问提", "A:问提", "问题")),  # the list has 问提 itself
    ("对排查出的隐患实行闭环管埋。", ("闭环管埋", "W-TERM-SLIP", "闭环管理")),
    ("各乡镇要按照属地管理原侧履行监管职责。", ("属地管理原侧", "W-TERM-SLIP", "属地管理原则")),
    ("着力防范化解重大安全分险。", ("安全分险", "W-TERM-SLIP", "安全风险")),
    ("坚决防范重特大事故的发声。", ("事故的发声", "W-TERM-SLIP", "事故的发生")),
    ("实施细侧由市应急管理局负责解释。", ("实施细侧", "W-TERM-SLIP", "实施细则")),
    ("推进安全风险分极管控。", ("分极管控", "W-TERM-SLIP", "分级管控")),
    ("全市召开了防汛工作调渡会。", ("调渡会", "W-TERM-SLIP", "调度会")),
    ("采取有力错施，确保安全。", ("有力错施", "W-TERM-SLIP", "有力措施")),
    ("县应急局对然气经营企业开展检查。", ("然气经营", "W-TERM-SLIP", "燃气经营")),
    ("对重点部位开展了全面排差。", ("全面排差", "W-TERM-SLIP", "全面排查")),
    ("要牢固树立安全发展里念。", ("发展里念", "W-TERM-SLIP", "发展理念")),
    ("进一步压实安全生产则任。", ("则任", "B:则任", "责任")),
    ("要全面落实企业安全生产主题责任。", ("主题责任", "A:主题责任", "主体责任")),
    ("要进一步加强对重点企业的监督检察。", ("检察", "B:检察", "检查")),
    ("全市共有危险化学品企业459家家，其中生产企业38家。", ("家家", "DUP-CHAR", "家")),
    ("全县共发放宣传资料3000余份份。", ("份份", "DUP-CHAR", "份")),
    ("首先要统一思想，第二要明确责任，第三要狠抓落实。", ("第二", "H-SERIES", "其次")),
    ("第一要压实责任，其次要加强督查，第三要严肃问责。", ("其次", "H-SERIES", "第二")),
    ("检查组详细的询问了企业负责人。", ("的", "F-DI", "地")),
    ("请各单位于__月__日前报送。", ("__", "PH-MARK", None)),
    ("今年1至10月，全市共发生事故12起，同比下降16.7%,", (",", "P-HALF", "，")),
])
def test_the_slip_is_reported(text, expected):
    assert expected in _found(text), check(text)


@pytest.mark.parametrize("text", [
    "要做到守土有责、守土负责、守土尽责，着力解决突出问题，实行闭环管理。",
    "坚持属地管理原则，落实实施细则，推进安全风险分级管控，坚决防止事故的发生。",
    "积极开展分级管控，逐级传导压力；坚持风清气正，埋头苦干；部分险段已加固。",
    "县应急局对天然气经营企业开展检查，召开防汛工作调度会，采取有力措施，开展全面排查，树立安全发展理念。",
    "要坚持原则，任人唯贤；否则任何单位不得擅自施工；开展主题教育，落实主体责任。",
    "县人大常委会依法监督检察院工作，听取检察机关工作报告。",
    "走访3家家庭困难户，家家户户装上报警器，一家家企业完成整改；一份份资料送到群众手中，认购10份份额。",
    "首先要统一思想，其次要明确责任，最后要狠抓落实。",
    "首先要做好准备，第二天再召开会议；第二批企业要在月底前完成整改。",
    "第一要务是发展；其次要抓好安全，最后要保障民生。",
    "会上听取了详细的情况汇报，作了周密的安排。",
    "文件名里的下划线（my__file）照原样保留。",
    "Revenue grew 5%,",
])
def test_correct_prose_draws_nothing(text):
    assert check(text) == []
