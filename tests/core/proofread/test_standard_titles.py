"""A standard's title cited in 《》 keeps the space after the series it belongs to
(《食品安全国家标准 食品添加剂使用标准》); a law's or a document's name cut by a space is still flagged."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check


@pytest.mark.parametrize("text", [
    "对照《食品安全国家标准 食品添加剂使用标准》（GB 2760—2024），对抽检样品逐项进行检测。",
    "按照《食品安全国家标准 预包装食品标签通则》开展标签检查。",
    "依据《国家职业技能标准 电工》组织技能培训。",
])
def test_a_standards_title_keeps_its_space(text):
    assert check(text) == []


@pytest.mark.parametrize("text", [
    "依据《中华人民共和国 安全生产法》第二十一条的规定。",
    "对照《生活饮用水 卫生标准》开展检测。",
    "按《食品安全国家标准 》执行。",
])
def test_a_name_cut_by_a_space_is_still_flagged(text):
    assert "S-HAN-HAN" in {f.rule for f in check(text)}
