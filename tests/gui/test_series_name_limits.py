"""The window's new-bulletin dialog goes through the archive's check of the name."""
from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox


def test_a_new_bulletin_named_with_a_control_character_is_refused_with_a_message(window, monkeypatch):
    shown = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("西城\x01简报", True))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    window.action_set.new_series.trigger()
    assert shown and "控制字符" in shown[0]
    assert [s.name for s in window.session.list_series()] == ["漯河安全生产简报"]
