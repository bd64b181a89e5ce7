"""An entry's date as offices write it besides 11月15日: stated as of a day and an hour
(截至7月12日8时，全市……, 截止到11月30日，…), and in full-width figures (３月１日，), read as
the entry's date by the import, a paste and the editor's date field alike, the text as written."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.entry_days import days_exist
from bulletin_desktop.core.model import Item, is_valid_entry_date
from bulletin_desktop.core.pasted_entries import pasted_entries
from bulletin_desktop.core.recognise import recognise
from bulletin_desktop.core.richtext import parse_markup, to_markup

MASTHEAD = "防汛简报\n第23期\n信阳市水利局　　2026年7月12日\n【水情】\n"
BODY = "全市大型水库均在汛限水位以下运行。"
AS_OF = ["截至7月12日8时", "截至12月3日17时", "截止到11月30日", "截止11月30日", "截至2026年7月12日8时",
         "截至7月12日8时30分", "截至７月１２日８时", "截至十一月三十日", "截至7月12日零时", "截至7月12日8时止"]


def items_of(text: str) -> list[Item]:
    issue = recognise([parse_markup(line) for line in (MASTHEAD + text).splitlines()]).issue
    return [entry for _, entry in issue.entries() if isinstance(entry, Item)]


@pytest.mark.parametrize("lead", AS_OF)
def test_an_entry_stated_as_of_a_day_is_dated_so_and_kept_as_written(lead):
    [item] = items_of(f"{lead}，{BODY}")
    assert (item.date, item.unit, item.text) == (lead, "", f"{lead}，{BODY}")


@pytest.mark.parametrize("lead", AS_OF)
def test_the_unit_after_such_a_date_is_read_as_after_any(lead):
    [item] = items_of(f"1．{lead}，**商城县**{BODY}")
    assert (item.mark, item.date, item.unit) == ("1．", lead, "商城县")
    assert to_markup(item.rich) == f"1．{lead}，**商城县**{BODY}"


def test_entries_stated_as_of_a_day_each_open_an_entry_of_their_own():
    items = items_of(f"7月11日，**市防指**召开防汛会商会。\n截至7月12日8时，{BODY}\n截止到7月12日12时，全市转移群众326人。")
    assert [item.date for item in items] == ["7月11日", "截至7月12日8时", "截止到7月12日12时"]


@pytest.mark.parametrize("text", ["截至目前，全市大型水库均在汛限水位以下运行。", "截至7月底，全市完成整改。",
                                  "截至7月12日8时全市大型水库均在汛限水位以下运行。"])
def test_as_of_no_day_or_without_the_comma_is_no_date(text):
    [item] = items_of(text)
    assert (item.date, item.text) == ("", text)


@pytest.mark.parametrize("lead", ["截至7月12日8时", "截止到11月30日", "３月１日", "３月１日８时"])
def test_the_date_field_takes_them_and_checks_the_day(lead):
    assert is_valid_entry_date(lead) and days_exist(lead)
    assert not days_exist("截至2月30日")


def test_a_paste_dates_them_as_the_import_does():
    items = pasted_entries([parse_markup(f"截至7月12日8时，**商城县**{BODY}"), parse_markup("其中，鲇鱼山水库水位108.2米。"),
                            parse_markup("３月１日，**县应急局**召开调度会。")])
    assert [(i.date, i.unit) for i in items] == [("截至7月12日8时", "商城县"), ("３月１日", "县应急局")]
    assert items[0].text == f"截至7月12日8时，商城县{BODY}其中，鲇鱼山水库水位108.2米。"


@pytest.mark.parametrize("lead", ["３月１日", "３月１日下午", "２０２６年３月１日", "３月１日８时", "３月１日—３日", "３．１"])
def test_full_width_figures_date_an_entry_as_typed(lead):
    """Kept as the clerk typed them, as every date field keeps its figures (the search and the
    proofreading read full-width figures as their half-width ones)."""
    [item] = items_of(f"{lead}，**县应急局**召开调度会。")
    assert (item.date, item.unit) == (lead, "县应急局")


@pytest.mark.parametrize("lead", ["7月12日零时", "7月12日二十时", "7月12日 8时", "7月12日零时许"])
def test_an_hour_in_chinese_figures_or_spaced_off_is_part_of_the_date(lead):
    [item] = items_of(f"{lead}，{BODY}")
    assert (item.date, item.text) == (lead, f"{lead}，{BODY}")


def test_no_hour_where_the_words_say_none():
    [item] = items_of("7月12日一点也不松懈，全市坚持值守。")
    assert item.date == ""
