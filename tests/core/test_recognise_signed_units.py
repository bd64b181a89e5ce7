"""An entry signed at its end (……。（县应急局供稿）, （供稿：县应急局）, （县应急局 供稿）,
——县应急局) without a bold unit: the unit it signs with is its unit, the text stays as
written and the unit is printed there only; a person's credit (（记者　王磊）) is no unit."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.model import Item
from bulletin_desktop.core.richtext import parse_markup, to_markup
from bulletin_desktop.core.textformat import read_text, write_text

MASTHEAD = "某某简报\n\n第3期\n\n某某办公室\n\n2026年11月30日\n\n【工作动态】\n\n"
BODY = "11月17日，县应急管理局会同县住建局检查餐饮场所32家，责令停业整改2家。"


@pytest.mark.parametrize("signature", ["（县应急管理局供稿）", "（供稿：县应急管理局）", "（县应急管理局 供稿）",
                                       "(县应急管理局供稿)", "——县应急管理局", "（来源：县应急管理局）"])
def test_the_unit_an_entry_signs_with_is_its_unit_and_the_text_stays(signature):
    issue = read_text(MASTHEAD + BODY + signature + "\n")
    entry = issue.sections[0].entries[0]
    assert isinstance(entry, Item)
    assert (entry.date, entry.unit, entry.text) == ("11月17日", "县应急管理局", BODY + signature)
    assert read_text(write_text(issue)) == issue


@pytest.mark.parametrize("unit", ["二郎乡人民政府", "县妇联", "县科协", "县教育局安全股"])
def test_a_towns_government_or_a_peoples_organisation_signs_as_units_do(unit):
    entry = read_text(MASTHEAD + BODY + f"（{unit}供稿）\n").sections[0].entries[0]
    assert entry.unit == unit and entry.text == BODY + f"（{unit}供稿）"


def test_a_signature_on_a_line_of_its_own_gives_the_entry_its_unit():
    issue = read_text(MASTHEAD + BODY + "\n\n（县应急管理局供稿）\n\n11月18日，**县消防救援大队**开展演练。\n")
    first, second = issue.sections[0].entries
    assert (first.unit, first.text) == ("县应急管理局", BODY + "（县应急管理局供稿）")
    assert second.unit == "县消防救援大队"
    assert read_text(write_text(issue)) == issue


@pytest.mark.parametrize("line", ["11月16日，**县应急局**开展检查。（县应急局供稿）",
                                  "11月16日，**县应急局**开展检查。（县督察整改办供稿）"])
def test_a_bold_unit_after_the_date_stays_the_unit_and_is_printed_where_it_stood(line):
    item = Item.from_rich(parse_markup(line))
    assert (item.date, item.unit) == ("11月16日", "县应急局")
    assert to_markup(item.rich) == line


def test_a_signature_under_a_bold_unit_naming_it_again_keeps_both():
    issue = read_text(MASTHEAD + "11月16日，**县应急局**开展检查。\n\n（县应急局供稿）\n")
    entry = issue.sections[0].entries[0]
    assert entry.unit == "县应急局" and to_markup(entry.rich) == "11月16日，**县应急局**开展检查。（县应急局供稿）"


@pytest.mark.parametrize("credit", ["（记者　王磊　通讯员　刘洋）", "（通讯员 赵一鸣）", "（图片略）", "（待续）"])
def test_a_persons_credit_or_a_note_at_the_end_is_no_unit(credit):
    entry = read_text(MASTHEAD + "10月21日，区公安分局开展清查。" + credit + "\n").sections[0].entries[0]
    assert entry.unit == "" and entry.text == "10月21日，区公安分局开展清查。" + credit


def test_the_unit_typed_over_a_signature_naming_another_is_printed_after_the_date():
    item = read_text(MASTHEAD + BODY + "（县应急管理局供稿）\n").sections[0].entries[0]
    item.unit = "县住建局"
    assert to_markup(item.rich) == "11月17日，**县住建局**" + BODY[len("11月17日，"):] + "（县应急管理局供稿）"


@pytest.mark.parametrize("credit", ["（通讯员　陈晨）", "（记者 王磊 通讯员 刘洋）", "记者　王磊", "(摄影：李华)"])
def test_a_persons_credit_on_a_line_of_its_own_ends_the_entry_above_and_names_no_unit(credit):
    issue = read_text(MASTHEAD + BODY + "\n\n" + credit + "\n\n11月18日，**县消防救援大队**开展演练。\n")
    first, second = issue.sections[0].entries
    assert (first.unit, first.text) == ("", BODY + credit.strip())
    assert (second.date, second.unit) == ("11月18日", "县消防救援大队")
    assert read_text(write_text(issue)) == issue


@pytest.mark.parametrize("line", ["（图片略）", "（待续）", "——某县经验做法"])
def test_a_line_that_credits_no_one_stays_apart(line):
    entries = read_text(MASTHEAD + BODY + "\n\n" + line + "\n").sections[0].entries
    assert len(entries) == 2
