"""Mechanical slips: an impossible date in Chinese numerals, a law named without 书名号 before 规定,
a heading number with a point and a 顿号, a 顿号 before 的, before the 和 of two titles
(《…》、和《…》) or before a clause (86处、已全部整改), and a template's field or instruction left
in the text; each with right text near it that stays silent."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.found, f.rule) for f in check(text)]


@pytest.mark.parametrize("text, expected", [
    ("全县于二〇二六年十一月三十二日开展检查。", ("二〇二六年十一月三十二日", "D-INVALID")),
    ("会议定于二〇二六年二月二十九日召开。", ("二〇二六年二月二十九日", "D-INVALID")),
    ("活动于三月四十日结束。", ("三月四十日", "D-INVALID")),
    ("根据安全生产法规定，企业主要负责人对本单位安全生产工作全面负责。", ("安全生产法", "P-BOOK-LAW")),
    ("1.、加强督导", ("1.、", "H-LEVEL3")),
    ("要加强对重点行业、重点领域、的安全检查。", ("、的", "P-COMMA-DE")),
    ("要认真贯彻落实《中华人民共和国安全生产法》、和《河南省安全生产条例》。", ("、", "P-COMMA-AND")),
    ("全市共有有企业1,260家。", ("有有", "DUP-CHAR")),
    ("全县共检查企业126家，发现隐患86处、已全部整改。", ("、", "P-CLAUSE-COMMA")),
    ("全县检查企业56家、其中规上企业12家。", ("、", "P-CLAUSE-COMMA")),
    ("会议由【主持人】主持。", ("【主持人】", "PH-MARK")),
    ("此处插入图片。", ("此处插入图片", "PH-MARK")),
    ("请在此输入正文。", ("请在此输入", "PH-MARK")),
])
def test_reported(text, expected):
    assert expected in _found(text), check(text)


@pytest.mark.parametrize("text", [
    "会议定于二〇二八年二月二十九日召开，十二月三十一日前完成，一九九八年十月一日建成。",
    "农历二月三十日，村里举办庙会。",  # a lunar month may have a 30th
    "要学习消防法规和安全生产法规，按照消防法规定期检查。",
    "1.加强督导",
    "全县在建项目12个、已建成项目8个，检查校车136辆、货车200辆。",
    "要认真学习《安全生产法》和《消防法》，落实“党政同责”“一岗双责”。",
    "要加强对重点行业、重点领域的安全检查。整改快、效果好、的确令人满意。",
    "所有有关部门都要参加，具有有效资质的企业均可申报，现有有线电视用户1万户。",
    "【联系人】王芳",
    "各界人士在此填写心愿卡，工作组在此期间驻村。",
])
def test_right_text_stays_silent(text):
    assert check(text) == []
