"""More office words checked for one character typed off, with the like-sounding groups they need
(应映, 旱汗, 班斑般, 器气, 遵尊, 溺逆, 落洛; 集 with 急及即级, 艰 with 监坚, 发 with 罚伐法)."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check


def _slips(text: str) -> set[tuple[str, str | None]]:
    return {(f.found, f.suggestion) for f in check(text) if f.rule == "W-TERM-SLIP"}


@pytest.mark.parametrize("text, found, right", [
    ("县里启动了应急响映。", "应急响映", "应急响应"),
    ("各地要做好防汛抗汗工作。", "防汛抗汗", "防汛抗旱"),
    ("严格落实值斑制度。", "值斑制度", "值班制度"),
    ("加强人员密级场所管理。", "人员密级场所", "人员密集场所"),
    ("部分企业灭火气已过期。", "灭火气", "灭火器"),
    ("各部门要密切配和。", "密切配和", "密切配合"),
    ("企业要严格尊守安全规定。", "严格尊守", "严格遵守"),
    ("做好役情防控工作。", "役情防控", "疫情防控"),
    ("巩固脱贫攻艰成果。", "脱贫攻艰", "脱贫攻坚"),
    ("提升基层治里水平。", "基层治里", "基层治理"),
    ("开展统计执发检查。", "统计执发", "统计执法"),
    ("做好暑期防逆水安全教育。", "防逆水", "防溺水"),
    ("认真洛实各项措施。", "认真洛实", "认真落实"),
])
def test_one_character_off_is_reported(text, found, right):
    assert (found, right) in _slips(text), check(text)


def test_the_right_words_stay_silent():
    text = ("县里启动了应急响应，做好防汛抗旱和防溺水工作，严格落实值班制度，加强人员密集场所管理，"
            "检查灭火器，各部门密切配合、协调配合，严格遵守规定，做好疫情防控，巩固脱贫攻坚成果，"
            "提升基层治理水平，开展统计执法检查，认真落实、狠抓落实各项措施，推动工作落实落细，"
            "一般公共预算收入增长5%，发展党员12名，群众反映的问题已办结。")
    assert check(text) == []
