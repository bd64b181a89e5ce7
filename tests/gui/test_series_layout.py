"""Each bulletin's own layout, edited in the settings dialog with a live preview, and used
by the window's preview and its Word export."""
from __future__ import annotations

import zipfile

from lxml import etree
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QInputDialog

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.export.layout_options import LayoutOptions
from bulletin_desktop.gui.settings_dialog import SettingsDialog

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def margin_top_twips(docx) -> int:
    with zipfile.ZipFile(docx) as package:
        document = etree.fromstring(package.read("word/document.xml"))
    return int(document.find(".//w:sectPr/w:pgMar", {"w": W}).get(f"{{{W}}}top"))


def test_the_settings_dialog_sets_the_layout_of_the_open_issues_bulletin(qtbot, window, archive_path, tmp_path,
                                                                           monkeypatch):
    issue = window.document.issue
    main_preview = window.ui.preview
    main_preview.refresh_now()
    pages_before = main_preview.page_count()
    dialog = SettingsDialog(window.settings, window, window.session)
    qtbot.addWidget(dialog)
    assert "漯河安全生产简报" in dialog.ui.layoutSeriesLabel.text()
    preview = dialog.preview
    preview.refresh_now()
    assert preview.page_count() == pages_before

    # live: each field changes the dialog's preview at once, the window's not yet
    dialog.layout_editor("lines_per_page").setValue(14)
    dialog.layout_editor("margin_top_mm").setValue(30.0)
    preview.refresh_now()
    assert preview.options().lines_per_page == 14 and preview.options().margin_top_mm == 30.0
    assert preview.page_count() > pages_before
    assert main_preview.options() == LayoutOptions()

    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    with Archive.open(archive_path, readonly=True) as archive:
        assert archive.series_layout(issue.series_id) == {"lines_per_page": 14, "margin_top_mm": 30.0}
    assert main_preview.options().lines_per_page == 14
    main_preview.refresh_now()
    assert main_preview.page_count() == preview.page_count()

    # the Word export of this issue has the bulletin's layout
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "52.docx"), ""))
    with qtbot.waitSignal(window.exportFinished, timeout=30000) as finished:
        window.action_set.export_word.trigger()
    assert finished.args == [str(tmp_path / "52.docx"), True]
    assert margin_top_twips(tmp_path / "52.docx") == round(30 * 1440 / 25.4)

    # another bulletin keeps the standard layout; back in this one, its own again
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("西城区工作简报", True))
    window.action_set.new_series.trigger()
    assert main_preview.options() == LayoutOptions()
    window.open_issue(issue.id)
    assert main_preview.options().margin_top_mm == 30.0


def test_restore_defaults_gives_the_bulletin_the_standard_layout(qtbot, window, archive_path):
    window.session.set_layout_changes({"red_rule_pt": 3.0})
    assert window.ui.preview.options().red_rule_pt == 3.0
    dialog = SettingsDialog(window.settings, window, window.session)
    qtbot.addWidget(dialog)
    assert dialog.layout_editor("red_rule_pt").value() == 3.0
    dialog.ui.resetLayoutButton.click()
    assert dialog.preview.options() == LayoutOptions()
    dialog.accept()
    assert window.ui.preview.options() == LayoutOptions()
    with Archive.open(archive_path, readonly=True) as archive:
        assert archive.series_layout(window.document.issue.series_id) == {}


def test_without_an_open_issue_the_layout_tab_says_what_to_do(qtbot, tmp_path):
    from bulletin_desktop.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_archive(tmp_path / "empty.sqlite")
    dialog = SettingsDialog(window.settings, window, window.session)
    qtbot.addWidget(dialog)
    assert dialog.preview is None and not dialog.ui.resetLayoutButton.isEnabled()
    assert "打开" in dialog.ui.layoutSeriesLabel.text()
    window.close()


def test_the_section_headings_form_is_chosen_in_the_dialog_and_shown_in_the_preview(qtbot, window, archive_path):
    from bulletin_desktop.core.model import SECTION_HEADING_STYLES
    from bulletin_desktop.gui.settings_dialog import CHOICES

    assert [value for value, _label in CHOICES["section_heading"]] == list(SECTION_HEADING_STYLES)
    dialog = SettingsDialog(window.settings, window, window.session)
    qtbot.addWidget(dialog)
    combo = dialog.layout_editor("section_heading")
    assert combo.currentText() == "加方头括号：【栏目名】"
    assert "【安排部署】" in dialog.preview.plain_text()
    combo.setCurrentIndex(combo.findData("numbered"))
    dialog.preview.refresh_now()
    shown = dialog.preview.plain_text()
    assert "【" not in shown
    positions = [shown.index(h) for h in ("一、安排部署", "二、督导检查", "三、隐患排查", "四、应急演练", "五、工作交流")]
    assert positions == sorted(positions)
    dialog.accept()
    with Archive.open(archive_path, readonly=True) as archive:
        assert archive.series_layout(window.document.issue.series_id) == {"section_heading": "numbered"}
