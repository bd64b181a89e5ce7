"""A term in quotes, as a search engine takes it: ``"燃气安全"`` (ASCII quotes, which no
bulletin prints) and ``“安全生产月”`` find what is inside them; the quotes are not searched
for. A quote inside a term is part of it, and an unclosed one (typed so far) runs to the end."""
from __future__ import annotations

import datetime as dt

import pytest

from bulletin_desktop.core.archive import Archive, SearchFilters
from bulletin_desktop.core.archive.search import split_terms

from test_archive_support import plain_issue

TEXTS = ["5月3日，县住建局开展燃气安全专项检查，查处问题12处。",
         "6月9日，县应急管理局开展“安全生产月”宣传咨询日活动。",
         "6月10日，城关镇组织安全生产月知识竞赛，对“九小场所”燃气管道逐户排查。"]


@pytest.fixture
def archive(tmp_path):
    with Archive.open(tmp_path / "archive.sqlite", auto_backup=False) as opened:
        opened.save_issue(plain_issue(3, dt.date(2025, 6, 12), TEXTS))
        yield opened


def _found(archive, query):
    return sorted(hit.snippet[hit.match_start:hit.match_end] for hit in archive.search(query))


@pytest.mark.parametrize("query, found", [
    ('"燃气安全"', ["燃气安全"]),
    ("“燃气安全”", ["燃气安全"]),
    ("＂燃气安全＂", ["燃气安全"]),
    ("“安全生产月”", ["安全生产月", "安全生产月"]),  # quoted in one entry, not in the other
    ('"九小场所" 管道', ["九小场所"]),
    ("“安全生产月”宣传", ["“安全生产月”宣传"]),  # a quote inside a term: as written
    ('"燃气安', ["燃气安"]),  # still being typed
])
def test_quotes_mark_a_term_and_are_not_searched_for(archive, query, found):
    assert _found(archive, query) == found


def test_a_quoted_phrase_keeps_its_space_as_one_term():
    assert split_terms('"GB 30871" 动火') == ["GB 30871", "动火"]
    assert split_terms('"" 燃气 燃气') == ["燃气"]


def test_quoted_terms_combine_with_filters(archive):
    hits = archive.search("“燃气”", filters=SearchFilters(date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 12, 31)))
    assert len(hits) == 2
    assert archive.search("“燃气”", filters=SearchFilters(date_from=dt.date(2024, 1, 1),
                                                          date_to=dt.date(2024, 12, 31))) == []
