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
