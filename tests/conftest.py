"""Shared fixtures: Qt offscreen, an isolated data folder, the reference sample."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_PATH = ROOT / "resources" / "sample-luohe-052.txt"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    """No test may touch the real user's archive."""
    monkeypatch.setenv("BULLETIN_DESKTOP_DATA_DIR", str(tmp_path_factory.mktemp("userdata")))


@pytest.fixture
def sample_text() -> str:
    return SAMPLE_PATH.read_text(encoding="utf-8")


@pytest.fixture
def sample_issue(sample_text):
    from bulletin_desktop.core.textformat import read_text

    return read_text(sample_text)


@pytest.fixture(autouse=True)
def _clipboard_left_empty():
    """Mime data a test hands to the clipboard was created from Python; the clipboard would
    delete it only at process exit, after the interpreter is gone, and crash."""
    yield
    import sys

    if "PySide6.QtGui" in sys.modules:
        from PySide6.QtGui import QGuiApplication

        if QGuiApplication.instance() is not None:
            QGuiApplication.clipboard().clear()


@pytest.fixture(scope="session")
def thousand_issue_archive(tmp_path_factory) -> Path:
    """A 1,000-issue archive built once per session (one transaction: a few seconds).
    Tests copy it before touching it."""
    import datetime as dt

    from bulletin_desktop.core.archive import Archive
    from bulletin_desktop.core.archive import store
    from bulletin_desktop.core.archive.connection import configure, connect
    from bulletin_desktop.core.textformat import read_text

    path = tmp_path_factory.mktemp("big") / "thousand.sqlite"
    Archive.open(path, auto_backup=False).close()
    issue = read_text(SAMPLE_PATH.read_text(encoding="utf-8"))
    conn = connect(path, readonly=False)
    try:
        configure(conn, readonly=False)
        conn.execute("BEGIN IMMEDIATE")
        series = store.ensure_series(conn, issue, "2024-01-01 08:00:00")
        for number in range(1, 1001):
            issue.number = number
            issue.date = dt.date(2020, 1, 1) + dt.timedelta(days=number)
            store.insert_issue(conn, issue, series, "2024-01-01 08:00:00")
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return path
