"""A masthead that prints only its special series' number (（防汛专刊　第3期） under the name, no
第N期 of the bulletin's own) is imported with that number, and the clerk is told; a 专刊 that
prints no number at all is still refused, saying what to add."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.model import Special
from bulletin_desktop.core.recognise import BulletinFormatError, recognise
from bulletin_desktop.core.richtext import parse_markup

BODY = "【雨情水情】\n20日，**县水文站**监测显示，全县平均降雨量78.6毫米。"


def read(masthead: str):
    return recognise([parse_markup(line) for line in f"{masthead}\n{BODY}".splitlines()])


@pytest.mark.parametrize("line", ["（防汛专刊　第3期）", "防汛专刊（第3期）", "（防汛专刊·第3期）", "防汛专刊 第3期"])
def test_the_special_series_number_alone_numbers_the_issue(line):
    result = read(f"防汛工作简报\n{line}\n西平县防汛抗旱指挥部办公室　　2026年7月21日")
    issue = result.issue
    assert (issue.series, issue.number, issue.special) == ("防汛工作简报", 3, Special("防汛专刊", 3))
    assert (issue.office, str(issue.date)) == ("西平县防汛抗旱指挥部办公室", "2026-07-21")
    assert any("只有专刊的期号" in w and "第3期" in w for w in result.warnings)


def test_the_bulletins_own_number_is_kept_beside_its_special_series_number():
    result = read("防汛工作简报\n第15期\n（防汛专刊　第3期）\n2026年7月21日")
    assert (result.issue.number, result.issue.special, result.warnings) == (15, Special("防汛专刊", 3), [])


def test_a_special_issue_with_no_number_at_all_is_refused():
    with pytest.raises(BulletinFormatError, match="没有期号"):
        read("防汛工作简报\n增　刊\n2026年7月21日")
