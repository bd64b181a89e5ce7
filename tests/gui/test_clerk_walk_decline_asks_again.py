"""不采用… with no reason written asks again, saying the reason cannot be left empty, instead of
closing and refusing in a box, which left the clerk to start over."""
from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox

from bulletin_desktop.core.inbox import list_rows


def test_an_empty_reason_is_asked_again(qtbot, window, tmp_path, monkeypatch):
    piece = tmp_path / "西城区来稿.txt"
    piece.write_text("西城区召开工贸企业安全生产工作会。", encoding="utf-8")
    window.show_view("inbox")
    inbox = window.inbox_dock.content()
    [submission] = inbox.import_files([piece])
    answers = iter([("  ", True), ("与上期内容重复", True)])
    labels: list[str] = []

    def ask(_parent, _title, label, *_args, **_kw):
        labels.append(label)
        return next(answers)

    boxes: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", ask)
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: boxes.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: boxes.append(text))
    assert inbox.decline(submission)
    assert len(labels) == 2 and "不能为空" in labels[1] and boxes == []
    [row] = list_rows(window.session.archive)
    assert row.status == "declined"
