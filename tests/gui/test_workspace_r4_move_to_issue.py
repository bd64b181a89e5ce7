"""条目 → 移到栏目… with another issue chosen: the entry leaves the open issue for a section of
the other (the same-named one unless chosen), both saved at once, its adoption following it;
Ctrl+Z puts it back in both; a final issue is offered but refused with the reason shown, and
an undo the archive refuses is said, leaving the entry where the archive has it."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.inbox import add_submissions
from bulletin_desktop.core.inbox.adopt import adopt_into
from bulletin_desktop.core.inbox.reading import make_submission, paragraphs_from_text
from bulletin_desktop.core.inbox.submissions import get_submission
from bulletin_desktop.gui.move_entry_dialog import MoveEntryDialog
from modal import when_modal

SUBMITTED = "召陵区来稿\n12月2日，召陵区开展冬季燃气管道巡检，排查隐患9处。"


@pytest.fixture
def archive_path(tmp_path, sample_issue):
    """第52期 with an entry adopted from the inbox, and 第53期 after it."""
    path = tmp_path / "archive.sqlite"
    with Archive.open(path, auto_backup=False) as archive:
        first_id = archive.add_issue(sample_issue)
        following = archive.next_issue()
        following.date = dt.date(2022, 12, 5)
        archive.save_issue(following)
        item = make_submission(paragraphs_from_text(SUBMITTED), source="粘贴", received=dt.date(2022, 11, 18),
                               unit_id=None, names={})
        sid = add_submissions(archive, [item])[0]
        adopt_into(archive, sid, archive.load_issue(first_id), "隐患排查")
    return path


def _ids(window) -> tuple[int, int]:
    first, second = sorted(window.session.summaries(), key=lambda s: s.number)
    return first.id, second.id


def _adopted_uid(window) -> str:
    section = next(s for s in window.document.issue.sections if s.title == "隐患排查")
    return section.entries[-1].uid


def _choose_issue(index: int, then=lambda dialog: dialog.accept()):
    def act(dialog: MoveEntryDialog) -> None:
        dialog.ui.issueBox.setCurrentIndex(index)
        then(dialog)
    return act


def test_the_entry_moves_to_the_other_issue_and_ctrl_z_puts_it_back_in_both(window, qtbot, stored_issue):
    first_id, second_id = _ids(window)
    window.session.open_issue(first_id)
    uid = _adopted_uid(window)
    window.ui.sectionTree.select_uid(uid)
    seen = when_modal(MoveEntryDialog, _choose_issue(1))
    window.action_set.move_to_section.trigger()
    assert seen, "the chooser was not shown"
    dialog = seen[0]
    assert dialog.ui.issueBox.itemData(1) == second_id  # the newest issue of the bulletin first after this one
    assert dialog.ui.sectionList.currentItem().text() == "隐患排查"  # the same-named section of the other issue
    assert window.document.issue.find_entry(uid) is None
    there = stored_issue(second_id).find_entry(uid)
    assert there is not None and there[0].title == "隐患排查"
    assert stored_issue(first_id).find_entry(uid) is None
    with Archive.open(window.session.archive.path, readonly=True) as reading:
        assert get_submission(reading, 1).places == ["第53期【隐患排查】"]
    window.document.undo_stack.undo()
    assert window.document.issue.find_entry(uid) is not None
    assert stored_issue(first_id).find_entry(uid) is not None
    assert stored_issue(second_id).find_entry(uid) is None
    window.document.undo_stack.redo()
    assert window.document.issue.find_entry(uid) is None and stored_issue(second_id).find_entry(uid) is not None


def test_a_final_issue_is_offered_but_refused_with_its_reason(window, qtbot, stored_issue):
    first_id, second_id = _ids(window)
    window.session.archive.set_final(second_id, True)
    window.session.open_issue(first_id)
    uid = _adopted_uid(window)
    window.ui.sectionTree.select_uid(uid)
    states: list = []

    def look(dialog: MoveEntryDialog) -> None:
        ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        states.append((ok.isEnabled(), dialog.ui.noteLabel.isVisible(), dialog.ui.noteLabel.text()))
        dialog.ui.buttonBox.accepted.emit()  # Enter on a refused choice does nothing
        if dialog.isVisible():
            dialog.reject()

    when_modal(MoveEntryDialog, _choose_issue(1, look))
    window.structure.move_current_to_section()
    (enabled, note_shown, note), = states
    assert not enabled and note_shown and "53" in note
    assert window.document.issue.find_entry(uid) is not None
    assert stored_issue(second_id).find_entry(uid) is None


def test_an_undo_the_archive_refuses_is_said_and_leaves_the_entry_there(window, qtbot, stored_issue):
    first_id, second_id = _ids(window)
    window.session.open_issue(first_id)
    uid = _adopted_uid(window)
    window.ui.sectionTree.select_uid(uid)
    when_modal(MoveEntryDialog, _choose_issue(1))
    window.structure.move_current_to_section()
    steps = window.document.undo_stack.count()
    window.session.archive.set_final(second_id, True)
    said: list[str] = []

    def answer(box: QMessageBox) -> None:
        said.append(box.text())
        box.accept()

    when_modal(QMessageBox, answer)
    window.document.undo_stack.undo()
    assert said and "第53期已定稿" in said[0]
    assert window.document.issue.find_entry(uid) is None
    assert stored_issue(second_id).find_entry(uid) is not None
    assert window.document.undo_stack.count() == steps - 1  # the refused step left the history


def test_one_section_and_another_issue_opens_on_that_issue(window, qtbot):
    first_id, second_id = _ids(window)
    window.session.open_issue(first_id)
    issue = window.document.issue
    for section in issue.sections[1:]:
        window.editing.delete_section(section.uid)
    uid = issue.sections[0].entries[0].uid
    window.ui.sectionTree.select_uid(uid)
    seen = when_modal(MoveEntryDialog, lambda dialog: dialog.reject())
    window.structure.move_current_to_section()
    assert seen and seen[0].ui.issueBox.currentData() == second_id


def _drop(window, qtbot, uid: str, issue_id: int) -> bool:
    """An entry of the tree dropped on ``issue_id``'s row of the issue list; whether it was accepted."""
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QDropEvent

    mime = window.tree_model.mimeData([window.tree_model.index_for_uid(uid)])
    panel = window.ui.issueList
    view = panel.ui.issueView
    window.ui.issueListDock.raise_()  # the 期次 tab forward: a list behind another tab takes no drop
    qtbot.waitUntil(lambda: view.viewport().acceptDrops())
    index = panel.proxy.mapFromSource(panel.model.index(panel.model.row_of(issue_id), 0))
    where = QPointF(view.visualRect(index).center())
    accepted = True
    for kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
        event = (QDropEvent(where, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier, kind))
        QApplication.sendEvent(view.viewport(), event)
        accepted = accepted and event.isAccepted()
    return accepted


def test_an_entry_dropped_on_another_issue_goes_to_its_section_of_that_name(window, qtbot, stored_issue):
    first_id, second_id = _ids(window)
    window.session.open_issue(first_id)
    uid = _adopted_uid(window)
    assert not _drop(window, qtbot, uid, first_id)  # its own issue takes no drop
    assert _drop(window, qtbot, uid, second_id)
    qtbot.waitUntil(lambda: window.document.issue.find_entry(uid) is None)
    section, row = stored_issue(second_id).find_entry(uid)
    assert section.title == "隐患排查" and row == len(section.entries) - 1
    window.document.undo_stack.undo()
    assert window.document.issue.find_entry(uid) is not None and stored_issue(second_id).find_entry(uid) is None


def test_a_section_is_not_dropped_and_a_missing_section_is_asked(window, qtbot):
    first_id, second_id = _ids(window)
    window.session.open_issue(first_id)
    section = window.document.issue.sections[0]
    from bulletin_desktop.gui.issue_list import dragged_entry

    mime = window.tree_model.mimeData([window.tree_model.index_for_uid(section.uid)])
    assert dragged_entry(mime) is None
    other = window.session.archive.load_issue(second_id)
    other.sections[2].title = "排查整治"  # 隐患排查 renamed there
    window.session.archive.save_issue(other)
    uid = _adopted_uid(window)
    seen = when_modal(MoveEntryDialog, lambda dialog: dialog.reject())
    assert _drop(window, qtbot, uid, second_id)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0].ui.issueBox.currentData() == second_id
    assert window.document.issue.find_entry(uid) is not None


def test_another_bulletins_issue_is_named_number_first(window, qtbot, sample_text):
    """An issue of another bulletin is offered after the bulletin's own, its number before the
    bulletin's name (a narrow box cuts the name, not the number), and the note names both."""
    from bulletin_desktop.core.textformat import read_text

    other = read_text(sample_text)
    other.series, other.number = "漯河市安全生产委员会办公室工作简报", 3
    other_id = window.session.archive.add_issue(other)
    first_id, second_id = sorted((s.id for s in window.session.summaries() if s.id != other_id),
                                 key=lambda i: window.session.archive.load_issue(i).number)
    window.session.open_issue(first_id)
    window.ui.sectionTree.select_uid(_adopted_uid(window))
    seen: list = []

    def look(dialog: MoveEntryDialog) -> None:
        box = dialog.ui.issueBox
        seen.append([box.itemData(row) for row in range(box.count())])
        box.setCurrentIndex(box.findData(other_id))
        seen.append((box.currentText(), dialog.ui.noteLabel.text()))
        dialog.reject()

    when_modal(MoveEntryDialog, look)
    window.structure.move_current_to_section()
    order, (text, note) = seen
    assert order == [None, second_id, other_id]  # this issue, its bulletin's, then the other bulletin's
    assert text.startswith("第3期") and text.endswith("《漯河市安全生产委员会办公室工作简报》")
    assert "《漯河市安全生产委员会办公室工作简报》第3期" in note


def test_a_redo_the_archive_refuses_is_said_and_leaves_the_entry_here(window, qtbot, stored_issue):
    first_id, second_id = _ids(window)
    window.session.open_issue(first_id)
    uid = _adopted_uid(window)
    window.ui.sectionTree.select_uid(uid)
    when_modal(MoveEntryDialog, _choose_issue(1))
    window.structure.move_current_to_section()
    window.document.undo_stack.undo()
    window.session.archive.set_final(second_id, True)
    said: list[str] = []

    def answer(box: QMessageBox) -> None:
        said.append(box.text())
        box.accept()

    when_modal(QMessageBox, answer)
    window.document.undo_stack.redo()
    assert said and "第53期已定稿" in said[0]
    assert window.document.issue.find_entry(uid) is not None and stored_issue(first_id).find_entry(uid) is not None
    assert stored_issue(second_id).find_entry(uid) is None
    assert not window.document.undo_stack.canRedo()


def test_a_list_behind_the_masthead_tab_takes_drops_once_it_is_brought_forward(qtbot, archive_path):
    """At the first start the list is behind the 报头 tab and has not set up its drops (a
    start-up cost for nothing); brought forward, it takes them."""
    from bulletin_desktop.gui.in_sight import in_sight
    from bulletin_desktop.gui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_archive(archive_path)
    win.ui.mastheadDock.raise_()
    win.show()
    qtbot.waitExposed(win)
    viewport = win.ui.issueList.ui.issueView.viewport()
    qtbot.wait(20)
    assert not in_sight(win.ui.issueList)
    assert not viewport.acceptDrops()
    win.ui.issueListDock.raise_()
    qtbot.waitUntil(viewport.acceptDrops)
    win.close()
