"""Emoji and chat expressions, which the bulletin's fonts cannot print: what counts as one."""
from __future__ import annotations

import datetime as dt

from bulletin_desktop.core.emoji import without_emoji, without_emoji_text
from bulletin_desktop.core.inbox.candidates import candidate_entries
from bulletin_desktop.core.inbox.reading import make_submission, paragraphs_from_text
from bulletin_desktop.core.richtext import Run

WECHAT = "【舞阳县】12月3日，舞阳县应急局开展燃气安全专项检查🔥🔥\n检查餐饮场所32家，整改隐患11处。\n\n[强][强]\n——来自微信 王科长"


def test_an_emoji_of_several_code_points_counts_once():
    assert without_emoji_text("👍🏻点赞👨‍🚒消防🇨🇳5️⃣❤️") == ("点赞消防", 5)
    assert without_emoji_text("[强][微笑][玫瑰]收到") == ("收到", 3)


def test_what_a_chinese_face_prints_stays():
    for text in ("★◆※①℃√×", "[图片]", "第[1]条", "【安排部署】"):
        assert without_emoji_text(text) == (text, 0)


def test_bold_stays_where_it_was():
    assert without_emoji((Run("🔥"), Run("舞阳县", True), Run("检查👍"))) == ((Run("舞阳县", True), Run("检查")), 2)


def test_a_wechat_message_is_one_entry_without_its_emoji():
    item = make_submission(paragraphs_from_text(WECHAT), source="粘贴", received=dt.date(2026, 12, 3), unit_id=None,
                           names=())
    assert "🔥🔥" in item.title + item.body and "[强][强]" in item.body  # the submission as it came
    left_out: list[int] = []
    (entry,) = candidate_entries(item.title, item.body, item.received, "舞阳县", ("舞阳县",), left_out)
    assert (entry.kind, entry.date, entry.unit) == ("item", "12月3日", "舞阳县")
    assert entry.text == "12月3日，舞阳县应急局开展燃气安全专项检查检查餐饮场所32家，整改隐患11处。"
    assert left_out == [4]


def test_a_submission_stored_with_its_dated_line_for_a_title_is_still_one_entry():
    (entry,) = candidate_entries("【舞阳县】12月3日，舞阳县应急局开展燃气安全专项检查🔥🔥",
                                 "检查餐饮场所32家，整改隐患11处。\n[强][强]\n——来自微信 王科长",
                                 dt.date(2026, 12, 3), "舞阳县", ("舞阳县",))
    assert entry.text == "12月3日，舞阳县应急局开展燃气安全专项检查检查餐饮场所32家，整改隐患11处。"
