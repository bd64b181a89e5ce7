"""The issue list follows the archive's change notices, whoever changed the archive."""
from __future__ import annotations


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
