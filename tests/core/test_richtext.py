import random

import pytest

from bulletin_desktop.core.richtext import Run, char_count, normalize, parse_markup, plain, replace_range, to_markup


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


# One rule for replacing by range, shared by find and replace, proofreading's fixes and the
# clean-up: what is typed at the edge of a bold run takes the weight of the character before it.
LEAD = parse_markup("12月4日**县应急局**组织培训")  # 县应急局 is characters 5-8


@pytest.mark.parametrize(("start", "new", "expected"), [
    (0, "◆", "◆12月4日**县应急局**组织培训"),  # the very start: the weight of what follows
    (5, "，", "12月4日，**县应急局**组织培训"),  # the start of the bold run: plain as the date before it
    (8, "管理", "12月4日**县应急管理局**组织培训"),  # inside the bold run: bold
    (9, "联合", "12月4日**县应急局联合**组织培训"),  # the end of the bold run: bold as the name before it
    (13, "。", "12月4日**县应急局**组织培训。"),  # the very end: the weight of the last character
])
def test_an_insertion_at_a_bold_boundary_takes_the_weight_of_the_character_before_it(start, new, expected):
    assert to_markup(replace_range(LEAD, start, start, new)) == expected


def test_an_insertion_at_the_end_of_a_bold_lead_is_bold():
    assert to_markup(replace_range(parse_markup("**一是搭建平台**将41家单位纳入"), 6, 6, "。")) == \
        "**一是搭建平台。**将41家单位纳入"


@pytest.mark.parametrize(("start", "end", "expected"), [
    (5, 9, "12月4日**X**组织培训"),  # the whole bold run: bold
    (4, 6, "12月4X**应急局**组织培训"),  # from plain into bold: the first character's weight
    (8, 10, "12月4日**县应急X**织培训"),  # from bold into plain: bold
    (0, 13, "X"),
])
def test_a_replacement_takes_the_weight_of_the_first_character_it_replaces(start, end, expected):
    assert to_markup(replace_range(LEAD, start, end, "X")) == expected


@pytest.mark.parametrize(("query", "expected"), [
    ("县应急局", "12月4日**X**组织培训"), ("日县", "12月4X**应急局**组织培训"), ("局组", "12月4日**县应急X**织培训"),
])
def test_replacing_in_an_issue_follows_the_same_rule(query, expected):
    import datetime as dt

    from bulletin_desktop.core.edits import replace_in_issue
    from bulletin_desktop.core.model import Issue, Item, Section

    issue = Issue("某县简报", 1, dt.date(2025, 4, 2), sections=[Section("动态", [Item(body=LEAD)])])
    replace_in_issue(issue, query, "X")
    assert to_markup(issue.sections[0].entries[0].body) == expected
