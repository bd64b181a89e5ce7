"""Pastes of other hands not pasted before: entries led by a time phrase with the unit not in
bold after it (本月上旬，市交通局…, 近日，某县…), entries over several days (11月20日至22日，…),
units signed at the end in the forms other offices use (（…供稿）, 〔…镇〕, ——…街道, （…　作者）),
dates written 2026.11.20, 11.20, 十一月二十日 or the day alone (20日，), paragraphs indented with
full-width spaces or NBSP, lines copied out of a PDF cut mid-sentence with the page number and
running head between, and two entries pasted twice by mistake. Each paste is split into the
entries it holds, their dates and units in their fields as written, and no text is lost or
doubled but page furniture."""
from __future__ import annotations

import re
from collections import Counter

import pytest

from bulletin_desktop.core.pasted_entries import pasted_entries
from bulletin_desktop.core.richtext import parse_markup, plain, to_markup


def _counted(text: str) -> Counter[str]:
    return Counter(ch for ch in text if re.match(r"[\u4e00-\u9fff0-9〇]", ch))


# (pasted, [(mark, date, unit, body)], furniture left out); a body "…" is not compared
CASES: list[tuple[str, list[tuple[str, str, str, str]]]] = [
    # a time phrase of the month before a unit not in bold: the date as written, the unit stays in the text
    ("本月上旬，市交通局组织开展道路运输企业安全生产标准化检查，检查企业26家。\n"
     "11月下旬，市交通局将开展“回头看”。",
     [("", "本月上旬", "", "市交通局组织开展道路运输企业安全生产标准化检查，检查企业26家。"),
      ("", "11月下旬", "", "市交通局将开展“回头看”。")]),
    ("近日，临泉县应急管理局联合县消防救援大队开展高层建筑火灾扑救演练。\n近日，**太和县**开展冬季燃气安全检查。",
     [("", "近日", "", "临泉县应急管理局联合县消防救援大队开展高层建筑火灾扑救演练。"),
      ("", "近日", "太和县", "开展冬季燃气安全检查。")]),
    # several days, and the month's range
    ("11月20日至22日，**县卫健委**组织开展医疗机构消防安全大检查，检查医疗机构38家。\n"
     "11月23—25日，**县疾控中心**开展学校传染病防控督导。",
     [("", "11月20日至22日", "县卫健委", "组织开展医疗机构消防安全大检查，检查医疗机构38家。"),
      ("", "11月23—25日", "县疾控中心", "开展学校传染病防控督导。")]),
    # signed in brackets with 供稿, the date 11.20 short
    ("11.20，全县开展农村自建房安全隐患排查，排查房屋1260栋。（阜南县住建局供稿）",
     [("", "11.20", "阜南县住建局", "全县开展农村自建房安全隐患排查，排查房屋1260栋。（阜南县住建局供稿）")]),
    # signed 〔…镇〕 after the last sentence
    ("11月21日，开展冬季森林防火宣传进村入户活动，发放宣传单2000余份。〔黄岗镇〕",
     [("", "11月21日", "黄岗镇", "开展冬季森林防火宣传进村入户活动，发放宣传单2000余份。〔黄岗镇〕")]),
    # signed after a dash by a 街道
    ("11月19日，组织辖区12个小区物业开展消防通道清理，清理占道杂物3.6吨。——城关街道",
     [("", "11月19日", "城关街道", "组织辖区12个小区物业开展消防通道清理，清理占道杂物3.6吨。——城关街道")]),
    # the date with its year in dots, the unit in bold after it
    ("2026.11.20，**县市场监管局**开展冬季校园食品安全专项检查。\n2026.11.21，**县教育局**召开校园安全工作会议。",
     [("", "2026.11.20", "县市场监管局", "开展冬季校园食品安全专项检查。"),
      ("", "2026.11.21", "县教育局", "召开校园安全工作会议。")]),
    # in Chinese numerals
    ("十一月二十日，**镇党委**召开冬季安全生产专题会议。\n十一月二十一日，**镇应急办**开展燃气安全入户检查。",
     [("", "十一月二十日", "镇党委", "召开冬季安全生产专题会议。"),
      ("", "十一月二十一日", "镇应急办", "开展燃气安全入户检查。")]),
    # the day alone
    ("20日，**石桥村**召开村民代表大会。\n21日，**河口村**开展矛盾纠纷排查。",
     [("", "20日", "石桥村", "召开村民代表大会。"), ("", "21日", "河口村", "开展矛盾纠纷排查。")]),
    # indented with full-width spaces and with NBSP, as Word and a web page give them
    ("\u3000\u300011月18日，**县农业农村局**开展秋冬种技术指导。\n\u00a0\u00a0\u00a0\u00a011月19日，**县农机中心**开展农机安全检查。",
     [("", "11月18日", "县农业农村局", "开展秋冬种技术指导。"), ("", "11月19日", "县农机中心", "开展农机安全检查。")]),
    # lines cut mid-sentence out of a PDF, a page number and the running head between them
    ("11月17日，**县交警大队**在国道G312线开展冬季道路交通安全集中整治行动，查处\n"
     "超速、疲劳驾驶等交通违法行为126起，曝光典型案例5起，有效净化了道路通行环境。\n"
     "— 3 —\n"
     "交通安全简报　第12期\n"
     "11月18日，**县运管所**开展客运站冬季安全检查，检查车辆48辆。",
     [("", "11月17日", "县交警大队", "…"), ("", "11月18日", "县运管所", "开展客运站冬季安全检查，检查车辆48辆。")]),
    # two entries pasted twice by mistake: the clerk sees all four, as pasted, to delete the copies
    ("11月20日，**县信访局**开展领导干部接访下访活动。\n11月21日，**县司法局**开展法律援助进社区活动。\n"
     "11月20日，**县信访局**开展领导干部接访下访活动。\n11月21日，**县司法局**开展法律援助进社区活动。",
     [("", "11月20日", "县信访局", "开展领导干部接访下访活动。"), ("", "11月21日", "县司法局", "开展法律援助进社区活动。"),
      ("", "11月20日", "县信访局", "开展领导干部接访下访活动。"), ("", "11月21日", "县司法局", "开展法律援助进社区活动。")]),
    # the unit and the writer signed at the end
    ("11月22日上午，开展冬季供水设施防冻检查，更换保温材料300米。（第二水厂　张磊）",
     [("", "11月22日上午", "第二水厂", "…")]),
    # a week (本周) and a unit signed after 供稿
    ("本周，全市普通国省道完成路面病害处治1.8万平方米。（麒麟公路分局供稿）",
     [("", "本周", "麒麟公路分局", "…")]),
    # a bold unit with its colon before the date: an entry each, read as the import reads it (the
    # date kept in its text after the unit), whatever the unit's name ends with
    ("**敦厚镇妇联：**11月18日，举办巾帼家政技能培训班。\n**县团委：**11月19日，开展青年志愿服务活动。",
     [("", "", "敦厚镇妇联", "：11月18日，举办巾帼家政技能培训班。"), ("", "", "县团委", "：11月19日，开展青年志愿服务活动。")]),
    # an entry's further paragraph after its date line, and a page number -2- between entries
    ("11月20日，**市审计局**召开审计整改推进会。\n会议要求，各单位要按期完成整改。\n-2-\n11月21日，**市统计局**开展统计执法检查。",
     [("", "11月20日", "市审计局", "召开审计整改推进会。会议要求，各单位要按期完成整改。"),
      ("", "11月21日", "市统计局", "开展统计执法检查。")]),
    # a footer of the page's count between entries
    ("11月20日，**区文旅局**开展旅游市场检查。\n第2页 共5页\n11月21日，**区体育中心**举办全民健身运动会。",
     [("", "11月20日", "区文旅局", "开展旅游市场检查。"), ("", "11月21日", "区体育中心", "举办全民健身运动会。")]),
]

# what a paste leaves out as no one's text: page numbers and running heads
_FURNITURE = re.compile(r"^(?:[—\-]\s*\d+\s*[—\-]|第\d+页 共\d+页|交通安全简报　第12期)$", re.M)


@pytest.mark.parametrize("pasted, expected", CASES, ids=[c[0][:12] for c in CASES])
def test_a_paste_of_another_hand_is_read_as_its_entries(pasted, expected):
    items = pasted_entries([parse_markup(line) for line in pasted.split("\n")])
    got = [(i.mark, i.date, i.unit, to_markup(i.body) if e[3] != "…" else "…") for i, e in zip(items, expected)]
    assert len(items) == len(expected) and got == expected
    printed = _counted("".join(plain(item.rich) for item in items))
    assert printed == _counted(plain(parse_markup(_FURNITURE.sub("", pasted))))


def _entries(text: str):
    return pasted_entries([parse_markup(line) for line in text.split("\n")])


def test_entries_pasted_twice_are_counted_for_the_clerk():
    from bulletin_desktop.core.pasted_entries import repeated_entries

    once = "11月20日，**县信访局**开展接访活动。\n11月21日，**县司法局**开展法律援助活动。"
    assert repeated_entries(_entries(once)) == 0
    assert repeated_entries(_entries(once + "\n" + once)) == 2
    # the same words from another unit or on another day are no copy
    assert repeated_entries(_entries(once + "\n11月22日，**县信访局**开展接访活动。\n11月21日，**县民政局**开展法律援助活动。")) == 0
