"""The archive's search finds digits and Latin letters in either width: the clerk types 52
or ＡＰＰ with the input method in whichever mode it was, and Word files from other hands
write ２０２３年 as often as 2023年. Punctuation keeps its width."""
from __future__ import annotations

import datetime as dt

import pytest

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.find import find_in_entry, find_in_issue, half_width

from test_archive_support import plain_issue

HALF = ["3月12日，市应急管理局检查了5家企业，发现隐患17处。", "3月13日，各县区推广“安全码”APP。"]
FULL = ["４月２日，县消防救援大队抽查了５家单位，整改隐患１７处。", "４月３日，县里上线ＡＰＰ巡查功能。"]


@pytest.fixture
def archive(tmp_path):
    with Archive.open(tmp_path / "archive.sqlite", auto_backup=False) as opened:
        opened.save_issue(plain_issue(1, dt.date(2024, 3, 15), HALF))
        opened.save_issue(plain_issue(2, dt.date(2024, 4, 5), FULL))
        yield opened


def _matched(hits):
    return sorted(hit.snippet[hit.match_start:hit.match_end] for hit in hits)


@pytest.mark.parametrize("term, expected", [
    ("17处", ["17处", "１７处"]),  # three characters: the trigram index
    ("１７处", ["17处", "１７处"]),
    ("17", ["17", "１７"]),  # two: the gram index
    ("５", ["5", "５"]),  # one
    ("app", ["APP", "ＡＰＰ"]),  # letters, their case ignored too
    ("ＡＰＰ", ["APP", "ＡＰＰ"]),
    ("5家", ["5家", "５家"]),
])
def test_a_term_finds_its_digits_and_letters_in_either_width(archive, term, expected):
    assert _matched(archive.search(term)) == expected


def test_several_terms_of_mixed_widths_must_all_occur(archive):
    hits = archive.search("１７ 隐患 ５家")
    assert sorted(h.issue_id for h in hits) == [1, 2]
    assert all(half_width(h.snippet[h.match_start:h.match_end]) in ("17", "隐患", "5家") for h in hits)


def test_a_short_term_with_punctuation_finds_its_digits_in_either_width(archive):
    """"，5" has no gram token of its own: the scan that decides folds the widths too."""
    assert _matched(archive.search("了5")) == ["了5", "了５"]
    assert _matched(archive.search("了５")) == ["了5", "了５"]


def test_punctuation_keeps_its_width(archive):
    assert archive.search(",") == []  # the half-width comma is in no entry; the Chinese one is everywhere


def test_the_highlights_mark_the_other_width(archive):
    [hit] = archive.search("4月2日")
    assert [hit.snippet[a:b] for a, b in hit.highlights] == ["４月２日"]


def test_a_hit_opens_at_its_match_in_the_other_width(archive):
    """Where the window shows a hit: the entry's text in whatever width it is written."""
    [hit] = [h for h in archive.search("17处") if h.issue_id == 2]
    issue = archive.load_issue(2)
    place = find_in_entry(issue, hit.entry_uid, ["17处"])
    assert place is not None and place.uid == hit.entry_uid
    entry = issue.sections[0].entries[0]
    assert entry.uid == hit.entry_uid and place.field == "body"
    assert "".join(run.text for run in entry.body)[place.start:place.end] == "１７处"


def test_finding_in_one_issue_keeps_the_widths_apart(archive):
    """Ctrl+F also replaces: replacing 1 must not rewrite １ (the clerk may be making them one width)."""
    issue = archive.load_issue(2)
    assert find_in_issue(issue, "17") == []
    assert len(find_in_issue(issue, "１７")) == 1
