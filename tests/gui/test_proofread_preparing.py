"""Proofreading is made ready in a background thread after an issue opens: the window's thread
is not held while the rules compile, and the proofreading attaches itself when they are done."""
from __future__ import annotations

import threading

from PySide6.QtCore import QObject

from bulletin_desktop.core.textformat import read_text
from bulletin_desktop.gui.proofread import preparing
from bulletin_desktop.resources import sample_bulletin_path


def _sample():
    return read_text(sample_bulletin_path().read_text(encoding="utf-8"))


def test_the_first_preparation_runs_in_its_thread_and_calls_back_here(qtbot, monkeypatch):
    monkeypatch.setattr(preparing, "_prepared", False)
    threads: list[str] = []
    real = preparing._prepare
    monkeypatch.setattr(preparing, "_prepare", lambda issue: (threads.append(threading.current_thread().name),
                                                              real(issue)))
    called: list[str] = []
    parent = QObject()
    job = preparing.when_prepared(parent, _sample(), lambda: called.append(threading.current_thread().name))
    assert job is not None and called == []  # not done on this thread, before returning
    qtbot.waitUntil(lambda: bool(called), timeout=20_000)
    assert threads == [preparing.THREAD_NAME]
    assert called == [threading.main_thread().name]
    assert preparing._prepared


def test_once_prepared_the_next_window_is_called_at_once(qtbot, monkeypatch):
    monkeypatch.setattr(preparing, "_prepared", True)
    called: list[bool] = []
    assert preparing.when_prepared(QObject(), _sample(), lambda: called.append(True)) is None
    assert called == [True]


def test_the_thread_checks_a_copy_the_clerk_may_go_on_editing(qtbot, monkeypatch):
    monkeypatch.setattr(preparing, "_prepared", False)
    checked = []
    monkeypatch.setattr(preparing, "_prepare", checked.append)
    issue = _sample()
    done: list[bool] = []
    parent = QObject()
    preparing.when_prepared(parent, issue, lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    assert checked[0] is not issue and checked[0] == issue


def test_the_window_attaches_proofreading_without_being_asked(window, qtbot):
    assert window.document.issue is not None
    qtbot.waitUntil(lambda: window._proofreading is not None, timeout=20_000)
    assert "形式" in [item.found for item in window._proofreading.items]  # the sample's own slip, found


def test_a_window_made_into_a_picture_is_not_proofread(qtbot, archive_path):
    """``--screenshot``: nobody reads the findings, and the thread would slow the picture."""
    from bulletin_desktop.gui import main_window
    from bulletin_desktop.gui.main_window import MainWindow
    from bulletin_desktop.gui.screenshot import prepare_unseen

    win = MainWindow()
    qtbot.addWidget(win)
    prepare_unseen(win)
    win.show()
    assert win.open_archive(archive_path) and win.document.issue is not None
    qtbot.wait(main_window.PROOFREAD_START_MS + 300)
    assert win._preparing_proofreading is None and win._proofreading is None
    assert not any(t.name == preparing.THREAD_NAME for t in threading.enumerate())
