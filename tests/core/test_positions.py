"""Positions count code points; Qt counts UTF-16 units. The two conversions are inverse."""
from __future__ import annotations

import random

import pytest

from bulletin_desktop.core.model import Article, Issue, Item, Section
from bulletin_desktop.core.positions import (
    Position, code_point_offset, field_text, text_at, utf16_offset,
)
from bulletin_desktop.core.richtext import Run

# BMP Chinese, ASCII, and characters outside the BMP (two UTF-16 units each)
ALPHABET = "漯河安全ab1 *\\" + "𠀾𪚥𝐀😀"


def test_non_bmp_characters_take_two_units():
    text = "𠀾村𪚥家"
    assert [utf16_offset(text, i) for i in range(5)] == [0, 2, 3, 5, 6]
    assert [code_point_offset(text, u) for u in range(7)] == [0, 0, 1, 2, 2, 3, 4]


def test_round_trip_code_point_to_utf16_and_back():
    rng = random.Random(8)
    for _ in range(2000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 30)))
        units = len(text.encode("utf-16-le")) // 2
        assert utf16_offset(text, len(text)) == units
        for index in range(len(text) + 1):
            offset = utf16_offset(text, index)
            assert code_point_offset(text, offset) == index
            # what Qt would select between two offsets is exactly the code-point slice
            encoded = text.encode("utf-16-le")
            assert encoded[:2 * offset].decode("utf-16-le") == text[:index]
        # every UTF-16 offset maps to a code point whose offset is at or just before it
        for offset in range(units + 1):
            back = utf16_offset(text, code_point_offset(text, offset))
            assert back in (offset, offset - 1)


def test_field_text_names_each_field():
    item = Item(body=(Run("𠀾村", True), Run("开会。")), date="3月1日", unit="某县")
    article = Article(title="标题", paragraphs=[(Run("甲"),), (Run("乙", True), Run("𪚥丙"))])
    section = Section("栏目", [item, article])
    issue = Issue("简报", 1, __import__("datetime").date(2024, 1, 1), sections=[section])
    assert field_text(issue, Position(section.uid, "section", 0, 0)) == "栏目"
    assert field_text(issue, Position(item.uid, "date", 0, 0)) == "3月1日"
    assert field_text(issue, Position(item.uid, "unit", 0, 0)) == "某县"
    assert field_text(issue, Position(item.uid, "body", 0, 0)) == "𠀾村开会。"
    assert text_at(issue, Position(article.uid, "paragraph", 1, 3, paragraph=1)) == "𪚥丙"
    assert Position(article.uid, "title", 0, 1).kind == "article"
    with pytest.raises(LookupError):
        field_text(issue, Position(item.uid, "title", 0, 0))
    with pytest.raises(ValueError):
        Position(item.uid, "body", 3, 2)


def test_the_masthead_and_closing_fields_belong_to_the_issue():
    import datetime as dt

    from bulletin_desktop.core.model import DistributionLine, Signoff

    issue = Issue("简报", 52, dt.date(2024, 3, 1), office="县应急局", marking="内部资料",
                  signoff=Signoff(["卜丹", "赵贺龙"], [], ["翟红伟"], ["主编：王五"]),
                  distribution=[DistributionLine("送", "市委"), DistributionLine("发", "各县区")])
    assert field_text(issue, Position("", "office", 0, 0)) == "县应急局"
    assert field_text(issue, Position("", "number_line", 0, 0)) == "第52期"
    assert field_text(issue, Position("", "issue_date", 0, 0)) == "2024年3月1日"
    assert text_at(issue, Position("", "editors", 0, 3, paragraph=1)) == "赵贺龙"
    assert field_text(issue, Position("", "distribution", 0, 0, paragraph=1)) == "各县区"
    assert Position("", "signers", 0, 0).kind == "closing" and Position("", "marking", 0, 0).kind == "masthead"
    with pytest.raises(LookupError):
        field_text(issue, Position("", "special", 0, 0))  # no special series
    with pytest.raises(LookupError):
        field_text(issue, Position("", "reviewers", 0, 0))
