"""Forms of a masthead, an entry's lead and a closing block that whole bulletins of other
offices showed: a 期号 written with 号, spaces before a date's comma, names padded with
half-width spaces, a unit in round brackets before the date, a count in brackets, a date
after a bold unit and its colon."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.model import Item, YearNumber
from bulletin_desktop.core.recognise import recognise
from bulletin_desktop.core.richtext import parse_markup
from bulletin_desktop.core.textformat import read_text, write_text

NAME = "某某简报\n\n"
OFFICE_AND_DATE = "\n\n某某县应急管理局\n\n2024年3月5日\n\n"
MASTHEAD = NAME + "第3期" + OFFICE_AND_DATE + "【工作动态】\n\n"


def items_of(text: str) -> list[Item]:
    issue = read_text(MASTHEAD + text + "\n")
    return [entry for _, entry in issue.entries() if isinstance(entry, Item)]


@pytest.mark.parametrize("line, number, year_number", [
    ("2024年第3期（总第152号）", 152, YearNumber(3, 2024)),
    ("2024年第3号（总第152号）", 152, YearNumber(3, 2024)),
    ("第3期(总152号)", 152, YearNumber(3, None)),
    ("二〇二四年第三号", 3, YearNumber(3, 2024, total=False)),
])
def test_a_number_line_written_with_hao_reads_as_with_qi_and_the_clerk_is_told(line, number, year_number):
    result = recognise([parse_markup(p) for p in (NAME + line + OFFICE_AND_DATE + "【动态】\n\n3月1日，开会。").split("\n\n")])
    assert (result.issue.number, result.issue.year_number) == (number, year_number)
    assert any(result.issue.number_line() in warning and "号”按“" in warning for warning in result.warnings)
    assert read_text(write_text(result.issue)) == result.issue


@pytest.mark.parametrize("head, line", [
    (NAME + "2024年第3期（总第152号）　　　2024年3月18日\n\n某某县应急管理局", "2024年第3期（总第152期）"),
    (NAME + "某某县应急管理局　　第3号　　2024年3月18日", "第3期"),
    ("某某简报（第3号）\n\n某某县应急管理局\n\n2024年3月18日", "第3期"),
])
def test_a_number_written_with_hao_beside_other_masthead_words_reads_as_with_qi(head, line):
    result = recognise([parse_markup(p) for p in (head + "\n\n【动态】\n\n3月1日，开会。").split("\n\n")])
    issue = result.issue
    assert (issue.series, issue.number_line(), issue.office) == ("某某简报", line, "某某县应急管理局")
    assert any("号”按“" in warning for warning in result.warnings)


def test_a_document_number_is_read_as_one_not_rewritten():
    result = recognise([parse_markup(p) for p in (NAME + "叶财简〔2024〕第9号" + OFFICE_AND_DATE + "【动态】\n\n3月1日，开会。").split("\n\n")])
    assert result.issue.number_line() == "2024年第9期"


def test_a_hao_in_a_masthead_line_that_holds_no_number_stays_as_written():
    issue = read_text("第3号台风防御简报\n\n第5期" + OFFICE_AND_DATE + "【动态】\n\n3月1日，开会。\n")
    assert (issue.series, issue.number) == ("第3号台风防御简报", 5)


def test_a_number_among_other_words_is_still_refused():
    from bulletin_desktop.core.recognise import BulletinFormatError

    with pytest.raises(BulletinFormatError, match="第3号"):
        read_text(NAME + "本刊第3号通知" + OFFICE_AND_DATE + "【动态】\n\n3月1日，开会。\n")


@pytest.mark.parametrize("line", ["9月3日 ，**区公安分局**开展清查。", "9月3日　，**区公安分局**开展清查。"])
def test_spaces_before_the_dates_comma_are_no_text(line):
    [item] = items_of(line)
    assert (item.date, item.unit, item.text) == ("9月3日", "区公安分局", "9月3日，区公安分局开展清查。")


def test_a_list_of_days_keeps_its_commas():
    [item] = items_of("9月3日 ，4日，**区公安分局**开展清查。")
    assert item.text.startswith("9月3日") and "4日" in item.text


@pytest.mark.parametrize("line, editors", [("编辑：周  婷  吴刚", ["周婷", "吴刚"]), ("编辑：周 婷", ["周", "婷"]),
                                           ("编辑：周　婷", ["周婷"])])
def test_a_two_character_name_padded_with_two_half_width_spaces_is_one_name(line, editors):
    issue = read_text(MASTHEAD + "3月1日，开会。\n\n" + line + "\n")
    assert issue.signoff.editors == editors


@pytest.mark.parametrize("line, mark, unit", [("（白沙镇）５月３０日，白沙镇组织排查。", "（）", "白沙镇"),
                                              ("(出山镇) 11月19日，出山镇开展检查。", "() ", "出山镇"),
                                              ("2.（县消防救援大队）近日，开展演练。", "2.（）", "县消防救援大队")])
def test_a_unit_in_round_brackets_before_the_date_is_the_unit_printed_where_it_was(line, mark, unit):
    [item] = items_of(line)
    assert (item.mark, item.unit) == (mark, unit) and item.date
    assert item.text == line
    issue = read_text(MASTHEAD + line + "\n")
    assert read_text(write_text(issue)) == issue


@pytest.mark.parametrize("line", ["（一）11月19日，县应急局开展检查。", "（图）11月19日，县应急局开展检查。",
                                  "（西平县5处）11月19日，开展检查。", "（续）全县开展检查。"])
def test_round_brackets_holding_no_units_name_stay_text(line):
    [item] = items_of(line)
    assert item.unit == "" and unit_bracket_free(item)
    assert item.text == line


def unit_bracket_free(item: Item) -> bool:
    return "（）" not in item.mark and "()" not in item.mark


@pytest.mark.parametrize("line", ["11月19日，全市共排查积水点12处。（西平县5处）", "11月19日，全市新建学校3所。（城关镇3所）",
                                  "11月19日，共排查积水点12处（西平县5处），均已值守。"])
def test_a_count_in_brackets_at_an_entrys_end_is_no_unit(line):
    [item] = items_of(line)
    assert (item.date, item.unit, item.text) == ("11月19日", "", line)


def test_a_unit_signing_with_a_figure_inside_its_name_still_signs():
    [item] = items_of("11月19日，全市开展演练。（县110指挥中心）")
    assert item.unit == "县110指挥中心"


def test_entries_dated_after_their_bold_unit_and_colon_are_dated_entries():
    """A line over them heads them as a section, and their next paragraph goes on with them."""
    issue = read_text(NAME + "第3期" + OFFICE_AND_DATE + "工作动态\n\n**县卫健委：**近日，县卫健委开展义诊。\n\n"
                      "活动期间，共服务群众300人次。\n\n**县教育局：**11月3日，县教育局开展检查。\n")
    [section] = issue.sections
    assert section.title == "工作动态"
    assert [(e.unit, e.text) for e in section.entries] == [  # type: ignore[union-attr]
        ("县卫健委", "县卫健委：近日，县卫健委开展义诊。活动期间，共服务群众300人次。"),
        ("县教育局", "县教育局：11月3日，县教育局开展检查。")]


def test_a_bold_lead_and_colon_over_no_date_is_not_dated():
    issue = read_text(MASTHEAD + "**县卫健委：**开展义诊。\n\n活动期间，共服务群众300人次。\n")
    assert len(issue.sections[0].entries) == 2


def test_a_line_over_news_opening_with_bold_units_after_numbers_is_their_section():
    issue = read_text(NAME + "第3期" + OFFICE_AND_DATE + "村级动态\n\n1、**马庄村**硬化道路1.8公里。\n\n"
                      "2、**李楼村**发展大棚蔬菜85亩。\n")
    [section] = issue.sections
    assert (section.title, [e.unit for e in section.entries]) == ("村级动态", ["马庄村", "李楼村"])  # type: ignore[union-attr]


def test_a_title_over_bold_run_in_points_stays_an_article():
    issue = read_text(NAME + "第3期" + OFFICE_AND_DATE + "某县推进安全生产工作\n\n**一是强化组织领导。**成立工作专班。\n\n"
                      "**二是压实工作责任。**签订责任书。\n")
    [section] = issue.sections
    assert [e.kind for e in section.entries] == ["article"]


@pytest.mark.parametrize("label", ["本期发至", "发至", "送至"])
def test_a_list_labelled_with_where_it_is_sent_to_is_a_distribution_line(label):
    issue = read_text(MASTHEAD + f"3月1日，开会。\n\n报送：省林业局。\n{label}：各县林业局。\n")
    assert [(d.label, d.text) for d in issue.distribution] == [("报送", "省林业局。"), (label, "各县林业局。")]
    assert read_text(write_text(issue)) == issue


@pytest.mark.parametrize("head", [NAME.strip() + "　　总第152期\n\n某某县应急管理局\n\n2024年3月18日",
                                  NAME + "某某县应急管理局　　总第152期　　2024年3月18日",
                                  NAME + "某某县应急管理局　　总第152号　　2024年3月18日"])
def test_the_running_number_alone_beside_other_masthead_words(head):
    issue = read_text(head + "\n\n【动态】\n\n3月1日，开会。\n")
    assert (issue.series, issue.number_line(), issue.office) == ("某某简报", "总第152期", "某某县应急管理局")


def test_a_reports_parts_headed_with_its_features_stay_the_reports():
    issue = read_text(NAME + "第3期" + OFFICE_AND_DATE + "关于全市外贸运行情况的报告\n\n今年以来，全市外贸保持增长。\n\n"
                      "一、主要特点\n\n出口增势较好。\n\n二、存在问题\n\n订单不足。\n")
    [section] = issue.sections
    assert [e.kind for e in section.entries] == ["article"]


@pytest.mark.parametrize("text", ["（西平县5处）全市排查隐患12处。", "全市排查隐患12处。（西平县5处）", "（2024年）全县开展检查。"])
def test_a_count_in_brackets_is_not_where_the_statistics_look_for_a_unit(text):
    from bulletin_desktop.core.model import item, unit_lead

    assert not unit_lead(item(text)).startswith("西平县")
    assert not unit_lead(item(text)).startswith("2024")


def test_a_unit_in_brackets_is_still_where_the_statistics_look():
    from bulletin_desktop.core.model import item, unit_lead

    assert unit_lead(item("（长葛市）全市排查隐患。")).startswith("长葛市")


@pytest.mark.parametrize("head, marking, series", [("紧急\n\n某某简报", "紧急", "某某简报"), ("（紧急）\n\n某某简报", "（紧急）", "某某简报"),
                                                   ("紧急救援工作简报", "", "紧急救援工作简报")])
def test_an_urgency_typed_as_jinji_on_a_line_of_its_own_is_a_mark(head, marking, series):
    issue = read_text(head + "\n\n第3期" + OFFICE_AND_DATE + "【动态】\n\n3月1日，开会。\n")
    assert (issue.marking, issue.series) == (marking, series)
    assert read_text(write_text(issue)) == issue


@pytest.mark.parametrize("first, second", [("西平县：6月3日，西平县召开推进会。", "上蔡县：6月4日，上蔡县开展检查。"),
                                           ("西平县　6月3日，西平县召开推进会。", "上蔡县　6月4日，上蔡县开展检查。")])
def test_entries_with_their_unit_typed_before_the_date_are_dated_entries(first, second):
    issue = read_text(NAME + "第3期" + OFFICE_AND_DATE + f"工作动态\n\n{first}\n\n会议要求，抓好落实。\n\n{second}\n")
    [section] = issue.sections
    assert section.title == "工作动态"
    assert [e.text for e in section.entries] == [first + "会议要求，抓好落实。", second]  # type: ignore[union-attr]


def test_the_hours_of_a_daily_report_over_the_month_end_are_the_entrys_date():
    [item] = items_of("6月30日8时至7月1日8时，全市出现强降雨天气。")
    assert item.date == "6月30日8时至7月1日8时"


@pytest.mark.parametrize("mark", ["（完）", "(完)", "——完——"])
def test_the_mark_that_a_piece_of_news_is_all_ends_its_entry(mark):
    issue = read_text(MASTHEAD + f"11月16日，**县应急局**开展检查。\n\n{mark}\n\n11月17日，**县住建局**开展检查。\n")
    assert [e.text for e in issue.sections[0].entries] == [f"11月16日，县应急局开展检查。{mark}", "11月17日，县住建局开展检查。"]


def test_the_issuing_line_without_its_date_is_its_own_line_under_the_lists():
    issue = read_text(MASTHEAD + "3月1日，开会。\n\n报：县委。\n\n某某县应急管理局办公室印发\n")
    assert [(d.label, d.text) for d in issue.distribution] == [("报", "县委。"), ("", "某某县应急管理局办公室印发")]
    assert read_text(write_text(issue)) == issue


def test_an_entry_saying_an_office_issued_something_stays_an_entry():
    issue = read_text(MASTHEAD + "3月1日，开会。\n\n县政府办公室印发\n\n3月2日，检查。\n")
    assert len([e for _, e in issue.entries()]) >= 2 and not issue.distribution
