"""The settings dialog's layout fields go through the same checks as ``--option``."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.export.layout_options import LIMITS
from bulletin_desktop.gui.settings_dialog import SettingsDialog


def test_number_fields_take_only_the_range_layout_options_accept(qtbot, window):
    dialog = SettingsDialog(window.settings, window, window.session)
    qtbot.addWidget(dialog)
    body = dialog.layout_editor("body_size_pt")
    body.setValue(0)
    assert body.value() == LIMITS["body_size_pt"][0]
    lines = dialog.layout_editor("lines_per_page")
    lines.setValue(100000)
    assert lines.value() == LIMITS["lines_per_page"][1]


def test_a_refused_field_keeps_the_dialog_open_and_the_archive_unchanged(qtbot, window, archive_path, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))
    dialog = SettingsDialog(window.settings, window, window.session)
    qtbot.addWidget(dialog)
    dialog.layout_editor("red").setText("notacolor")
    dialog.layout_editor("red_rule_pt").setValue(3.0)
    dialog.accept()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert warnings and "red" in warnings[0] and "FF0000" in warnings[0]
    with Archive.open(archive_path, readonly=True) as archive:
        assert archive.series_layout(window.document.issue.series_id) == {}
    dialog.layout_editor("red").setText("#C00000")
    dialog.accept()
    with Archive.open(archive_path, readonly=True) as archive:
        assert archive.series_layout(window.document.issue.series_id) == {"red": "C00000", "red_rule_pt": 3.0}
