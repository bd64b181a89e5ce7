"""Pastes of kinds not pasted before: a 旗's, a 盟's, an autonomous prefecture's or a 林区's name
on a line of its own over its entries (the level's character not printed twice: 鄂托克前旗
/ 旗应急管理局 → **鄂托克前旗**应急管理局); a unit spaced off before its date with a tab, as a
chat or a sheet gives it; entries that open with their date and sign their unit last, in
brackets or after 来源：; looser dates (11月中旬, 日前, 11月20日晚); an entry's further paragraphs
(其中，…, 据介绍，…); a headline with its 来源 line over its dated paragraph; a ★ before the
date. Each paste is split into the entries it holds, their dates and units in their fields,
and no text is lost or doubled but the place a topic line gives each entry under it and the
level's character a place would double."""
from __future__ import annotations

import re
from collections import Counter

import pytest

from bulletin_desktop.core.pasted_entries import entry_spans, pasted_entries
from bulletin_desktop.core.richtext import parse_markup, plain, to_markup


def _counted(text: str) -> Counter[str]:
    return Counter(ch for ch in text if re.match(r"[\u4e00-\u9fff0-9〇]", ch))


# (pasted, [(mark, date, unit, body)]); a body "…" is not compared
CASES = [
    # a 旗 over its offices' entries: the office named by its level after the 旗's name
    ("鄂托克前旗：\n11月20日，旗应急管理局开展冬季供暖安全检查。\n11月21日，旗林草局开展森林草原防火督查。",
     [("", "11月20日", "鄂托克前旗", "应急管理局开展冬季供暖安全检查。"),
      ("", "11月21日", "鄂托克前旗", "林草局开展森林草原防火督查。")]),
    # an autonomous prefecture's short name in brackets
    ("【黔东南州】\n11月19日，州气象局发布寒潮蓝色预警。",
     [("", "11月19日", "黔东南州", "气象局发布寒潮蓝色预警。")]),
    # a 林区 as its own unit, in bold on a line of its own
    ("**神农架林区**\n11月17日，林区林业管理局开展野生动物保护专项行动。",
     [("", "11月17日", "神农架林区", "林业管理局开展野生动物保护专项行动。")]),
    # a unit spaced off before its date with a tab
    ("达拉特旗\t11月20日，开展冬季供暖安全检查，检查换热站46座。",
     [("", "11月20日", "达拉特旗", "开展冬季供暖安全检查，检查换热站46座。")]),
    # the unit signed last, in brackets and after 来源：
    ("11月20日，召开全县冬季森林防火工作会议。（县林业局）\n11月21日，开展防火宣传进村入户活动。（来源：县林业局）",
     [("", "11月20日", "县林业局", "…"), ("", "11月21日", "县林业局", "…")]),
    # looser dates
    ("11月中旬，**旗林草局**组织开展冬季森林草原防火检查。\n日前，**县民政局**为特困人员发放取暖补贴。",
     [("", "11月中旬", "旗林草局", "组织开展冬季森林草原防火检查。"),
      ("", "日前", "县民政局", "为特困人员发放取暖补贴。")]),
    ("11月20日晚，**县消防救援大队**开展夜间熟悉演练。",
     [("", "11月20日晚", "县消防救援大队", "开展夜间熟悉演练。")]),
    # an entry's further paragraphs, joined to it
    ("11月13日，**市消防救援大队**对全市32家大型商超开展消防安全检查，发现隐患57处。\n其中，临时查封1处。\n"
     "11月16日，**市消防救援大队**开展冬季电气火灾防范宣传。\n据介绍，今冬已开展宣传活动46场次。",
     [("", "11月13日", "市消防救援大队", "对全市32家大型商超开展消防安全检查，发现隐患57处。其中，临时查封1处。"),
      ("", "11月16日", "市消防救援大队", "开展冬季电气火灾防范宣传。据介绍，今冬已开展宣传活动46场次。")]),
    # a headline and the line saying where it comes from, over its dated paragraph: an entry
    # of their own, as a headline with its byline is
    ("全旗启动冬季供暖保障专项行动\n来源：达拉特旗住建局\n11月20日，旗住建局组织对全旗供热企业开展专项检查。",
     [("", "", "", "全旗启动冬季供暖保障专项行动来源：达拉特旗住建局"),
      ("", "11月20日", "", "旗住建局组织对全旗供热企业开展专项检查。")]),
    # a star before the date: the entry's mark
    ("★11月22日，**县气象局**发布道路结冰黄色预警。\n★11月23日，**县公路段**对重点路段撒布融雪剂。",
     [("★", "11月22日", "县气象局", "发布道路结冰黄色预警。"), ("★", "11月23日", "县公路段", "对重点路段撒布融雪剂。")]),
    # a 盟 and its offices, the places in bold over their entries
    ("**阿拉善左旗**\n11月18日，旗统计局开展经济普查数据质量抽查。\n**额济纳旗**\n11月19日，旗统计局开展统计执法检查。",
     [("", "11月18日", "阿拉善左旗", "统计局开展经济普查数据质量抽查。"),
      ("", "11月19日", "额济纳旗", "统计局开展统计执法检查。")]),
    # numbered entries under a 旗's name; a 旗 in brackets and an autonomous prefecture spaced
    # off before the date, as a chat forwards them; a 新区 over its 管委会's entry
    ("额济纳旗：\n1.11月18日，旗应急管理局开展检查。\n2.11月19日，旗消防救援大队开展演练。",
     [("1.", "11月18日", "额济纳旗", "应急管理局开展检查。"), ("2.", "11月19日", "额济纳旗", "消防救援大队开展演练。")]),
    ("（正蓝旗）11月19日，旗民政局发放取暖补贴。\n黔东南州　11月19日，州气象局发布寒潮预警。",
     [("", "11月19日", "正蓝旗", "民政局发放取暖补贴。"), ("", "11月19日", "黔东南州", "气象局发布寒潮预警。")]),
    ("兰州新区\n11月19日，新区管委会召开重点项目推进会。",
     [("", "11月19日", "兰州新区", "管委会召开重点项目推进会。")]),
    # a word the level's character opens is no office: it stays
    ("鄂托克旗　11月19日，旗帜鲜明抓好安全生产。",
     [("", "11月19日", "鄂托克旗", "旗帜鲜明抓好安全生产。")]),
    # signed after a dash by a 旗's offices; a 盟's office before the date
    ("11月20日，召开全旗森林草原防火工作会议。——旗林草局\n盟应急管理局　11月21日，召开全盟安全生产工作会议。",
     [("", "11月20日", "旗林草局", "召开全旗森林草原防火工作会议。——旗林草局"),
      ("", "11月21日", "盟应急管理局", "召开全盟安全生产工作会议。")]),
    # a section's heading numbered 一、 over the entries: an entry of its own, as a heading in
    # brackets or stars is, not the first entry's text before its date
    ("一、工作动态\n11月20日，**旗应急管理局**开展检查。\n11月21日，**旗林草局**开展巡查。",
     [("", "", "", "一、工作动态"), ("", "11月20日", "旗应急管理局", "开展检查。"), ("", "11月21日", "旗林草局", "开展巡查。")]),
    # a community over its entries, which name it by its level (社区召开…): named once
    ("【东关社区】\n11月18日，社区召开居民议事会。\n11月19日，社区开展敲门行动。",
     [("", "11月18日", "东关社区", "召开居民议事会。"), ("", "11月19日", "东关社区", "开展敲门行动。")]),
    # spaces typed for the date's comma before the unit in bold, as a chat is typed
    ("◆11月18日　**东关社区**召开居民议事会。\n11月19日  **西关社区**开展敲门行动。",
     [("◆", "11月18日", "东关社区", "召开居民议事会。"), ("", "11月19日", "西关社区", "开展敲门行动。")]),
    # a 新区's 管委会 after its date in bold
    ("11月21日，**兰州新区管委会**召开重点项目建设推进会。",
     [("", "11月21日", "兰州新区管委会", "召开重点项目建设推进会。")]),
    # a school's and a hospital's news, the department in bold after the date
    ("11月18日，**教务处**组织开展期中教学质量分析会。\n11月20日，**护理部**开展急救技能竞赛。",
     [("", "11月18日", "教务处", "组织开展期中教学质量分析会。"), ("", "11月20日", "护理部", "开展急救技能竞赛。")]),
]


@pytest.mark.parametrize("pasted, expected", CASES, ids=[c[0][:12] for c in CASES])
def test_a_paste_of_another_hand_is_read_as_its_entries(pasted, expected):
    items = pasted_entries([parse_markup(line) for line in pasted.split("\n")])
    got = [(i.mark, i.date, i.unit, to_markup(i.body) if e[3] != "…" else "…") for i, e in zip(items, expected)]
    assert len(items) == len(expected) and got == expected
    printed = _counted("".join(plain(item.rich) for item in items))
    pasted_text = _counted(plain(parse_markup(pasted)))
    places = _counted("".join(re.findall(r"^[*【]*([\u4e00-\u9fff]{2,8})[*】：]*$", pasted, re.M)))
    # doubled only the place a topic line gives each of its entries; lost only the level's
    # character it names again (旗应急管理局 after 鄂托克前旗, 林区林业管理局 after 神农架林区,
    # 新区管委会 after 兰州新区, 社区召开 after 东关社区)
    assert set(printed - pasted_text) <= set(places)
    assert set(pasted_text - printed) <= set("县区市镇乡旗州盟林新社")


# tables typed with tabs, as a sheet or a plain-text paste gives them; (pasted, [(date, unit, body)])
TABLES = [
    # no head: the row's number, its date, its unit and what it did
    ("1\t11月3日\t达拉特旗\t开展冬季供暖安全检查。\n2\t11月4日\t准格尔旗\t组织煤矿应急演练。",
     [("11月3日", "达拉特旗", "开展冬季供暖安全检查。"), ("11月4日", "准格尔旗", "组织煤矿应急演练。")]),
    # a head with other names, the unit after the text
    ("时间\t工作内容\n11月5日\t全盟开展冬季安全生产大检查。\n11月6日\t召开全盟森林草原防火视频会议。",
     [("11月5日", "", "全盟开展冬季安全生产大检查。"), ("11月6日", "", "召开全盟森林草原防火视频会议。")]),
]


@pytest.mark.parametrize("pasted, expected", TABLES, ids=[t[0][:12] for t in TABLES])
def test_a_table_typed_with_tabs_gives_an_entry_a_row(pasted, expected):
    items = pasted_entries([parse_markup(line) for line in pasted.split("\n")])
    assert [(i.date, i.unit, plain(i.body)) for i in items] == expected


def test_a_tab_outside_a_table_is_a_space():
    """A tab left in a pasted line that is no table's row (a chat's gap in its text) is the
    space a paste makes of any run of spaces: an entry's text holds no tab."""
    items = pasted_entries([parse_markup("11月20日，**县应急局**开展检查\t共检查企业12家。")])
    assert [(i.date, i.unit, plain(i.body)) for i in items] == [("11月20日", "县应急局", "开展检查 共检查企业12家。")]


def test_grouping_a_long_paste_takes_time_in_proportion_to_its_length():
    """Each paragraph is looked at with the next one with text only: a paste of thousands of
    paragraphs is grouped as one of a few is (a topic line still takes the entry under it)."""
    lines = ["鄂托克前旗：", *(f"11月{1 + n % 28}日，旗应急管理局开展第{n}次检查。" for n in range(4000))]
    spans = entry_spans([parse_markup(line) for line in lines])
    assert len(spans) == 4000
    assert plain(spans[0][0]).startswith("鄂托克前旗")
