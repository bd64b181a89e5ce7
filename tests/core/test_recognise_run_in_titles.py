"""An entry headed by a bold run-in title before its date (**强化培训提能力。**12月4日，…):
the date and the bold unit after it are read as without the title, which stays printed
first and bold."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.model import Item
from bulletin_desktop.core.richtext import parse_markup, to_markup
from bulletin_desktop.core.textformat import read_text, write_text

MASTHEAD = "某某简报\n\n第3期\n\n某某办公室\n\n2026年12月10日\n\n【工作动态】\n\n"


@pytest.mark.parametrize("line, date, unit", [
    ("**强化培训提能力。**12月4日，**市消防救援支队**组织业务培训。", "12月4日", "市消防救援支队"),
    ("**全力做好冬季火灾防控。**12月2日，市消安委召开会议。", "12月2日", ""),
    ("**“九小场所”隐患清零！**近日，**召陵区**集中开展清零行动。", "近日", "召陵区"),
    ("**一起火灾的警示：**12月6日凌晨，某小区楼道内电动自行车起火。", "12月6日凌晨", ""),
])
def test_a_bold_title_before_the_date_leaves_the_date_and_unit_read(line, date, unit):
    issue = read_text(MASTHEAD + line + "\n")
    entry = issue.sections[0].entries[0]
    assert (entry.date, entry.unit) == (date, unit)
    assert to_markup(entry.rich) == line
    assert read_text(write_text(issue)) == issue


@pytest.mark.parametrize("line", ["**一是强化组织领导。**全县成立工作专班。", "**县应急局**开展检查。", "**要点**12月4日，开会。",
                                  "**县人民医院：**11月4日，开展首例手术。"])
def test_a_bold_lead_without_a_date_after_it_or_no_title_is_read_as_before(line):
    item = Item.from_rich(parse_markup(line))
    assert item.mark == "" and to_markup(item.rich) == line
