"""The clerk's answers to the archive checks, in the window: a unit spelt two ways (same unit or
not), the lead-date age limit, and the reused entry shown side by side."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer


@pytest.fixture
def answers_window(qtbot, answers_archive):
    """The window on number 4 of the answers archive (see tests/conftest.py)."""
    from bulletin_desktop.gui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1400, 900)
    assert win.open_archive(answers_archive, "4")
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def _select(dock, rule: str):
    item = next(i for i in dock.controller.items if i.rule == rule)
    dock.select(item)
    return item


def _rules(dock) -> set[str]:
    return {i.rule for i in dock.controller.items}


def _entries(window):
    return window.document.issue.sections[0].entries


def test_same_unit_applies_the_common_spelling_in_one_undo_step(qtbot, answers_window):
    dock = answers_window.proofreading.dock
    qtbot.waitUntil(lambda: "A-UNIT" in _rules(dock))
    _select(dock, "A-UNIT")
    assert dock.ui.sameUnitButton.isVisible() and dock.ui.differentUnitButton.isVisible()
    assert dock.ui.sameUnitButton.text() == "是同一单位，改为郾城区"
    qtbot.mouseClick(dock.ui.sameUnitButton, Qt.MouseButton.LeftButton)
    assert _entries(answers_window)[0].unit == "郾城区"
    assert "A-UNIT" not in _rules(dock)
    answers_window.action_set.undo.trigger()
    assert _entries(answers_window)[0].unit == "偃城区"
    _select(dock, "A-LEAD-OLD")  # another kind of finding: the unit answers are not offered
    assert not dock.ui.sameUnitButton.isVisible()


def test_not_the_same_unit_is_remembered_in_the_archive(qtbot, answers_window):
    dock = answers_window.proofreading.dock
    qtbot.waitUntil(lambda: "A-UNIT" in _rules(dock))
    _select(dock, "A-UNIT")
    qtbot.mouseClick(dock.ui.differentUnitButton, Qt.MouseButton.LeftButton)
    assert "A-UNIT" not in _rules(dock)
    assert _entries(answers_window)[0].unit == "偃城区"  # the text is untouched
    assert ("偃城区", "郾城区") in answers_window.session.archive.proofread().confirmed_units()
    dock.controller.export_step()  # a full re-check from the archive: still quiet
    assert "A-UNIT" not in _rules(dock)


def test_lead_date_age_set_in_the_lists_dialog_changes_the_findings(qtbot, answers_window):
    dock = answers_window.proofreading.dock
    qtbot.waitUntil(lambda: "A-LEAD-OLD" in _rules(dock))  # 40 days, over the 30 by default
    seen = []

    def set_days(days: int):
        def answer(dialog):
            def go():
                seen.append(dialog.ui.maxAgeDays.value())
                dialog.ui.maxAgeDays.setValue(days)
                dialog.accept()
            QTimer.singleShot(0, go)
        return answer

    answers_window.proofreading.listsDialogShown.connect(set_days(60))
    qtbot.mouseClick(dock.ui.listsButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not answers_window.proofreading.archive_checking)  # re-checked in the background
    assert "A-LEAD-OLD" not in _rules(dock)
    assert answers_window.session.archive.proofread().setting("max_age_days", "") == "60"
    answers_window.proofreading.listsDialogShown.disconnect()
    answers_window.proofreading.listsDialogShown.connect(set_days(35))
    qtbot.mouseClick(dock.ui.listsButton, Qt.MouseButton.LeftButton)
    assert seen == [30, 60]  # the dialog shows what is kept
    qtbot.waitUntil(lambda: "A-LEAD-OLD" in _rules(dock))


def test_reused_entry_compared_side_by_side(qtbot, answers_window):
    dock = answers_window.proofreading.dock
    qtbot.waitUntil(lambda: "A-REUSED" in _rules(dock))
    _select(dock, "A-LEAD-OLD")
    assert not dock.ui.compareButton.isVisible()
    _select(dock, "A-REUSED")
    assert dock.ui.compareButton.isVisible() and dock.ui.compareButton.text() == "对照"
    with qtbot.waitSignal(answers_window.proofreading.compareDialogShown) as shown:
        qtbot.mouseClick(dock.ui.compareButton, Qt.MouseButton.LeftButton)
    dialog = shown.args[0]
    assert dialog.isVisible() and dialog.windowTitle() == "与往期对照"
    assert dialog.ui.mineText.isReadOnly() and dialog.ui.otherText.isReadOnly()
    assert "抽查" in dialog.ui.mineText.toPlainText() and "复查" in dialog.ui.otherText.toPlainText()
    # this issue's lead date and the changed word are marked; the shared inspection text is not
    assert "抽" in dialog.highlighted(dialog.ui.mineText) and "复" in dialog.highlighted(dialog.ui.otherText)
    assert all("组织专家" not in run for run in dialog.highlighted(dialog.ui.mineText))
    dialog.close()


def test_compare_view_counts_characters_outside_the_bmp_once(qtbot):
    from bulletin_desktop.gui.proofread.compare_dialog import ReusedCompareDialog

    dialog = ReusedCompareDialog({"mine": "𠀾𪚥同志检查了甲企业", "text": "𠀾𪚥同志检查了乙企业", "number": 3,
                                  "section": "隐患排查", "percent": 90})
    qtbot.addWidget(dialog)
    assert dialog.highlighted(dialog.ui.mineText) == ["甲"]
    assert dialog.highlighted(dialog.ui.otherText) == ["乙"]


def test_compare_from_the_findings_context_menu(qtbot, answers_window):
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication, QMenu

    dock = answers_window.proofreading.dock
    qtbot.waitUntil(lambda: "A-REUSED" in _rules(dock))
    _select(dock, "A-REUSED")
    tree = dock.ui.tree
    point = tree.visualItemRect(tree.currentItem()).center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, tree.viewport().mapToGlobal(point))
    QApplication.sendEvent(tree.viewport(), event)
    menu = tree.findChild(QMenu)
    qtbot.waitUntil(menu.isVisible)
    assert [a.text() for a in menu.actions()] == ["对照"]
    with qtbot.waitSignal(answers_window.proofreading.compareDialogShown) as shown:
        menu.actions()[0].trigger()
    assert "抽" in shown.args[0].highlighted(shown.args[0].ui.mineText)
    shown.args[0].close()
