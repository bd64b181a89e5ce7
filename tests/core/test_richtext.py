import random

import pytest

from bulletin_desktop.core.richtext import Run, char_count, normalize, parse_markup, plain, to_markup


def test_bold_spans_are_read():
    text = parse_markup("11月18日，**西城区**组织召开会议。")
    assert text == (Run("11月18日，"), Run("西城区", True), Run("组织召开会议。"))


def test_unclosed_bold_runs_to_the_end():
    assert parse_markup("a**b") == (Run("a"), Run("b", True))


@pytest.mark.parametrize("raw", ["a*b", "星号**", "\\", "a\\*b", "\\\\**", "x\\", "**\\**", "*", "***", "\\n"])
def test_markup_round_trip_of_awkward_text(raw):
    for bold in (False, True):
        text = normalize([Run("前"), Run(raw, bold), Run("后", not bold)])
        assert parse_markup(to_markup(text)) == text


def test_markup_round_trip_random():
    rng = random.Random(7)
    alphabet = "*\\a中文 ，。"
    for _ in range(2000):
        runs = normalize(Run("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6))), rng.random() < 0.5)
                         for _ in range(rng.randint(0, 5)))
        assert parse_markup(to_markup(runs)) == runs, runs


def test_plain_and_count():
    text = parse_markup("今年 11 月份，**一是**搭建。")
    assert plain(text) == "今年 11 月份，一是搭建。"
    # whitespace does not count; every Chinese character, digit and punctuation mark does
    assert char_count(plain(text)) == 12
