"""Replace throughout an issue: every field as printed, bold runs kept, counted as find counts."""
from __future__ import annotations

import datetime as dt

import pytest

from bulletin_desktop.core.edits import replace_in_issue, replaced_count, replacements, set_value
from bulletin_desktop.core.find import find_in_issue
from bulletin_desktop.core.model import (
    Article, DistributionLine, Issue, Item, Section, Signoff, Special,
)
from bulletin_desktop.core.richtext import Run, replace_range


def _issue() -> Issue:
    return Issue(
        "县应急局简报", 52, dt.date(2024, 3, 1), office="县应急局办公室", special=Special("县应急局专刊", 3),
        marking="内部资料 县应急局", sections=[
            Section("县应急局动态", [
                Item(body=(Run("县应急局", True), Run("召开会议，县应急局局长讲话。")), date="3月1日", unit="县应急局"),
            ]),
            Section("交流", [Article("县应急局经验", [(Run("——县应急局"),), (Run("一、"), Run("县应急局抓落实", True))])]),
        ],
        signoff=Signoff(["张三"], ["县应急局李四"], ["翟红伟"], ["主编：县应急局王五"]),
        distribution=[DistributionLine("送", "县委办、县应急局"), DistributionLine("发", "各乡镇")])


def test_every_field_as_printed_is_replaced_and_counted():
    issue = _issue()
    changes = replace_in_issue(issue, "县应急局", "县应急管理局")
    assert replaced_count(changes) == 13
    assert issue.office == "县应急管理局办公室" and issue.marking == "内部资料 县应急管理局"
    assert issue.special == Special("县应急管理局专刊", 3)
    item = issue.sections[0].entries[0]
    assert (issue.sections[0].title, item.unit, item.date) == ("县应急管理局动态", "县应急管理局", "3月1日")
    assert item.body == (Run("县应急管理局", True), Run("召开会议，县应急管理局局长讲话。"))
    article = issue.sections[1].entries[0]
    assert article.title == "县应急管理局经验"
    assert article.paragraphs == [(Run("——县应急管理局"),), (Run("一、"), Run("县应急管理局抓落实", True))]
    assert issue.signoff == Signoff(["张三"], ["县应急管理局李四"], ["翟红伟"], ["主编：县应急管理局王五"])
    assert issue.distribution[0] == DistributionLine("送", "县委办、县应急管理局")
    assert find_in_issue(issue, "县应急局") == [p for p in find_in_issue(issue, "县应急局") if p.field == "series"]


def test_the_bulletin_name_the_number_line_and_the_date_are_found_but_not_replaced():
    issue = _issue()
    assert [p.field for p in find_in_issue(issue, "县应急局")][:2] == ["marking", "series"]
    assert [p.field for p in find_in_issue(issue, "第52期")] == ["number_line"]
    assert [p.field for p in find_in_issue(issue, "2024年3月1日")] == ["issue_date"]
    for query in ("第52期", "2024年3月1日"):
        assert replace_in_issue(issue, query, "X") == []
    replace_in_issue(issue, "县应急局", "Y")
    assert (issue.series, issue.number_line()) == ("县应急局简报", "第52期")


def test_bold_runs_are_kept_and_a_boundary_takes_the_first_runs_weight():
    text = (Run("甲乙"), Run("丙丁", True), Run("戊"))
    assert replace_range(text, 2, 3, "X") == (Run("甲乙"), Run("X丁", True), Run("戊"))
    assert replace_range(text, 1, 3, "X") == (Run("甲X"), Run("丁", True), Run("戊"))
    assert replace_range(text, 3, 5, "X") == (Run("甲乙"), Run("丙X", True))
    assert replace_range(text, 0, 5, "") == ()


def test_closing_names_replaced_by_nothing_are_left_out_and_distribution_labels_stay():
    issue = _issue()
    replace_in_issue(issue, "翟红伟", "")
    assert issue.signoff.signers == []
    replace_in_issue(issue, "送", "报")
    assert [d.label for d in issue.distribution] == ["送", "发"]


def test_nothing_to_replace_changes_nothing():
    issue, before = _issue(), _issue()
    assert replace_in_issue(issue, "不存在", "X") == []
    assert replace_in_issue(issue, "", "X") == []
    assert replace_in_issue(issue, "县应急局", "县应急局") == []
    assert issue == before


@pytest.mark.parametrize("body, query, new, expected, count", [
    ("啊啊啊", "啊啊", "哦", "哦啊", 1),  # matches do not overlap, read from the left
    ("啊啊啊啊", "啊啊", "啊", "啊啊", 2),  # the new text is not searched again
    ("“安全”（第一）、安全。", "安全", "平安", "“平安”（第一）、平安。", 2),
    ("全角，标点，", "，", "；", "全角；标点；", 2),
    ("𪚥家村与𠀾村", "𠀾村", "某村", "𪚥家村与某村", 1),
    ("Straße STRASSE", "strasse", "路", "路 路", 2),  # case ignored, as find ignores it
])
def test_cjk_punctuation_and_overlapping_matches(body, query, new, expected, count):
    issue = Issue("简报", 1, dt.date(2024, 1, 1), sections=[Section("栏", [Item(body=(Run(body),))])])
    assert replaced_count(replace_in_issue(issue, query, new)) == count
    assert issue.sections[0].entries[0].body == ((Run(expected),) if expected else ())


def test_replacements_carry_the_old_values_that_undo_sets_back():
    issue, before = _issue(), _issue()
    one = find_in_issue(issue, "县应急局")[2]  # the special series, after the marking and the name
    changes = replacements(issue, [one], "X")
    assert [(c.uid, c.field, c.old, c.new) for c in changes] == [
        ("", "special", Special("县应急局专刊", 3), Special("X专刊", 3))]
    for change in changes:
        set_value(issue, change.uid, change.field, change.new)
    for change in reversed(changes):
        set_value(issue, change.uid, change.field, change.old)
    assert issue == before
