"""A past issue kept as a PDF or an OFD, dropped on the window, is not passed over in silence:
the window says what it is and what to do, as the command line does; a folder of such copies
is said so too."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox


def _dropped(window, path) -> bool:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(window, QDropEvent(QPoint(50, 50), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
                                              Qt.KeyboardModifier.NoModifier))
    return True


@pytest.mark.parametrize("name, what", [("第52期.pdf", "PDF 文件"), ("第52期.OFD", "OFD 版式文件")])
def test_a_pdf_or_ofd_dropped_is_said_with_what_to_do(qtbot, window, tmp_path, monkeypatch, name, what):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.7\n" if name.endswith(".pdf") else b"PK\x03\x04")
    importer = window.importer()
    with qtbot.waitSignal(importer.importFinished, timeout=10000):
        assert _dropped(window, path)
    assert len(shown) == 1 and shown[0].startswith(f"{name}：这是{what}") and "另存为 Word 文档" in shown[0]


def test_a_folder_of_pdf_copies_dropped_is_said_as_such(qtbot, window, tmp_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    folder = tmp_path / "往期"
    folder.mkdir()
    for number in (1, 2):
        (folder / f"第{number}期.pdf").write_bytes(b"%PDF-1.7\n")
    assert _dropped(window, folder)
    assert len(shown) == 1 and "2 个 PDF 文件" in shown[0] and "另存为 Word 文档" in shown[0]


def test_a_picture_dropped_is_still_not_taken(qtbot, window, tmp_path):
    path = tmp_path / "照片.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n")
    assert not _dropped(window, path)
