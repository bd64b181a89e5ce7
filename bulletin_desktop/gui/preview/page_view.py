"""The scrolling view of printed pages: white A4 sheets with a shadow on grey.

Only the sheets inside the viewport are painted; each one is drawn by the renderer in
points, scaled to the zoom and the screen's resolution, so the preview shows exactly
the lines and page breaks of the PDF and the printout.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from ...export.qt_render import IssueRenderer, fill_rect

MIN_ZOOM = 0.25
MAX_ZOOM = 4.0
ZOOM_STEP = 1.25
GAP = 16  # pixels around and between sheets, at every zoom
SHADOW = 4
BACKGROUND = QColor(0x80, 0x80, 0x80)
SHADOW_COLOR = QColor(0, 0, 0, 90)
PAPER = QColor(255, 255, 255)


class PageView(QAbstractScrollArea):
    sourceActivated = Signal(str)
    zoomChanged = Signal(float)

    def __init__(self, renderer: IssueRenderer, parent: QWidget | None = None):
        super().__init__(parent)
        self._renderer = renderer
        self._zoom = 1.0
        self._fitting_width = False  # 适合页宽: the zoom follows the view's width until zoomed otherwise
        self._placeholder = ""
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # a viewport made here, known to Python: the first viewport() of one Qt made would have
        # PySide look through every widget class for its type, building all their enums (~15 ms)
        viewport = QWidget(self)
        viewport.setAutoFillBackground(False)
        self.setViewport(viewport)
        self.horizontalScrollBar().setSingleStep(20)
        self.verticalScrollBar().setSingleStep(20)
        self._update_scrollbars()

    # -- geometry

    def set_placeholder(self, text: str) -> None:
        self._placeholder = text
        self.viewport().update()

    def pixels_per_point(self) -> float:
        return self._zoom * self.logicalDpiX() / 72.0

    def page_size(self) -> QSizeF:
        """One sheet on screen, in pixels, at the current zoom."""
        g = self._renderer.geometry
        scale = self.pixels_per_point()
        return QSizeF(g.page_width * scale, g.page_height * scale)

    def content_size(self) -> QSize:
        page = self.page_size()
        count = self._renderer.page_count()
        width = math.ceil(page.width()) + 2 * GAP
        height = math.ceil(count * page.height()) + (count + 1) * GAP if count else 0
        return QSize(width, height)

    def _origin_x(self) -> float:
        """Sheets are centred when the view is wider than them."""
        spare = self.viewport().width() - self.content_size().width()
        return (spare / 2 if spare > 0 else -self.horizontalScrollBar().value()) + GAP

    def page_rect(self, index: int) -> QRectF:
        """Sheet ``index`` in viewport coordinates."""
        page = self.page_size()
        top = GAP + index * (page.height() + GAP) - self.verticalScrollBar().value()
        return QRectF(self._origin_x(), top, page.width(), page.height())

    def visible_pages(self) -> range:
        count = self._renderer.page_count()
        if not count:
            return range(0)
        step = self.page_size().height() + GAP
        top = self.verticalScrollBar().value()
        first = max(0, math.floor((top - GAP) / step))
        last = min(count - 1, math.floor((top + self.viewport().height() - GAP) / step))
        return range(first, max(first, last) + 1)

    def contents_changed(self) -> None:
        self._update_scrollbars()
        self.viewport().update()

    def _update_scrollbars(self) -> None:
        content = self.content_size()
        view = self.viewport().size()
        for bar, total, shown in ((self.horizontalScrollBar(), content.width(), view.width()),
                                  (self.verticalScrollBar(), content.height(), view.height())):
            bar.setRange(0, max(0, total - shown))
            bar.setPageStep(max(1, shown))

    # -- zoom

    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, factor: float) -> None:
        self._fitting_width = False
        self._apply_zoom(factor)

    def fit_width(self) -> None:
        """A whole page width in view, now and whenever the view's width changes (the window
        shrinks, a dock opens beside it), until the clerk zooms otherwise."""
        self._fitting_width = True
        self._apply_zoom(self.fit_width_zoom())

    def _apply_zoom(self, factor: float) -> None:
        factor = min(MAX_ZOOM, max(MIN_ZOOM, float(factor)))
        if math.isclose(factor, self._zoom, rel_tol=1e-6):
            return
        # keep the point in the middle of the view where it is on the page
        hbar, vbar = self.horizontalScrollBar(), self.verticalScrollBar()
        old = self.content_size()
        fx = (hbar.value() + self.viewport().width() / 2) / max(1, old.width())
        fy = (vbar.value() + self.viewport().height() / 2) / max(1, old.height())
        self._zoom = factor
        self._update_scrollbars()
        new = self.content_size()
        hbar.setValue(round(fx * new.width() - self.viewport().width() / 2))
        vbar.setValue(round(fy * new.height() - self.viewport().height() / 2))
        self.viewport().update()
        self.zoomChanged.emit(factor)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / ZOOM_STEP)

    def fit_width_zoom(self) -> float:
        width = self.viewport().width()
        if not self.verticalScrollBar().isVisible() and self._renderer.page_count():
            # the sheets will be taller than the view, so a scroll bar is about to appear
            width -= self.verticalScrollBar().sizeHint().width()  # the style's scroll bar extent
        sheet = self._renderer.geometry.page_width * self.logicalDpiX() / 72.0
        # one pixel to spare: the sheet's width is rounded up, and a sheet a pixel wider than
        # the view would bring a horizontal scroll bar for nothing
        return max(MIN_ZOOM, (width - 2 * GAP - 1) / sheet)

    # -- scrolling

    def scroll_to_top(self) -> None:
        self.verticalScrollBar().setValue(0)

    def rect_of(self, source: str, part: int = 0) -> tuple[int, QRectF] | None:
        """The page and viewport rectangle of the block showing ``source`` (its paragraph ``part``)."""
        found = self._renderer.locate(source, part)
        if found is None:
            return None
        index, rect = found
        scale = self.pixels_per_point()
        sheet = self.page_rect(index)
        return index, QRectF(sheet.x() + rect.x() * scale, sheet.y() + rect.y() * scale,
                             rect.width() * scale, rect.height() * scale)

    def is_shown(self, source: str, part: int = 0) -> bool:
        found = self.rect_of(source, part)
        if found is None:
            return False
        rect = found[1]
        return rect.top() >= 0 and rect.top() + min(rect.height(), self.viewport().height()) <= self.viewport().height()

    def ensure_shown(self, source: str, part: int = 0) -> bool:
        """Scroll only if the block is not in view already; then put its top a quarter
        down the view, so the lines above it give context."""
        found = self.rect_of(source, part)
        if found is None:
            return False
        if not self.is_shown(source, part):
            bar = self.verticalScrollBar()
            bar.setValue(round(bar.value() + found[1].top() - self.viewport().height() / 4))
        return True

    # -- events

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitting_width and event.size().width() != event.oldSize().width():
            self._apply_zoom(self.fit_width_zoom())
        self._update_scrollbars()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        fill_rect(painter, QRectF(event.rect()), BACKGROUND)
        if not self._renderer.page_count():
            if self._placeholder:
                painter.setPen(PAPER)
                painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter, self._placeholder)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        scale = self.pixels_per_point()
        dirty = QRectF(event.rect())
        for index in self.visible_pages():
            sheet = self.page_rect(index)
            if not sheet.adjusted(0, 0, SHADOW, SHADOW).intersects(dirty):
                continue
            fill_rect(painter, sheet.translated(SHADOW, SHADOW), SHADOW_COLOR)
            fill_rect(painter, sheet, PAPER)
            painter.save()
            painter.setClipRect(sheet)
            painter.translate(sheet.topLeft())
            painter.scale(scale, scale)
            self._renderer.paint_page(painter, index)
            painter.restore()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        scale = self.pixels_per_point()
        for index in self.visible_pages():
            sheet = self.page_rect(index)
            if sheet.contains(point):
                at = QPointF((point.x() - sheet.x()) / scale, (point.y() - sheet.y()) / scale)
                source = self._renderer.source_at(index, at)
                if source:
                    self.sourceActivated.emit(source)
                    event.accept()
                    return
        super().mouseDoubleClickEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self._zoom * ZOOM_STEP ** steps)
            event.accept()
            return
        super().wheelEvent(event)
