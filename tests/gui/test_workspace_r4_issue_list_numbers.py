"""The issue list in its narrow dock, with several bulletins of long names: each row still shows
its number and whether it is final, the bulletin's name being cut to fit instead."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QStyleOptionViewItem

from bulletin_desktop.core.archive import Archive

LONG_NAME = "漯河市安全生产委员会办公室工作简报"


@pytest.fixture
def archive_path(tmp_path, sample_issue):
    path = tmp_path / "archive.sqlite"
    with Archive.open(path, auto_backup=False) as archive:
        archive.add_issue(sample_issue)
        sample_issue.series, sample_issue.number = LONG_NAME, 17
        final_id = archive.add_issue(sample_issue)
        archive.set_final(final_id, True)
        sample_issue.number, sample_issue.special = 18, None
        archive.add_issue(sample_issue)
    return path


def _shown(view, index, width: int) -> str:
    """The text the view paints in a cell ``width`` wide."""
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = QRect(0, 0, width, 24)
    view.itemDelegate().initStyleOption(option, index)
    metrics = view.fontMetrics()
    return metrics.elidedText(option.text, view.textElideMode(), width - 6)


def test_the_number_and_the_final_mark_stay_in_sight(window, qtbot):
    panel = window.ui.issueList
    view = panel.ui.issueView
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3)

    def index_of(number: int):
        row = panel.model.row_of(next(s.id for s in window.session.summaries() if s.number == number))
        return panel.proxy.mapFromSource(panel.model.index(row, 0))

    width = view.fontMetrics().horizontalAdvance("漯河市安全生产第18期 · 已定稿")  # a narrow dock's first column
    plain = index_of(18)
    assert plain.data().startswith(LONG_NAME)
    shown = _shown(view, plain, width)
    assert shown.startswith("漯河") and shown.endswith("第18期")
    final = index_of(17)  # a 专刊 and final: too long even so, the number stays
    assert final.data().startswith(LONG_NAME)
    shown = _shown(view, final, width)
    assert shown.startswith("漯河") and "第17期" in shown
    wide = view.fontMetrics().horizontalAdvance(final.data()) + 40
    assert _shown(view, final, wide) == final.data()  # room enough: nothing cut
