"""Where the archive lives by default, and the first-run archive that holds the sample issue."""
from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "BulletinDesktop"
ARCHIVE_FILE_NAME = "bulletin-archive.sqlite"
DATA_DIR_ENV = "BULLETIN_DESKTOP_DATA_DIR"


def default_data_dir() -> Path:
    """The per-user data folder; ``BULLETIN_DESKTOP_DATA_DIR`` overrides it (tests, portable use)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / APP_DIR_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_DIR_NAME
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "bulletin-desktop"


def default_archive_path() -> Path:
    return default_data_dir() / ARCHIVE_FILE_NAME


def ensure_default_archive(path: Path | None = None) -> Path:
    """Create the default archive on first use, holding the sample issue so that a new user
    sees a real bulletin at once. An existing archive is left exactly as it is."""
    path = Path(path) if path is not None else default_archive_path()
    if path.exists():
        return path
    from .archive.backup import has_backups

    if has_backups(path):  # lost, not new: brought back from a backup, never seeded anew
        return path
    from ..resources import sample_bulletin_path
    from .archive import Archive
    from .textformat import decode, read_text  # the recogniser: loaded only to seed a new archive

    with Archive.open(path, auto_backup=False) as archive:
        sample = read_text(decode(sample_bulletin_path().read_bytes()))
        archive.add_issue(sample)
    return path
