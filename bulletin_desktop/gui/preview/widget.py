"""``PreviewWidget``: the issue as printed pages, kept up to date while the clerk types.

``set_issue`` only marks the preview out of date and starts a short timer, so typing
never waits for layout; when the timer fires, the issue is turned into blocks, only the
blocks that differ from the shown ones are laid out again, and the sheets in view are
repainted.
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, QSizeF, QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...core.model import Issue
from ...export.blocks import layout_issue
from ...export.layout_options import LayoutOptions
from ...export.qt_render import IssueRenderer, UpdateStats
from .page_view import PageView

DEBOUNCE_MS = 60


class PreviewWidget(QWidget):
    pageCountChanged = Signal(int)
    entryActivated = Signal(str)  # uid of the section/entry the clerk double-clicked
    updated = Signal()  # the shown pages now reflect the last issue given
    zoomChanged = Signal(float)

    def __init__(self, parent: QWidget | None = None, options: LayoutOptions = LayoutOptions()):
        super().__init__(parent)
        self._renderer = IssueRenderer(options)
        self._issue: Issue | None = None
        self._outdated = False
        self._shown: object = None  # which issue the pages show (see _identity)
        self._pending_follow: tuple[str, int] | None = None  # (uid, paragraph)
        self._view = PageView(self._renderer, self)
        self._view.setAccessibleName(self.tr("打印预览"))
        self._view.set_placeholder(self.tr("没有打开的简报"))
        self._view.sourceActivated.connect(self.entryActivated)
        self._view.zoomChanged.connect(self.zoomChanged)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._view)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh_now)

    # -- the issue

    def set_issue(self, issue: Issue | None) -> None:
        """Show ``issue``: another issue at once; the same one soon, read when the timer
        fires, so that edits made to it in between are all taken in by one update."""
        self._issue = issue
        self._outdated = True
        if _identity(issue) != self._shown:
            # another issue opened: no typing to wait for, and its pages come before
            # whatever else the opening queued (the issue list's thousand rows)
            self.refresh_now()
        elif not self._timer.isActive():
            # not restarted on every keystroke: while the clerk types, the preview
            # still catches up every DEBOUNCE_MS
            self._timer.start(DEBOUNCE_MS)

    def refresh_now(self) -> None:
        """Bring the pages up to date at once (tests, export, before printing)."""
        self._timer.stop()
        if not self._outdated:
            return
        self._outdated = False
        before = self._renderer.page_count()
        blocks = layout_issue(self._issue, self._renderer.options) if self._issue is not None else []
        self._renderer.update(blocks)
        self._view.contents_changed()
        shown = _identity(self._issue)
        if shown != self._shown:
            self._shown = shown
            self._view.scroll_to_top()  # another issue opens at its first page
        if self._pending_follow is not None:
            self._view.ensure_shown(*self._pending_follow)
            self._pending_follow = None
        if self._renderer.page_count() != before:
            self.pageCountChanged.emit(self._renderer.page_count())
        self.updated.emit()

    def follow(self, uid: str | None, part: int = 0) -> None:
        """Scroll so the block showing ``uid`` (its paragraph ``part``, in an article) is in
        view; leave the view alone if it is."""
        if not uid:
            self._pending_follow = None
            return
        if self._outdated or not self._view.ensure_shown(uid, part):
            self._pending_follow = (uid, part)  # shown once the pending update has laid it out

    def set_options(self, options: LayoutOptions) -> None:
        before = self._renderer.page_count()
        self._renderer.set_options(options)
        if self._issue is not None and not self._outdated:  # the headings' form is an option too
            self._renderer.update(layout_issue(self._issue, options))
        self._view.contents_changed()
        if self._renderer.page_count() != before:
            self.pageCountChanged.emit(self._renderer.page_count())
        self.updated.emit()

    def options(self) -> LayoutOptions:
        return self._renderer.options

    # -- zoom

    def set_zoom(self, factor: float) -> None:
        self._view.set_zoom(factor)

    def zoom(self) -> float:
        return self._view.zoom()

    def zoom_in(self) -> None:
        self._view.zoom_in()

    def zoom_out(self) -> None:
        self._view.zoom_out()

    def zoom_fit_width(self) -> None:
        self._view.fit_width()

    # -- what is shown

    def page_count(self) -> int:
        return self._renderer.page_count()

    def plain_text(self) -> str:
        """The text shown, line by line as laid out; each page ends with its number and
        pages are separated by a form feed (\\f)."""
        return self._renderer.plain_text()

    def last_update(self) -> UpdateStats:
        """How many blocks the last update laid out anew and how many it reused."""
        return self._renderer.last_update

    def visible_pages(self) -> list[int]:
        """Numbers (from 1) of the pages at least partly in view."""
        return [index + 1 for index in self._view.visible_pages()]

    def is_shown(self, uid: str, part: int = 0) -> bool:
        """True when the start of the block showing ``uid`` (its paragraph ``part``) is inside the view."""
        return self._view.is_shown(uid, part)

    def page_pixel_size(self) -> QSizeF:
        """One sheet on screen, in pixels, at the current zoom."""
        return self._view.page_size()

    def block_rect(self, uid: str) -> QRectF | None:
        """Where the first lines of the block showing ``uid`` are, in this widget's
        coordinates (None when it is not laid out)."""
        found = self._view.rect_of(uid)
        if found is None:
            return None
        offset = self._view.viewport().mapTo(self, QPoint(0, 0))
        return found[1].translated(offset.x(), offset.y())


def _identity(issue: Issue | None) -> object:
    """The same issue across edits: its archive id, or the object while it has none."""
    if issue is None:
        return None
    return ("archive", issue.id) if issue.id is not None else ("object", id(issue))
