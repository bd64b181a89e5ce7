"""加分标记: the window form of ``scoring flag``. A submenu of the section tree's context
menu with one checkable item per bonus flag of the scoring table (领导批示 …) for the
current entry; each change is one archive transaction, whose notice refreshes the
statistics. The scoring code is imported when the menu first opens, not at start-up."""
from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QMainWindow, QMenu

from ..core.errors import BulletinError


class BonusFlagsMenu(QMenu):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.setTitle(self.tr("Bonus &Flags"))
        self.window_ = window
        self.aboutToShow.connect(self.refill)

    def _placeholder(self, text: str) -> None:
        self.addAction(text).setEnabled(False)

    def refill(self) -> None:
        """One item per bonus flag, checked where the current entry carries it."""
        self.clear()
        window = self.window_
        archive = window.session.archive  # type: ignore[attr-defined]
        tree = window.ui.sectionTree  # type: ignore[attr-defined]
        uid, kind = tree.current_uid(), tree.current_kind()
        if archive is None or kind not in ("item", "article") or not uid:
            self._placeholder(self.tr("(choose an entry)"))
            return
        from ..core.stats.scoring import entry_flags, list_scoring

        rules = [(rule, rule.flag) for rule in list_scoring(archive) if rule.flag]
        if not rules:
            self._placeholder(self.tr("(the scoring table has no bonus flags)"))
            return
        carried = entry_flags(archive, uid)
        for rule, flag in rules:
            action = self.addAction(self.tr("{label} (+{points} points)").format(label=rule.label,
                                                                                 points=f"{rule.points:g}"))
            action.setCheckable(True)
            action.setChecked(flag in carried)
            action.setEnabled(not archive.readonly)
            action.toggled.connect(partial(self.set_flag, uid, flag))

    def set_flag(self, entry_uid: str, flag: str, on: bool) -> bool:
        from ..core.stats.scoring import set_entry_flag

        try:
            set_entry_flag(self.window_.session.archive, entry_uid, flag, on=on)  # type: ignore[attr-defined]
        except BulletinError as exc:
            from .dialogs import show_error

            show_error(self.window_, self.tr("Bonus Flags"), exc.in_window)
            return False
        return True
