"""A sender named with its level or place in brackets after it, as a form's column has it
(报送单位：应急局（县）), is that level's or place's office (县应急局), not a unit 应急局."""
from __future__ import annotations

import datetime as dt

from test_archive_support import plain_issue

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.inbox.reading import make_submission, paragraphs_from_text
from bulletin_desktop.core.units import registry
from bulletin_desktop.core.units.detect import stated_sender


def test_the_level_in_brackets_goes_before_the_name():
    assert stated_sender("报送单位：应急局（县）\n报送时间：2024年10月28日\n10月25日，开展检查。") == "县应急局"
    assert stated_sender("报送单位：应急管理局（鄢陵县）\n10月25日，开展检查。") == "鄢陵县应急管理局"
    assert stated_sender("报送单位：临颍县应急管理局（盖章）\n10月25日，开展检查。") == "临颍县应急管理局"


def test_a_county_s_office_so_named_is_found(tmp_path):
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        issue = plain_issue(1, dt.date(2024, 11, 10), ["11月2日，**县应急局**开展检查。"], series="鄢陵县安全生产简报")
        issue.office = "鄢陵县安全生产委员会办公室"
        archive.add_issue(issue)
        text = "报送单位：应急局（县）\n报送时间：2024年10月28日\n10月25日，县应急管理局组织开展森林防火专项检查。"
        submission = make_submission(paragraphs_from_text(text), source="粘贴", received=None, unit_id=None,
                                     names=registry.unit_names(archive))
        assert submission.unit_id == registry.resolve_unit(archive, "县应急局").id
