"""The 视图 menu's item for a dock. Qt's own toggle hides a dock that is open behind another
tab of its area, which the clerk cannot see; this one brings such a dock to the front and
hides only the dock in front. The same rule serves 校对 (F7), whose dock is made later, and
the 期次 list brought forward where the clerk must look at it."""
from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget

from .in_sight import in_sight


def front_toggle(dock: QDockWidget, text: str) -> QAction:
    """Checked while the dock is open (in front or behind a tab), as Qt's toggle is."""
    shown = dock.toggleViewAction()
    action = QAction(text, dock)
    action.setObjectName(f"{dock.objectName()}Toggle")
    action.setCheckable(True)
    action.setChecked(shown.isChecked())

    def chosen(_checked: bool) -> None:
        hide_or_bring_forward(dock)
        action.setChecked(shown.isChecked())

    action.triggered.connect(chosen)
    shown.toggled.connect(action.setChecked)  # its close button, a restored layout
    return action


def bring_forward(dock: QDockWidget) -> None:
    """The dock open and in front of the other tabs of its area."""
    dock.show()
    dock.raise_()


def hide_or_bring_forward(dock: QDockWidget) -> bool:
    """The dock the clerk sees hidden, any other brought to the front; whether it is shown now."""
    if in_sight(dock):
        dock.hide()
        return False
    bring_forward(dock)
    return True
