"""The twelfth round's doubles and edges: a word said twice that opens on 大 or runs past four
characters (a name typed again where a line broke), a date's part typed twice, a word typed again after a line break, a full stop struck
twice half-width, a measure word typed by its sound after a figure (36屯, 300与处), a verb with 依, 格 or 紧 left alone of 依法, 严格, 抓紧, and a count or a county government as the edge of a two-character word."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check


def _found(text: str) -> set[tuple[str, str, str | None]]:
    return {(f.found, f.rule, f.suggestion) for f in check(text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("县消防救援大队大队组织开展夜间拉动演练。", ("大队大队", "DUP-WORD", "大队")),
    ("县应急管理局应急管理局组织开展检查。", ("应急管理局应急管理局", "DUP-WORD", "应急管理局")),
    ("县人民医院门诊楼于10月10月投入使用。", ("10月10月", "DUP-WORD", "10月")),
    ("西关街道办事处责令整改隐患16处..", ("..", "P-HALF-PERIOD", "。")),
    ("县人民医院成功救至一名车祸重伤患者。", ("救至", "W-PAIR-SLIP", "救治")),
    ("东关村组织开展人居环境整治，清理垃圾36屯。", ("屯", "B:屯", "吨")),
    ("县司法局全年培养法律明白人2160命。", ("命", "B:命", "名")),
    ("县交通运输局消除安全隐患300与处。", ("与", "B:与", "余")),
    ("县盐务局依查处违法经营食盐案件3起。", ("依", "W-DROPPED", "依法")),
    ("县卫健委要求各医疗机构格落实预检分诊制度。", ("格", "W-DROPPED", "严格")),
    ("县中医院要求各科室紧做好冬季流感防治准备。", ("紧", "W-DROPPED", "抓紧")),
    # a word that opens on a place's level (省级, 县域) is a word's edge too
    ("县交通运输局组织开展示范路创建，申抱省级示范县。", ("申抱", "W-PAIR-SLIP", "申报")),
    ("县汽车站严格落实“三品”检查制度，查货违禁物品12件。", ("查货", "W-PAIR-SLIP", "查获")),
])
def test_double_or_slip_found(text, expected):
    assert expected in _found(text)


@pytest.mark.parametrize(("text", "at"), [
    ("县应急管理局组织开展\n开展安全检查。", 11),
    ("县消防救援大队对辖区\u2028辖区内的商场开展检查。", 11),
])
def test_word_typed_again_after_a_line_break(text, at):
    found = [f for f in check(text) if f.rule == "DUP-WORD"]
    assert [(f.start, f.suggestion) for f in found] == [(at, "")]


def test_line_that_closes_before_the_break_repeats_nothing():
    assert check("全县安全生产。\n安全生产是底线。") == []


@pytest.mark.parametrize("text", [
    "麦田里大片大片的麦子已经成熟，大批大批的群众前来参观。",
    "县人民医院门诊楼于10月10日投入使用，2026年12月1日起施行。",
    "详见附件.docx，内容从略。",
    "县消防救援大队组织开展夜间拉动演练，大队长王强带队。",
    "清理垃圾36吨，命名示范村3个，1与2之间，与会人员30名。",
    "要格外注意安全，依约定办理，县局依规处理，各地要紧盯重点，各科室展开工作，各机构实行备案。",
])
def test_written_right_stays_silent(text):
    assert check(text) == []
