"""Emoji and chat expressions pasted into an entry or adopted from the inbox: left out of the
entry's text (they print as empty boxes), the clerk told how many."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog

from bulletin_desktop.core.inbox import get_submission

WECHAT = "【舞阳县】12月3日，舞阳县应急局开展燃气安全专项检查🔥🔥\n检查餐饮场所32家，整改隐患11处。\n\n[强][强]\n——来自微信 王科长"


def test_pasted_emoji_are_left_out_with_a_note(qtbot, window):
    entry = window.document.issue.sections[0].entries[0]
    window.ui.sectionTree.select_uid(entry.uid)
    body = window.ui.entryEditor.ui.itemBody
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    QGuiApplication.clipboard().setText("群众纷纷点赞👍👍[强]")
    qtbot.keyClick(body, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    changed = window.document.entry(entry.uid)
    assert changed.text.endswith("群众纷纷点赞") and "[强]" not in changed.text
    assert window.statusBar().currentMessage() == "粘贴的文字中有 3 个表情符号未保留：简报的字体印不出它们。"


def test_an_adopted_wechat_message_is_one_entry_without_its_emoji(qtbot, window, monkeypatch):
    dock = window.inbox_dock.content()
    QGuiApplication.clipboard().setText(WECHAT)
    (submission_id,) = dock.paste()
    issue = window.document.issue
    section = issue.sections[1]
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (f"【{section.title}】", True))
    count = len(section.entries)
    assert dock.adopt_to(submission_id)
    (entry,) = section.entries[count:]
    assert (entry.kind, entry.date, entry.unit) == ("item", "12月3日", "舞阳县")
    assert entry.text == "12月3日，舞阳县应急局开展燃气安全专项检查检查餐饮场所32家，整改隐患11处。"
    assert window.statusBar().currentMessage() == "采用的文字中有 4 个表情符号未保留：简报的字体印不出它们。"
    stored = get_submission(window.session.archive, submission_id)
    assert "🔥🔥" in stored.title + stored.body and "[强][强]" in stored.body
