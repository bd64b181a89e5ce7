"""An entry deleted from an issue, then the issue itself: asked for by its trash number, the
entry is not “已被恢复或清空” — the clerk is told it travels inside the issue's item, and that
restoring the issue brings it back to the trash, where its number works again."""
from __future__ import annotations

import pytest

from bulletin_desktop.cli import main
from bulletin_desktop.core.archive import Archive, ArchiveError

from test_archive_support import rich_issue


def test_a_part_inside_a_trashed_issue_is_named_with_the_issue_to_restore_first(tmp_path, capsys):
    db = tmp_path / "a.sqlite"
    with Archive.open(db, auto_backup=False) as archive:
        issue_id = archive.add_issue(rich_issue())
        edited = archive.load_issue(issue_id)
        edited.sections[0].entries.pop(0)
        archive.save_issue(edited)
        [entry_item] = [item.id for item in archive.trash_items()]
        issue_item = archive.delete_issue(issue_id)
        with pytest.raises(ArchiveError) as refused:
            archive.restore_from_trash(entry_item)
        assert f"第 {issue_item} 项" in refused.value.message and "先恢复那一期" in refused.value.message
        assert "已被恢复或清空" not in refused.value.message
        archive.restore_from_trash(issue_item)
        archive.restore_from_trash(entry_item)  # back in the trash with the issue: its number works again
        assert len(archive.load_issue(issue_id).sections[0].entries) == len(rich_issue().sections[0].entries)
    assert main(["trash", "restore", "--db", str(db), "999"]) == 1
    assert "已被恢复或清空" in capsys.readouterr().err  # a number that is nowhere is still said so
