"""Pasted paragraphs read as entries without Qt (core.pasted_entries), and a unit written
before the date whose office the text after the date names by the place's level alone:
舞阳县　12月1日，县应急管理局组织… prints 12月1日，**舞阳县**应急管理局组织…, the level's
character not doubled; one opening a word of its own (县城, 区域, 市场, 镇上) stays."""
from __future__ import annotations

import sys

import pytest

from bulletin_desktop.core.model import level_repeated, unit_moved_after_date
from bulletin_desktop.core.pasted_entries import entry_spans, join_paragraphs, pasted_entries, pasted_item
from bulletin_desktop.core.richtext import Run, parse_markup, plain, to_markup


def test_the_reading_needs_no_qt():
    module = sys.modules[pasted_item.__module__]
    assert "PySide6" not in open(module.__file__, encoding="utf-8").read()


def test_several_dated_paragraphs_are_entries_in_order():
    paragraphs = [parse_markup(p) for p in (
        "报送单位：临颍县", "3月2日，**临颍县**开展燃气安全检查。", "检查发现隐患5处。",
        "（巨陵镇）3月3日，组织开展防汛演练。", "2．3月4日，**县住建局**召开会议。")]
    spans = entry_spans(paragraphs)
    assert [len(span) for span in spans] == [3, 1, 1]
    items = pasted_entries(paragraphs[1:])
    assert [(i.date, i.unit) for i in items] == [("3月2日", "临颍县"), ("3月3日", "巨陵镇"), ("3月4日", "县住建局")]
    assert plain(items[0].body).endswith("开展燃气安全检查。检查发现隐患5处。")


def test_joined_paragraphs_keep_their_bold_and_space_latin_words():
    assert join_paragraphs([(Run("甲"),), (Run("乙", True),)]) == (Run("甲"), Run("乙", True))
    assert join_paragraphs([(Run("PM2.5"),), (Run("down"),)]) == (Run("PM2.5 down"),)


@pytest.mark.parametrize("pasted, unit, body", [
    ("舞阳县　12月1日，县应急管理局组织开展消防演练。", "舞阳县", "应急管理局组织开展消防演练。"),
    ("舞阳县　12月1日，县委书记王某带队督导检查。", "舞阳县", "委书记王某带队督导检查。"),
    ("【郾城区】11月30日，区安委办召开形势分析会。", "郾城区", "安委办召开形势分析会。"),
    ("漯河市：11月28日，市市场监管局开展抽检。", "漯河市", "市场监管局开展抽检。"),
    ("（出山镇）11月19日，镇政府组织排查。", "出山镇", "政府组织排查。"),
    ("孟庙乡　11月19日，乡派出所开展夜查。", "孟庙乡", "派出所开展夜查。"),
    ("舞阳县　12月1日，**县应急管理局**组织演练。", "舞阳县应急管理局", "组织演练。"),
    ("1．【舞阳县】12月1日，县应急局开展检查。", "舞阳县", "应急局开展检查。"),
])
def test_the_level_that_repeats_the_place_is_left_out(pasted, unit, body):
    item = pasted_item([parse_markup(pasted)])
    assert (item.unit, to_markup(item.body)) == (unit, body)


@pytest.mark.parametrize("pasted, body", [
    ("郾城区　11月30日，区域内开展隐患排查。", "区域内开展隐患排查。"),
    ("舞阳县　12月1日，县城各加油站开展自查。", "县城各加油站开展自查。"),
    ("漯河市　11月28日，市场监管局开展抽检。", "市场监管局开展抽检。"),
    ("漯河市　11月28日，市民踊跃参加演练。", "市民踊跃参加演练。"),
    ("出山镇　11月19日，镇上各商户签订承诺书。", "镇上各商户签订承诺书。"),
    ("孟庙乡　11月19日，乡村道路隐患全部整改。", "乡村道路隐患全部整改。"),
    ("舞阳县　12月1日，县长李某带队检查。", "县长李某带队检查。"),
    ("舞阳县　12月1日，县、乡两级开展检查。", "县、乡两级开展检查。"),
    ("舞阳县　12月1日，组织开展消防演练。", "组织开展消防演练。"),
])
def test_a_word_opening_with_the_level_is_kept(pasted, body):
    item = pasted_item([parse_markup(pasted)])
    assert plain(item.body) == body


def test_the_shared_reader_moves_the_unit_and_keeps_what_is_not_before_a_date():
    assert unit_moved_after_date(parse_markup("舞阳县　12月1日，县应急管理局组织。")) == (
        "舞阳县", parse_markup("12月1日，应急管理局组织。"), True)
    assert unit_moved_after_date(parse_markup("舞阳县　12月1日，县城开展检查。")) == (
        "舞阳县", parse_markup("12月1日，县城开展检查。"), False)
    assert unit_moved_after_date(parse_markup("12月1日，县应急管理局组织。")) is None
    # a unit that is no place: nothing of what follows is its level
    assert level_repeated("县应急管理局", "局长带队") is False
    assert level_repeated("舞阳县", "县召开会议") and not level_repeated("舞阳县", "区召开会议")
