"""Small message boxes the window shows: errors, confirmations, the archive-in-use question."""
from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget

from ..core.archive import ArchiveLockedError, IssueSummary
from .dates import shown_date
from .models.issue_list_model import issue_title

translate = QCoreApplication.translate
WINDOW_FRAME = QSize(16, 48)  # what the window system adds around a dialog: borders and a title bar


def error_message(exc: BaseException) -> str:
    """The Chinese message our errors carry, in the form the window gives it; something plain
    for anything else."""
    message = getattr(exc, "in_window", None) or getattr(exc, "message", None)
    if message:
        return str(message)
    if isinstance(exc, OSError):
        return translate("Dialogs", "A file operation failed: {error}").format(error=exc.strerror or exc)
    return translate("Dialogs", "Internal error ({kind}: {error}). Please tell the person who maintains this program.").format(
        kind=type(exc).__name__, error=exc)


def close_unanswered(dialogs: Iterable[QDialog | None]) -> None:
    """The window is closing: each dialog still open, and any open over it (a question it
    asked, a file dialog), is closed without an answer, the one on top first, so that none
    outlives the window and whoever opened it takes it as cancelled."""
    for dialog in dialogs:
        if dialog is None:
            continue
        for over in reversed([dialog, *dialog.findChildren(QDialog)]):
            if over.isVisible():
                over.reject()


def fit_to_screen(dialog: QWidget) -> None:
    """``dialog`` no larger than the free area of its screen, its frame included, so that its
    buttons can be reached; its content scrolls or its panes shrink for the rest."""
    screen = dialog.screen()
    if screen is not None:
        dialog.resize(dialog.size().boundedTo(screen.availableGeometry().size() - WINDOW_FRAME))


def show_error(parent: QWidget | None, title: str, exc_or_message: BaseException | str) -> None:
    text = exc_or_message if isinstance(exc_or_message, str) else error_message(exc_or_message)
    QMessageBox.warning(parent, title, text)


def ask_open_readonly(parent: QWidget | None, exc: ArchiveLockedError) -> bool:
    """The archive is in use by another window: open it read-only instead?"""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Dialogs", "Archive in use"))
    box.setText(exc.message)
    box.setInformativeText(translate("Dialogs", "You can open it read-only: read, search, export and print, without changes."))
    readonly = box.addButton(translate("Dialogs", "Open read-only"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(readonly)
    box.exec()
    return box.clickedButton() is readonly


def confirm_delete_issue(parent: QWidget | None, summary: IssueSummary) -> bool:
    answer = QMessageBox.question(
        parent, translate("Dialogs", "Delete issue"),
        translate("Dialogs", "Delete {series} {title} ({date}, {count} entries)?\n\n"
            "It goes to the trash (Archive > Trash), from where it can be restored.").format(
            series=summary.series, title=issue_title(summary), date=shown_date(summary.date),
            count=summary.entry_count),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def ask_series_name(parent: QWidget | None) -> str | None:
    """The name of a new bulletin (刊物), or None when the clerk cancelled."""
    name, ok = QInputDialog.getText(parent, translate("Dialogs", "New Bulletin"),
                                    translate("Dialogs", "Name of the new bulletin (e.g. 漯河安全生产简报):"))
    name = name.strip()
    return name if ok and name else None


def ask_discard_unsaved(parent: QWidget | None, error: str) -> bool:
    """The latest edits could not be saved and are about to be replaced (another issue,
    another archive, closing): True to discard them, False to keep editing."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Dialogs", "Not saved"),
                      translate("Dialogs", "The latest changes could not be saved: {error}").format(error=error),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(translate("Dialogs", "Keep editing to put the problem right (the changes stay in memory), "
                                                "or discard the changes."))
    keep = box.addButton(translate("Dialogs", "Keep Editing"), QMessageBox.ButtonRole.RejectRole)
    discard = box.addButton(translate("Dialogs", "Discard Changes"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard


def refuse_unsaved_output(parent: QWidget | None, reason: str, number_taken: bool, action: str) -> None:
    """Export, print or 定稿 (``action``: "export", "print", "final") refused while the open
    issue has a change the archive would not save: why, and what to do before trying again."""
    if action == "print":
        title = translate("Dialogs", "Cannot print")
        then = translate("Dialogs", "Choose an issue number not yet used, then print again.") if number_taken else \
            translate("Dialogs", "Put this right so that the change is saved, then print again.")
    elif action == "final":
        title = translate("Dialogs", "Cannot mark the issue final")
        then = translate("Dialogs", "Choose an issue number not yet used, then mark it final again.") \
            if number_taken else translate("Dialogs", "Put this right so that the change is saved, then mark it "
                                                      "final again.")
    else:
        title = translate("Dialogs", "Cannot export")
        then = translate("Dialogs", "Choose an issue number not yet used, then export again.") if number_taken else \
            translate("Dialogs", "Put this right so that the change is saved, then export again.")
    box = QMessageBox(QMessageBox.Icon.Warning, title,
                      translate("Dialogs", "This issue has a change that could not be saved: {error}").format(error=reason),
                      QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(then)
    box.exec()
