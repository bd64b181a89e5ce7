"""A county body's name with one character inside it dropped (县应急管局, 县退役军人务局) is told
with the full name; a name written so on purpose (住房城乡建设局 without 和), a word going on
after it (消防救援队伍) and a name ending in a word of its own (消防救援队) draw nothing. And
检察 after the checks of a flood season or a site (安全度汛检察, 施工检察) is 检查."""
import pytest

from bulletin_desktop.core.proofread import check


def _told(text: str) -> list[tuple[str, str | None]]:
    return [(f.found, f.suggestion) for f in check(text)]


@pytest.mark.parametrize("text, told", [
    ("12月9日，县应急管局组织专家对3家非煤矿山开展安全评估。", ("应急管局", "应急管理局")),
    ("县市场监管理局开展食品安全检查。", ("市场监管理局", "市场监督管理局")),
    ("县退役军人务局走访慰问重点优抚对象。", ("退役军人务局", "退役军人事务局")),
    ("县水利局对全县18座小型水库开展安全度汛检察。", ("检察", "检查")),
    ("县住建局对在建项目开展施工检察，发现问题5个。", ("检察", "检查")),
])
def test_a_slip_is_told_with_the_word_meant(text, told):
    assert told in _told(text)


@pytest.mark.parametrize("text", [
    "全县消防救援队伍建设不断加强，县消防救援队开展演练。",
    "县住房城乡建设局、县自然资源规划局、县文化广电旅游局参加。",
    "县应急管理局、县市场监督管理局、县退役军人事务局参加。",
    "县人民检察院开展防汛检察监督，对施工检察建议落实情况开展回访。",
])
def test_names_and_words_written_right_draw_nothing(text):
    assert check(text) == []
