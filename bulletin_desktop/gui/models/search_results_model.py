"""Search hits as rows of a list model: the issue, date and section, and the snippet with
every term marked (as HTML for the delegate that paints it)."""
from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ...core.archive import SearchHit
from ...core.model import format_cn_date

HitRole = Qt.ItemDataRole.UserRole + 1
HtmlRole = Qt.ItemDataRole.UserRole + 2
HIGHLIGHT_STYLE = "background-color:#ffe27a; color:#000; font-weight:bold;"


def hit_heading(hit: SearchHit, with_series: bool) -> str:
    """第52期 (or 2026年第6期（总第60期）) · 2022年11月21日 · 【工作动态】, with the series first
    when there are several."""
    number = hit.number_line()
    parts = [f"{hit.series} {number}" if with_series else number, format_cn_date(hit.date)]
    if hit.section:
        parts.append(f"【{hit.section}】")
    return " · ".join(parts)


def marked_html(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    parts, last = [], 0
    for start, end in spans:
        parts += [html.escape(text[last:start]), f'<span style="{HIGHLIGHT_STYLE}">',
                  html.escape(text[start:end]), "</span>"]
        last = end
    return "".join(parts) + html.escape(text[last:])


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._many_series = False

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self._many_series = len({h.series for h in hits}) > 1
        self.endResetModel()

    def hits(self) -> list[SearchHit]:
        return list(self._hits)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:  # also what screen readers and copy get
            return f"{hit_heading(hit, self._many_series)}\n{hit.snippet}"
        if role == HtmlRole:
            heading = html.escape(hit_heading(hit, self._many_series))
            return f'<div style="color:#666666">{heading}</div><div>{marked_html(hit.snippet, hit.highlights)}</div>'
        if role == HitRole:
            return hit
        return None
