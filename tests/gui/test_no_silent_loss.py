"""A failed save is never dropped silently: opening another issue, starting a new one,
opening another archive or closing the window asks — keep editing, or discard."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.gui.text_input import type_text


def answer_next_question(button_text: str) -> list[str]:
    """Click ``button_text`` in the next modal message box; returns [its text] once shown."""
    seen: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(0, click)
    return seen


def make_save_fail(qtbot, window) -> int:
    """Issue 53, its number changed to the taken 52 (the save fails), then the office
    edited by typing: that edit exists only in memory."""
    window.action_set.new_issue.trigger()
    issue = window.document.issue
    window.ui.mastheadPanel.ui.numberSpin.setValue(52)
    label = window.status.save_label
    qtbot.waitUntil(lambda: "已有" in label.text(), timeout=3000)
    office = window.ui.mastheadPanel.ui.officeEdit
    office.setFocus()
    office.selectAll()
    type_text(office, "新的编印单位")
    assert issue.office == "新的编印单位"
    window.session.flush()  # still failing: the number is taken
    assert "已有" in label.text()
    return issue.id


def stored(path, issue_id):
    with Archive.open(path, readonly=True) as archive:
        return archive.load_issue(issue_id)


def open_issue_from_list(window, issue_id):
    window.ui.issueList.openRequested.emit(issue_id)


def start_new_issue(window, _other):
    window.action_set.new_issue.trigger()


def open_other_archive(window, other):
    window.open_archive(other)


@pytest.mark.parametrize("leave", [open_issue_from_list, start_new_issue, open_other_archive],
                         ids=["open-issue", "new-issue", "open-archive"])
def test_leaving_an_unsaved_issue_asks_first(qtbot, window, archive_path, tmp_path, leave):
    other_archive = tmp_path / "other.sqlite"
    Archive.open(other_archive, auto_backup=False).close()
    old_id = next(r.id for r in window.ui.issueList.model.summaries() if r.number == 52)
    failing_id = make_save_fail(qtbot, window)
    target = old_id if leave is open_issue_from_list else other_archive

    # 1. keep editing: nothing is replaced, the edit is still there
    shown = answer_next_question("继续编辑")
    leave(window, target)
    assert shown and "已有" in shown[0]
    issue = window.document.issue
    assert (issue.id, issue.number, issue.office) == (failing_id, 52, "新的编印单位")
    assert window.ui.mastheadPanel.ui.officeEdit.text() == "新的编印单位"
    assert window.session.archive.path == archive_path
    assert window.ui.issueList.model.current_id() == failing_id

    # 2. the clerk puts it right: the edit reaches the archive
    window.ui.mastheadPanel.ui.numberSpin.setValue(60)
    qtbot.waitUntil(lambda: window.status.save_label.text() == "已保存", timeout=3000)
    assert stored(archive_path, failing_id).office == "新的编印单位"

    # 3. failing again, and this time discarded on purpose: the stored issue is as it was
    window.ui.mastheadPanel.ui.numberSpin.setValue(52)
    qtbot.waitUntil(lambda: "已有" in window.status.save_label.text(), timeout=3000)
    window.ui.mastheadPanel.ui.officeEdit.setFocus()
    type_text(window.ui.mastheadPanel.ui.officeEdit, "再改")
    shown = answer_next_question("放弃修改")
    leave(window, target)
    assert shown
    if leave is open_other_archive:
        assert window.session.archive.path == other_archive
    elif leave is open_issue_from_list:
        assert window.document.issue.id == old_id
    else:
        assert window.document.issue.number == 61  # continues after the stored 60
    assert window.status.save_label.text() == "已保存"
    kept = stored(archive_path, failing_id)
    assert (kept.number, kept.office) == (60, "新的编印单位")


def test_closing_the_window_asks_the_same_question(qtbot, window, archive_path):
    failing_id = make_save_fail(qtbot, window)
    shown = answer_next_question("继续编辑")
    assert not window.close()
    assert shown and window.isVisible() and window.document.issue.office == "新的编印单位"
    shown = answer_next_question("放弃修改")
    assert window.close()
    assert shown and stored(archive_path, failing_id).number == 53
