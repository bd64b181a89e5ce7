"""Proofreading made ready in a background thread before the window attaches it.

The first check in a process compiles the rules' patterns and reads their lists: about half
a second of the interpreter, which on the window's thread would stop the clerk's typing (and
the autosave) right after the start. The thread imports the proofreader and checks a copy of
the open issue once, so the patterns that issue needs are built too; the window then attaches
the proofreading, whose own first check takes what any later one does.
"""
from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject

from ..background import BackgroundJob

if TYPE_CHECKING:
    from ...core.model import Issue

THREAD_NAME = "proofread-prepare"

_prepared = False  # set once, by the thread; what it built is kept for the whole process


def when_prepared(parent: QObject, issue: "Issue", then: Callable[[], None]) -> BackgroundJob | None:
    """Call ``then`` here once proofreading is ready: at once when an earlier window made it
    ready, else when the thread is done (the job, a child of ``parent``, is returned). If
    ``parent`` goes first, ``then`` is never called."""
    if _prepared:
        then()
        return None
    snapshot = copy.deepcopy(issue)  # here: the clerk goes on editing the open one meanwhile
    job = BackgroundJob(THREAD_NAME, parent)
    job.finished.connect(lambda _result, _error: then())  # a failure shows itself again when attached
    job.start(lambda _report: _prepare(snapshot))
    return job


def _prepare(issue: "Issue") -> None:
    """In the thread."""
    global _prepared
    from ...core.proofread.issue_check import check_issue  # here: the import compiles most patterns

    check_issue(issue)
    _prepared = True
