"""A county body's name one character off its standard form, and the names that only look so."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check


def _names(text: str) -> list[tuple[str, str | None]]:
    return [(f.found, f.suggestion) for f in check(text) if f.rule == "U-NAME"]


@pytest.mark.parametrize("text, found, suggestion", [
    ("县卫生建康委员会印发了防控方案。", "卫生建康委员会", "卫生健康委员会"),
    ("县住房和城乡建没局对管网改造进行了验收。", "住房和城乡建没局", "住房和城乡建设局"),
    ("市自然资原局组织开展了隐患点巡查。", "自然资原局", "自然资源局"),
    ("区人民政付办公室印发了应急预案。", "人民政付办公室", "人民政府办公室"),
    ("市委统占部召开了全市统战工作会议。", "统占部", "统战部"),
])
def test_one_character_off_fires(text, found, suggestion):
    assert (found, suggestion) in _names(text), check(text)


@pytest.mark.parametrize("text", [
    "县发展改革委要会同有关部门做好供需衔接。",
    "县卫健委、县住建局、县市场监管局联合检查。",
    "全县应急管理系统、交通运输行业和农业农村工作会议相继召开。",
    "县市场监督管理所、乡镇应急管理站和省自然资源厅参加会议。",
    "县人民医院、县人民法院、县人民检察院和县人民剧院的负责同志参加。",
    "县委政研室、县委编办和县委巡察办联合开展调研。",
    "县人民政府研究室起草了工作报告，县政府研究室、县政府督查室参加。",
    "市人大常委会办公室，市政协办公室。",
    "县新媒体中心和县融媒体中心联合制作了宣传片，镇党群服务中心和便民服务中心开放。",
])
def test_standard_and_other_bodies_stay_silent(text):
    assert check(text) == []
