"""Find in an issue: every field, case ignored, ranges in code points of the field's text."""
from __future__ import annotations

import datetime as dt

from bulletin_desktop.core.find import find_in_issue, occurrences
from bulletin_desktop.core.model import Article, Issue, Item, Section
from bulletin_desktop.core.positions import text_at
from bulletin_desktop.core.richtext import Run


def _issue() -> Issue:
    return Issue("简报", 1, dt.date(2024, 1, 1), sections=[
        Section("𠀾村动态", [
            Item(body=(Run("𠀾村", True), Run("与𪚥家村召开会议。")), date="3月1日", unit="𪚥家村"),
        ]),
        Section("交流", [Article("𪚥家村经验", [(Run("一、"), Run("𪚥家村", True)), (Run("Straße 𪚥家村"),)])]),
    ])


def test_every_match_covers_exactly_the_query():
    issue = _issue()
    found = find_in_issue(issue, "𪚥家村")
    assert [(p.field, p.paragraph) for p in found] == [
        ("unit", 0), ("body", 0), ("title", 0), ("paragraph", 0), ("paragraph", 1)]
    assert all(text_at(issue, p) == "𪚥家村" for p in found)
    body = found[1]
    assert (body.start, body.end) == (3, 6)  # after 𠀾村与: code points, not UTF-16 units


def test_case_folding_that_changes_length_keeps_original_offsets():
    assert list(occurrences("Straße 𪚥家村", "𪚥家村")) == [(7, 10)]
    assert list(occurrences("Straße", "STRASSE")) == [(0, 6)]
    assert list(occurrences("aAa", "a")) == [(0, 1), (1, 2), (2, 3)]


def test_nothing_to_find():
    assert find_in_issue(None, "x") == []
    assert find_in_issue(_issue(), "") == []
    assert find_in_issue(_issue(), "不存在") == []


def test_a_search_hit_is_shown_at_the_first_term_in_reading_order():
    from bulletin_desktop.core.find import find_in_entry

    issue = _issue()
    item, article = issue.sections[0].entries[0], issue.sections[1].entries[0]
    first = find_in_entry(issue, item.uid, ["会议", "𪚥家村"])
    assert (first.field, text_at(issue, first)) == ("unit", "𪚥家村")
    assert text_at(issue, find_in_entry(issue, item.uid, ["会议"])) == "会议"
    hit = find_in_entry(issue, article.uid, ["straße", "经验"])
    assert (hit.field, text_at(issue, hit)) == ("title", "经验")
    assert find_in_entry(issue, article.uid, ["会议"]) is None


def test_the_masthead_and_the_closing_block_are_found_in_printed_order():
    from bulletin_desktop.core.model import DistributionLine, Signoff, Special

    issue = _issue()
    issue.marking, issue.office, issue.special = "内部资料", "𪚥家村委员会", Special("𪚥家村专刊", 2)
    issue.signoff = Signoff(["卜丹"], ["𪚥家村甲"], ["翟红伟"], ["主编：𪚥家村乙", "校对：𪚥家村丙"])
    issue.distribution = [DistributionLine("送", "𪚥家村")]
    found = find_in_issue(issue, "𪚥家村")
    assert [(p.field, p.paragraph) for p in found] == [
        ("special", 0), ("office", 0), ("unit", 0), ("body", 0), ("title", 0), ("paragraph", 0), ("paragraph", 1),
        ("others", 0), ("reviewers", 0), ("others", 1), ("distribution", 0)]
    assert all(text_at(issue, p) == "𪚥家村" and (p.uid == "") == (p.kind in ("masthead", "closing")) for p in found)
    signer = find_in_issue(issue, "翟红伟")
    assert [(p.uid, p.kind, p.field, text_at(issue, p)) for p in signer] == [("", "closing", "signers", "翟红伟")]
    assert [p.field for p in find_in_issue(issue, "第1期")] == ["number_line"]
    assert [p.field for p in find_in_issue(issue, "2024年1月1日")] == ["issue_date"]


def test_after_a_replace_finding_goes_on_past_the_new_text():
    from bulletin_desktop.core.edits import replacements, set_value
    from bulletin_desktop.core.find import next_after_replacing

    issue = Issue("简报", 1, dt.date(2024, 1, 1), sections=[Section("栏", [Item(body=(Run("甲乙甲丙甲"),))])])
    matches = find_in_issue(issue, "甲")
    for change in replacements(issue, [matches[1]], "甲甲"):  # the new text matches too
        set_value(issue, change.uid, change.field, change.new)
    again = find_in_issue(issue, "甲")
    index = next_after_replacing(again, 1, matches[1], 2)
    assert (index, again[index].start) == (3, 5)  # 甲乙[甲甲]丙甲: the last 甲 is next
    assert next_after_replacing(again, 3, again[3], 1) == 4  # none after the last
