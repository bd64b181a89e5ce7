"""Office words of long 经验交流 articles and 领导讲话 checked for one character typed off, with the
like-sounding groups they need (反返, 决绝, 角脚, 钉丁; 册 with 测侧策, 负 with 腐付); and 明查暗访,
the usual wording beside 四不两直, stays silent."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check


def _slips(text: str) -> set[tuple[str, str | None]]:
    return {(f.found, f.suggestion) for f in check(text) if f.rule == "W-TERM-SLIP"}


@pytest.mark.parametrize("text, found, right", [
    ("各级党委要切实担付起主体责任。", "担付起", "担负起"),
    ("检查组现场返馈问题12个。", "返馈问题", "反馈问题"),
    ("与一线工作人员坐谈交流。", "坐谈交流", "座谈交流"),
    ("遇到问题束手无册。", "束手无册", "束手无策"),
    ("对进度滞后的事项要挂图做战。", "挂图做战", "挂图作战"),
    ("全市工作取得了常足进步。", "常足进步", "长足进步"),
    ("确保专款专用、足额到位，不留死脚。", "不留死脚", "不留死角"),
    ("以丁钉子精神抓好落实。", "丁钉子精神", "钉钉子精神"),
    ("有效解绝了“多头管”的问题。", "有效解绝", "有效解决"),
])
def test_one_character_off_is_reported(text, found, right):
    assert (found, right) in _slips(text), check(text)


def test_the_right_words_stay_silent():
    text = ("各级党委要切实担负起主体责任，现场反馈问题12个，及时反馈意见、即时反馈，与一线工作人员座谈交流，"
            "遇到问题不能束手无策，对进度滞后的事项要挂图作战，全市工作取得了长足进步，确保专款专用、"
            "不留死角，以钉钉子精神抓好落实，有效解决了实际问题，凝聚合力，举一反三，防止返贫，"
            "采取“四不两直”、明查暗访、明察暗访等方式开展检查，坚决杜绝弄虚作假，决策部署落实到位。")
    assert check(text) == []
