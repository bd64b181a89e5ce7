"""A damaged archive: the check finds it, salvage copies every issue whose pages are
intact (and only whole issues), the damaged file is left as it was."""
from __future__ import annotations

import random
import re
import shutil
import sqlite3

import pytest

from bulletin_desktop.core.archive import Archive, ArchiveCorruptError
from bulletin_desktop.core.archive.file_ops import check_file
from bulletin_desktop.core.archive.salvage import SalvageCancelled, salvage
from bulletin_desktop.core.issue_json import issue_to_dict

from archive_pages import entry_leaf_pages
from test_archive_support import rich_issue
from page_map import issue_pages

PAGE = 4096


@pytest.fixture(scope="module")
def pristine(thousand_issue_archive):
    """Every issue of the big archive as JSON, and the pages each depends on."""
    with Archive.open(thousand_issue_archive, readonly=True) as archive:
        issues = {s.id: issue_to_dict(archive.load_issue(s.id)) for s in archive.list_issues()}
    return issues, issue_pages(thousand_issue_archive)


def damage(path, seed: int, count: int) -> set[int]:
    """Overwrite ``count`` random pages (never the first: without it nothing is an archive),
    one of them a leaf of the entries table, so the damage always reaches some issue."""
    rng = random.Random(seed)
    pages = path.stat().st_size // PAGE
    chosen = {rng.choice(entry_leaf_pages(path))}
    while len(chosen) < count:
        chosen.add(rng.randrange(2, pages + 1))
    with open(path, "r+b") as handle:
        for page in chosen:
            handle.seek((page - 1) * PAGE)
            handle.write(rng.randbytes(PAGE))
    return chosen


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_salvage_recovers_every_issue_whose_pages_are_intact(tmp_path, thousand_issue_archive, pristine, seed):
    issues, pages_of = pristine
    damaged = tmp_path / "archive.sqlite"
    shutil.copyfile(thousand_issue_archive, damaged)
    hit = damage(damaged, seed, count=6)
    before = damaged.read_bytes()
    intact = {iid for iid, pages in pages_of.items() if not pages & hit}

    found = check_file(damaged)
    assert not found.ok and "已损坏" in found.message and found.detail
    assert "btree" not in found.message.lower() and "page" not in found.message.lower()
    with pytest.raises(ArchiveCorruptError) as refused:
        Archive.open(damaged, auto_backup=False)
    assert "btree" not in refused.value.message.lower() and "malformed" not in refused.value.message

    report = salvage(damaged, tmp_path / "salvaged.sqlite")
    assert damaged.read_bytes() == before  # only read
    with Archive.open(tmp_path / "salvaged.sqlite", auto_backup=False) as archive:
        assert archive.integrity_check() == "ok"  # tables and both search indexes
        recovered = {s.id: issue_to_dict(archive.load_issue(s.id)) for s in archive.list_issues()}
        assert intact <= set(recovered)
        for iid, data in recovered.items():  # whole, exactly as they were
            assert data == issues[iid]
        assert report.issues == len(recovered) and report.issues + len(report.issues_lost) <= 1000
        for lost in report.issues_lost:  # named as the trash and the backups name an issue
            assert re.fullmatch(r"(《[^》]+》)?第\d+期（(\d{4}年\d{1,2}月\d{1,2}日|.*)）", lost), lost
        assert any("年" in lost for lost in report.issues_lost) or not report.issues_lost
        assert report.entries == sum(len(e) for d in recovered.values() for e in
                                     (x["entries"] for x in d["sections"]))
        some = next(iter(recovered.values()))["sections"][0]["entries"][0]["text"][:6]
        assert {h.issue_id for h in archive.search(some, limit=2000)} >= set(recovered) - {
            iid for iid, d in recovered.items() if some not in str(d)}
    assert len(intact) < 1000 or not hit  # the damage did reach issues


def _leaves_left_of_dividers(path, index: str) -> list[int]:
    """Leaves of ``index`` that lie just before a key kept in an interior page: a list that
    begins with that key is read only by reading the leaf too."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT path, pageno, pagetype, ncell FROM dbstat WHERE name = ?", (index,)).fetchall()
    finally:
        conn.close()
    by_path = {row[0]: row for row in rows}
    return [by_path[f"{path}{i:03x}/"][1] for path, _page, kind, ncell in rows if kind == "internal"
            for i in range(ncell) if by_path.get(f"{path}{i:03x}/", ("", 0, ""))[2] == "leaf"]


@pytest.mark.parametrize("index", ["entries_in_section", "sections_in_issue"])
def test_a_damaged_index_leaf_costs_the_lists_it_bounds_and_no_more(tmp_path, thousand_issue_archive, pristine, index):
    """The lists the damaged leaf holds, and the one that begins just after it, cannot be
    shown complete; every other issue comes through whole."""
    issues, pages_of = pristine
    leaf = _leaves_left_of_dividers(thousand_issue_archive, index)[0]
    damaged = tmp_path / "archive.sqlite"
    shutil.copyfile(thousand_issue_archive, damaged)
    with open(damaged, "r+b") as handle:
        handle.seek((leaf - 1) * PAGE)
        handle.write(b"\xff" * PAGE)
    intact = {iid for iid, pages in pages_of.items() if leaf not in pages}
    salvage(damaged, tmp_path / "salvaged.sqlite")
    with Archive.open(tmp_path / "salvaged.sqlite", readonly=True) as archive:
        recovered = {s.id: issue_to_dict(archive.load_issue(s.id)) for s in archive.list_issues()}
    assert intact <= set(recovered) and 0 < 1000 - len(recovered) < 100
    assert all(data == issues[iid] for iid, data in recovered.items())


def test_salvage_of_a_file_whose_first_page_is_gone_says_nothing_was_read_and_writes_nothing(tmp_path,
                                                                                            thousand_issue_archive):
    from bulletin_desktop.core.archive.salvage import NothingSalvaged

    damaged = tmp_path / "archive.sqlite"
    shutil.copyfile(thousand_issue_archive, damaged)
    with open(damaged, "r+b") as handle:
        handle.write(b"\0" * PAGE)
    assert not check_file(damaged).ok
    with pytest.raises(NothingSalvaged):
        salvage(damaged, tmp_path / "salvaged.sqlite")
    assert not (tmp_path / "salvaged.sqlite").exists()


def test_salvage_refuses_to_overwrite(tmp_path, thousand_issue_archive):
    (tmp_path / "taken.sqlite").write_text("x")
    from bulletin_desktop.core.archive import ArchiveError

    with pytest.raises(ArchiveError):
        salvage(thousand_issue_archive, tmp_path / "taken.sqlite")


def test_a_sound_archive_checks_ok_and_salvages_whole(tmp_path, thousand_issue_archive):
    assert check_file(thousand_issue_archive).ok
    report = salvage(thousand_issue_archive, tmp_path / "copy.sqlite")
    assert (report.issues, report.entries, report.issues_lost) == (1000, 1000 * _entries(thousand_issue_archive), [])
    assert report.problems == []  # (the scoring table's rows met the new archive's defaults under their keys)


def test_the_clerks_points_survive_a_salvage(tmp_path):
    path = tmp_path / "archive.sqlite"
    with Archive.open(path, auto_backup=False) as archive:
        archive.add_issue(rich_issue())
        with archive.reading() as conn:
            key, points = conn.execute("SELECT key, points FROM scoring ORDER BY position LIMIT 1").fetchone()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE scoring SET points = ? WHERE key = ?", (points + 7, key))
    conn.close()
    report = salvage(path, tmp_path / "copy.sqlite")
    assert report.problems == []
    copy = sqlite3.connect(tmp_path / "copy.sqlite")
    try:
        assert copy.execute("SELECT points FROM scoring WHERE key = ?", (key,)).fetchone()[0] == points + 7
    finally:
        copy.close()


def _entries(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM entries WHERE issue_id = 1").fetchone()[0]
    finally:
        conn.close()


def test_a_salvage_stopped_half_way_leaves_no_output(tmp_path, thousand_issue_archive):
    damaged = tmp_path / "archive.sqlite"
    shutil.copyfile(thousand_issue_archive, damaged)
    damage(damaged, 4, count=3)
    before = damaged.read_bytes()
    seen: list[tuple[int, int, int]] = []

    def progress(done: int, total: int, copied: int) -> bool:
        seen.append((done, total, copied))
        return done < 300

    with pytest.raises(SalvageCancelled) as stopped:
        salvage(damaged, tmp_path / "salvaged.sqlite", progress=progress)
    assert "取消" in stopped.value.message
    assert seen[-1][0] == 300 and seen[-1][1] > 900 and 0 < seen[-1][2] <= 300  # copied so far, counted
    assert not list(tmp_path.glob("*salvag*"))  # neither the output nor its temporary
    assert damaged.read_bytes() == before


def test_salvaged_entries_get_todays_leads(tmp_path, thousand_issue_archive):
    """Rows copied from a file made before a rule for ``lead`` changed are counted by today's."""
    from bulletin_desktop.core.archive.store import entry_from_row
    from bulletin_desktop.core.model import unit_lead

    stale = tmp_path / "stale.sqlite"
    shutil.copyfile(thousand_issue_archive, stale)
    conn = sqlite3.connect(stale)
    with conn:
        conn.execute("UPDATE entries SET lead = 'stale' WHERE issue_id = 1")
    conn.close()
    salvage(stale, tmp_path / "salvaged.sqlite")
    conn = sqlite3.connect(tmp_path / "salvaged.sqlite")
    try:
        rows = conn.execute("SELECT lead, uid, kind, date, unit, title, body FROM entries").fetchall()
    finally:
        conn.close()
    assert rows and all(lead == unit_lead(entry_from_row(*rest)) for lead, *rest in rows)
