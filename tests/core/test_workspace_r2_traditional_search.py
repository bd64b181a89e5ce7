"""The archive's search reads a term typed in traditional characters as simplified: 檢查
finds 检查, long terms and one- or two-character ones alike, and the snippet marks the
simplified text it found; characters that are simplified ones too stay as they are."""
from __future__ import annotations

import datetime as dt

import pytest

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.traditional import simplified

from test_archive_support import plain_issue


def _issue(number: int, texts: list[str]):
    return plain_issue(number, dt.date(2025, 3, number), texts, series="某县信息")


@pytest.fixture
def archive(tmp_path):
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        archive.add_issue(_issue(1, ["县应急局开展防汛安全检查，排查隐患12处。", "召开台风防御工作会议。"]))
        archive.add_issue(_issue(2, ["县水利局组织水库巡查，落实防汛责任。", "乡镇干部参加应急演练。"]))
        yield archive


@pytest.mark.parametrize(("typed", "found"), [
    ("檢查", "检查"),            # two characters: the gram index
    ("檢", "检"),                # one
    ("颱風防禦", "台风防御"),     # three or more: the trigram index
    ("會議", "会议"),
    ("應急演練", "应急演练"),
    ("，排查隱患", "，排查隐患"),  # with punctuation
])
def test_a_traditional_term_finds_the_simplified_text(archive, typed, found):
    hits = archive.search(typed)
    assert hits and hits == archive.search(found)
    for hit in hits:
        start, end = hit.match_start, hit.match_end
        assert hit.snippet[start:end] == found


def test_several_terms_mixed_traditional_and_simplified_must_all_occur(archive):
    [hit] = archive.search("水庫 防汛責任")
    assert hit.number == 2 and len(hit.highlights) == 2
    assert archive.search("水庫 會議") == []


def test_the_fold_keeps_simplified_text_and_characters_of_both_scripts_as_they_are():
    assert simplified("检查会议，乾坤著名覆盖") == "检查会议，乾坤著名覆盖"
    assert simplified("檢查會議後的頭髮") == "检查会议后的头发"
    assert all(len(simplified(ch)) == 1 for ch in "檢查會議")  # one character for one
