"""The field before an entry's date holds its number (1．, ◆) or its bold run-in title
(强化培训提能力。), which import keeps there: its label, hint and the undo step say both, not
序号 alone, so a clerk looking for where the title went finds it."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from bulletin_desktop.core.model import Item
from bulletin_desktop.core.richtext import Run
from bulletin_desktop.gui.text_input import type_text


def test_a_run_in_title_typed_before_the_date_is_named_as_one(qtbot, window):
    uid = window.editing.add_item(window.document.issue.sections[0].uid)
    window.editing.edit_entry(uid, "date", "12月4日")
    window.editing.edit_entry(uid, "body", (Run("县应急局组织开展应急演练。"),))
    window.ui.sectionTree.select_uid(uid)
    editor = window.ui.entryEditor.ui
    label = editor.markLabel.text()
    assert label == QCoreApplication.translate("EntryEditor", "Nu&mber or title")
    assert editor.markLabel.buddy() is editor.markEdit
    assert QCoreApplication.translate("EntryEditor", "Before the date: a number (1．, ◆) or a run-in title (optional)") \
        == editor.markEdit.placeholderText()

    editor.markEdit.setFocus()
    type_text(editor.markEdit, "强化培训提能力。")
    entry = window.document.entry(uid)
    assert isinstance(entry, Item) and entry.mark == "强化培训提能力。"
    assert entry.rich[0] == Run("强化培训提能力。", True)  # printed bold, as a run-in title
    stack = window.document.undo_stack
    assert stack.undoText() == QCoreApplication.translate("UndoCommands", "Edit number or title before the date")
    stack.undo()
    assert window.document.entry(uid).mark == ""
