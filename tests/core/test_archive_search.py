"""Full-text search on Chinese text: terms of every length, several terms, snippets, and
results that follow edits."""
from __future__ import annotations

import datetime as dt
import random

import pytest

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.archive import search as search_module
from bulletin_desktop.core.archive.grams import grams
from bulletin_desktop.core.archive.search import make_snippet, split_terms
from bulletin_desktop.core.archive.search_records import SearchFilters
from bulletin_desktop.core.model import Article, Section
from bulletin_desktop.core.richtext import Run

from test_archive_support import SERIES, plain_issue, rich_issue

OLD = ["3月1日，**舞阳县**开展消防安全检查，排查隐患12处。", "3月2日，市应急管理局召开防汛工作会议。"]
NEW = ["6月5日，**郾城区**组织危化品应急演练。", "6月6日，**舞阳县**开展安全生产大检查“回头看”。",
       "6月7日，源汇区推进燃气安全专项整治，消防部门参与演练。"]


@pytest.fixture
def archive(tmp_path):
    with Archive.open(tmp_path / "archive.sqlite", auto_backup=False) as opened:
        opened.save_issue(plain_issue(1, dt.date(2023, 3, 3), OLD))
        opened.save_issue(plain_issue(2, dt.date(2023, 6, 9), NEW))
        yield opened


def _texts(hits):
    return [h.snippet.replace("…", "") for h in hits]


def _assert_marks(hits, term):
    for hit in hits:
        assert hit.snippet[hit.match_start:hit.match_end].lower() == term.lower(), hit


@pytest.mark.parametrize("term, expected", [
    ("县", [NEW[1], OLD[0]]),  # one character
    ("隐患", [OLD[0]]),  # two characters: the trigram index alone finds nothing
    ("演练", [NEW[0], NEW[2]]),
    ("大检查", [NEW[1]]),  # three
    ("消防安全", [OLD[0]]),  # four
    ("应急管理局", [OLD[1]]),
])
def test_terms_of_one_to_five_characters(archive, term, expected):
    hits = archive.search(term)
    assert [h.snippet for h in hits] == [
        t.replace("**", "") for t in expected
    ], [h.snippet for h in hits]
    _assert_marks(hits, term)
    assert all(h.kind == "item" and h.series == SERIES and h.section == "工作动态" for h in hits)


def test_newest_issue_first_then_reading_order(archive):
    hits = archive.search("安全")
    assert [(h.number, h.date) for h in hits] == [(2, dt.date(2023, 6, 9))] * 2 + [(1, dt.date(2023, 3, 3))]
    stored = archive.load_issue(hits[0].issue_id)
    order = [e.uid for e in stored.sections[0].entries]
    assert [h.entry_uid for h in hits[:2]] == [order[1], order[2]]


def test_several_terms_must_all_occur(archive):
    assert _texts(archive.search("消防 演练")) == [NEW[2]]
    assert _texts(archive.search("舞阳县 隐患")) == [OLD[0].replace("**", "")]
    assert _texts(archive.search("县　回头看")) == [NEW[1].replace("**", "")]  # full-width space
    assert archive.search("消防 回头看") == []
    hit = archive.search("演练 燃气")[0]  # the snippet marks the earliest of the terms
    assert hit.snippet[hit.match_start:hit.match_end] == "燃气"


def test_nothing_found_and_empty_queries(archive):
    assert archive.search("猫") == []
    assert archive.search("不存在的词") == []
    assert archive.search("") == [] and archive.search("   ") == []
    assert len(archive.search("月", limit=2)) == 2


@pytest.mark.parametrize("query", [
    '"', '"安全', "安全 AND", "NEAR(安全 检查)", "-安全", "安全*", "(", "()", "^", "col:安全", "{安全}", "'",
    "安\x00全", "\x00", "安全\udcff", "\ud800", "安" * 5000, " ".join(["安全"] * 2000), "，。！？",
])
def test_odd_queries_find_nothing_or_the_literal_text_and_never_fail(archive, query):
    """Quotes, FTS operators, a NUL from a paste, an argument's byte in another encoding:
    each is taken as text (quotes as marking a term); the search answers, it does not fail."""
    hits = archive.search(query)
    assert all(make_snippet(h.snippet, split_terms(query)) for h in hits)
    assert archive.search("安全", filters=SearchFilters(section="安全\udcff", unit="\x00")) == []


def test_terms_with_punctuation_and_latin_letters(archive, tmp_path):
    assert _texts(archive.search("，市")) == [OLD[1]]
    assert _texts(archive.search("“回")) == [NEW[1].replace("**", "")]
    archive.save_issue(rich_issue(number=3))
    hits = archive.search("app")
    assert [h.kind for h in hits] == ["article"] and hits[0].snippet[hits[0].match_start:hits[0].match_end] == "APP"
    assert [h.kind for h in archive.search("智慧平台")] == ["article"]
    assert archive.search("41")[0].kind == "article"


def test_edits_are_searchable_at_once_and_old_text_is_gone(archive):
    [hit] = archive.search("隐患")
    issue = archive.load_issue(hit.issue_id)
    entry = issue.sections[0].entries[0]
    entry.body = (Run("开展"), Run("燃气", True), Run("管道巡查。"))
    issue.sections.append(Section("经验交流", [Article("汛期工作体会", [(Run("提前预置抢险物资。"),)])]))
    archive.save_issue(issue)
    assert archive.search("隐患") == [] and archive.search("消防安全") == [] and archive.search("患") == []
    assert [h.entry_uid for h in archive.search("管道巡查")] == [entry.uid]
    assert entry.uid in {h.entry_uid for h in archive.search("燃气")}
    assert [h.kind for h in archive.search("抢险")] == ["article"]
    issue.sections[0].entries.remove(entry)
    archive.save_issue(issue)
    assert archive.search("管道") == []
    archive.delete_issue(issue.id)
    assert archive.search("汛") == []


def test_snippet_is_about_sixty_characters_around_the_match(tmp_path):
    long_text = "前文" * 60 + "关键词语" + "后文" * 60
    with Archive.open(tmp_path / "archive.sqlite", auto_backup=False) as archive:
        archive.save_issue(plain_issue(1, dt.date(2023, 1, 1), [long_text]))
        [hit] = archive.search("关键词语")
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert 55 <= len(hit.snippet) <= 66
    assert hit.snippet[hit.match_start:hit.match_end] == "关键词语"
    assert 8 <= hit.match_start <= 25


def test_make_snippet_at_the_edges():
    assert make_snippet("短文本中的检查。", ["检查"]) == ("短文本中的检查。", 5, 7)
    text = "甲" * 100 + "尾巴"
    snippet, start, end = make_snippet(text, ["尾巴"])
    assert snippet.startswith("…") and not snippet.endswith("…") and snippet[start:end] == "尾巴"
    assert make_snippet("第一段\n第二段", ["一段 第"[:2]]) == ("第一段 第二段", 1, 3)
    assert make_snippet("没有", ["有没"]) is None


def test_grams_are_deterministic_and_skip_punctuation():
    assert grams("安全，安全A1") == "安 全 a 1 安全 全a a1"
    assert grams("") == ""


@pytest.mark.parametrize("few_candidates", [0, 10**6], ids=["walk-newest-first", "sort-candidates"])
def test_search_agrees_with_reading_every_entry(tmp_path, monkeypatch, few_candidates):
    # both ways of ordering the hits (see search.FEW_CANDIDATES) must give the same answer
    monkeypatch.setattr(search_module, "FEW_CANDIDATES", few_candidates)
    rng = random.Random(7)
    alphabet = "安全生产检查隐患排查县区局市消防演练会议，。、APPgps12"
    with Archive.open(tmp_path / "archive.sqlite", auto_backup=False) as archive:
        texts_by_issue = {}
        for number in range(1, 13):
            texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(5, 40))) for _ in range(8)]
            archive.save_issue(plain_issue(number, dt.date(2023, 1, 1) + dt.timedelta(days=number * 7), texts))
            texts_by_issue[number] = [t.replace("**", "") for t in texts]
        all_texts = [t for number in sorted(texts_by_issue, reverse=True) for t in texts_by_issue[number]]
        for _ in range(150):
            source = rng.choice(all_texts)
            length = rng.randint(1, 4)
            start = rng.randint(0, max(0, len(source) - length))
            terms = [source[start:start + length]]
            if rng.random() < 0.3:
                terms.append(rng.choice(alphabet))
            terms = [t for t in terms if t.strip()]
            if not terms:
                continue
            expected = [t for t in all_texts if all(term.lower() in t.lower() for term in terms)]
            hits = archive.search(" ".join(terms), limit=1000)
            assert [h.snippet for h in hits] == expected, terms  # short texts: the snippet is all of it
            for hit in hits:
                assert hit.snippet[hit.match_start:hit.match_end].lower() in [t.lower() for t in terms]


def test_search_in_a_read_only_archive(tmp_path):
    path = tmp_path / "archive.sqlite"
    with Archive.open(path, auto_backup=False) as archive:
        archive.save_issue(plain_issue(1, dt.date(2023, 1, 1), NEW))
    with Archive.open(path, readonly=True) as reader:
        assert len(reader.search("演练")) == 2


def test_filters_narrow_by_series_dates_section_and_unit(archive):
    from bulletin_desktop.core.archive import SearchFilters

    archive.save_issue(plain_issue(7, dt.date(2024, 2, 1), ["2月1日，**舞阳县**开展消防演练。"], series="防汛简报",
                                   section="经验交流"))
    everywhere = archive.search("演练")
    assert [(h.series, h.number) for h in everywhere] == [("防汛简报", 7), (SERIES, 2), (SERIES, 2)]
    assert [h.number for h in archive.search("演练", filters=SearchFilters(series=SERIES))] == [2, 2]
    assert [h.number for h in archive.search("演练", filters=SearchFilters.year(2024))] == [7]
    assert archive.search("演练", filters=SearchFilters.year(2022)) == []
    inclusive = SearchFilters(date_from=dt.date(2023, 3, 3), date_to=dt.date(2023, 3, 3))
    assert [h.number for h in archive.search("县", filters=inclusive)] == [1]
    assert [h.number for h in archive.search("演练", filters=SearchFilters(section="经验交流"))] == [7]
    by_unit = archive.search("县", filters=SearchFilters(unit="舞阳县"))
    assert [(h.number, h.snippet[:5]) for h in by_unit] == [(7, "2月1日，"), (2, "6月6日，"), (1, "3月1日，")]
    assert archive.search("县", filters=SearchFilters(unit="舞阳县", date_to=dt.date(2023, 12, 31)))[0].number == 2
    assert archive.search("县", filters=SearchFilters(unit="没有这个单位")) == []


@pytest.mark.parametrize("few_candidates", [0, 10**6], ids=["walk-newest-first", "sort-candidates"])
def test_filters_agree_with_reading_every_entry(archive, monkeypatch, few_candidates):
    from bulletin_desktop.core.archive import SearchFilters

    monkeypatch.setattr(search_module, "FEW_CANDIDATES", few_candidates)
    for number, year in ((10, 2021), (11, 2022), (12, 2023)):
        archive.save_issue(plain_issue(number, dt.date(year, 5, 5), OLD + NEW))
    for filters in (SearchFilters.year(2022), SearchFilters(unit="郾城区"), SearchFilters(series="无"),
                    SearchFilters(date_from=dt.date(2022, 1, 1), unit="舞阳县")):
        hits = archive.search("安全", limit=100, filters=filters)
        for hit in hits:
            assert (filters.date_from is None or hit.date >= filters.date_from)
            assert (filters.date_to is None or hit.date <= filters.date_to)
        expected = [h for h in archive.search("安全", limit=100)
                    if (filters.date_from is None or h.date >= filters.date_from)
                    and (filters.date_to is None or h.date <= filters.date_to)
                    and (filters.series is None or h.series == filters.series)
                    and (filters.unit is None or f"，{filters.unit}" in h.snippet)]
        assert hits == expected, filters


def test_every_occurrence_of_every_term_is_highlighted(archive):
    [hit] = archive.search("演练 燃气")
    marked = [hit.snippet[a:b] for a, b in hit.highlights]
    assert marked == ["燃气", "演练"]
    assert (hit.match_start, hit.match_end) == hit.highlights[0]


def test_choices_list_what_the_archive_holds(archive):
    choices = archive.search_choices()
    assert choices.series == [SERIES] and choices.years == [2023] and choices.sections == ["工作动态"]
    assert choices.units[0] == "舞阳县" and set(choices.units) == {"舞阳县", "郾城区"}
