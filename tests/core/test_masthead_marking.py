"""The marks printed above a masthead's name (内部资料 注意保存, 秘密★1年): read from a file,
kept in the archive and the JSON, written back by the text format, carried to the next issue."""
from __future__ import annotations

import dataclasses

import pytest

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.issue_json import issue_from_dict, issue_to_dict
from bulletin_desktop.core.textformat import read_text, write_text


@pytest.mark.parametrize("marking", ["内部资料 注意保存", "秘密★1年", "仅供领导参阅"])
def test_the_text_format_writes_and_reads_the_marking(sample_issue, marking):
    issue = dataclasses.replace(sample_issue, marking=marking)
    text = write_text(issue)
    assert marking in text.split("\n", 1)[0]  # above the name, as printed
    assert read_text(text) == issue
    assert issue_from_dict(issue_to_dict(issue)) == issue


def test_the_archive_keeps_the_marking_and_the_next_issue_carries_it(tmp_path, sample_issue):
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        issue_id = archive.add_issue(dataclasses.replace(sample_issue, marking="内部资料 注意保存"))
        assert archive.load_issue(issue_id).marking == "内部资料 注意保存"
        assert archive.next_issue().marking == "内部资料 注意保存"
        stored = archive.load_issue(issue_id)
        stored.marking = ""
        archive.save_issue(stored)
        assert archive.load_issue(issue_id).marking == ""
        assert archive.next_issue().marking == ""


def test_a_sample_without_marks_has_none(sample_issue):
    assert sample_issue.marking == "" and "标记" not in write_text(sample_issue)


def test_saved_defaults_keep_the_marking_for_new_issues(tmp_path, sample_issue):
    """存为本刊默认设置 fixes the marks with the office and the closing block: a later issue
    that dropped them does not take them away from the next one."""
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        issue_id = archive.add_issue(dataclasses.replace(sample_issue, marking="内部资料 注意保存"))
        archive.save_defaults_from(archive.load_issue(issue_id))
        assert archive.list_series()[0].marking == "内部资料 注意保存"
        later = archive.next_issue()
        later.marking = ""
        archive.add_issue(later)
        assert archive.next_issue().marking == "内部资料 注意保存"
