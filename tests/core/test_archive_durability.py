"""What survives a crash and a full disk: every committed issue, and a sound file."""
from __future__ import annotations

import datetime as dt
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from bulletin_desktop.core.archive import Archive, ArchiveError
from bulletin_desktop.core.model import Article
from bulletin_desktop.core.richtext import Run

from test_archive_support import plain_issue, rich_issue

ROOT = Path(__file__).resolve().parents[2]

IMPORT_LOOP = """
import sys
sys.path.insert(0, sys.argv[2])
from bulletin_desktop.core.archive import Archive
from test_archive_support import rich_issue
archive = Archive.open(sys.argv[1], auto_backup=False)
for number in range(1, 100000):
    issue = rich_issue(number=number)
    print(archive.add_issue(issue), number, flush=True)
"""


@pytest.mark.slow
def test_kill_during_a_long_run_of_add_issue_loses_nothing_committed(tmp_path):
    path = tmp_path / "archive.sqlite"
    proc = subprocess.Popen([sys.executable, "-c", IMPORT_LOOP, str(path), str(Path(__file__).parent)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    reported: dict[int, int] = {}
    for line in proc.stdout:
        issue_id, number = map(int, line.split())
        reported[issue_id] = number
        if len(reported) == 150:
            break
    proc.send_signal(signal.SIGKILL)  # most likely in the middle of the next transaction
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read()
    with Archive.open(path, auto_backup=False) as archive:
        assert archive.integrity_check() == "ok"
        stored = {s.id: s.number for s in archive.list_issues()}
        assert reported.items() <= stored.items()
        for issue_id, number in reported.items():
            assert archive.load_issue(issue_id) == rich_issue(number=number)
        # the search indexes agree with what was committed
        assert len(archive.search("回头看", limit=1000)) == len(stored)
        archive.add_issue(rich_issue(number=max(stored.values()) + 1))  # and work goes on


def _fill_to_the_brim(archive: Archive) -> None:
    """Let the file grow no further, as if the disk were full (SQLITE_FULL). Reaches into
    the archive's connection: there is no honest public way to fill the disk in a test."""
    conn = archive._conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")


def _big_issue(number: int) -> object:
    issue = plain_issue(number, dt.date(2023, 5, number % 28 + 1), ["很长的条目。" * 400] * 40)
    issue.sections[0].entries.append(Article("长文", [(Run("段落内容。" * 500),)] * 10))
    return issue


def test_a_full_disk_rolls_back_the_action_and_keeps_earlier_work(tmp_path):
    path = tmp_path / "archive.sqlite"
    with Archive.open(path, auto_backup=False) as archive:
        first = rich_issue()
        first_id = archive.add_issue(first)
        before = archive.list_issues()
        _fill_to_the_brim(archive)

        new = _big_issue(60)
        with pytest.raises(ArchiveError) as full:
            archive.add_issue(new)
        assert "磁盘空间已满" in full.value.message and "保持原样" in full.value.message
        assert new.id is None

        edited = archive.load_issue(first_id)  # an autosave that grows the issue fails whole
        edited.sections[0].entries[0].body = (Run("加长的内容。" * 5000),)
        edited.sections[0].title = "改过的栏目"
        with pytest.raises(ArchiveError) as full:
            archive.save_issue(edited)
        assert "磁盘空间已满" in full.value.message

        assert archive.list_issues() == before
        assert archive.load_issue(first_id) == first
        assert archive.search("加长的内容") == [] and archive.search("很长的条目") == []
        assert archive.integrity_check() == "ok"

        archive._conn.execute("PRAGMA max_page_count = 1073741823")  # space freed again
        archive.save_issue(edited)
        assert archive.load_issue(first_id) == edited
    with Archive.open(path, readonly=True) as reopened:
        assert reopened.integrity_check() == "ok"
        assert len(reopened.list_issues()) == 1
