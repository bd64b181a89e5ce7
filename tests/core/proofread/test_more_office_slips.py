"""Slips of 信访, 党建, 审计, 统计, 防汛值班, 12345 热线, 乡村振兴, 医保 and 教育督导 bulletins: a set phrase
one character off by sound or shape, a measure word typed twice after a number, a half-width full
stop after a figure closing a paragraph, 的 for 地 before 倾听; each next to the correct prose that
looks most like it."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(f.found, f.suggestion) for f in check(text)]


@pytest.mark.parametrize("text, found, suggestion", [
    ("县级领导每周轮流到接待中心接待群众来放。", "群众来放", "群众来访"),
    ("对群众反映的问题，做到件件有回音、事事有着洛。", "有着洛", "有着落"),
    ("县联席会议办公室对12件信访积案进行挂牌都办。", "挂牌都办", "挂牌督办"),
    ("把矛盾纠纷化解在萌芽状太。", "萌芽状太", "萌芽状态"),
    ("推动党建和业务深度融和。", "深度融和", "深度融合"),
    ("县委组织部对班子运行情况进行了分析研盼。", "分析研盼", "分析研判"),
    ("审计人员不得泄露被审计单位的商业秘蜜。", "商业秘蜜", "商业秘密"),
    ("逐项明确整改责任人和整改时线。", "整改时线", "整改时限"),
    ("当前防汛形势依然严竣。", "严竣", "严峻"),
    ("县乡村振兴局对监测对象实行精准帮服。", "精准帮服", "精准帮扶"),
    ("遏制高价彩礼、大操大半。", "大操大半", "大操大办"),
    ("检查发现，个别药店存在串换药品等违规形为。", "违规形为", "违规行为"),
    ("安全通道堆放杂务。", "堆放杂务", "堆放杂物"),
    ("督促承办单位整改到味。", "整改到味", "整改到位"),
    ("各党组要认真落实全面从严治党主体责壬。", "主体责壬", "主体责任"),
    ("县审计局向县纪委监委移送问题线索1件件。", "件件", "件"),
    ("比对分析数据120万余条条。", "条条", "条"),
    ("服务农户8600户次次。", "次次", "次"),
    ("全年接待游客826万人次，分别增长12.3%和15.6%.", ".", "。"),
    ("接访过程中，工作人员耐心的倾听群众诉求。", "的", "地"),
])
def test_slip_fires(text, found, suggestion):
    assert (found, suggestion) in _found(text), _found(text)


@pytest.mark.parametrize("text", [
    "县信访局开展下访活动，接待群众来访56批次。",
    "对群众反映的问题，做到件件有回音、事事有着落。",
    "这件事办实是关键。",
    "看病前要预约挂号。",
    "对群众诉求，做到事事有回音、件件有着落。",
    "提出3条条件，修改2条条款，培养5名名师，其中3处处置到位。",
    "全年检查3次，次日复查。",
    "全年PM2.5平均浓度为35.6微克/立方米。",
    "耐心的倾听是化解矛盾的第一步。",
    "县委第一巡察组对县水利局开展常规巡察。",
])
def test_correct_prose_stays_silent(text):
    assert check(text) == []
