"""Three things a clerk's text brings that were read wrongly: a week of a month as an
entry's date (11月第三周，**县应急局**…, kept as written, as 本周一 is), a unit signed after
the last sentence with only spaces between (……。　　旗林草局, a signature set flush right and
pasted into the line), and a WeChat post's count (阅读 1826) left under an entry."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.model import Article, Item, is_valid_entry_date, signed_unit, unit_lead
from bulletin_desktop.core.pasted_entries import pasted_entries
from bulletin_desktop.core.richtext import from_plain, parse_markup, plain
from bulletin_desktop.core.textformat import read_text

HEAD = "鹤壁市森林防火简报\n第9期\n鹤壁市森林防灭火指挥部办公室　　2025年12月2日\n【工作动态】\n"
TAIL = "送：各县（区）森林防灭火指挥部。\n"


def items(text: str) -> list[Item]:
    issue = read_text(HEAD + text + TAIL)
    found = [entry for _section, entry in issue.entries()]
    assert not any(isinstance(entry, Article) for entry in found)
    return found  # type: ignore[return-value]


def pasted(text: str) -> list[Item]:
    return pasted_entries([parse_markup(line) for line in text.split("\n")])


@pytest.mark.parametrize("lead", ["11月第三周", "12月第一周", "3月第2周", "12月最后一周"])
def test_a_week_of_a_month_is_an_entry_s_date_as_written(lead):
    assert is_valid_entry_date(lead)
    text = f"{lead}，**淇县林业局**组织开展野外火源专项巡查，劝返进山人员41人。\n11月28日，**浚县应急局**开展演练。\n"
    first, second = items(text)
    assert (first.date, first.unit) == (lead, "淇县林业局")
    assert plain(first.body).startswith("组织开展野外火源专项巡查")
    assert (second.date, second.unit) == ("11月28日", "浚县应急局")
    [one, two] = pasted(text.rstrip("\n"))
    assert (one.date, one.unit, two.date) == (lead, "淇县林业局", "11月28日")


def test_a_week_without_its_month_or_a_weekday_is_no_date():
    assert not is_valid_entry_date("第三周")
    assert not is_valid_entry_date("11月第三周末")


@pytest.mark.parametrize("signature", ["旗林草局", "山城区应急管理局", "鹤山区姬家山乡人民政府", "淇滨区"])
@pytest.mark.parametrize("spaces", ["　　", "    ", "\u3000"])
def test_a_unit_spaced_after_the_last_sentence_signs_the_entry(signature, spaces):
    body = f"12月1日，开展森林防火检查，清理林下可燃物12吨。{spaces}{signature}"
    assert signed_unit(from_plain(body)) == signature
    [entry, _next] = items(body + "\n12月2日，**浚县应急局**开展演练。\n")
    assert entry.unit == signature and plain(entry.body).endswith(signature)  # the text as written
    assert unit_lead(entry) == signature
    [one, _two] = pasted(body + "\n12月2日，**浚县应急局**开展演练。")
    assert one.unit == signature


@pytest.mark.parametrize("ending", [
    "清理林下可燃物12吨。　　2025年12月1日",     # a date, no unit
    "清理林下可燃物12吨。　　张伟",              # a person
    "清理林下可燃物12吨。全县",                  # no space: the text goes on
    "清理林下可燃物12吨。　　全市",              # no unit's name
    "清理林下可燃物12吨。　　共计35处",          # a count
    "清理林下可燃物12吨　　县林业局",            # no sentence ends before it
])
def test_what_is_no_spaced_signature(ending):
    assert signed_unit(from_plain("12月1日，开展检查，" + ending)) == ""


@pytest.mark.parametrize("count", ["阅读 1826", "阅读1826", "阅读 10万+", "在看 23", "赞 5"])
def test_a_post_s_count_under_an_entry_is_left_out(count):
    text = f"12月1日，**淇县林业局**开展巡查。\n{count}\n12月2日，**浚县应急局**开展演练。\n{count}\n"
    issue = read_text(HEAD + text + TAIL)
    entries = [entry for _section, entry in issue.entries()]
    assert [plain(e.body) for e in entries] == ["开展巡查。", "开展演练。"]  # type: ignore[union-attr]
    [one, two] = pasted(text.rstrip("\n"))
    assert (plain(one.body), plain(two.body)) == ("开展巡查。", "开展演练。")


def test_the_word_alone_or_in_a_sentence_stays():
    [one] = pasted("12月1日，**淇县林业局**组织干部职工集中学习。\n阅读\n阅读《森林防火条例》2遍。")
    assert plain(one.body) == "组织干部职工集中学习。阅读阅读《森林防火条例》2遍。"
    # a count pasted alone is what was pasted
    [alone] = pasted("阅读 1826")
    assert plain(alone.body) == "阅读 1826"
