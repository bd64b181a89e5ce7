"""The 视图 menu's item for a dock. Qt's own toggle hides a dock that is open behind another
tab of its area, which the clerk cannot see; this one brings such a dock to the front and
hides only the dock in front."""
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
        if in_sight(dock):
            dock.hide()
        else:
            dock.show()
            dock.raise_()
        action.setChecked(shown.isChecked())

    action.triggered.connect(chosen)
    shown.toggled.connect(action.setChecked)  # its close button, a restored layout
    return action
