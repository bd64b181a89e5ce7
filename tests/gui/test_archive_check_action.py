"""档案库 → 检查档案库…: the full check of the file from the window, as ``archive check``
does it on the command line; a damaged file goes to the rescue opening one offers."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from bulletin_desktop.core.archive import Archive

from rescue_answers import answer_rescue, archive_with_a_backup, scribble_over_the_middle


def test_a_sound_archive_is_answered_with_what_it_holds_after_the_edits_are_written(qtbot, window):
    tools = window.archive_tools
    assert tools.check in window.ui.menuArchive.actions() and tools.check.isEnabled()
    issue_id = window.document.issue.id
    with Archive.open(window.session.archive.path, readonly=True) as archive:
        entries = sum(1 for _ in archive.load_issue(issue_id).entries())
    texts: list[str] = []

    def answer() -> None:
        box = window.findChild(QMessageBox, "archiveCheckBox")
        if box is None or not box.isVisible():
            QTimer.singleShot(20, answer)
            return
        texts.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    from bulletin_desktop.gui.text_input import type_text

    first = next(e for _s, e in window.document.issue.entries() if e.kind == "item")
    window.ui.sectionTree.select_uid(first.uid)
    body = window.ui.entryEditor.ui.itemBody
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    type_text(body, "（检查前的修改）")
    QTimer.singleShot(0, answer)
    tools.check.trigger()
    assert not tools.check.isEnabled()  # one check at a time
    with Archive.open(window.session.archive.path, readonly=True) as archive:  # written before the check
        assert any("检查前的修改" in e.text for _s, e in archive.load_issue(issue_id).entries() if e.kind == "item")
    qtbot.waitUntil(lambda: bool(texts), timeout=20000)
    assert "档案库完好：1 期" in texts[0]
    assert f"{entries} 条" in texts[0]
    assert "备份" in texts[0]  # the newest good backup, or that there is none yet
    qtbot.waitUntil(tools.check.isEnabled)
    assert window.session.archive is not None and not window.session.archive.readonly


def test_a_damaged_file_found_by_the_check_is_rescued_from_its_backup(qtbot, tmp_path, sample_issue):
    from bulletin_desktop.gui.main_window import MainWindow

    path = tmp_path / "archive.sqlite"
    archive_with_a_backup(path, sample_issue)
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_archive(path)
    win.show()
    scribble_over_the_middle(path)  # the disk goes bad under the open window
    seen: dict = {}
    answer_rescue("restoreButton", seen)
    win.archive_tools.check.trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=20000)
    assert "已损坏" in seen["message"] and "btree" not in seen["message"].lower()
    assert "第40期" in seen["backup"]
    qtbot.waitUntil(lambda: win.session.archive is not None and len(win.session.summaries()) == 40, timeout=20000)
    assert list(tmp_path.glob("archive-damaged-*.sqlite"))  # the damaged file kept aside
    assert win.session.archive.integrity_check() == "ok"
    win.close()


def test_the_check_is_off_without_an_archive(qtbot):
    from bulletin_desktop.gui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.build_panes()
    assert not win.archive_tools.check.isEnabled()
    win.close()

