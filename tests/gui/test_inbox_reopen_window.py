"""In the inbox the button that declines a waiting submission brings a declined or returned one
back to 待处理 (恢复为待处理), the status and the button following the archive."""
from __future__ import annotations

from PySide6.QtWidgets import QInputDialog

from bulletin_desktop.core.inbox import decline, get_submission, list_rows


def test_a_declined_submission_is_brought_back_to_pending(qtbot, window, tmp_path, monkeypatch):
    piece = tmp_path / "西城区来稿.txt"
    piece.write_text("11月20日，西城区召开工贸企业安全生产工作会。", encoding="utf-8")
    window.show_view("inbox")
    inbox = window.inbox_dock.content()
    [sid] = inbox.import_files([piece])
    panel = inbox.panel
    assert panel.select_id(sid)
    button = panel.ui.declineButton
    declining = button.text()
    assert "不采用" in declining

    decline(window.session.archive, sid, "与上期重复", returned=True)
    qtbot.waitUntil(lambda: "恢复为待处理" in button.text())
    asked = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: asked.append(a) or ("", False))
    button.click()
    qtbot.waitUntil(lambda: list_rows(window.session.archive)[0].status == "pending")
    assert asked == []  # reopening asks for nothing
    assert get_submission(window.session.archive, sid).reason == ""
    qtbot.waitUntil(lambda: button.text() == declining)
