"""Sorting the statistics table by a click on its header: figures as numbers (a rate 66.7% as
its fraction, — below every rate), names by pinyin and months in the order their figures give
(2026年9月 before 2026年10月), and the 合计 row last whichever way it is sorted. The CSV, Excel and 通报
keep the ranked order the report gives (排名 travels with each row, so sorting loses none of it)."""
from __future__ import annotations

from PySide6.QtCore import QCollator, QLocale, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from ...core.stats.report import TOTAL, rate_number


def _figure(text: str) -> tuple | None:
    """A cell's figure to sort by (a rate as its fraction; a cell with none, —, before all);
    None for words."""
    if not text or text == "—":
        return (0,)
    if (rate := rate_number(text)) is not None:
        return (1, rate)
    try:
        return (1, float(text))
    except ValueError:
        return None


_COLLATOR: list[QCollator] = []


def _collator() -> QCollator:
    """Names in the order a Chinese reader looks them up (by pinyin: 邓州市 before 方城县), the
    figures in a label as numbers (2026年9月 before 2026年10月). Made on first use."""
    if not _COLLATOR:
        collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        collator.setNumericMode(True)
        _COLLATOR.append(collator)
    return _COLLATOR[0]


class TotalLastProxy(QSortFilterProxyModel):
    """The statistics table, sorted as its header was clicked, the 合计 row kept last."""

    def _is_total(self, row: int) -> bool:
        model = self.sourceModel()
        return any(model.index(row, column).data() == TOTAL for column in range(min(2, model.columnCount())))

    def lessThan(self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex) -> bool:
        left_total, right_total = self._is_total(left.row()), self._is_total(right.row())
        if left_total != right_total:
            # (Qt reverses the answer for a descending sort: the total is last either way)
            return right_total == (self.sortOrder() == Qt.SortOrder.AscendingOrder)
        a, b = str(left.data() or ""), str(right.data() or "")
        figure_a, figure_b = _figure(a), _figure(b)
        if figure_a is not None and figure_b is not None:
            return figure_a < figure_b
        if figure_a is None and figure_b is None:
            return _collator().compare(a, b) < 0
        return figure_a is not None  # (figures before words)
