"""A window that opened the archive read-only because another program was writing to it is
told when that program lets go, and opens it for editing where the clerk was, on 开始编辑
only: never by itself, and never for a backup looked at."""
from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.gui.archive_tools import lock_watch
from bulletin_desktop.gui.archive_tools.lock_watch import ArchiveFreeBanner, LockWatch


@pytest.fixture(autouse=True)
def quick_watch(monkeypatch):
    monkeypatch.setattr(lock_watch, "POLL_MS", 20)  # the clerk's few seconds, shortened


@pytest.fixture
def two_issue_archive(tmp_path, sample_issue):
    """The sample issue twice (the first is not the latest: opening the latest would not do),
    the first made long enough to scroll through."""
    path = tmp_path / "held.sqlite"
    first = copy.deepcopy(sample_issue)
    section = first.sections[0]
    section.entries.extend(copy.deepcopy(entry) for _ in range(6) for entry in list(section.entries))
    for number, entry in enumerate(section.entries):
        entry.uid = f"e{number}"
    with Archive.open(path, auto_backup=False) as archive:
        first_id = archive.add_issue(first)
        archive.save_issue(archive.next_issue(None))  # 新建一期: the latest
    return path, first_id


def read_only_window(qtbot, path):
    from bulletin_desktop.gui.main_window import MainWindow

    window = MainWindow(ask_readonly=lambda _exc: True)  # the clerk answers 只读打开
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_archive(path)
    return window


def said(text: str, source: str, chinese: str) -> bool:
    """The clerk's words: the Chinese once the translation has them, the source until then."""
    return text in (source, chinese)


HELD = ("Another program is writing to this archive, so it is open read-only: you can read, search, export and "
        "print. This line tells you when the other program closes it.",
        "另一个程序正在写入这个档案库，所以只读打开：可以查看、检索、导出和打印。那个程序关闭档案库后，这里会告诉您。")


def free_banner(window) -> ArchiveFreeBanner | None:
    return window.findChild(ArchiveFreeBanner)


def watching(window) -> bool:
    watch = window.findChild(LockWatch)
    return watch is not None and watch.watching


def test_told_when_the_other_program_lets_go_and_edits_where_the_clerk_was(qtbot, two_issue_archive):
    path, first_id = two_issue_archive
    other = Archive.open(path, auto_backup=False)
    try:
        window = read_only_window(qtbot, path)
        assert window.session.readonly
        assert said(window.ui.readonlyBanner.text(), *HELD)
        window.open_issue(first_id)
        tree, preview = window.ui.sectionTree, window.ui.preview
        assert tree.select_uid("e9")
        assert watching(window)
        banner = free_banner(window)
        assert banner is not None and not banner.isVisible()
    finally:
        other.close()  # the other program lets go

    qtbot.waitUntil(lambda: free_banner(window).isVisible())
    banner = free_banner(window)
    assert said(banner.label.text(), "The other program has closed the archive: it can be edited now.",
                "另一个程序已关闭档案库，现在可以编辑了")
    assert said(banner.start_button.text(), "Start Editing", "开始编辑")
    assert not window.ui.readonlyBanner.isVisible()
    assert window.session.readonly  # told, not switched: the clerk may be reading
    assert not watching(window)  # told once
    preview.refresh_now()
    bar = preview.findChild(QAbstractScrollArea).verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)  # the clerk reads further down the pages than the entry
    scrolled = bar.value()

    qtbot.mouseClick(banner.start_button, Qt.MouseButton.LeftButton)
    assert not window.session.readonly
    assert not banner.isVisible() and not window.ui.readonlyBanner.isVisible()
    assert not watching(window)  # nothing runs while the archive is editable
    assert window.document.issue.id == first_id
    assert not window.document.readonly
    assert tree.current_uid() == "e9"
    assert preview.findChild(QAbstractScrollArea).verticalScrollBar().value() == scrolled
    assert window.action_set.add_entry.isEnabled()
    assert "只读" not in window.windowTitle() and window.status.save_label.text() != "只读"
    window.editing.edit_entry("e9", "date", "1月2日")
    assert window.session.flush()
    with Archive.open(path, readonly=True) as archive:
        stored = archive.load_issue(first_id)
    assert next(e for _s, e in stored.entries() if e.uid == "e9").date == "1月2日"
    window.close()


def test_taken_again_before_the_click_stays_read_only_and_watches_again(qtbot, two_issue_archive):
    path, _first_id = two_issue_archive
    other = Archive.open(path, auto_backup=False)
    window = read_only_window(qtbot, path)
    other.close()
    qtbot.waitUntil(lambda: free_banner(window).isVisible())
    again = Archive.open(path, auto_backup=False)  # another program opens it meanwhile
    try:
        qtbot.mouseClick(free_banner(window).start_button, Qt.MouseButton.LeftButton)
        assert window.session.readonly
        assert window.ui.readonlyBanner.isVisible() and not free_banner(window).isVisible()
        assert said(window.statusBar().currentMessage(),
                    "Another program has opened the archive again; it stays read-only for now.",
                    "另一个程序又打开了档案库，暂时仍只能查看。")
        assert watching(window)
        assert window.document.issue is not None  # still reading what was shown
    finally:
        again.close()
    qtbot.waitUntil(lambda: free_banner(window).isVisible())
    qtbot.mouseClick(free_banner(window).start_button, Qt.MouseButton.LeftButton)
    assert not window.session.readonly
    window.close()


def test_the_issue_deleted_meanwhile_opens_the_latest(qtbot, two_issue_archive):
    path, first_id = two_issue_archive
    other = Archive.open(path, auto_backup=False)
    window = read_only_window(qtbot, path)
    window.open_issue(first_id)
    other.delete_issue(first_id)
    other.close()
    qtbot.waitUntil(lambda: free_banner(window).isVisible())
    qtbot.mouseClick(free_banner(window).start_button, Qt.MouseButton.LeftButton)
    assert not window.session.readonly
    assert window.document.issue is not None and window.document.issue.id != first_id
    window.close()


def test_a_backup_looked_at_and_an_editable_archive_are_not_watched(qtbot, two_issue_archive):
    from bulletin_desktop.gui.main_window import MainWindow

    path, _first_id = two_issue_archive
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_archive(path, readonly=True)  # a backup is opened so, on purpose
    assert window.ui.readonlyBanner.isVisibleTo(window)
    assert not said(window.ui.readonlyBanner.text(), *HELD)
    assert not watching(window) and free_banner(window) is None
    window.close()

    with Archive.open(path, auto_backup=False) as archive:  # a final issue is read-only for its own reason
        archive.set_final(archive.latest_issue_id(), True)
    editable = MainWindow()
    qtbot.addWidget(editable)
    assert editable.open_archive(path)
    assert editable.document.issue.status == "final" and editable.document.readonly
    assert not editable.session.readonly and not watching(editable) and free_banner(editable) is None
    editable.close()


def test_another_archive_opened_stops_the_watch(qtbot, two_issue_archive, tmp_path, sample_issue):
    path, _first_id = two_issue_archive
    other = Archive.open(path, auto_backup=False)
    try:
        window = read_only_window(qtbot, path)
        assert watching(window)
        second = tmp_path / "second.sqlite"
        with Archive.open(second, auto_backup=False) as archive:
            archive.add_issue(sample_issue)
        assert window.open_archive(second)
        assert not window.session.readonly and not watching(window)
        assert not window.ui.readonlyBanner.isVisibleTo(window)
    finally:
        other.close()
    window.close()
