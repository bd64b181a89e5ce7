"""Docks the clerk left open come back at the next start, built once the window has its
archive session: the saved layout shows them with the window's first frame, before the
panes exist (a search panel built then had no session, and the program failed at every
start until its settings were deleted)."""
from __future__ import annotations

import pytest
from started_window import started


@pytest.mark.parametrize("dock_name", ["search_dock", "inbox_dock", "statistics_dock"])
def test_a_dock_left_open_is_built_at_the_nextstarted(qtbot, archive_path, dock_name):
    first = started(qtbot, archive_path, panes_later=False)
    getattr(first, dock_name).open()
    first.close()  # the layout, with the dock open, is saved here

    window = started(qtbot, archive_path, panes_later=True)  # as the program starts
    dock = getattr(window, dock_name)
    assert dock.isVisible()
    assert dock.built() is not None  # built once the panes were, not left empty
    window.close()


def test_the_search_panel_restored_at_start_finds_the_archive(qtbot, archive_path):
    first = started(qtbot, archive_path, panes_later=False)
    first.search_dock.open()
    first.close()

    window = started(qtbot, archive_path, panes_later=True)
    panel = window.search_dock.built()
    assert panel is not None
    panel.ui.queryEdit.setText("隐患")
    qtbot.waitUntil(lambda: len(panel.hits()) > 0, timeout=5000)
    assert {hit.issue_id for hit in panel.hits()} == {window.document.issue.id}
    window.close()
