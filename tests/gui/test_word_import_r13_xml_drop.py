"""A Word XML document (Word's 另存为“Word XML 文档”, named .xml) dropped on the window is
imported, as the command line imports it; any other .xml dropped is refused, said why."""
from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from bulletin_desktop.gui.importing.review_dialog import ImportReviewDialog
from modal import when_modal

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def p(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


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


def _flat_opc(tmp_path, body: str):
    """A document and its relationships in one XML file, as Word saves a Word XML document."""
    rels = "http://schemas.openxmlformats.org/package/2006/relationships"
    office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
    path = tmp_path / "城关镇党政信息第12期.xml"
    path.write_text(
        '<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
        '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">'
        '<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml"><pkg:xmlData>'
        f'<Relationships xmlns="{rels}"><Relationship Id="rId1" Type="{office}" Target="word/document.xml"/></Relationships>'
        '</pkg:xmlData></pkg:part><pkg:part pkg:name="/word/document.xml" '
        'pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData>'
        f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document></pkg:xmlData></pkg:part></pkg:package>', encoding="utf-8")
    return path


def test_a_word_xml_document_dropped_is_imported(qtbot, window, tmp_path):
    body = (p("城关镇党政信息") + p("第12期") + p("城关镇党政办公室　　　　2025年6月3日") + p("【镇村动态】")
            + p("6月1日，东关社区开展消防演练。") + p("发：各村（社区）。"))
    path = _flat_opc(tmp_path, body)
    shown = when_modal(ImportReviewDialog, lambda d: d.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click())
    with qtbot.waitSignal(window.importer().importFinished, timeout=20000) as finished:
        assert _dropped(window, path)
    [result] = finished.args[0]
    assert shown and result.imported, result.detail
    assert window.document.issue.number == 12 and window.document.issue.series == "城关镇党政信息"


def test_another_program_s_xml_dropped_is_refused_saying_why(qtbot, window, tmp_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text))
    path = tmp_path / "配置.xml"
    path.write_text('<?xml version="1.0" encoding="UTF-8"?><config><item name="单位">城关镇</item></config>', encoding="utf-8")
    with qtbot.waitSignal(window.importer().importFinished, timeout=20000) as finished:
        assert _dropped(window, path)
    [result] = finished.args[0]
    assert not result.imported and "不是 Word 的 XML 文档" in result.detail
