"""The marks printed above or beside a masthead's name: urgency (特急, 加急, 急件) and the copy
number (份号) are marks, never part of the name, and the copy number never joins the marks."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.recognise import Role, recognise
from bulletin_desktop.core.richtext import parse_markup
from bulletin_desktop.core.textformat import read_text, write_text

REST = "第52期\n漯河市应急管理局\n2022年11月21日\n【动态】\n11月15日，**舞阳县**召开会议。"
NAME = "漯河安全生产简报"


def read(top: str):
    return recognise([parse_markup(line) for line in f"{top}\n{REST}".splitlines()])


@pytest.mark.parametrize("urgency", ["特急", "加急", "急件", "特提", "平急"])
@pytest.mark.parametrize("top", ["{u}\n{n}", "{u}{n}", "{u}　{n}", "{n}　{u}", "{n}{u}", "{n}（{u}）", "【{u}】{n}"])
def test_urgency_above_or_beside_the_name_is_a_mark(urgency, top):
    result = read(top.format(u=urgency, n=NAME))
    assert (result.issue.series, result.issue.marking) == (NAME, urgency)
    assert result.warnings == []


def test_urgency_after_the_other_marks_follows_them():
    result = read(f"秘密★1年\n内部资料　急件\n特急{NAME}")
    assert (result.issue.series, result.issue.marking) == (NAME, "秘密★1年 内部资料　急件 特急")


@pytest.mark.parametrize("name", ["特急信息", "加急专报"])
def test_a_name_that_is_an_urgency_and_a_word_names_end_with_stays_a_name(name):
    assert read(name).issue.series == name


@pytest.mark.parametrize("top, marking", [
    ("000123\n秘密★1年", "000123 秘密★1年"),
    ("000123秘密★1年", "000123 秘密★1年"),
    ("000123　秘密★1年　特急", "000123 秘密★1年　特急"),
    ("０００１２３秘密★1年", "０００１２３ 秘密★1年"),
    ("000123\n特急", "000123 特急"),
    ("000123", "000123"),
])
def test_the_copy_number_is_a_mark_line_of_its_own(top, marking):
    result = read(f"{top}\n{NAME}")
    assert (result.issue.series, result.issue.marking) == (NAME, marking)


def test_the_lines_of_marks_are_given_the_marking_role():
    result = read(f"000123秘密★1年\n特急\n{NAME}")
    assert [roles for roles in result.roles[:3]] == [(Role.MARKING,), (Role.MARKING,), (Role.NAME,)]


@pytest.mark.parametrize("marking", ["000123 秘密★1年", "000123秘密★1年", "000123　秘密★1年", "特急", "秘密★1年 特急"])
def test_the_text_format_gives_the_marking_back_as_it_was(sample_issue, marking):
    sample_issue.marking = marking
    assert read_text(write_text(sample_issue)).marking == marking
