"""A bulletin's name set on three lines (某某县 / 应急管理 / 工作简报) is one name, as one set on two
is; a unit on the line under the first part (某某县 / 县安委会) is not part of it."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.recognise import recognise
from bulletin_desktop.core.richtext import parse_markup

REST = ("第9期\n某某县应急管理局　　2026年11月14日\n【工作动态】\n11月12日，**县应急管理局**开展专项检查。\n"
        "编辑：王一　审核：李二　签发：张三\n报：市应急管理局。")


def masthead(top: str):
    result = recognise([parse_markup(line) for line in (top + "\n" + REST).splitlines()])
    return result.issue.series, result.issue.office, [s.title for s in result.issue.sections], result.warnings


@pytest.mark.parametrize("top, name", [
    ("某某县\n应急管理\n工作简报", "某某县应急管理工作简报"),
    ("某某县\n人力资源\n工作动态", "某某县人力资源工作动态"),
    ("某某县\n安全生产简报", "某某县安全生产简报"),  # two lines, as before
])
def test_the_lines_are_one_name(top, name):
    assert masthead(top) == (name, "某某县应急管理局", ["工作动态"], [])


def test_a_unit_under_the_first_part_is_no_part_of_the_name():
    series, _office, _sections, _warnings = masthead("安全生产\n县安委会\n工作简报")
    assert "县安委会" not in series
