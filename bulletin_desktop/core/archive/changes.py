"""Change notices: after each archive operation that changed data, a small record of what
changed goes to every subscriber, so that views showing archive data (the issue list,
later the inbox, statistics and search) refresh themselves instead of being told by
whoever made the change.

Plain Python: the GUI bridges it to a Qt signal. A notice is sent after the transaction
committed, from the thread that made the change; a subscriber that raises is logged and
never turns a committed change into a reported failure.
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import Callable

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ArchiveChange:
    """What one operation changed, by archive id."""

    issues_added: frozenset[int] = frozenset()
    issues_changed: frozenset[int] = frozenset()
    issues_deleted: frozenset[int] = frozenset()
    series_changed: frozenset[int] = frozenset()  # added, renamed, or their settings changed
    inbox_changed: bool = False  # submissions, adoption links, units or the scoring table

    def __bool__(self) -> bool:
        return bool(self.issues_added or self.issues_changed or self.issues_deleted or self.series_changed
                    or self.inbox_changed)

    @property
    def issues_listed_differently(self) -> bool:
        """Rows come or go, or a series name shown in the rows changed: read the list again."""
        return bool(self.issues_added or self.issues_deleted or self.series_changed)


Subscriber = Callable[[ArchiveChange], None]


class ChangeNotices:
    """The subscriber list of one archive."""

    def __init__(self) -> None:
        self._subscribers: list[Subscriber] = []
        self._lock = threading.Lock()

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Call ``callback`` with each change; returns the function that unsubscribes it."""
        with self._lock:
            self._subscribers.append(callback)

        def unsubscribe() -> None:
            with self._lock:
                if callback in self._subscribers:
                    self._subscribers.remove(callback)
        return unsubscribe

    def send(self, change: ArchiveChange) -> None:
        if not change:
            return
        with self._lock:
            subscribers = list(self._subscribers)
        for callback in subscribers:
            try:
                callback(change)
            except Exception:
                log.exception("an archive change subscriber failed")
