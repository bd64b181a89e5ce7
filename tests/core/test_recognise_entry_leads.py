"""What stands before an entry's reporting unit besides a month and day: looser dates, marks,
a unit in brackets, placeholders; the unit is read after all of them and the text stays."""
from __future__ import annotations

import datetime as dt

import pytest

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.model import Issue, Item, Section, is_valid_entry_date, unit_lead
from bulletin_desktop.core.proofread.archive_checks import check_archive, lead_date
from bulletin_desktop.core.proofread.issue_check import check_issue
from bulletin_desktop.core.recognise import recognise
from bulletin_desktop.core.richtext import parse_markup, to_markup
from bulletin_desktop.core.textformat import read_text, write_text

MASTHEAD = "某某简报\n第3期\n某某办公室\n2026年11月30日\n【工作动态】\n"
BODY = "组织开展燃气安全检查，排查隐患12处。"
LOOSE_LEADS = ["26日", "26日下午", "26日—28日", "11.24", "11-25", "１１．２４", "近日", "日前", "近期", "本周",
               "今年以来", "入冬以来", "11月上旬", "11月中下旬", "连日来", "２６日"]


def items_of(text: str) -> list[Item]:
    issue = recognise([parse_markup(line) for line in (MASTHEAD + text).splitlines()]).issue
    return [entry for _, entry in issue.entries() if isinstance(entry, Item)]


@pytest.mark.parametrize("lead", LOOSE_LEADS)
def test_a_looser_lead_before_a_bold_unit_is_the_date_and_the_unit_is_read(lead):
    line = f"{lead}，**上集镇**{BODY}"
    [item] = items_of(line)
    assert (item.date, item.unit, to_markup(item.body)) == (lead, "上集镇", BODY)
    assert to_markup(item.rich) == line  # printed as written
    assert is_valid_entry_date(lead)  # and the editor's date field takes it


@pytest.mark.parametrize("lead", [lead for lead in LOOSE_LEADS if not lead.endswith("以来")] + ["11月中旬以来", "10月以来"])
def test_a_looser_lead_dating_news_before_a_unit_not_in_bold_is_the_date(lead):
    """As 11月16日，县应急管理局… is read: the date, the unit left in the text as printed."""
    line = f"{lead}，县应急管理局{BODY}"
    [item] = items_of(line)
    assert (item.date, item.unit, to_markup(item.body)) == (lead, "", f"县应急管理局{BODY}")
    assert to_markup(item.rich) == line


@pytest.mark.parametrize("line", [f"今年以来，县应急管理局{BODY}", f"入冬以来，县应急管理局{BODY}", f"近日，全县{BODY}",
                                  f"日前，我局{BODY}", f"近日，{BODY}"])
def test_a_sentence_opening_with_a_season_or_no_unit_after_a_looser_lead_stays_whole(line):
    """A year's or a season's span opens an account as an article does; and with no unit after
    it a lead is no entry's date."""
    [item] = items_of(line)
    assert (item.date, item.unit, to_markup(item.body)) == ("", "", line)


def test_a_looser_lead_after_a_bullet_keeps_the_bullet_as_the_mark():
    [item] = items_of(f"◆近日，**上集镇**{BODY}")
    assert (item.mark, item.date, item.unit) == ("◆", "近日", "上集镇")


def test_spaces_and_a_bold_comma_round_the_unit_after_a_looser_lead_are_tidied_as_after_a_date():
    [item] = items_of(f"近日， **上集镇，** {BODY}")
    assert (item.date, item.unit, to_markup(item.body)) == ("近日", "上集镇", "，" + BODY)


@pytest.mark.parametrize("lead", ["１１月１８日", "１１月１８日下午", "2026年１１月１８日", "１１月１４日—１１月１８日"])
def test_full_width_digits_date_an_entry_as_written(lead):
    [item] = items_of(f"{lead}，**舞阳县**{BODY}")
    assert (item.date, item.unit) == (lead, "舞阳县")
    assert is_valid_entry_date(lead)


@pytest.mark.parametrize("text", ["会议期间", "上集镇", "11.45", "13.2", "3.14159", "«日期»", "近日，上集镇", ""])
def test_what_no_date_field_holds(text):
    assert not is_valid_entry_date(text)


def test_full_width_dates_are_read_by_the_lead_date_check():
    assert lead_date("１１月１８日", dt.date(2026, 11, 30)) == dt.date(2026, 11, 18)


@pytest.mark.parametrize("lead", LOOSE_LEADS)
def test_looser_leads_name_no_day_to_the_proofreading(lead, tmp_path):
    issue = Issue("某某简报", 3, dt.date(2026, 11, 30), sections=[Section("工作动态", [
        Item(body=parse_markup(BODY), date=lead, unit="上集镇")])])
    assert lead_date(lead, issue.date) is None
    assert check_issue(issue) == []
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        assert check_archive(archive, issue) == []


def test_the_text_format_keeps_looser_leads_with_and_without_a_unit(sample_issue):
    entries = [Item(body=parse_markup(BODY), date=lead, unit=unit) for lead in LOOSE_LEADS for unit in ("上集镇", "")]
    sample_issue.sections.append(Section("县区动态", entries))
    assert read_text(write_text(sample_issue)) == sample_issue


@pytest.mark.parametrize("mark", ["🔥", "✅", "☞", "❤️", "👉🏻", "👨‍🚒", "🔥🔥", "★", "➤ ", "📌　"])
def test_an_emoji_or_symbol_before_the_date_is_the_entrys_mark(mark):
    line = f"{mark}11月20日，**郾城区**{BODY}"
    [item] = items_of(line)
    assert (item.mark, item.date, item.unit, to_markup(item.body)) == (mark, "11月20日", "郾城区", BODY)
    assert to_markup(item.rich) == line


def test_a_symbol_before_a_looser_lead_is_its_mark_too():
    [item] = items_of(f"🔥近日，**郾城区**{BODY}")
    assert (item.mark, item.date, item.unit) == ("🔥", "近日", "郾城区")


def test_a_symbol_before_a_bold_unit_with_no_date_is_its_mark_as_a_bullet_is():
    [item] = items_of(f"🔥**灵璧县分局**{BODY}")
    assert (item.mark, item.date, item.unit, to_markup(item.body)) == ("🔥", "", "灵璧县分局", BODY)


def test_a_symbol_before_other_text_stays_in_it():
    [item] = items_of(f"🔥**安全提示**{BODY}")
    assert (item.mark, item.date, item.unit, to_markup(item.body)) == ("", "", "", f"🔥**安全提示**{BODY}")


def test_a_short_line_over_entries_marked_with_emoji_is_their_section():
    issue = recognise([parse_markup(line) for line in (
        "某某简报\n第3期\n某某办公室\n2026年11月30日\n工作动态\n"
        f"🔥11月20日，**郾城区**{BODY}\n✅11月21日，**源汇区**{BODY}\n").splitlines()]).issue
    assert [(s.title, [e.unit for e in s.entries]) for s in issue.sections] == [("工作动态", ["郾城区", "源汇区"])]


@pytest.mark.parametrize("opening, closing", [("【", "】"), ("〔", "〕"), ("［", "］"), ("[", "]"), ("（", "）"), ("(", ")")])
@pytest.mark.parametrize("lead", ["11月23日", "近日"])
def test_a_unit_in_brackets_before_the_date_is_the_unit_and_printed_there_once(opening, closing, lead):
    line = f"{opening}长葛市{closing}{lead}，市应急管理局{BODY}"
    [item] = items_of(line)
    assert (item.mark, item.date, item.unit) == (opening + closing, lead, "长葛市")
    assert to_markup(item.rich) == line


def test_a_bold_name_after_the_date_stays_in_the_text_when_brackets_name_the_unit():
    line = f"【长葛市】 11月23日，**长葛市应急管理局**{BODY}"
    [item] = items_of(line)
    assert (item.mark, item.unit, to_markup(item.body)) == ("【】 ", "长葛市", f"**长葛市应急管理局**{BODY}")
    assert to_markup(item.rich) == line


@pytest.mark.parametrize("line", [f"【简讯】11月23日，县应急局{BODY}", f"（一）11月23日，县应急局{BODY}",
                                  f"【长葛市】县应急局{BODY}", f"（长葛市）县应急局{BODY}", f"（3处）11月23日，县应急局{BODY}"])
def test_brackets_round_no_units_name_or_before_no_date_are_no_unit(line):
    [item] = items_of(line)
    assert item.unit == ""
    assert to_markup(item.rich) == line


def test_the_unit_printed_in_brackets_follows_the_unit_field():
    item = Item(body=parse_markup(BODY), date="11月23日", unit="长葛市", mark="【】")
    assert to_markup(item.rich) == f"【长葛市】11月23日，{BODY}"
    item.unit = "禹州市"  # renamed in the editor, or by a replace: printed renamed, never twice
    assert to_markup(item.rich) == f"【禹州市】11月23日，{BODY}"


def test_the_text_format_keeps_a_unit_in_brackets(sample_issue):
    sample_issue.sections.append(Section("县区动态", [
        Item(body=parse_markup(BODY), date="11月23日", unit="长葛市", mark="【】"),
        Item(body=parse_markup(f"**长葛市应急管理局**{BODY}"), date="近日", unit="长葛市", mark="【】 ")]))
    assert read_text(write_text(sample_issue)) == sample_issue


@pytest.mark.parametrize("field", ["«单位»", "«单位名称»", "«报送单位»"])
def test_an_unmerged_field_in_bold_after_the_date_is_no_unit(field):
    line = f"11月28日，**{field}**{BODY}"
    [item] = items_of(line)
    assert (item.date, item.unit, to_markup(item.body)) == ("11月28日", "", f"**{field}**{BODY}")
    assert to_markup(item.rich) == line


@pytest.mark.parametrize("lead, mark", [("«日期»，", "«日期»，"), ("«日期»", "«日期»"), ("1．«日期»，", "1．«日期»，"),
                                        ("«报送日期»， ", "«报送日期»， ")])
def test_an_unmerged_field_where_the_date_goes_is_no_date_and_the_unit_after_it_is_read(lead, mark):
    [item] = items_of(f"{lead}**郾城区**{BODY}")
    assert (item.mark, item.date, item.unit, to_markup(item.body)) == (mark, "", "郾城区", BODY)
    assert to_markup(item.rich) == f"{mark}**郾城区**{BODY}"


def test_unmerged_fields_alone_stay_in_the_text():
    line = f"«日期»，**«单位»**{BODY}"
    [item] = items_of(line)
    assert (item.mark, item.date, item.unit, to_markup(item.body)) == ("", "", "", line)
    assert not is_valid_entry_date("«日期»")


def test_the_text_format_keeps_an_unmerged_field_before_the_unit(sample_issue):
    sample_issue.sections.append(Section("县区动态", [Item(body=parse_markup(BODY), unit="郾城区", mark="«日期»，"),
                                                  Item(body=parse_markup(f"**«单位»**{BODY}"), date="11月28日")]))
    assert read_text(write_text(sample_issue)) == sample_issue


def test_the_lead_of_an_entry_with_its_unit_in_brackets_opens_with_that_unit():
    [item] = items_of(f"【长葛市】11月23日，市应急管理局{BODY}")
    assert unit_lead(item) == f"长葛市】11月23日，市应急管理局{BODY}"[:30]


@pytest.mark.parametrize("lead", ["11 月 26 日", "11 月 26 日下午", "2026 年 11 月 26 日", "11 月 24 日—11 月 26 日", "11月 26日"])
def test_a_date_a_printed_copy_spaced_off_its_figures_is_the_entrys_date(lead):
    """A copy out of a PDF spaces the figures off 月 and 日 (11 月 26 日): still the entry's
    date, kept as written, with or without a bold unit after it; the text is unchanged."""
    bold, plain_unit = items_of(f"{lead}，**上集镇**{BODY}\n{lead}，县应急局{BODY}\n")
    assert (bold.date, bold.unit, bold.text) == (lead, "上集镇", f"{lead}，上集镇{BODY}")
    assert (plain_unit.date, plain_unit.unit, plain_unit.text) == (lead, "", f"{lead}，县应急局{BODY}")
    assert read_text(write_text(Issue("某某简报", 3, dt.date(2026, 11, 30), sections=[Section("动态", [bold])]))
                     ).sections[0].entries == [bold]
