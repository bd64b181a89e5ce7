"""The archive checks run in the background: opening an issue never waits for them, what
arrives for an issue no longer open is dropped, the 校对 step before export waits for them,
and closing the window in the middle of one leaves no thread behind."""
from __future__ import annotations

import shutil
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.proofread import archive_checks
from bulletin_desktop.gui.proofread.archive_runner import THREAD_NAME
from bulletin_desktop.gui.proofread.controller import Item

REAL_CHECK = archive_checks.check_archive


@pytest.fixture
def big_path(tmp_path, three_hundred_issue_archive):
    path = tmp_path / "archive.sqlite"
    shutil.copyfile(three_hundred_issue_archive, path)
    return path


@pytest.fixture
def archive_path(big_path):
    """The archive the ``window`` fixture opens: here the 300-issue one."""
    return big_path


@pytest.fixture(autouse=True)
def proofreading_attached_by_the_test(monkeypatch):
    """The window attaches proofreading a moment after an issue opens. Here each test attaches
    it itself (``window.proofreading``), after putting its gate in place: on a slow machine
    the moment could pass while the window is being shown, and the check run ungated."""
    from bulletin_desktop.gui import main_window

    monkeypatch.setattr(main_window, "PROOFREAD_START_MS", 600_000)


@pytest.fixture
def big_window(window):
    return window


class Gate:
    """Holds the archive checks in the worker thread until released; records every call."""

    def __init__(self, compute_first: bool = False):
        self.calls: list[tuple[int, bool]] = []  # (issue number, ran in the GUI thread)
        self.started = threading.Event()
        self.released = threading.Event()
        self.compute_first = compute_first

    def __call__(self, archive, issue, context=None, max_age=None):
        in_gui = threading.current_thread() is threading.main_thread()
        self.calls.append((issue.number, in_gui))
        self.started.set()
        if in_gui:  # the 校对 step's own run, when the background one does not come in time
            return REAL_CHECK(archive, issue, context, max_age)
        if self.compute_first:  # a result for this issue, delivered after the clerk moved on
            found = REAL_CHECK(archive, issue, context, max_age)
            self.released.wait(10)
            return found
        self.released.wait(10)
        return REAL_CHECK(archive, issue, context, max_age)


def expected_archive_items(path, issue) -> list[Item]:
    """What the archive checks find for ``issue``, run directly on a connection of our own."""
    with Archive.open(path, readonly=True) as archive:
        found = REAL_CHECK(archive, issue, archive_checks.archive_context(archive, issue))
    return [Item.from_archive(f) for f in found]


def archive_items(controller) -> list[Item]:
    return [i for i in controller.items if i.rule.startswith("A-")]


def no_check_thread() -> bool:
    return not any(t.name == THREAD_NAME for t in threading.enumerate())


def ids_by_number(window) -> dict[int, int]:
    return {s.number: s.id for s in window.session.summaries()}


def test_quick_issue_switches_end_with_the_findings_of_the_issue_on_screen(qtbot, big_window, big_path,
                                                                           monkeypatch):
    gate = Gate(compute_first=True)
    monkeypatch.setattr(archive_checks, "check_archive", gate)
    controller = big_window.proofreading  # attached now: checks the latest issue, held at the gate
    qtbot.waitUntil(gate.started.is_set)
    ids = ids_by_number(big_window)
    for number in (40, 120, 7, 250, 181):
        big_window.open_issue(ids[number])
        QApplication.processEvents()
        assert controller.archive_checking and controller.dock.ui.archiveNote.isVisible()
        assert archive_items(controller) == []  # nothing of an earlier issue while this one's are awaited
    gate.released.set()  # the first check's result (for number 300) arrives now, too late
    qtbot.waitUntil(lambda: not controller.archive_checking)
    issue = big_window.document.issue
    assert issue.number == 181
    expected = expected_archive_items(big_path, issue)
    assert expected and archive_items(controller) == expected
    on_screen = f"{issue.date.month}月{issue.date.day}日"  # lead dates measured against this issue's date
    assert any(on_screen in i.message for i in archive_items(controller))
    assert big_window.proofreading.dock.windowTitle() == f"校对（{len(controller.items)}）"
    assert not controller.dock.ui.archiveNote.isVisible()
    assert gate.calls[0][0] == 300 and gate.calls[-1][0] == 181
    assert len(gate.calls) <= 3  # the issues passed on the way were never checked
    assert not any(in_gui for _number, in_gui in gate.calls)
    qtbot.waitUntil(no_check_thread)


def test_opening_an_issue_does_not_wait_for_the_archive_checks(qtbot, big_window, big_path, monkeypatch):
    gate = Gate()
    monkeypatch.setattr(archive_checks, "check_archive", gate)
    controller = big_window.proofreading
    qtbot.waitUntil(gate.started.is_set)
    gate.released.set()
    qtbot.waitUntil(lambda: not controller.archive_checking)
    gate.started.clear()
    gate.released.clear()

    big_window.open_issue(ids_by_number(big_window)[150])  # the check is held until released below
    assert not gate.released.is_set()  # so opening returned while the check was still running
    qtbot.waitUntil(gate.started.is_set)
    note = controller.dock.ui.archiveNote
    assert controller.archive_checking and note.isVisible() and note.text() == "正在查往期…"
    assert any(i.found == "形式" for i in controller.items)  # the text checks are there at once
    gate.released.set()
    qtbot.waitUntil(lambda: not controller.archive_checking)
    assert archive_items(controller) == expected_archive_items(big_path, big_window.document.issue)
    assert not note.isVisible()
    assert gate.calls and not any(in_gui for _number, in_gui in gate.calls)


def test_export_waits_for_the_archive_checks(qtbot, big_window, tmp_path, monkeypatch):
    from bulletin_desktop.gui import export_dialogs

    gate = Gate()
    monkeypatch.setattr(archive_checks, "check_archive", gate)
    controller = big_window.proofreading
    target = tmp_path / "out.docx"
    monkeypatch.setattr(export_dialogs, "ask_export_path", lambda *args: target)
    qtbot.waitUntil(gate.started.is_set)
    gate.released.set()
    qtbot.waitUntil(lambda: not controller.archive_checking)
    gate.released.clear()
    seen_while_waiting = []

    def release():
        seen_while_waiting.append((controller.archive_checking, controller.dock.ui.archiveNote.isVisible()))
        gate.released.set()

    QTimer.singleShot(100, release)  # the 校对 step re-checks and waits; the window keeps painting
    with qtbot.waitSignal(big_window.exportFinished, timeout=60000):
        big_window.action_set.export_word.trigger()
    assert seen_while_waiting == [(True, True)]
    found = archive_items(controller)
    assert any(i.rule == "A-REUSED" for i in found)
    unresolved = len(controller.items)
    assert big_window.session.archive.proofread().last_export(big_window.document.issue.id)[1] == unresolved
    assert str(unresolved) in controller.dock.ui.exportNote.text()
    assert not any(in_gui for _number, in_gui in gate.calls)


def test_export_checks_the_archive_itself_when_the_background_check_is_late(qtbot, big_window, big_path,
                                                                           monkeypatch):
    from bulletin_desktop.gui.proofread import controller as controller_module

    gate = Gate()
    monkeypatch.setattr(archive_checks, "check_archive", gate)
    monkeypatch.setattr(controller_module, "EXPORT_WAIT_MS", 50)
    controller = big_window.proofreading
    try:
        count = controller.export_step()  # the background check is held: it never comes in time
        expected = expected_archive_items(big_path, big_window.document.issue)
        assert expected and archive_items(controller) == expected
        assert count == len(controller.items)
        assert gate.calls[-1][1]  # run in the GUI thread, as the last resort
        assert not controller.archive_checking and not controller.dock.ui.archiveNote.isVisible()
    finally:
        gate.released.set()
    qtbot.waitUntil(no_check_thread)
    assert archive_items(controller) == expected  # the late result is dropped


def test_closing_the_window_in_the_middle_of_a_check_leaves_no_thread(qtbot, big_window, monkeypatch, caplog):
    thread_errors = []
    monkeypatch.setattr(threading, "excepthook", thread_errors.append)
    delivered = []
    gate = Gate()
    monkeypatch.setattr(archive_checks, "check_archive", gate)
    controller = big_window.proofreading
    controller.findingsChanged.connect(lambda: delivered.append(list(archive_items(controller))))
    qtbot.waitUntil(gate.started.is_set)

    release = threading.Timer(0.2, gate.released.set)  # the check goes on while the window closes
    release.start()
    big_window.close()
    release.join()
    assert no_check_thread()  # closing waited for it
    QApplication.processEvents()
    assert thread_errors == []
    assert [r for r in caplog.records if r.levelname in ("ERROR", "CRITICAL")] == []
    assert all(found == [] for found in delivered)  # nothing came from the stopped check


def test_switching_archives_drops_the_old_archives_findings(qtbot, big_window, answers_archive, monkeypatch):
    gate = Gate(compute_first=True)
    monkeypatch.setattr(archive_checks, "check_archive", gate)
    controller = big_window.proofreading
    qtbot.waitUntil(gate.started.is_set)  # number 300 of the big archive, held
    assert big_window.open_archive(answers_archive)
    gate.released.set()
    qtbot.waitUntil(lambda: not controller.archive_checking)
    issue = big_window.document.issue
    expected = expected_archive_items(answers_archive, issue)
    assert {i.rule for i in expected} >= {"A-UNIT", "A-REUSED"}
    assert archive_items(controller) == expected
    qtbot.waitUntil(no_check_thread)


def test_an_archive_finding_ignored_while_a_check_runs_does_not_come_back(qtbot, big_window, monkeypatch):
    from PySide6.QtCore import Qt

    controller = big_window.proofreading
    qtbot.waitUntil(lambda: not controller.archive_checking)
    gate = Gate(compute_first=True)
    monkeypatch.setattr(archive_checks, "check_archive", gate)
    controller.recheck_all()  # as after the lists change: what is listed stays until the new findings come
    qtbot.waitUntil(gate.started.is_set)  # this check has found the 专刊 number again, and is held
    item = next(i for i in controller.items if i.rule == "A-SPECIAL-DUP")
    controller.dock.select(item)
    qtbot.mouseClick(controller.dock.ui.ignoreEverywhereButton, Qt.MouseButton.LeftButton)
    assert item not in controller.items
    gate.released.set()
    qtbot.waitUntil(lambda: not controller.archive_checking)
    assert not any(i.rule == "A-SPECIAL-DUP" for i in controller.items)
    assert any(i.rule == "A-LEAD-FUTURE" for i in controller.items)
