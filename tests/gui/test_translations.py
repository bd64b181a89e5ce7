"""Chinese by default: every visible string translated, the .qm files built from the .ts."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton, QComboBox, QDialog, QDockWidget, QGroupBox, QLabel, QLineEdit, QMenu, QTabBar, QWidget,
)

from bulletin_desktop.gui import devtools

# what may stay Latin in a Chinese UI: product and format names, keys, versions
ALLOWED_WORDS = {"Word", "PDF", "docx", "pdf", "WPS", "RTF", "ODT", "CSV", "Excel", "xlsx", "csv", "sqlite", "db", "Ctrl", "Shift", "Enter", "Esc", "Insert", "Qt",
                 "PySide", "English", "Alt", "Up", "Down", "Del", "Delete", "F", "Ins"}  # F2, F3, F7: keys
_MNEMONIC = re.compile(r"\(&?[A-Za-z]\)|&")
_SHORTCUT = re.compile(r"\t.*$|\b(?:Ctrl|Shift|Alt)\+\S+")


def untranslated(text: str) -> bool:
    words = re.findall(r"[A-Za-z]+", _SHORTCUT.sub("", _MNEMONIC.sub("", text or "")))
    return any(word not in ALLOWED_WORDS for word in words)


@pytest.mark.parametrize("lang", devtools.LANGUAGES)
def test_qm_is_built_from_the_current_ts(tmp_path, lang):
    built = tmp_path / f"{lang}.qm"
    devtools.compile_translation(devtools.ts_path(lang), built)
    assert built.read_bytes() == devtools.qm_path(lang).read_bytes(), (
        "run `python -m bulletin_desktop.gui.devtools translations`")


def test_chinese_translation_is_complete():
    root = ET.parse(devtools.ts_path("zh_CN")).getroot()
    missing = [m.findtext("source") for m in root.iter("message")
               if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
               or not (m.findtext("translation") or "").strip()]
    assert missing == []
    for message in root.iter("message"):
        source, translation = message.findtext("source"), message.findtext("translation")
        assert set(re.findall(r"\{\w+\}", source)) == set(re.findall(r"\{\w+\}", translation)), source


def visible_texts(widget: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every piece of interface text under ``widget``; content is skipped."""
    found: list[tuple[str, str]] = [("title", widget.windowTitle())]
    for child in [widget, *widget.findChildren(QWidget)]:
        name = f"{type(child).__name__}:{child.objectName()}"
        if child.toolTip():
            found.append((name + ".toolTip", child.toolTip()))
        if isinstance(child, QLabel) and not child.objectName().endswith("Value"):
            found.append((name, child.text()))
        elif isinstance(child, QAbstractButton):
            found.append((name, child.text()))
        elif isinstance(child, QGroupBox):
            found.append((name, child.title()))
        elif isinstance(child, QDockWidget):
            found.append((name, child.windowTitle()))
        elif isinstance(child, QLineEdit):
            found.append((name + ".placeholder", child.placeholderText()))
        elif isinstance(child, QTabBar):
            found += [(name, child.tabText(i)) for i in range(child.count())]
        elif isinstance(child, QMenu):
            found.append((name, child.title()))
        elif isinstance(child, QComboBox) and child.objectName() != "languageCombo":
            found += [(name, child.itemText(i)) for i in range(child.count())]
        for action in child.actions():
            found += [(f"{name}/{action.objectName()}", action.text()),
                      (f"{name}/{action.objectName()}.tip", action.toolTip())]
    return found


def test_the_window_speaks_chinese(qtbot, window):
    texts = visible_texts(window)
    view = window.ui.issueList.ui.issueView
    model = view.model()
    texts += [("issue header", model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
    texts += [("issue row", model.index(0, 0).data())]
    # every page of the editor, not only the visible one
    for page in range(window.ui.entryEditor.ui.pages.count()):
        window.ui.entryEditor.ui.pages.setCurrentIndex(page)
        texts += visible_texts(window.ui.entryEditor)
    # the undo action texts with and without a command
    entry = window.document.issue.sections[0].entries[0]
    window.editing.edit_entry(entry.uid, "date", "11月9日")
    texts += [("undo", window.action_set.undo.text()), ("redo", window.action_set.redo.text())]
    window.action_set.undo.trigger()
    texts += [("redo after undo", window.action_set.redo.text())]
    bad = [(where, text) for where, text in texts if untranslated(text)]
    assert bad == []
    assert window.windowTitle() == "漯河安全生产简报 第52期 — 简报编辑器"


def test_dialogs_speak_chinese(qtbot, window):
    from bulletin_desktop.gui.about_dialog import AboutDialog
    from bulletin_desktop.gui.settings import AppSettings
    from bulletin_desktop.gui.settings_dialog import SettingsDialog

    for dialog in (SettingsDialog(AppSettings(), window, window.session),
                   AboutDialog(window.session.archive.path, window.session.archive.backups_dir, window)):
        qtbot.addWidget(dialog)
        bad = [(w, t) for w, t in visible_texts(dialog) if untranslated(t)]
        assert bad == [], type(dialog).__name__
    assert isinstance(dialog, QDialog)


def test_qt_standard_texts_are_chinese(qtbot):
    """Qt's own strings (text-field menus, standard buttons) come from qtbase_zh_CN."""
    from PySide6.QtWidgets import QDialogButtonBox

    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.setText("示例")
    menu = edit.createStandardContextMenu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts and not any(untranslated(t) for t in texts), texts
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert {b.text() for b in box.buttons()} <= {"确定", "取消", "确定(&O)", "取消(&C)"}
