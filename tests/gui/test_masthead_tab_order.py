"""Tab goes down the masthead panel in reading order: the date box is one stop, and the
distribution rows (报 / 送 / 发) come right after the sign-off, before 添加一行 and 印数."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def _tab_from(qtbot, widget: QWidget) -> QWidget:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and
                    (QApplication.focusWidget() is widget or widget.isAncestorOf(QApplication.focusWidget())))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def _within(widget: QWidget, focus: QWidget) -> bool:
    return focus is widget or widget.isAncestorOf(focus)


def test_tab_goes_down_the_masthead_panel(window, qtbot):
    window.ui.mastheadDock.raise_()
    window.activateWindow()
    panel = window.ui.mastheadPanel
    u = panel.ui
    rows = [row for row in panel.findChildren(QWidget) if type(row).__name__ == "DistributionRow" and row.isVisible()]
    assert rows  # the sample issue has its 报 / 送 / 发 lines
    assert _within(u.officeEdit, _tab_from(qtbot, u.dateEdit))
    assert _within(rows[0].label, _tab_from(qtbot, u.othersEdit))
    assert _within(rows[1].label, _tab_from(qtbot, rows[0].remove)) if len(rows) > 1 else True
    assert _within(u.addDistributionButton, _tab_from(qtbot, rows[-1].remove))
