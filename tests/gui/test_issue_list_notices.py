"""The issue list follows the archive's change notices, whoever changed the archive."""
from __future__ import annotations

from bulletin_desktop.gui.in_sight import in_sight
from bulletin_desktop.gui.models.issue_list_model import IssueIdRole


def test_the_issue_list_follows_every_change_of_the_archive(qtbot, window):
    panel = window.ui.issueList
    [row] = panel.model.summaries()
    archive = window.session.archive

    # an issue saved by anyone else (an import, the inbox): a new row
    other = archive.next_issue()
    archive.save_issue(other)
    assert [r.number for r in panel.model.summaries()] == [53, 52]

    # the open issue edited in the window: its row is read again in place
    window.action_set.add_entry.trigger()
    qtbot.waitUntil(lambda: window.status.save_label.text() == "已保存", timeout=3000)
    qtbot.waitUntil(lambda: next(r for r in panel.model.summaries() if r.id == row.id).entry_count
                    == row.entry_count + 1, timeout=3000)

    # a series renamed elsewhere: every row shows the new name
    archive.rename_series(row.series_id, "漯河市安全生产简报")
    assert {r.series for r in panel.model.summaries()} == {"漯河市安全生产简报"}
    # ... and the open issue takes it, so its next save does not rename the series back
    assert window.document.issue.series == "漯河市安全生产简报"
    assert window.ui.mastheadPanel.ui.seriesEdit.text() == "漯河市安全生产简报"
    window.action_set.add_entry.trigger()
    qtbot.waitUntil(lambda: window.status.save_label.text() == "已保存", timeout=3000)
    assert [s.name for s in archive.list_series()] == ["漯河市安全生产简报"]

    # deleted elsewhere: the row goes
    archive.delete_issue(other.id)
    assert [r.number for r in panel.model.summaries()] == [52]


def test_a_list_out_of_sight_is_read_when_it_is_shown(qtbot, window):
    """Behind the masthead's tab the list reads nothing, however the archive changes;
    brought to the front it shows the archive as it is then, the open issue current."""
    panel = window.ui.issueList
    window.ui.mastheadDock.raise_()
    qtbot.waitUntil(lambda: not in_sight(panel))
    archive = window.session.archive
    reads = []
    panel.set_source(lambda: reads.append("all") or archive.list_issues(), archive.summaries_of)

    archive.save_issue(archive.next_issue())
    window.session.archiveChanged.emit()  # as opening another archive announces it
    qtbot.wait(50)
    assert reads == [] and panel.model.summaries() == []  # nothing read, nothing stale kept

    window.ui.issueListDock.raise_()
    qtbot.waitUntil(lambda: reads == ["all"])
    assert in_sight(panel)
    assert [r.number for r in panel.model.summaries()] == [53, 52]
    assert panel.selected_id() == window.document.issue.id


def test_the_list_read_anew_shows_the_open_issue_amid_its_neighbours(qtbot, window):
    archive = window.session.archive
    for _ in range(60):
        archive.save_issue(archive.next_issue())
    panel = window.ui.issueList
    qtbot.waitUntil(lambda: panel.model.rowCount() == 61)
    middle = panel.model.summaries()[30]
    window.open_issue(middle.id)
    window.session.archiveChanged.emit()  # read whole again, as another archive's opening does
    view = panel.ui.issueView
    qtbot.waitUntil(lambda: view.currentIndex().data(IssueIdRole) == middle.id)
    qtbot.wait(20)
    centre = view.visualRect(view.currentIndex()).center().y()
    assert abs(centre - view.viewport().height() / 2) <= view.sizeHintForRow(0)
