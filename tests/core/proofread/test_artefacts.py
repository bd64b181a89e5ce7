"""Extraction artefacts: stray spaces and paragraphs cut by a page break, cleaned in one go."""
from __future__ import annotations

from bulletin_desktop.core.model import Article
from bulletin_desktop.core.proofread import check
from bulletin_desktop.core.proofread.artefacts import clean_text, issue_artefact_fixes, strip_spaces
from bulletin_desktop.core.richtext import Run, from_plain, plain, replace_range


def test_sample_file_has_39_stray_spaces_and_3_page_break_cuts(sample_text):
    body = sample_text.split("【安排部署】", 1)[1].split("编辑：", 1)[0]
    cleaned = clean_text(body)
    assert (cleaned.spaces, cleaned.cuts) == (39, 3)
    assert "坚持高位推动" in cleaned.text and "连续8年未发生火灾伤亡事故" in cleaned.text
    assert "今年11月份" in cleaned.text and "手机APP终端" in cleaned.text
    assert clean_text(cleaned.text).count == 0


def test_imported_sample_is_offered_one_fix_per_field_and_then_is_clean(sample_issue):
    fixes = issue_artefact_fixes(sample_issue)
    assert sum(f.count for f in fixes) == 39
    assert {f.field for f in fixes} == {"paragraphs"}  # all of them in the article
    article = next(e for _s, e in sample_issue.entries() if isinstance(e, Article))
    article.paragraphs = fixes[0].new
    assert issue_artefact_fixes(sample_issue) == []
    assert all(f.kind != "spacing" for p in article.paragraphs for f in check(plain(p)))


def test_near_misses_keep_their_spaces():
    for text in ("依据GB/T 9704排版。", "编号为ISO 9001认证。", "全市共排查隐患12处。"):
        assert clean_text(text).count == 0


def test_spaces_set_on_purpose_are_kept_and_stray_ones_are_not():
    """Two or more spaces between words are layout: a table's row read from Word (its cells
    two spaces apart), an office and its date, names spaced in a sign-off line; one space
    between words, or any after a sentence's end, is stray."""
    for text in ("区县  整治点位  完成率", "东城区  56  100%", "某某办公室　　　　2024年3月5日", "编辑：王五　　　　审核：赵六"):
        assert clean_text(text).count == 0 and [f for f in check(text) if f.kind == "spacing"] == []
    for text, stray in (("县应急局 开展检查。", " "), ("检查隐患 12 处。", " "), ("开展检查。　　下一步，全面整改。", "　　")):
        assert [f.found for f in check(text) if f.kind == "spacing"][:1] == [stray]
        assert clean_text(text).count >= 1


def test_paragraphs_that_end_or_start_properly_are_not_joined():
    text = "全市安全生产形势稳定向好。这一段已经结束，而且超过四十个字，后面是新的一段内容。\n\n11月16日，舞阳县组织专家复查。"
    assert clean_text(text).cuts == 0


def test_stripping_spaces_keeps_bold():
    rich = (Run("一是搭建平台。", True), Run("将 41 家重点单位纳入平台"))
    cleaned, count = strip_spaces(rich)
    assert count == 2 and cleaned == (Run("一是搭建平台。", True), Run("将41家重点单位纳入平台"))


def test_replace_range_takes_the_weight_of_what_it_replaces():
    rich = (Run("安全生产", True), Run("形式持续稳定"))
    assert replace_range(rich, 4, 6, "形势") == (Run("安全生产", True), Run("形势持续稳定"))
    assert replace_range(rich, 0, 2, "消防") == (Run("消防生产", True), Run("形式持续稳定"))
    assert replace_range(from_plain("层层层"), 2, 3, "") == from_plain("层层")
    assert replace_range(from_plain("ab"), 2, 2, "c") == from_plain("abc")


def test_article_paragraphs_cut_by_a_page_break_are_joined():
    long = "近年来，漯河市源汇区老街街道创新推行网格化管理机制，全力维护辖区消防安全稳定，连续8年未发生"
    article = Article("标题", [from_plain(long), from_plain("火灾伤亡事故。"), from_plain("一、夯实基础。")])
    from bulletin_desktop.core.model import Issue, Section
    import datetime as dt
    issue = Issue("简报", 1, dt.date(2022, 1, 1), sections=[Section("工作交流", [article])])
    [fix] = issue_artefact_fixes(issue)
    assert fix.count == 1 and [plain(p) for p in fix.new] == [long + "火灾伤亡事故。", "一、夯实基础。"]
