"""A bulletin's (刊物) name is one line of at most 40 characters without control characters,
checked by the archive wherever a series is made or renamed (command line, window, import)."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.archive import Archive, InvalidSeriesNameError
from bulletin_desktop.core.textformat import read_text


@pytest.fixture
def archive(tmp_path, sample_text):
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as opened:
        opened.add_issue(read_text(sample_text))
        yield opened


@pytest.mark.parametrize("name, reason", [
    ("漯河安全\n【生产】简报", "一行"), ("a\x01b", "控制字符"), ("字" * 41, "太长"), ("字" * 30000, "太长"), ("  ", "不能为空"),
    ("甲\r乙", "一行"), ("甲\u2028乙", "一行"),
])
def test_a_name_that_is_not_one_short_line_is_refused(archive, name, reason):
    with pytest.raises(InvalidSeriesNameError, match=reason):
        archive.add_series(name)
    with pytest.raises(InvalidSeriesNameError, match=reason):
        archive.rename_series("漯河安全生产简报", name)
    assert [s.name for s in archive.list_series()] == ["漯河安全生产简报"]


def test_renaming_through_an_issue_is_checked_too(archive):
    issue = archive.load_issue(archive.latest_issue_id())
    issue.series = "漯河\n简报"
    with pytest.raises(InvalidSeriesNameError):
        archive.save_issue(issue)
    assert [s.name for s in archive.list_series()] == ["漯河安全生产简报"]


def test_a_name_of_forty_characters_is_taken(archive):
    assert archive.add_series("字" * 40).name == "字" * 40
