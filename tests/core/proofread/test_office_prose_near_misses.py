"""Correct office prose that looked like a slip: ordinals listed with a 顿号 (第一、二季度), a
unit's name before its head's title (支队支队长), the second half of an AABB word (认认真真),
and a line of credits (编辑：王丽　审核：张强). Each comes with the slip it must still catch."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.found, f.rule) for f in check(text)]


@pytest.mark.parametrize("text", [
    "第一、二季度共开展执法检查462次，下达执法文书310份。",
    "第三、四季度将重点开展消防安全专项整治。",
    "第三、第四批整改任务已全部完成。",
    "市消防救援支队支队长邴卫东介绍了有关情况。",
    "各中队中队长要亲自带队巡查。",
    "各党支部支部书记要履行第一责任人职责。",
    "各科室科室负责人参加会议。",
    "县消防救援大队副大队长王磊作了安全提示。",
    "大家认认真真学习，踏踏实实工作。",
    "要认认真真，把每件事办好。",
    "编辑：王丽　审核：张强　签发：李建国",
    "主编：王五　校对：李四",
    "（供稿：长葛市应急管理局　审核：赵建国）",
    "文字：李娜　摄影：王强",
    "市委副书记、市长　王建国",
    "全年新增减税降费及退税缓税缓费12亿元。",
])
def test_correct_prose_draws_nothing(text):
    assert check(text) == []


@pytest.mark.parametrize("text, expected", [
    ("第一、压实防汛责任。", ("、", "H-ORDINAL")),
    ("消防支队支队要加强夜间巡查。", ("支队支队", "DUP-WORD")),
    ("各单位单位要抓好落实。", ("单位单位", "DUP-WORD")),
    ("要认真真学习会议精神。", ("真真", "DUP-IN-WORD")),
    ("安全全生产要常抓不懈。", ("全全", "DUP-IN-WORD")),
    ("编辑：王丽　负责全市简报的编印。", ("\u3000", "S-HAN-HAN")),
    ("供稿：长葛市应急管理局　负责整改工作。", ("\u3000", "S-HAN-HAN")),
    ("市委副书记、市长　王建国主持会议。", ("\u3000", "S-HAN-HAN")),
])
def test_the_slip_beside_it_is_still_reported(text, expected):
    assert expected in _found(text), check(text)
