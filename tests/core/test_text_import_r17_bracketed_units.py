"""A short name in square brackets before an entry's date on the entry's own line whose name
does not end as units' names do (【方城一高】12月1日，…, 【二中】, schools and others named short):
the entry's unit where the entry names none of its own; a label (【简讯】12月2日，**县应急局**…,
【关注】12月2日，全县…) printed before the date as its mark, the date read all the same; and no
section's title (a line of its own in the issue) is ever a unit."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.model import Item
from bulletin_desktop.core.pasted_entries import pasted_entries
from bulletin_desktop.core.recognise import recognise
from bulletin_desktop.core.richtext import parse_markup, to_markup
from bulletin_desktop.core.textformat import read_text, write_text

MASTHEAD = "教育简报\n第31期\n方城县教育局　　2026年12月3日\n【校园动态】\n"


def read(text: str):
    return recognise([parse_markup(line) for line in (MASTHEAD + text).splitlines()]).issue


def items_of(text: str) -> list[Item]:
    return [entry for _, entry in read(text).entries() if isinstance(entry, Item)]


@pytest.mark.parametrize("line, mark, unit", [
    ("【方城一高】12月1日，学校开展冬季消防应急疏散演练。", "【】", "方城一高"),
    ("【方城一高】12月1日下午，学校召开全体教师会。", "【】", "方城一高"),
    ("【二中】12月2日，该校组织开展防溺水安全教育。", "【】", "二中"),
    ("【县人民医院东院区】12月2日，我院开展急救技能培训。", "【】", "县人民医院东院区"),
    ("【二中】12月2日，组织开展防溺水安全教育。", "【】", "二中"),
    ("〔城关一小〕12月2日，举行“书香校园”读书节。", "〔〕", "城关一小"),
    ("2．【实验幼儿园】 12月2日，开展防震演练。", "2．【】 ", "实验幼儿园"),
])
def test_a_short_name_bracketed_before_the_date_is_the_unit(line, mark, unit):
    [item] = items_of(line)
    assert (item.mark, item.date, item.unit) == (mark, "12月" + line.split("12月")[1].split("，")[0], unit)
    assert to_markup(item.rich) == line


@pytest.mark.parametrize("line", ["【简讯】12月2日，**县应急局**召开冬季安全生产会议。",
                                  "【关注】12月2日，全县开展冬季安全大检查。",
                                  "【动态】12月2日，各乡镇开展冬季安全大检查。",
                                  "【提示】12月2日，我市将迎来寒潮天气。",
                                  "【提示】12月2日，县气象台发布寒潮蓝色预警。",
                                  "【5处】12月2日，开展检查。"])
def test_a_label_before_the_date_is_no_unit_and_the_date_is_read(line):
    [item] = items_of(line)
    assert item.date == "12月2日" and item.unit in ("", "县应急局")
    assert item.mark == line[:line.index("】") + 1]
    assert to_markup(item.rich) == line


def test_no_sections_title_is_a_unit():
    items = items_of("【方城一高】12月1日，学校开展消防演练。\n【安全提示】12月2日，学校开展防溺水教育。\n"
                     "【安全提示】\n12月2日，**县教育局**召开冬季安全会议。")
    assert [(i.mark, i.unit) for i in items] == [("【】", "方城一高"), ("【安全提示】", ""), ("", "县教育局")]


def test_a_label_over_another_entry_is_a_label_everywhere():
    items = items_of("【要闻】12月1日，召开冬季安全会议。\n【要闻】12月2日，**县教育局**召开冬季安全会议。")
    assert [(i.mark, i.unit) for i in items] == [("【要闻】", ""), ("【要闻】", "县教育局")]


def test_the_text_format_keeps_both():
    issue = read("【方城一高】12月1日，学校开展消防演练。\n【简讯】12月2日，**县应急局**召开会议。")
    assert read_text(write_text(issue)) == issue


def test_a_paste_reads_them_as_the_import_does():
    items = pasted_entries([parse_markup(line) for line in ("【方城一高】12月1日，学校开展消防演练。",
                                                            "【简讯】12月2日，**县应急局**召开会议。")])
    assert [(i.mark, i.date, i.unit) for i in items] == [("", "12月1日", "方城一高"), ("【简讯】", "12月2日", "县应急局")]


def test_an_issue_bracketing_labels_brackets_no_units():
    items = items_of("【热点】12月1日，**县应急局**召开冬季安全会议。\n【聚焦】12月2日，在县城举行消防演练。")
    assert [(i.mark, i.unit) for i in items] == [("【热点】", "县应急局"), ("【聚焦】", "")]


def test_an_issue_bracketing_units_reads_short_names_as_units_beside_labels():
    items = items_of("【县实验小学】12月1日，开展消防演练。\n【一高】12月2日，开展防溺水教育。\n"
                     "【简讯】12月2日，**县教育局**召开冬季安全会议。")
    assert [(i.mark, i.unit) for i in items] == [("【】", "县实验小学"), ("【】", "一高"), ("【简讯】", "县教育局")]


def test_short_names_outnumbering_a_label_stay_units():
    items = items_of("【方城一高】12月1日，开展消防演练。\n【二中】12月2日，开展防溺水教育。\n"
                     "【简讯】12月2日，**县教育局**召开冬季安全会议。")
    assert [(i.mark, i.unit) for i in items] == [("【】", "方城一高"), ("【】", "二中"), ("【简讯】", "县教育局")]
