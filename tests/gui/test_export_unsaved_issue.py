"""An issue with a change the archive refused (its 期号 taken by another issue) is not
exported or printed: the file would carry a number that is not the issue's, and 定稿 would be
offered for it. The notice of the refused save leaves the keyboard where the clerk types."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from modal import when_modal


@pytest.fixture
def number_put_right(window, qtbot):
    """The window closes on an issue that saves: a refused save would ask whether to discard it."""
    yield
    window.ui.mastheadPanel.ui.numberSpin.setValue(54)
    window.session.flush()
    window.session.autosaver.reset()  # whatever still failed is let go


def _take_number_52(window, qtbot):
    window.issues.new_issue()  # 第53期, after the sample's 第52期
    spin = window.ui.mastheadPanel.ui.numberSpin
    window.ui.mastheadDock.raise_()
    window.activateWindow()
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    spin.selectAll()
    qtbot.keyClicks(spin, "52")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.autosaver.last_error is not None)
    return spin


def test_the_refused_save_is_said_without_taking_the_keyboard(window, qtbot, number_put_right):
    spin = _take_number_52(window, qtbot)
    qtbot.wait(200)
    focus = QApplication.focusWidget()
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    notice = window.save_error_banner.text() if window.save_error_banner.isVisible() else ""

    spin.selectAll()
    qtbot.keyClicks(spin, "54")  # the correction goes into the field
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.autosaver.last_error is None)
    assert focus is spin and not boxes
    assert "第52期已有" in notice and "期号没有改" in notice
    assert window.document.issue.number == 54 and not window.save_error_banner.isVisible()


def test_export_and_print_wait_until_the_number_is_put_right(window, qtbot, monkeypatch, tmp_path, number_put_right):
    spin = _take_number_52(window, qtbot)
    asked: list = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (asked.append(a), (str(tmp_path / "第52期.docx"), ""))[1])
    refusals: list = []
    for trigger in (window.action_set.export_word, window.action_set.export_pdf, window.action_set.print):
        seen = when_modal(QMessageBox, lambda box: (refusals.append((box.windowTitle(), box.text(),
                                                                     box.informativeText())), box.accept()))
        trigger.trigger()
        qtbot.waitUntil(lambda seen=seen: bool(seen) or bool(asked))
        if asked:
            break
    written = (tmp_path / "第52期.docx").exists()
    spin.setValue(54)  # put right: exported as 第54期
    qtbot.waitUntil(lambda: window.session.autosaver.last_error is None)
    assert not asked and not written
    assert [title for title, _text, _then in refusals] == ["不能导出", "不能导出", "不能打印"]
    for _title, text, then in refusals:
        assert "第52期已有" in text and "期号" in then
    assert "再导出" in refusals[0][2] and "再打印" in refusals[2][2]

    with qtbot.waitSignal(window.exportFinished, timeout=20000) as done:
        window.action_set.export_word.trigger()
    assert done.args == [str(tmp_path / "第52期.docx"), True] and asked


def test_marking_final_waits_until_the_number_is_put_right(window, qtbot, number_put_right):
    """定稿 refused as export is, with the reason: before, the menu item did nothing without a word."""
    spin = _take_number_52(window, qtbot)
    refusals: list = []
    seen = when_modal(QMessageBox, lambda box: (refusals.append((box.windowTitle(), box.text(),
                                                                 box.informativeText())), box.accept()))
    window.archive_tools.finalize.trigger()
    qtbot.waitUntil(lambda: bool(seen))
    issue_id = window.document.issue.id
    assert window.session.archive.summaries_of([issue_id])[0].status == "draft"
    spin.setValue(54)  # put right, saved before the window closes
    qtbot.waitUntil(lambda: window.session.autosaver.last_error is None)
    assert refusals[0][0] == "不能定稿" and "第52期已有" in refusals[0][1] and "再定稿" in refusals[0][2]
