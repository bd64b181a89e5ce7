"""A saying quoted in a speech that calls its word twice (“干部干部，先干一步”) is no doubled
word; a word typed twice elsewhere still is."""
from __future__ import annotations

from bulletin_desktop.core.proofread import check


def _doubled(text: str) -> list[str]:
    return [f.found for f in check(text) if f.rule == "DUP-WORD"]


def test_a_quoted_saying_calling_its_word_twice_is_silent():
    assert _doubled("他常常说：“干部干部，先干一步。”") == []
    assert _doubled("老支书常讲：“安全安全，安全第一！”") == []


def test_a_word_typed_twice_is_still_flagged():
    assert _doubled("全面开展开展隐患排查。") == ["开展开展"]
    assert _doubled("他说：“我们要全面开展开展隐患排查。”") == ["开展开展"]
    assert _doubled("“干部干部要先干一步。”") == ["干部干部"]
