"""A picture's note at the end of an entry (（图为检查现场）, （图片由县应急局提供）) or a scene
(（检查现场）) names no sender: statistics, import and the inbox credit nobody for it, where a
signature (（县应急管理局供稿）, （县林场）) still names its unit."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.model import signed_unit
from bulletin_desktop.core.recognise.patterns import is_caption
from bulletin_desktop.core.richtext import from_plain


@pytest.mark.parametrize("note", ["（图为检查现场）", "（图为县应急局检查组在现场）", "（图片由县应急局提供）",
                                  "（照片：县应急局）", "（检查现场）", "（县应急局检查现场）", "（表彰大会会场）"])
def test_a_picture_note_or_a_scene_names_no_sender(note):
    assert signed_unit(from_plain("11月3日，开展安全检查。" + note)) == ""


@pytest.mark.parametrize("note,unit", [("（县应急管理局供稿）", "县应急管理局"), ("（县林场）", "县林场"),
                                       ("（县农贸市场服务中心供稿）", "县农贸市场服务中心"),
                                       ("（图书馆供稿）", "图书馆")])
def test_a_signature_still_names_its_unit(note, unit):
    assert signed_unit(from_plain("11月3日，开展安全检查。" + note)) == unit


def test_a_bracketed_picture_note_is_a_caption_and_a_bracketed_unit_is_not():
    assert is_caption("（图为检查现场）") and is_caption("图为检查现场") and is_caption("（图片由县应急局提供）")
    assert not is_caption("（县应急局）") and not is_caption("（图书馆供稿）")
