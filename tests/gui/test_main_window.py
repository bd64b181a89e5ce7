"""The clerk's day in the real window: type an entry, bold a phrase, drag it, undo and redo,
change the masthead. After each step: the tree, the preview and the archive on disk."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from started_window import started

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.richtext import Run, to_markup
from bulletin_desktop.gui.models.section_tree_model import UidRole
from bulletin_desktop.gui.text_input import type_text

NEW_TEXT = "11月20日，市消防救援支队开展冬季消防安全检查。"


def section_index(window, title: str) -> QModelIndex:
    model = window.tree_model
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(Qt.ItemDataRole.EditRole) == title:
            return index
    raise AssertionError(f"no section {title}")


def tree_labels(window, title: str) -> list[str]:
    parent = section_index(window, title)
    model = window.tree_model
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def section_texts(issue, title: str) -> list[str]:
    section = next(s for s in issue.sections if s.title == title)
    return [e.text for e in section.entries]


def wait_saved(qtbot, stored_issue, issue_id, check, timeout=3000):
    """Until the archive on disk satisfies ``check`` (autosave runs within a second)."""
    qtbot.waitUntil(lambda: check(stored_issue(issue_id)), timeout=timeout)


def add_entry_by_typing(qtbot, window):
    """As at the keyboard: Insert, the date, Tab, the unit, Tab, the text."""
    tree = window.ui.sectionTree
    tree.select_uid(section_index(window, "督导检查").data(UidRole))
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Insert)
    editor = window.ui.entryEditor.ui
    for widget, text in ((editor.dateEdit, "11月20日"), (editor.unitEdit, "市消防救援支队"),
                         (editor.itemBody, "开展冬季消防安全检查。")):
        qtbot.waitUntil(widget.hasFocus)
        type_text(widget, text)
        if widget is not editor.itemBody:
            qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return window.ui.entryEditor.current_uid


def test_the_clerks_day(qtbot, window, stored_issue, shown_text):
    issue = window.document.issue
    issue_id = issue.id

    # 1. a new entry, typed
    uid = add_entry_by_typing(qtbot, window)
    assert tree_labels(window, "督导检查")[1] == "11月20日，市消防救援支队开展…"
    assert NEW_TEXT in shown_text(window)
    wait_saved(qtbot, stored_issue, issue_id, lambda s: NEW_TEXT in section_texts(s, "督导检查"))
    stored = stored_issue(issue_id)
    new_entry = next(e for s in stored.sections for e in s.entries if e.text == NEW_TEXT)
    assert (new_entry.date, new_entry.unit) == ("11月20日", "市消防救援支队")

    # 2. bold a span: select 冬季 and press Ctrl+B
    body = window.ui.entryEditor.ui.itemBody
    cursor = body.textCursor()
    cursor.setPosition(2)
    cursor.setPosition(4, QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    qtbot.keyClick(body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    entry = window.document.entry(uid)
    assert entry.body == (Run("开展"), Run("冬季", True), Run("消防安全检查。"))
    assert window.action_set.bold.isChecked()
    assert NEW_TEXT in shown_text(window)
    wait_saved(qtbot, stored_issue, issue_id, lambda s: any(
        "开展**冬季**消防" in to_markup(e.rich) for sec in s.sections for e in sec.entries if e.kind == "item"))

    # 3. drag it to the top of 隐患排查 through the model's drop path
    model = window.tree_model
    mime = model.mimeData([model.index_for_uid(uid)])
    target = section_index(window, "隐患排查")
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, target)
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, target)
    assert tree_labels(window, "督导检查") == ["11月16日，市应急管理局局长孙…"]
    assert tree_labels(window, "隐患排查")[0] == "11月20日，市消防救援支队开展…"
    text = shown_text(window)
    assert text.index("【隐患排查】") < text.index(NEW_TEXT) < text.index("11月16日，舞阳县")
    wait_saved(qtbot, stored_issue, issue_id, lambda s: section_texts(s, "隐患排查")[0] == NEW_TEXT)
    assert window.ui.sectionTree.current_uid() == uid

    # 4. undo the drag, the bold, the typing; redo them all
    qtbot.keyClick(window.ui.sectionTree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tree_labels(window, "督导检查")[1] == "11月20日，市消防救援支队开展…"
    wait_saved(qtbot, stored_issue, issue_id, lambda s: NEW_TEXT in section_texts(s, "督导检查"))
    assert window.action_set.undo.text() == "撤销 加粗"
    qtbot.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Z inside the editor too
    assert window.document.entry(uid).body == (Run("开展冬季消防安全检查。"),)
    assert body.rich_text() == (Run("开展冬季消防安全检查。"),)
    wait_saved(qtbot, stored_issue, issue_id, lambda s: NEW_TEXT in section_texts(s, "督导检查") and not any(
        "**冬季**" in to_markup(e.rich) for sec in s.sections for e in sec.entries if e.kind == "item"))
    window.action_set.undo.trigger()  # the body typing is one step
    assert window.document.entry(uid).text == "11月20日，市消防救援支队"
    assert "11月20日，市消防救援支队" in shown_text(window)

    qtbot.keyClick(window.ui.sectionTree, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.ui.sectionTree, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    window.action_set.redo.trigger()
    assert tree_labels(window, "隐患排查")[0] == "11月20日，市消防救援支队开展…"
    assert window.document.entry(uid).body == (Run("开展"), Run("冬季", True), Run("消防安全检查。"))
    wait_saved(qtbot, stored_issue, issue_id, lambda s: section_texts(s, "隐患排查")[0] == NEW_TEXT)

    # 5. the issue number in the masthead panel
    spin = window.ui.mastheadPanel.ui.numberSpin
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "53")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert window.document.issue.number == 53
    assert "第53期" in shown_text(window)
    assert "第53期" in window.windowTitle()
    wait_saved(qtbot, stored_issue, issue_id, lambda s: s.number == 53)
    qtbot.waitUntil(lambda: window.ui.issueList.model.summaries()[0].number == 53)
    window.action_set.undo.trigger()
    assert spin.value() == 52
    assert "第52期" in shown_text(window)
    wait_saved(qtbot, stored_issue, issue_id, lambda s: s.number == 52)


def test_delete_key_in_the_editor_does_not_delete_the_entry(qtbot, window):
    uid = window.document.issue.sections[0].entries[0].uid
    window.ui.sectionTree.select_uid(uid)
    body = window.ui.entryEditor.ui.itemBody
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.Start)
    before = body.rich_text()
    qtbot.keyClick(body, Qt.Key.Key_Delete)
    assert window.document.entry(uid) is not None
    assert body.rich_text() != before  # it deleted a character, as it should


def test_delete_in_the_tree_and_undo(qtbot, window):
    tree = window.ui.sectionTree
    first = window.document.issue.sections[0].entries[0]
    tree.select_uid(first.uid)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert window.document.entry(first.uid) is None
    assert tree.current_uid() == window.document.issue.sections[0].entries[0].uid  # the next entry
    qtbot.keyClick(tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.issue.sections[0].entries[0].uid == first.uid
    assert tree.current_uid() == first.uid


def test_sections_drag_rename_duplicate(qtbot, window):
    model = window.tree_model
    issue = window.document.issue
    last = issue.sections[-1]
    mime = model.mimeData([model.index_for_uid(last.uid)])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert issue.sections[0].title == "工作交流"
    assert model.index(0, 0).data() == "【工作交流】"
    # rename in place (F2 then type)
    tree = window.ui.sectionTree
    tree.select_uid(issue.sections[0].uid)
    assert model.setData(model.index(0, 0), "经验交流") is False  # the command does the change
    assert issue.sections[0].title == "经验交流"
    window.action_set.duplicate.trigger()
    assert [s.title for s in issue.sections[:2]] == ["经验交流", "经验交流"]
    assert issue.sections[1].entries[0].title == issue.sections[0].entries[0].title
    for _ in range(3):
        window.action_set.undo.trigger()
    assert issue.sections[-1].title == "工作交流"
    assert [model.index(r, 0).data() for r in range(model.rowCount())][-1] == "【工作交流】"


def test_keyboard_reorder(qtbot, window):
    tree = window.ui.sectionTree
    section = window.document.issue.sections[0]
    uids = [e.uid for e in section.entries]
    tree.select_uid(uids[0])
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [e.uid for e in section.entries] == [uids[1], uids[0], uids[2]]
    assert tree.current_uid() == uids[0]


def test_new_issue_continues_from_the_latest(qtbot, window, stored_issue):
    window.action_set.new_issue.trigger()
    issue = window.document.issue
    assert issue.number == 53
    assert issue.special is not None and issue.special.number == 35
    assert [s.title for s in issue.sections] == ["安排部署", "督导检查", "隐患排查", "应急演练", "工作交流"]
    assert all(not s.entries for s in issue.sections)
    assert issue.signoff.editors == ["卜丹", "赵贺龙"]
    assert stored_issue(issue.id).number == 53
    rows = window.ui.issueList.model.summaries()
    assert [r.number for r in rows] == [53, 52]
    # Insert in an empty issue adds to the selected (first) section
    window.action_set.add_entry.trigger()
    assert len(issue.sections[0].entries) == 1


def test_open_and_delete_issues_from_the_list(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window.action_set.new_issue.trigger()
    new_id = window.document.issue.id
    old_id = next(r.id for r in window.ui.issueList.model.summaries() if r.id != new_id)
    window.ui.issueList.openRequested.emit(old_id)
    assert window.document.issue.id == old_id
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.ui.issueList.deleteRequested.emit(old_id)
    assert [r.id for r in window.ui.issueList.model.summaries()] == [new_id]
    assert window.document.issue.id == new_id  # the open issue was deleted: the latest opens


def test_save_error_is_shown_and_retried(qtbot, window, monkeypatch, stored_issue):
    from bulletin_desktop.core.archive import ArchiveError

    archive = window.session.archive
    real_save = archive.save_issue
    failing = {"on": True}

    def save(issue):
        if failing["on"]:
            raise ArchiveError("保存这一期没有成功（磁盘空间已满），档案库保持原样。")
        return real_save(issue)

    monkeypatch.setattr(archive, "save_issue", save)
    entry = window.document.issue.sections[0].entries[0]
    window.editing.edit_entry(entry.uid, "date", "11月14日")
    label = window.status.save_label
    qtbot.waitUntil(lambda: "磁盘空间已满" in label.text())
    assert "c00000" in label.styleSheet()
    banner = window.save_error_banner
    assert banner.isVisible() and "磁盘空间已满" in banner.text()
    assert entry.date == "11月14日"  # kept in memory
    failing["on"] = False
    window.editing.edit_entry(entry.uid, "unit", "市安委会")
    qtbot.waitUntil(lambda: label.text() == "已保存")
    assert not banner.isVisible()
    assert stored_issue(window.document.issue.id).sections[0].entries[0].date == "11月14日"


def test_status_bar_counts(qtbot, window):
    assert window.status.chars_label.text().startswith("本期 ")
    qtbot.waitUntil(lambda: window.status.pages_label.text().startswith("约 "))


def test_find_bar_selects_matches(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.ui.findBar
    assert bar.isVisible()
    qtbot.waitUntil(lambda: bar.height() > 0)
    assert bar.height() < 80
    type_text(bar.ui.findEdit, "回头看")
    assert bar.ui.matchLabel.text().startswith("第 1 处，共 ")
    body = window.ui.entryEditor.ui.itemBody
    assert body.textCursor().selectedText() == "回头看"
    first_uid = window.ui.sectionTree.current_uid()
    qtbot.keyClick(bar.ui.findEdit, Qt.Key.Key_Return)
    qtbot.keyClick(bar.ui.findEdit, Qt.Key.Key_Return)
    assert bar.ui.matchLabel.text().startswith("第 3 处")
    assert window.ui.sectionTree.current_uid() != first_uid or body.textCursor().selectionStart() > 0
    qtbot.keyClick(bar.ui.findEdit, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_layout_is_remembered(qtbot, archive_path):
    from bulletin_desktop.gui.main_window import MainWindow
    from bulletin_desktop.gui.settings import AppSettings

    first = MainWindow()
    qtbot.addWidget(first)
    first.open_archive(archive_path)
    first.show()
    first.ui.splitter.setSizes([300, 500, 500])
    first.ui.issueListDock.close()
    sizes = first.ui.splitter.sizes()
    first.close()
    assert AppSettings().splitter_sizes() == sizes
    assert AppSettings().last_archive() == archive_path
    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    assert not second.ui.issueListDock.isVisible()
    assert second.ui.mastheadDock.isVisible()
    second.close()


def test_the_issue_last_shown_opens_again_after_closing(qtbot, archive_path, sample_issue):
    import copy

    from bulletin_desktop.gui.main_window import MainWindow

    with Archive.open(archive_path, auto_backup=False) as archive:
        older = copy.deepcopy(sample_issue)
        older.number, older.id = 51, None
        older.date = older.date.replace(year=older.date.year - 1)
        older_id = archive.add_issue(older)
    first = MainWindow()
    qtbot.addWidget(first)
    assert first.open_archive(archive_path, "51")
    first.close()  # closing lets go of the issue; the one shown last is still remembered
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.open_archive(archive_path)
    assert second.document.issue.id == older_id
    second.close()


def test_clipboard_paste_into_the_body_drops_formatting(qtbot, window):
    from PySide6.QtCore import QMimeData

    uid = window.document.issue.sections[0].entries[0].uid
    window.ui.sectionTree.select_uid(uid)
    body = window.ui.entryEditor.ui.itemBody
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    mime = QMimeData()
    mime.setHtml('<p style="color:red;font-size:30pt"><span style="font-family:SimSun">另据</span>'
                 '<b>市气象局</b><img src="x.png">消息。</p><table><tr><td>表格</td></tr></table>')
    mime.setText("另据市气象局消息。表格")
    QApplication.clipboard().setMimeData(mime)
    qtbot.keyClick(body, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    entry = window.document.entry(uid)
    assert entry.body[-2:] == (Run("市气象局", True), Run("消息。表格"))
    assert window.document.undo_stack.undoText() == "粘贴"


def test_enter_and_escape_move_between_tree_and_editor(qtbot, window):
    tree = window.ui.sectionTree
    entry = window.document.issue.sections[0].entries[0]
    tree.select_uid(entry.uid)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    body = window.ui.entryEditor.ui.itemBody
    assert body.hasFocus()
    qtbot.keyClick(body, Qt.Key.Key_Escape)
    assert tree.hasFocus()


def test_a_number_already_taken_is_refused_on_save_and_kept_in_memory(qtbot, window, stored_issue):
    window.action_set.new_issue.trigger()  # 53
    issue = window.document.issue
    window.editing.edit_masthead("number", 52)
    label = window.status.save_label
    qtbot.waitUntil(lambda: "已有" in label.text(), timeout=3000)
    assert issue.number == 52
    assert stored_issue(issue.id).number == 53
    window.editing.edit_masthead("number", 54)
    qtbot.waitUntil(lambda: label.text() == "已保存", timeout=3000)
    assert stored_issue(issue.id).number == 54


@pytest.mark.parametrize("panes_later", [False, True])
def test_the_first_start_shows_a_whole_page_width(qtbot, archive_path, panes_later):
    """No zoom chosen yet: the preview fits the page width, whether the panes were built
    before the window showed (tests) or after its first frame (start-up)."""
    from bulletin_desktop.gui.settings import AppSettings

    assert AppSettings().zoom() is None
    window = started(qtbot, archive_path, panes_later)
    qtbot.waitUntil(lambda: AppSettings().zoom() is not None)
    preview = window.ui.preview
    assert preview.zoom() == AppSettings().zoom() != 1.0
    assert abs(preview.page_pixel_size().width() - preview.width()) < 0.2 * preview.width()
    window.close()


@pytest.mark.parametrize("panes_later", [False, True])
def test_the_issue_opens_at_the_top_of_its_first_page(qtbot, archive_path, panes_later):
    """With a zoom chosen before, the preview opens at the masthead. Built after the first
    frame (start-up), the panes still had no size when the issue opened, and following the
    first entry scrolled the masthead out of view."""
    from PySide6.QtWidgets import QAbstractScrollArea

    from bulletin_desktop.gui.settings import AppSettings

    AppSettings().set_zoom(0.8)
    window = started(qtbot, archive_path, panes_later)
    preview = window.ui.preview
    qtbot.waitUntil(lambda: preview.page_count() > 0)
    qtbot.wait(50)
    assert window.ui.sectionTree.current_kind() == "item"  # the first entry is chosen...
    pages = preview.findChild(QAbstractScrollArea)
    assert pages.verticalScrollBar().value() == 0  # ...and the page is not scrolled to it
    window.close()
