"""The issue list's context menu offers 打开 and 删除 beside the exports; an import is confirmed
in the status bar."""
from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from bulletin_desktop.export.docx.writer import write_docx
from bulletin_desktop.gui.importing.review_dialog import ImportReviewDialog

from modal import when_modal


def test_the_context_menu_opens_and_deletes(window, qtbot, monkeypatch):
    import bulletin_desktop.gui.dialogs as dialogs

    monkeypatch.setattr(dialogs, "confirm_delete_issue", lambda *_a: False)  # asked, and kept
    view = window.ui.issueList.ui.issueView
    texts = [action.text() for action in view.actions() if not action.isSeparator()]
    assert texts[:2] == ["打开(&O)", "删除(&L)"]
    assert window.action_set.export_selected in view.actions()
    view.setCurrentIndex(view.model().index(0, 0))
    open_action, delete_action = view.actions()[:2]
    assert open_action.isEnabled() and delete_action.isEnabled()
    with qtbot.waitSignal(window.ui.issueList.deleteRequested) as asked:
        delete_action.trigger()
    assert asked.args == [window.document.issue.id]
    with qtbot.waitSignal(window.ui.issueList.openRequested):
        open_action.trigger()


def test_an_import_is_confirmed_in_the_status_bar(window, qtbot, tmp_path, sample_issue):
    sample_issue.number = 60
    path = tmp_path / "第60期.docx"
    write_docx(sample_issue, path)
    when_modal(ImportReviewDialog, lambda d: d.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click())
    with qtbot.waitSignal(window.importer().importFinished, timeout=10000):
        window.importer().import_paths([path])
    assert window.statusBar().currentMessage() == "已导入漯河安全生产简报第60期。"
