"""Pastes of kinds not pasted before: a county's or a town's name on a line of its own (舞阳县：,
**郾城区**, 【临颍县】) over the entries it sent, which each name it as their unit; a news
item's headline, and the unit and author under it, over its dated paragraph, which stays
the paragraph's own dated entry; dates written 5月30号, 本周一, 上周五 or 端午节前; a unit's
name over its one entry; a mail's greeting. Each paste is split into the entries it holds,
their dates and units in their fields, and no text is lost or doubled but the place a topic
line gives each entry under it and the level's character a place would double."""
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
    # a county's name and its colon over the entries it sent (the known miss of the last round)
    ("舞阳县：\n5月28日，县文明办组织开展“文明交通我先行”志愿服务活动。\n5月29日，县应急局开展防汛应急演练。",
     [("", "5月28日", "舞阳县", "文明办组织开展“文明交通我先行”志愿服务活动。"),
      ("", "5月29日", "舞阳县", "应急局开展防汛应急演练。")]),
    # in bold, two places one after the other, an entry's second paragraph kept with it
    ("**郾城区**\n5月29日，区城管局开展占道经营专项整治。\n整治期间共规范摊点86处。\n**召陵区**\n5月30日，全区开展“清河行动”。",
     [("", "5月29日", "郾城区", "城管局开展占道经营专项整治。整治期间共规范摊点86处。"),
      ("", "5月30日", "召陵区", "全区开展“清河行动”。")]),
    # in brackets, the entries' own offices in bold after their dates: the place's office
    ("【临颍县】\n6月3日，**县市场监管局**开展粽子专项抽检。\n6月4日，**县卫健委**开展食品安全宣传。",
     [("", "6月3日", "临颍县市场监管局", "开展粽子专项抽检。"), ("", "6月4日", "临颍县卫健委", "开展食品安全宣传。")]),
    # numbered entries under a town's name
    ("出山镇：\n1．6月1日，镇党委召开防汛工作部署会。\n2．6月2日，镇村干部对辖区山塘水库开展巡查。",
     [("1．", "6月1日", "出山镇", "党委召开防汛工作部署会。"), ("2．", "6月2日", "出山镇", "镇村干部对辖区山塘水库开展巡查。")]),
    # a headline, and the unit and author under it, over the news's dated paragraph: the date is
    # read, the headline and byline stay in their own entry before it (the last round's miss)
    ("全县启动汛期应急演练\n县应急管理局　王磊\n5月28日，**县应急局**联合县水利局在沙河大堤开展防汛应急演练，参演人员300余人。",
     [("", "", "", "全县启动汛期应急演练县应急管理局　王磊"),
      ("", "5月28日", "县应急局", "联合县水利局在沙河大堤开展防汛应急演练，参演人员300余人。")]),
    ("我市召开夏季消费季启动仪式\n6月1日，**市商务局**在万达广场举办夏季消费季启动仪式，发放消费券500万元。",
     [("", "", "", "我市召开夏季消费季启动仪式"), ("", "6月1日", "市商务局", "在万达广场举办夏季消费季启动仪式，发放消费券500万元。")]),
    # the dates of chats and weekly reports
    ("5月30号，**县应急局**开展危化品企业安全检查。\n本周一，**县消防救援大队**开展高层建筑灭火演练。",
     [("", "5月30号", "县应急局", "开展危化品企业安全检查。"), ("", "本周一", "县消防救援大队", "开展高层建筑灭火演练。")]),
    ("端午节前，**县市场监管局**对全县粽子生产企业开展专项检查。",
     [("", "端午节前", "县市场监管局", "对全县粽子生产企业开展专项检查。")]),
    ("上周五，县教育局召开全县中小学安全工作会议。",
     [("", "上周五", "", "县教育局召开全县中小学安全工作会议。")]),
    ("昨天，**县应急局**组织开展防汛演练。\n今天上午，县应急局召开调度会。",
     [("", "昨天", "县应急局", "组织开展防汛演练。今天上午，县应急局召开调度会。")]),
    # a unit's name on a line of its own over its one entry
    ("县市场监管局\n6月3日，开展节日食品专项抽检，抽检样品50批次。",
     [("", "6月3日", "县市场监管局", "开展节日食品专项抽检，抽检样品50批次。")]),
    # a range of days written with 号
    ("6月1号至3号，**县交警大队**开展夜查统一行动，查处酒驾12起。",
     [("", "6月1号至3号", "县交警大队", "开展夜查统一行动，查处酒驾12起。")]),
    # a mail's greeting and the words that introduce the entries: an entry of their own, the
    # first entry dated; the mail's signature and date with the last entry, as before
    ("各位领导、同事：\n现将近期工作动态报送如下：\n1.5月28日，县应急局组织开展防汛应急演练。\n2.5月29日，县应急局开展危化品检查。\n舞阳县应急管理局\n2024年5月30日",
     [("", "", "", "各位领导、同事：现将近期工作动态报送如下："), ("1.", "5月28日", "", "县应急局组织开展防汛应急演练。"),
      ("2.", "5月29日", "", "县应急局开展危化品检查。舞阳县应急管理局2024年5月30日")]),
    # but a line saying who sent it is the entry's, as before
    ("报送单位：临颍县\n3月2日，**临颍县**开展燃气安全检查。",
     [("", "", "", "报送单位：临颍县3月2日，**临颍县**开展燃气安全检查。")]),
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
    # character it names again (县应急局 after 舞阳县)
    assert set(printed - pasted_text) <= set(places)
    assert set(pasted_text - printed) <= set("县区市镇乡")


# a table of entries pasted: Word's cells come a paragraph each, a text's rows a line each with
# tabs between the cells; (pasted, [(date, unit, body)])
TABLES = [
    ("序号\n日期\n报送单位\n工作内容\n1\n5月28日\n县应急局\n组织开展防汛应急演练，参演300人。\n2\n5月29日\n县消防救援大队\n开展高层建筑灭火演练。",
     [("5月28日", "县应急局", "组织开展防汛应急演练，参演300人。"), ("5月29日", "县消防救援大队", "开展高层建筑灭火演练。")]),
    ("序号\t日期\t单位\t内容\n1\t6月3日\t城关镇\t开展燃气安全入户检查。\n2\t2024-06-04\t孟庙镇\t组织防汛转移演练。",
     [("6月3日", "城关镇", "开展燃气安全入户检查。"), ("2024-06-04", "孟庙镇", "组织防汛转移演练。")]),
    # two columns, a date and the text, under their head
    ("日期\n内容\n5月28日\n县应急局组织开展防汛演练。\n5月29日\n县应急局开展危化品检查。",
     [("5月28日", "", "县应急局组织开展防汛演练。"), ("5月29日", "", "县应急局开展危化品检查。")]),
]


@pytest.mark.parametrize("pasted, expected", TABLES, ids=[t[0][:12] for t in TABLES])
def test_a_table_pasted_gives_an_entry_a_row(pasted, expected):
    items = pasted_entries([parse_markup(line) for line in pasted.split("\n")])
    assert [(i.date, i.unit, plain(i.body)) for i in items] == expected
    # what is left out is the table's layout only: its head and its rows' numbers
    lost = _counted(plain(parse_markup(pasted))) - _counted("".join(plain(item.rich) for item in items))
    assert set(lost) <= set("序号日期报送单位工作内容12")


def test_a_date_alone_over_a_note_is_no_table():
    items = pasted_entries([parse_markup(line) for line in ("舞阳县应急管理局", "2024年5月30日", "（联系人：王磊）")])
    assert [(i.date, i.unit, plain(i.body)) for i in items] == [("", "", "舞阳县应急管理局2024年5月30日（联系人：王磊）")]
