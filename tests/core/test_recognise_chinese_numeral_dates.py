"""An entry dated in Chinese numerals (十一月二十日，…, 二〇二六年十一月二十日上午，…), as some Party
offices date entries as they date their documents: the entry's date as written, the bold
unit after it read as after 11月20日; the text format reads it back the same."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.model import Item, is_valid_entry_date
from bulletin_desktop.core.recognise import recognise
from bulletin_desktop.core.richtext import parse_markup, plain
from bulletin_desktop.core.textformat import read_text, write_text

TOP = "民政工作简报\n第6期\n县民政局\n二〇二六年十一月二十五日\n【工作动态】\n"
END = "\n编辑：何平　审核：孔亮　签发：施文\n发：各乡镇人民政府。"


@pytest.mark.parametrize("line, date, unit, body", [
    ("十一月二十日，**县社会福利院**开展消防演练。", "十一月二十日", "县社会福利院", "开展消防演练。"),
    ("十一月二十日，县民政局召开推进会。", "十一月二十日", "", "县民政局召开推进会。"),
    ("二〇二六年十一月二十一日上午，县民政局开展复核。", "二〇二六年十一月二十一日上午", "", "县民政局开展复核。"),
    ("十二月三十一日，**城关镇**开展走访慰问。", "十二月三十一日", "城关镇", "开展走访慰问。"),
    ("三月九日，**城关镇**开展走访慰问。", "三月九日", "城关镇", "开展走访慰问。"),
])
def test_the_date_in_chinese_numerals_is_the_entrys(line, date, unit, body):
    issue = recognise([parse_markup(text) for text in (TOP + line + END).splitlines()]).issue
    [entry] = issue.sections[0].entries
    assert isinstance(entry, Item)
    assert (entry.date, entry.unit, plain(entry.body)) == (date, unit, body)
    assert entry.rich == parse_markup(line)
    assert is_valid_entry_date(date)
    assert read_text(write_text(issue)) == issue


@pytest.mark.parametrize("line", [
    "十三月一日，不是日期。",  # no such month
    "十一月份，全县共发放救助资金。",  # a month, no day
    "十一月二十日前全部完成复核。",  # a date in the sentence, no comma after it
])
def test_other_openings_stay_in_the_text(line):
    [entry] = read_text(TOP + line + END).sections[0].entries
    assert isinstance(entry, Item) and entry.date == "" and plain(entry.body) == line
