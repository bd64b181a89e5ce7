"""Deleting a 定稿 issue is refused in words about deleting (不能删除), on the command line
as in the archive; a change to it is still refused as a change (不能修改)."""
from __future__ import annotations

import pytest

from bulletin_desktop.cli import main
from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.archive.finals import IssueFinalError


def test_the_archive_refuses_deleting_a_final_issue_as_deleting(tmp_path, sample_issue):
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        issue_id = archive.add_issue(sample_issue)
        archive.set_final(issue_id, True)
        with pytest.raises(IssueFinalError) as refused:
            archive.delete_issue(issue_id)
        assert "不能删除" in refused.value.message and "不能修改" not in refused.value.message
        edited = archive.load_issue(issue_id)
        edited.office = "另一个单位"
        with pytest.raises(IssueFinalError, match="不能修改"):
            archive.save_issue(edited)


def test_delete_on_the_command_line_says_the_final_issue_cannot_be_deleted(tmp_path, sample_issue, capsys):
    db = tmp_path / "a.sqlite"
    with Archive.open(db, auto_backup=False) as archive:
        archive.set_final(archive.add_issue(sample_issue), True)
    capsys.readouterr()
    assert main(["delete", "--db", str(db), str(sample_issue.number)]) == 1
    err = capsys.readouterr().err
    assert "已定稿，不能删除" in err and f"reopen {sample_issue.number}" in err and "修改" not in err
