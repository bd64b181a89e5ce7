"""“Ignore here” kept in the archive: the finding stays away after the archive is opened
again and through edits elsewhere, and comes back when the ignored text itself is edited."""
from __future__ import annotations

import copy

import pytest

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.model import Item
from bulletin_desktop.core.proofread import ignored_here
from bulletin_desktop.core.proofread.report import issue_findings, issue_report
from bulletin_desktop.core.richtext import from_plain, plain
from bulletin_desktop.core.textformat import read_text

SITUATION = "安全生产形式持续稳定向好"


@pytest.fixture
def archive_path(tmp_path, sample_issue):
    path = tmp_path / "archive.sqlite"
    with Archive.open(path, auto_backup=False) as archive:
        archive.add_issue(sample_issue)
    return path


def _situation(archive, issue) -> list[dict]:
    return [item for item in issue_report(archive, issue) if item["found"] == "形式"]


def _ignore_situation(path):
    with Archive.open(path, auto_backup=False) as archive:
        issue = archive.load_issue(archive.list_issues()[0].id)
        [(item, anchor)] = [(i, a) for i, a in issue_findings(archive, issue) if i["found"] == "形式"]
        ignored_here.remember(archive, issue.id, anchor)
        assert _situation(archive, issue) == []
        return issue.id


def _edited(path, issue_id, change) -> list[dict]:
    """Save ``change(issue)`` and check the issue again, in a freshly opened archive."""
    with Archive.open(path, auto_backup=False) as archive:
        issue = archive.load_issue(issue_id)
        change(issue)
        archive.save_issue(issue)
    with Archive.open(path, readonly=True) as archive:
        return _situation(archive, archive.load_issue(issue_id))


def _rewrite(entry, change) -> None:
    assert isinstance(entry, Item)
    entry.body = from_plain(change(plain(entry.body)))


def _rewrite_first(issue, change) -> None:
    entry = issue.sections[0].entries[0]
    assert SITUATION in plain(entry.body)
    _rewrite(entry, change)


def test_an_ignored_place_stays_ignored_after_reopening_and_edits_elsewhere(archive_path):
    issue_id = _ignore_situation(archive_path)
    with Archive.open(archive_path, readonly=True) as archive:
        [(_row, anchor)] = ignored_here.listed(archive, issue_id)
        assert (anchor.found, anchor.field, anchor.before, anchor.after) == ("形式", "body", "全市安全生产", "持续稳定向好")
        assert _situation(archive, archive.load_issue(issue_id)) == []

    def elsewhere(issue) -> None:
        _rewrite_first(issue, lambda body: "开头加了一句话。" + body + "结尾也加了一句。")  # other sentences
        _rewrite(issue.sections[1].entries[0], lambda body: body + "另一条也改了。")
        added = copy.deepcopy(issue.sections[0].entries[0])  # an entry added before it
        added.uid = "new-entry"
        _rewrite(added, lambda _body: "新加的一条。")
        issue.sections[0].entries.insert(0, added)

    assert _edited(archive_path, issue_id, elsewhere) == []


@pytest.mark.parametrize("edit", [
    lambda body: body.replace("生产形式持续", "生产形式仍然"),  # the words right after it
    lambda body: body.replace("全市安全生产形式", "全县安全生产工作形式"),  # right before it
    lambda body: body.replace(SITUATION, "安全生产形势持续稳定向好").replace(
        "深入查找", "当前防汛形式依然严峻，深入查找"),  # fixed, and the word written anew elsewhere
])
def test_editing_the_ignored_text_itself_brings_the_finding_back(archive_path, edit):
    issue_id = _ignore_situation(archive_path)

    assert [f["found"] for f in _edited(archive_path, issue_id, lambda issue: _rewrite_first(issue, edit))] == ["形式"]


def test_the_ignored_place_belongs_to_its_issue_and_goes_to_the_trash_with_it(archive_path, sample_text):
    issue_id = _ignore_situation(archive_path)
    with Archive.open(archive_path, auto_backup=False) as archive:
        twin = read_text(sample_text)
        twin.number = 53
        twin_id = archive.add_issue(twin)  # the same text in another issue: still reported there
        assert [f["found"] for f in _situation(archive, archive.load_issue(twin_id))] == ["形式"]
        item = archive.delete_issue(issue_id)
        archive.restore_from_trash(item)
        assert len(ignored_here.listed(archive, issue_id)) == 1
        assert _situation(archive, archive.load_issue(issue_id)) == []
        [(row_id, _anchor)] = ignored_here.listed(archive, issue_id)
        assert not ignored_here.forget(archive, twin_id, row_id)  # another issue's place
        assert ignored_here.forget(archive, issue_id, row_id)
        assert len(_situation(archive, archive.load_issue(issue_id))) == 1
