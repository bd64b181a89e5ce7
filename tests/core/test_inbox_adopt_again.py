"""Adopting a submission into the section of an issue where it is already adopted is refused
(its entries would be printed and counted twice) unless asked for again; another candidate of
the same submission, or another section, is an ordinary adoption."""
from __future__ import annotations

import datetime as dt

import pytest

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.inbox import add_submissions
from bulletin_desktop.core.inbox.adopt import AlreadyAdoptedError, adopt_into
from bulletin_desktop.core.inbox.reading import make_submission, paragraphs_from_text
from bulletin_desktop.core.units import registry

TEXT = "舞阳县来稿\n11月19日，舞阳县组织开展燃气安全检查。\n11月20日，舞阳县召开防汛会议。"


@pytest.fixture
def archive(tmp_path, sample_issue):
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        archive.add_issue(sample_issue)
        yield archive


def _submit(archive) -> int:
    item = make_submission(paragraphs_from_text(TEXT), source="粘贴", received=dt.date(2022, 11, 19), unit_id=None,
                           names=registry.unit_names(archive))
    return add_submissions(archive, [item])[0]


def _count(archive, title):
    issue = archive.load_issue(archive.list_issues()[0].id)
    return len(next(s for s in issue.sections if s.title == title).entries)


def test_the_same_submission_into_the_same_section_twice_is_refused(archive):
    sid = _submit(archive)
    issue_id = archive.list_issues()[0].id
    before = _count(archive, "隐患排查")
    adopt_into(archive, sid, archive.load_issue(issue_id), "隐患排查")
    with pytest.raises(AlreadyAdoptedError) as refused:
        adopt_into(archive, sid, archive.load_issue(issue_id), "隐患排查")
    assert "这篇来稿已采用到第52期【隐患排查】" in refused.value.message
    assert _count(archive, "隐患排查") == before + 2
    # into another section it is an ordinary adoption; again, when asked, it is done
    adopt_into(archive, sid, archive.load_issue(issue_id), "督导检查")
    adopt_into(archive, sid, archive.load_issue(issue_id), "隐患排查", again=True)
    assert _count(archive, "隐患排查") == before + 4


def test_another_candidate_may_join_the_section_but_not_the_same_one(archive):
    sid = _submit(archive)
    issue_id = archive.list_issues()[0].id
    adopt_into(archive, sid, archive.load_issue(issue_id), "隐患排查", candidate=1)
    adopt_into(archive, sid, archive.load_issue(issue_id), "隐患排查", candidate=2)
    with pytest.raises(AlreadyAdoptedError):
        adopt_into(archive, sid, archive.load_issue(issue_id), "隐患排查", candidate=2)
    with pytest.raises(AlreadyAdoptedError):
        adopt_into(archive, sid, archive.load_issue(issue_id), "隐患排查")
