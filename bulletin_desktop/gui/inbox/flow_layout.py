"""A row of widgets that wraps onto further lines when its width runs out, each line filled
by the widgets that can grow: the inbox's filters and buttons, which stand in one row in a
wide dock and in several in the narrow one a laptop at 150 % leaves (Qt has no such
layout, so the form's rows are turned into these, ``flowed``)."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QBoxLayout, QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6, one_line: bool = False):
        """``one_line``: it asks for the width of all its widgets in one line (a dock opens
        as wide as its widest such row asks, where the screen has room); else for the width
        of its widest widget, wrapping in whatever width the rest of the panel asks for."""
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self._one_line = one_line
        self._height = -1  # the height the lines took at the width last laid out

    # -- QLayout's bookkeeping ----------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self.invalidate()
        return item

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._lay_out(QRect(0, 0, width, 0), place=False)

    def sizeHint(self) -> QSize:
        shown = self._shown()
        if not self._one_line:
            least = self.minimumSize()
            return QSize(least.width(), self.heightForWidth(least.width()))
        width = sum(item.sizeHint().width() for item in shown) + self._gap * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return self._with_margins(QSize(width, height))

    def minimumSize(self) -> QSize:
        """As narrow as the widest widget; as tall as the lines are at the width laid out
        last. Holding that height as the minimum, not just answering heightForWidth, is what
        makes a scroll area around the panel scroll to the last line instead of squeezing it."""
        shown = self._shown()
        width = max((item.minimumSize().width() for item in shown), default=0)
        margins = self.contentsMargins()
        one_line = max((item.sizeHint().height() for item in shown), default=0)
        height = self._height - margins.top() - margins.bottom() if self._height >= 0 else one_line
        return self._with_margins(QSize(width, max(height, one_line)))

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        height = self._lay_out(rect, place=True)
        if height != self._height:
            self._height = height
            self.invalidate()  # the minimum height changed: the layouts above ask again

    # -- the lines ----------------------------------------------------------------------

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _with_margins(self, size: QSize) -> QSize:
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        """The widgets in lines, each line holding as many as fit at their preferred widths."""
        lines: list[list[QLayoutItem]] = []
        used = 0
        for item in self._shown():
            wanted = item.sizeHint().width()
            if lines and lines[-1] and used + self._gap + wanted <= width:
                lines[-1].append(item)
                used += self._gap + wanted
            else:
                lines.append([item])
                used = wanted
        return lines

    def _widths(self, line: list[QLayoutItem], width: int) -> list[int]:
        """Preferred widths; what the line leaves goes to the widgets that grow, shared
        evenly; a widget alone on a line too narrow for it gets the line, down to its minimum."""
        widths = [item.sizeHint().width() for item in line]
        room = width - sum(widths) - self._gap * (len(line) - 1)
        if room < 0 and len(line) == 1:
            return [max(line[0].minimumSize().width(), width)]
        growing = [i for i, item in enumerate(line) if item.expandingDirections() & Qt.Orientation.Horizontal]
        for n, i in enumerate(growing):
            share = room // len(growing) + (1 if n < room % len(growing) else 0)
            widths[i] += share
        return widths

    def _lay_out(self, rect: QRect, place: bool) -> int:
        """The height the lines take in ``rect``'s width (margins included); ``place``: and
        put the widgets there, each centred in its line's height."""
        margins = self.contentsMargins()
        inner = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        y = inner.y()
        for number, line in enumerate(self._lines(inner.width())):
            if number:
                y += self._gap
            height = max(item.sizeHint().height() for item in line)
            if place:
                x = inner.x()
                for item, width in zip(line, self._widths(line, inner.width())):
                    item_height = min(height, item.sizeHint().height())
                    item.setGeometry(QRect(QPoint(x, y + (height - item_height) // 2), QSize(width, item_height)))
                    x += width + self._gap
            y += height
        return y - inner.y() + margins.top() + margins.bottom()


def flowed(outer: QBoxLayout, row: QLayout, one_line: bool = False) -> FlowLayout:
    """The form's ``row`` (a box or grid inside ``outer``) replaced, in its place, by a flow
    of the same widgets in the same order, spaced as ``outer`` spaces its rows; its spacers
    are left out. ``one_line``: see FlowLayout."""
    # a box's spacing is the style's when unset
    flow = FlowLayout(spacing=max(0, outer.spacing()), one_line=one_line)
    index = outer.indexOf(row)
    while row.count():
        item = row.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            flow.addWidget(widget)
    outer.removeItem(row)
    row.setParent(None)
    outer.insertLayout(index, flow)
    return flow
