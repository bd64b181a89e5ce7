"""Qt's own dialogs speak Chinese: Qt's catalogue (qtbase_zh_CN) is installed with the program's,
and the program's supplies the strings Qt 6 renamed (&Look in:, Files of &type:, Page &Set:)."""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QLabel

ROOT = Path(__file__).resolve().parents[2]


def _latin_labels(dialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel)
            if re.search(r"[A-Za-z]{2,}", re.sub(r"\(&\w\)|&", "", label.text()))]


def test_the_file_dialog_speaks_chinese(qtbot):
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "查找范围(&L)：" in texts and "文件类型(&T)：" in texts
    assert _latin_labels(dialog) == []


def test_the_print_dialog_speaks_chinese(qtbot):
    printer = QPrinter()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    assert [label.text() for label in dialog.findChildren(QLabel) if label.objectName() == "pageSetLabel"] == ["页面集(&S)："]


def test_the_installer_ships_qts_chinese_catalogue():
    spec = (ROOT / "build_installer.spec").read_text(encoding="utf-8")
    assert '"qtbase_zh_CN.qm"' in spec
