"""The statistics view offers the period just ended (上季度 for the quarter's 通报)."""
from __future__ import annotations

import datetime as dt

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.stats import preset_range


def test_last_quarter_is_offered(qtbot, tmp_path):
    from bulletin_desktop.gui.statistics.view import StatisticsView

    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        view = StatisticsView()
        qtbot.addWidget(view)
        view.set_archive(archive)
        combo = view.ui.periodCombo
        for key in ("last-month", "last-quarter", "last-year"):
            combo.setCurrentIndex(combo.findData(key))
            assert view.range() == preset_range(key, dt.date.today())
            assert view.report is not None and (view.report.date_from, view.report.date_to) == view.range()
