"""Numbers are bounded where they are read: an issue number 1–99999, a print run up to
999999, an id SQLite can hold. A larger one is refused in Chinese, never OverflowError."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.archive import Archive, ArchiveError
from bulletin_desktop.core.importing import read_file
from bulletin_desktop.core.issue_ref import IssueRefError, first_issue_id, resolve_issue
from bulletin_desktop.core.recognise import BulletinFormatError
from bulletin_desktop.core.textformat import read_text

HUGE = "99999999999999999999"


@pytest.fixture
def archive(tmp_path, sample_text):
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as opened:
        opened.add_issue(read_text(sample_text))
        yield opened


@pytest.mark.parametrize("ref", [HUGE, f"id:{HUGE}", f"第{HUGE}期", f"2022年第{HUGE}期", f"漯河安全生产简报:{HUGE}", "0",
                                 "第0期"])
def test_a_number_out_of_range_names_no_issue(archive, ref):
    with pytest.raises(IssueRefError) as refused:
        resolve_issue(archive, ref)
    assert "Overflow" not in refused.value.message


def test_the_window_opens_the_newest_issue_for_a_huge_reference_or_remembered_id(archive):
    issue_id, error = first_issue_id(archive, HUGE, None)
    assert issue_id == archive.latest_issue_id() and error is not None
    assert first_issue_id(archive, None, int(HUGE)) == (archive.latest_issue_id(), None)


@pytest.mark.parametrize("change", [
    lambda text: text.replace("第52期", f"\\期号|{HUGE}|2026年第6期"),
    lambda text: text.replace("第52期", "第0期"),
    lambda text: text + f"\n（共印{HUGE}份）\n",
])
def test_import_refuses_a_file_with_a_number_out_of_range(tmp_path, sample_text, change):
    path = tmp_path / "b.txt"
    path.write_text(change(sample_text), encoding="utf-8")
    with pytest.raises(BulletinFormatError) as refused:
        read_file(path)
    assert refused.value.message.startswith("b.txt：")


def test_the_archive_refuses_to_store_a_number_it_cannot_hold(archive, sample_text):
    issue = read_text(sample_text)
    issue.number = int(HUGE)
    with pytest.raises(ArchiveError, match="期号"):
        archive.add_issue(issue)
    issue.number, issue.print_copies = 53, 10 ** 30
    with pytest.raises(ArchiveError, match="印数"):
        archive.add_issue(issue)
