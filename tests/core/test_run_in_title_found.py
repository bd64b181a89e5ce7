"""A run-in title read into an entry's mark (**强化培训提能力。**12月4日，…) is text of the issue
as the body is: found, replaced and proofread there."""
from __future__ import annotations

from bulletin_desktop.core.edits import replace_in_issue
from bulletin_desktop.core.find import find_in_entry, find_in_issue
from bulletin_desktop.core.model import Issue, Item, Section
from bulletin_desktop.core.positions import Position
from bulletin_desktop.core.proofread.findings import CheckContext
from bulletin_desktop.core.proofread.issue_check import check_entry
from bulletin_desktop.core.richtext import Run, plain

import datetime as dt


def _issue(mark: str) -> Issue:
    entry = Item(body=(Run("组织开展安全培训。"),), date="12月4日", unit="县应急局", mark=mark)
    return Issue(series="某县简报", number=1, date=dt.date(2026, 12, 4), sections=[Section("工作动态", [entry])])


def test_a_run_in_title_is_found_and_replaced_where_it_stands():
    issue = _issue("强化培训提能力。")
    entry = issue.sections[0].entries[0]
    assert find_in_issue(issue, "培训") == [Position(entry.uid, "mark", 2, 4), Position(entry.uid, "body", 6, 8)]
    assert find_in_entry(issue, entry.uid, ["能力"]) == Position(entry.uid, "mark", 5, 7)
    replace_in_issue(issue, "培训", "训练")
    assert (entry.mark, plain(entry.body)) == ("强化训练提能力。", "组织开展安全训练。")


def test_a_run_in_title_is_proofread_and_a_number_is_not():
    titled = _issue("隐患整改到味。")
    found = [(position.field, finding.found) for position, finding, _text in
             check_entry(titled.sections[0].entries[0], CheckContext())]
    assert ("mark", "整改到味") in found, found
    numbered = _issue("1．")
    assert all(position.field != "mark" for position, _f, _t in check_entry(numbered.sections[0].entries[0], CheckContext()))
