"""Units' submissions pasted as their offices write them, of kinds not pasted before: a range
of days (5月30日至31日, 5.30—31), a date with its year (2024.5.30, 二〇二四年五月三十日), a
looser one (上周, 5月下旬), the unit signing after the text (（县教育局）, （供稿：…）, ——…),
a place before the date whose office is named by its level (正定县　6月3日，县市场监管局…),
a speaker in bold who is no unit (**李建华代表**), a line cut where a PDF's line ended. Each
paste is split into the entries it holds, their dates and units in their fields, and no text
is lost or doubled but the level's character a place would double."""
from __future__ import annotations

import re
from collections import Counter

import pytest

from bulletin_desktop.core.pasted_entries import pasted_entries
from bulletin_desktop.core.richtext import parse_markup, plain, to_markup


def _counted(text: str) -> Counter[str]:
    return Counter(ch for ch in text if re.match(r"[\u4e00-\u9fff0-9〇]", ch))


# (pasted, [(mark, date, unit, body)]); a body "…" is not compared
CASES = [
    ("5月30日至31日，**县卫健委**组织开展医疗机构消防安全检查。",
     [("", "5月30日至31日", "县卫健委", "组织开展医疗机构消防安全检查。")]),
    ("2024.5.30，**市税务局**召开全市税收工作会议。",
     [("", "2024.5.30", "市税务局", "召开全市税收工作会议。")]),
    ("5.30—31，**海伦市**组织开展应急物资储备库检查。",
     [("", "5.30—31", "海伦市", "组织开展应急物资储备库检查。")]),
    ("二〇二四年五月三十日，**县委组织部**召开基层党建工作推进会。",
     [("", "二〇二四年五月三十日", "县委组织部", "召开基层党建工作推进会。")]),
    ("上周，**柯桥区疾控中心**对辖区托幼机构开展督导。\n5月下旬，**县乡村振兴局**开展防返贫监测排查。",
     [("", "上周", "柯桥区疾控中心", "对辖区托幼机构开展督导。"),
      ("", "5月下旬", "县乡村振兴局", "开展防返贫监测排查。")]),
    ("5月30日，县教育局组织开展校园食品安全专项检查，检查学校食堂46家。（县教育局）",
     [("", "5月30日", "县教育局", "…")]),
    ("5月30日，**李建华代表**到城关镇调研农村公路建设。",
     [("", "5月30日", "", "**李建华代表**到城关镇调研农村公路建设。")]),
    ("正定县　6月3日，县市场监管局开展食品抽检。\n抽检样品120批次，合格率98.3%。",
     [("", "6月3日", "正定县", "市场监管局开展食品抽检。抽检样品120批次，合格率98.3%。")]),
    ("5月30日，县应急局组织开展危化品企业安全检查，检查企业\n12家，发现隐患23处。",
     [("", "5月30日", "", "县应急局组织开展危化品企业安全检查，检查企业12家，发现隐患23处。")]),
    ("6月1日，县交警大队开展夜查行动。\n（供稿：县公安局交警大队）\n6月2日，县消防救援大队开展演练。\n——县消防救援大队",
     [("", "6月1日", "县公安局交警大队", "…"), ("", "6月2日", "县消防救援大队", "…")]),
    ("（三）6月4日，**县林业局**组织开展森林防火巡查。\n（四）6月5日，**县水利局**开展水库安全检查。",
     [("（三）", "6月4日", "县林业局", "组织开展森林防火巡查。"), ("（四）", "6月5日", "县水利局", "开展水库安全检查。")]),
]


@pytest.mark.parametrize("pasted, expected", CASES, ids=[c[0][:12] for c in CASES])
def test_a_submission_pasted_is_read_as_its_entries(pasted, expected):
    items = pasted_entries([parse_markup(line) for line in pasted.split("\n")])
    got = [(i.mark, i.date, i.unit, to_markup(i.body) if e[3] != "…" else "…") for i, e in zip(items, expected)]
    assert len(items) == len(expected) and got == expected
    printed = "".join(plain(item.rich) for item in items)
    assert not _counted(printed) - _counted(plain(parse_markup(pasted)))  # nothing doubled
    lost = _counted(plain(parse_markup(pasted))) - _counted(printed)
    assert set(lost) <= {"县"} and sum(lost.values()) <= 1  # but the level the place names once
