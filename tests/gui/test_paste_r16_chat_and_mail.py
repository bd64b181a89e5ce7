"""Messages copied out of a chat and a mail's reply pasted into an entry: the chat's line over
each message (who sent it and when) and the mail's quote marks and signature are no one's text,
left out, and the clerk told how many lines; each dated message is an entry of its own."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData

from bulletin_desktop.core.richtext import plain
from test_paste_entry_lead import paste_into_body

CHAT = ("王磊 16:32\n"
        "12月3日，熊寨镇组织开展冬季防火安全检查。\n"
        "李娜 16:35\n"
        "12月3日，陡沟镇举办农民工返乡创业培训班。")
REPLY = ("> 12月2日，县统计局开展统计数据质量核查。\n"
         "> 12月3日，县农调队完成秋粮产量抽样调查。\n"
         "--\n"
         "张敏\n"
         "县统计局办公室")


@pytest.fixture
def new_entry(window):
    uid = window.editing.add_item(window.document.issue.sections[0].uid)
    window.ui.sectionTree.select_uid(uid)
    return uid


def _pasted(qtbot, window, new_entry, text):
    section = window.document.issue.sections[0]
    row = [e.uid for e in section.entries].index(new_entry)
    mime = QMimeData()
    mime.setText(text)
    paste_into_body(qtbot, window, mime)
    return section.entries[row:row + 2], section


def test_a_chat_pasted_leaves_its_sender_lines_out_and_says_so(qtbot, window, new_entry):
    (first, second), section = _pasted(qtbot, window, new_entry, CHAT)
    # (a chat's text carries no bold: the units, unknown to the archive, stay in the text)
    assert (first.date, plain(first.body)) == ("12月3日", "熊寨镇组织开展冬季防火安全检查。")
    assert (second.date, plain(second.body)) == ("12月3日", "陡沟镇举办农民工返乡创业培训班。")
    assert not any(name in entry.text for entry in section.entries for name in ("王磊", "李娜"))
    assert "2" in window.statusBar().currentMessage()


def test_a_mails_reply_pasted_leaves_its_quote_marks_and_signature_out(qtbot, window, new_entry):
    (first, second), section = _pasted(qtbot, window, new_entry, REPLY)
    assert (first.date, plain(first.body)) == ("12月2日", "县统计局开展统计数据质量核查。")
    assert (second.date, plain(second.body)) == ("12月3日", "县农调队完成秋粮产量抽样调查。")
    assert not any(word in entry.text for entry in section.entries for word in (">", "张敏", "办公室"))
    assert "3" in window.statusBar().currentMessage()
