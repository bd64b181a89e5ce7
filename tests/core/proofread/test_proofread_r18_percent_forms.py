"""A percentage as GB/T 15835 writes it: digits and the sign together (95%), half-width. A space
between them (95 %) is told as a stray space and cleaned up with the others; a full-width sign
after it too (95 ％); Chinese numerals before the sign (九十五%) are told with the digits to
write. A table's cells spaced apart, 百分之九十五 in words and a word ending in a numeral
(统一%) draw nothing."""
import pytest

from bulletin_desktop.core.proofread import check
from bulletin_desktop.core.proofread.artefacts import clean_text


def _told(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.rule, f.found, f.suggestion) for f in check(text)]


@pytest.mark.parametrize("text, told", [
    ("截至11月底，全县森林覆盖率达到62.5 %，较上年提高0.4个百分点。", [("S-NUM-PERCENT", " ", "")]),
    ("全县城区绿地率为38.6 ‰。", [("S-NUM-PERCENT", " ", "")]),
    ("一般公共预算收入同比增长12.6 ％。", [("S-NUM-PERCENT", " ", ""), ("W-FULLWIDTH", "％", "%")]),
    ("全县森林覆盖率达到九十五%。", [("N-CN-PERCENT", "九十五%", "95%")]),
    ("抽检合格率为九十九点五%。", [("N-CN-PERCENT", "九十九点五%", "99.5%")]),
    ("约二十%的村完成改造。", [("N-CN-PERCENT", "二十%", "20%")]),
])
def test_a_percentage_written_apart_or_in_words_is_told(text, told):
    assert _told(text) == told


@pytest.mark.parametrize("text", [
    "全县森林覆盖率达到62.5%，城区绿地率38.6‰。",
    "合格率为百分之九十九点五，要做到统一%的写法。",
    "排名表：东城区  56  100%",
    "全县一般公共预算收入同比增长12.6%。",
])
def test_a_percentage_written_right_draws_nothing(text):
    assert check(text) == []


def test_the_clean_up_closes_the_space_before_the_sign():
    cleaned = clean_text("森林覆盖率达到62.5 %，较上年提高0.4个百分点。")
    assert cleaned.text == "森林覆盖率达到62.5%，较上年提高0.4个百分点。" and cleaned.spaces == 1
