"""The issue list in its narrow dock, with several bulletins of long names: each row still shows
its number and whether it is final, the bulletin's name being cut to fit instead."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QStyleOptionViewItem

from bulletin_desktop.core.archive import Archive

LONG_NAME = "漯河市安全生产委员会办公室工作简报"


@pytest.fixture
def many_bulletins(archive_path, sample_issue):
    """Another bulletin of a long name in the window's archive (before the window opens)."""
    with Archive.open(archive_path, auto_backup=False) as archive:
        sample_issue.series, sample_issue.number = LONG_NAME, 17
        final_id = archive.add_issue(sample_issue)
        archive.set_final(final_id, True)
        sample_issue.number, sample_issue.special = 18, None
        archive.add_issue(sample_issue)


def _shown(view, index, width: int) -> str:
    """The text the view paints in a cell ``width`` wide."""
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = QRect(0, 0, width, 24)
    view.itemDelegate().initStyleOption(option, index)
    metrics = view.fontMetrics()
    return metrics.elidedText(option.text, view.textElideMode(), width - 6)


def test_the_number_and_the_final_mark_stay_in_sight(many_bulletins, window, qtbot):
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


def test_one_bulletins_number_line_is_not_cut_at_its_space(window, qtbot):
    """With one bulletin a row is the number line alone: a 专刊's has a space of its own
    (第52期（安全生产大检查专刊 第34期）), which is no bulletin's name to cut."""
    panel = window.ui.issueList
    view = panel.ui.issueView
    index = panel.proxy.mapFromSource(panel.model.index(panel.model.row_of(window.document.issue.id), 0))
    text = index.data()
    assert " " in text and not text.startswith(window.document.issue.series)
    width = view.fontMetrics().horizontalAdvance(text[:6])
    assert _shown(view, index, width).startswith(text[:3])
