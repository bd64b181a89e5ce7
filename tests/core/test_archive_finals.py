"""定稿 in the archive: every write of a final issue is refused whole with a message that
names the issue and how to reopen it; finalizing and reopening are recorded at the
archive's clock."""
from __future__ import annotations

import datetime as dt

import pytest

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.archive.finals import IssueFinalError
from bulletin_desktop.core.issue_json import issue_to_dict

from test_archive_backup import Clock
from test_archive_support import rich_issue


@pytest.fixture
def clock():
    return Clock(dt.datetime(2024, 3, 1, 9, 30))


@pytest.fixture
def archive(tmp_path, clock):
    with Archive.open(tmp_path / "archive.sqlite", auto_backup=False, clock=clock) as opened:
        yield opened


def test_every_write_of_a_final_issue_is_refused_and_nothing_changes(archive, clock):
    issue_id = archive.add_issue(rich_issue())
    archive.set_final(issue_id, True)
    stored = issue_to_dict(archive.load_issue(issue_id))

    edited = archive.load_issue(issue_id)
    edited.office = "另一个编印单位"
    edited.sections[0].entries.pop(0)
    with pytest.raises(IssueFinalError, match="已定稿，不能修改"):
        archive.save_issue(edited)
    with pytest.raises(IssueFinalError):
        archive.add_issue(rich_issue(), replace=True)
    with pytest.raises(IssueFinalError):
        archive.delete_issue(issue_id)
    assert issue_to_dict(archive.load_issue(issue_id)) == stored
    assert archive.trash_items() == []

    clock.advance(hours=2)
    archive.set_final(issue_id, False)
    history = archive.issue_history(issue_id)["status_history"]
    assert history == [{"at": "2024-03-01 09:30:00", "action": "finalized"},
                       {"at": "2024-03-01 11:30:00", "action": "reopened"}]
    archive.save_issue(edited)
    assert archive.load_issue(issue_id).office == "另一个编印单位"


def test_the_message_names_a_reopen_that_finds_the_issue(archive):
    alone = archive.add_issue(rich_issue(7, series="另一个简报"))
    archive.set_final(alone, True)
    with pytest.raises(IssueFinalError, match=r"reopen 7）"):
        archive.delete_issue(alone)
    archive.add_issue(rich_issue(7))  # now 7 alone would name two issues
    with pytest.raises(IssueFinalError, match=r"reopen 另一个简报:7）"):
        archive.delete_issue(alone)


def test_a_final_issue_s_refusal_names_the_banner_in_the_window_and_reopen_on_the_command_line():
    from bulletin_desktop.core.archive.finals import IssueFinalError

    refused = IssueFinalError("漯河安全生产简报", 52)
    assert refused.message.endswith("（命令行：reopen 52）。")
    assert "命令行" not in refused.in_window and "“撤销定稿”" in refused.in_window
