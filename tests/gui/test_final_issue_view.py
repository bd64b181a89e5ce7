"""A 定稿 issue looks whole and read-only: the entry the tree marks is in the editor, read-only;
the hints do not offer Insert; the masthead's fields look read-only, and editable again after 撤销定稿."""
from __future__ import annotations

from PySide6.QtGui import QPalette


def _looks_readonly(widget) -> bool:
    palette = widget.palette()
    return palette.color(QPalette.ColorRole.Base) == palette.color(QPalette.ColorRole.Window)


def test_a_final_issue_shows_its_entry_read_only(window, qtbot):
    entry = next(entry for _section, entry in window.document.issue.entries() if hasattr(entry, "unit"))
    window.ui.sectionTree.select_uid(entry.uid)
    editor = window.ui.entryEditor
    masthead = window.ui.mastheadPanel.ui
    assert not _looks_readonly(masthead.officeEdit) and not _looks_readonly(editor.ui.dateEdit)

    window.archive_tools.finalize.trigger()
    assert window.document.readonly
    assert window.ui.sectionTree.current_uid() == entry.uid
    assert editor.current_uid == entry.uid and editor.ui.itemBody.isVisible()
    assert editor.ui.itemBody.toPlainText() and editor.ui.itemBody.isReadOnly()
    assert _looks_readonly(editor.ui.dateEdit) and _looks_readonly(editor.ui.itemBody)
    for field in (masthead.officeEdit, masthead.seriesEdit, masthead.numberSpin, masthead.dateEdit):
        assert _looks_readonly(field), field.objectName()
    assert "Insert" not in editor.ui.emptyHint.text() and "Insert" not in editor.ui.sectionHint.text()

    window.archive_tools.reopen.trigger()
    assert not window.document.readonly
    assert editor.current_uid == entry.uid and not editor.ui.itemBody.isReadOnly()
    assert not _looks_readonly(masthead.officeEdit) and not _looks_readonly(editor.ui.dateEdit)
    assert "Insert" in editor.ui.emptyHint.text()
