"""What the program remembers between runs, in QSettings (BulletinDesktop / Bulletin Desktop).

Tests isolate it with ``QSettings.setDefaultFormat(IniFormat)`` and ``QSettings.setPath``
into a temporary folder.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from ..core.archive import KEEP_BACKUPS, TRASH_RETENTION_DAYS
from ..core.number_limits import SQLITE_INTEGER_MAX

ORGANIZATION = "BulletinDesktop"
APPLICATION = "Bulletin Desktop"
LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"
DEFAULT_KEEP_BACKUPS = KEEP_BACKUPS


class AppSettings:
    def __init__(self, settings: QSettings | None = None):
        self._s = settings if settings is not None else QSettings()

    def sync(self) -> None:
        self._s.sync()

    # -- language -------------------------------------------------------------------

    def language(self) -> str:
        value = str(self._s.value("ui/language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    def set_language(self, lang: str) -> None:
        self._s.setValue("ui/language", lang if lang in LANGUAGES else DEFAULT_LANGUAGE)

    # -- archive and issue ------------------------------------------------------------

    def last_archive(self) -> Path | None:
        value = self._s.value("session/archive", "")
        return Path(str(value)) if value else None

    def set_last_archive(self, path: Path) -> None:
        self._s.setValue("session/archive", str(path))

    def last_issue(self, archive: Path) -> int | None:
        if str(self._s.value("session/issueArchive", "")) != str(archive):
            return None
        try:
            issue_id = int(str(self._s.value("session/issueId", 0)))
        except (TypeError, ValueError):
            return None
        return issue_id if 1 <= issue_id <= SQLITE_INTEGER_MAX else None  # an id the archive can hold (a hand-edited file)

    def set_last_issue(self, archive: Path, issue_id: int | None) -> None:
        self._s.setValue("session/issueArchive", str(archive))
        self._s.setValue("session/issueId", issue_id or 0)

    def keep_backups(self) -> int:
        try:
            return max(1, int(str(self._s.value("archive/keepBackups", DEFAULT_KEEP_BACKUPS))))
        except (TypeError, ValueError):
            return DEFAULT_KEEP_BACKUPS

    def set_keep_backups(self, count: int) -> None:
        self._s.setValue("archive/keepBackups", int(count))

    def trash_days(self) -> int:
        """How long deleted issues, sections and entries stay in the trash."""
        try:
            return max(1, int(str(self._s.value("archive/trashDays", TRASH_RETENTION_DAYS))))
        except (TypeError, ValueError):
            return TRASH_RETENTION_DAYS

    def set_trash_days(self, days: int) -> None:
        self._s.setValue("archive/trashDays", int(days))

    def export_dir(self) -> Path | None:
        value = self._s.value("export/dir", "")
        return Path(str(value)) if value else None

    def set_export_dir(self, path: Path) -> None:
        self._s.setValue("export/dir", str(path))

    def import_dir(self) -> Path | None:
        """The folder files were last picked from to import (past issues or submissions): the
        next week's come to the same place."""
        value = self._s.value("import/dir", "")
        path = Path(str(value)) if value else None
        return path if path is not None and path.is_dir() else None

    def set_import_dir(self, path: Path) -> None:
        self._s.setValue("import/dir", str(path))

    # -- window -----------------------------------------------------------------------

    def window_geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def window_state(self) -> QByteArray | None:
        value = self._s.value("window/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_window(self, geometry: QByteArray, state: QByteArray, splitter_sizes: list[int],
                    panes_set: bool = True) -> None:
        """``panes_set``: the clerk set the splitter's sizes (moved a divider), rather than
        the window laying its panes out for its size (pane_sizes.FirstLayout)."""
        self._s.setValue("window/geometry", geometry)
        self._s.setValue("window/state", state)
        self._s.setValue("window/splitterSizes", [int(s) for s in splitter_sizes])
        self._s.setValue("window/panesSetByClerk", bool(panes_set))

    def panes_set_by_clerk(self) -> bool | None:
        """Whether the saved splitter sizes are the clerk's; None: saved by a version that did
        not say (any layout it saved, the window's own included)."""
        value = self._s.value("window/panesSetByClerk")
        if value is None:
            return None
        return value in (True, "true", "1", 1)

    def splitter_sizes(self) -> list[int] | None:
        value = self._s.value("window/splitterSizes")
        if isinstance(value, (list, tuple)) and len(value) == 3:
            try:
                sizes = [int(v) for v in value]
            except (TypeError, ValueError):
                return None
            return sizes if all(s > 0 for s in sizes) else None
        return None

    def zoom(self) -> float | None:
        try:
            value = float(str(self._s.value("preview/zoom", 0) or 0))
        except (TypeError, ValueError):
            return None
        return value if 0.1 <= value <= 8 else None

    def set_zoom(self, zoom: float) -> None:
        self._s.setValue("preview/zoom", float(zoom))

    # -- statistics ---------------------------------------------------------------------

    def statistics_sort(self, table: str) -> tuple[str, bool] | None:
        """The column (by its head) the clerk last sorted the statistics table ``table`` (by
        unit, by category …) by, and whether descending; None: the report's own order."""
        value = str(self._s.value(f"statistics/sort/{table}", ""))
        head, _sep, order = value.rpartition("|")
        return (head, order == "desc") if head and order in ("asc", "desc") else None

    def set_statistics_sort(self, table: str, head: str, descending: bool) -> None:
        self._s.setValue(f"statistics/sort/{table}", f"{head}|{'desc' if descending else 'asc'}")
