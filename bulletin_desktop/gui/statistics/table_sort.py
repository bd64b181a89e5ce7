"""Sorting the statistics table by a click on its header: figures as numbers (a rate 66.7% as
its fraction, — below every rate), names and months in the order their figures give (2026年9月
before 2026年10月), and the 合计 row last whichever way it is sorted. The CSV, Excel and 通报
keep the ranked order the report gives (排名 travels with each row, so sorting loses none of it)."""
from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from ...core.stats.report import TOTAL, rate_number


def _sort_key(text: str) -> tuple:
    """Numbers before words, each in its own order; a cell with no figure (—, "") first."""
    if not text or text == "—":
        return (0,)
    if (rate := rate_number(text)) is not None:
        return (1, rate)
    try:
        return (1, float(text))
    except ValueError:
        pass
    # a label with figures in it (2026年9月, 2026年第三季度) by the figures, then the words
    return (2, [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text)])


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
        a, b = _sort_key(str(left.data() or "")), _sort_key(str(right.data() or ""))
        try:
            return a < b
        except TypeError:  # (a name against a label with figures: compare them as text)
            return str(a) < str(b)
