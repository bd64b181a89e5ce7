"""Who signed an entry: a name the signature says sent it (供稿：…, （…供稿）, 报送单位：…) is the
entry's unit whatever it ends with (a school, 城关一中); a name after 来源： may be a paper or a
site the text was taken from, and a bare bracket may hold anything: those are units only when
named as units are. A speaker in bold by the seat they hold is no unit."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.model import Item, signed_unit
from bulletin_desktop.core.richtext import Run, parse_markup


@pytest.mark.parametrize("text, unit", [
    ("开学典礼顺利举行。供稿：城关一中", "城关一中"),
    ("开学典礼顺利举行。（城关一中供稿）", "城关一中"),
    ("开学典礼顺利举行。（报送单位：县实验小学）", "县实验小学"),
    ("开学典礼顺利举行。来源：城关一中", ""),
    ("开学典礼顺利举行。来源：人民网", ""),
    ("开学典礼顺利举行。（城关一中）", ""),
    ("开学典礼顺利举行。（县教育局）", "县教育局"),
    ("共排查积水点12处。（供稿：西平县5处）", ""),
    ("开展演练。（供稿：图为演练现场）", ""),
    # the writers after the unit, one or more, are no part of it; units spaced apart sign together
    ("召开会议。（县应急局　张三　李四）", "县应急局"),
    ("召开会议。（县应急局　张三、李四）", "县应急局"),
    ("召开会议。（怀远县管理部　张　伟　李　娜）", "怀远县管理部"),
    ("召开会议。（县应急管理局　县住建局　县城管局）", "县应急管理局、县住建局、县城管局"),
    ("召开会议。（城关镇　马庄村　王村）", "城关镇、马庄村、王村"),
])
def test_a_name_said_to_be_the_sender_signs_the_entry(text, unit):
    assert signed_unit((Run(text),)) == unit


@pytest.mark.parametrize("markup, unit", [
    ("1月16日，**李建华代表**说：报告实事求是。", ""),
    ("1月16日，**王秀英委员**建议：加大投入。", ""),
    ("1月16日，**张三同志**到城关镇调研。", ""),
    ("1月16日，**县人大常委会**召开会议。", "县人大常委会"),
    ("近日，**李建华代表**到城关镇调研。", ""),
])
def test_a_speaker_in_bold_is_no_unit(markup, unit):
    assert Item.from_rich(parse_markup(markup)).unit == unit
