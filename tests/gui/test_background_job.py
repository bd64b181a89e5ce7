"""A background job whose owner is gone before the work ends: the thread ends quietly."""
from __future__ import annotations

import threading

import shiboken6

from bulletin_desktop.gui.background import BackgroundJob


def test_work_ending_after_its_job_was_deleted_raises_nothing_in_the_thread(monkeypatch):
    errors = []
    monkeypatch.setattr(threading, "excepthook", errors.append)
    release = threading.Event()
    job = BackgroundJob("late-work")
    assert job.start(lambda _report: release.wait(10))
    thread = next(t for t in threading.enumerate() if t.name == "late-work")
    shiboken6.delete(job)  # the window closed and took the job with it while the work ran on
    release.set()
    thread.join(10)
    assert not thread.is_alive() and errors == []
