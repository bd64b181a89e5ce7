"""Pastes of hands not pasted before: a 防汛 paste whose entries are dated with their hours
(7月11日8时至12日8时, 12月3日16时), a 气象台's forecast, schools, 村 and 社区, a 集团公司's
分公司 and 项目部 and a 开发区's firms as units; a PDF's lines broken mid-sentence with its
page numbers (— 3 —) and running heads, a WPS paragraph indented with full-width spaces, an
e-mail's quoted lines (> ) and its writer's signature, a chat's name-and-time lines between
the messages. Each paste is split into the entries it holds, their dates and units in their
fields as written, and no text lost or doubled but the page's and the chat's furniture."""
from __future__ import annotations

import re
from collections import Counter

import pytest

from bulletin_desktop.core.pasted_entries import pasted_entries
from bulletin_desktop.core.richtext import parse_markup, plain, to_markup


def _counted(text: str) -> Counter[str]:
    return Counter(ch for ch in text if re.match(r"[\u4e00-\u9fff0-9A-Za-z]", ch))


# (pasted, [(mark, date, unit, body)])
CASES: list[tuple[str, list[tuple[str, str, str, str]]]] = [
    # a span of hours as the date, no unit
    ("7月11日8时至12日8时，全市平均降雨量42.6毫米，最大降雨点商城县鲇鱼山站158.0毫米。",
     [("", "7月11日8时至12日8时", "", "全市平均降雨量42.6毫米，最大降雨点商城县鲇鱼山站158.0毫米。")]),
    # an hour after the day, a unit bold
    ("12月3日16时，**县气象台**发布寒潮蓝色预警信号。\n12月3日17时30分，**县应急管理局**启动低温雨雪冰冻Ⅳ级应急响应。",
     [("", "12月3日16时", "县气象台", "发布寒潮蓝色预警信号。"),
      ("", "12月3日17时30分", "县应急管理局", "启动低温雨雪冰冻Ⅳ级应急响应。")]),
    # schools as units
    ("11月26日，**实验小学**举办“书香校园”读书节。\n11月27日，**第二高级中学**开展百日誓师大会。",
     [("", "11月26日", "实验小学", "举办“书香校园”读书节。"), ("", "11月27日", "第二高级中学", "开展百日誓师大会。")]),
    # a village and a community
    ("11月26日，**李湾村**组织党员志愿者为留守老人清理院落。\n11月27日，**东街社区**开展冬季消防安全入户宣传。",
     [("", "11月26日", "李湾村", "组织党员志愿者为留守老人清理院落。"),
      ("", "11月27日", "东街社区", "开展冬季消防安全入户宣传。")]),
    # a group's branch and its project department
    ("11月30日，**第一分公司**组织开展冬季施工安全大检查。\n12月1日，**郑西高铁项目部**开展高处作业专项整治。",
     [("", "11月30日", "第一分公司", "组织开展冬季施工安全大检查。"),
      ("", "12月1日", "郑西高铁项目部", "开展高处作业专项整治。")]),
    # a PDF's lines broken where its page's line ended: one entry
    ("11月27日，**县水利局**召开冬春农田水利基本建设推进会，安排\n部署全县小型水库除险加固工作。",
     [("", "11月27日", "县水利局", "召开冬春农田水利基本建设推进会，安排部署全县小型水库除险加固工作。")]),
    # a PDF's page number and running head between two entries
    ("11月28日，**下碑寺水库管理所**完成大坝安全监测系统升级。\n— 3 —\n水利工作简报　第14期\n"
     "11月29日，**县河长办**开展河湖“清四乱”专项行动。",
     [("", "11月28日", "下碑寺水库管理所", "完成大坝安全监测系统升级。"),
      ("", "11月29日", "县河长办", "开展河湖“清四乱”专项行动。")]),
    # an entry broken by the page's foot in mid-sentence
    ("11月29日，**县河长办**开展河湖专项行动，清理河道垃\n- 4 -\n圾320吨，拆除违建2处。",
     [("", "11月29日", "县河长办", "开展河湖专项行动，清理河道垃圾320吨，拆除违建2处。")]),
    # WPS: full-width spaces before each paragraph
    ("　　11月25日，**县林业局**召开全县森林防火工作会议。\n　　11月26日，**竹沟镇**组织扑火队开展实战演练。",
     [("", "11月25日", "县林业局", "召开全县森林防火工作会议。"), ("", "11月26日", "竹沟镇", "组织扑火队开展实战演练。")]),
    # an e-mail's quoted lines
    ("> 11月26日，**县统计局**开展统计数据质量核查。\n> 11月27日，**县农调队**完成秋粮产量抽样调查。",
     [("", "11月26日", "县统计局", "开展统计数据质量核查。"), ("", "11月27日", "县农调队", "完成秋粮产量抽样调查。")]),
    # an e-mail's greeting over the entry and its writer's signature under it
    ("李科长：\n您好！现报送我局信息一条，请审阅。\n12月1日，**县人社局**举办“冬季送岗”专场招聘会，提供岗位2300个。\n"
     "--\n张敏\n新蔡县人社局办公室\n电话：0396-5921234",
     [("", "", "", "…"), ("", "12月1日", "县人社局", "举办“冬季送岗”专场招聘会，提供岗位2300个。")]),
    # a chat: the sender's name and the time between the messages
    ("王磊 16:32\n12月3日，**熊寨镇**组织开展冬季防火安全检查。\n李娜 16:35\n12月3日，**陡沟镇**举办农民工返乡创业培训班。",
     [("", "12月3日", "熊寨镇", "组织开展冬季防火安全检查。"), ("", "12月3日", "陡沟镇", "举办农民工返乡创业培训班。")]),
    # a chat with the day before the time
    ("赵刚 2026/12/3 9:05:12\n12月2日，**县医保局**开展医保基金专项检查。",
     [("", "12月2日", "县医保局", "开展医保基金专项检查。")]),
    # a forecast with no date at its start: one paragraph
    ("预计12月4日至6日，受强冷空气影响，我市将出现大风降温天气，过程降温8至10℃。",
     [("", "", "", "预计12月4日至6日，受强冷空气影响，我市将出现大风降温天气，过程降温8至10℃。")]),
    # a day's total with a span of hours, then a bold unit with an hour
    ("1月28日0时至24时，全县道路客运发送旅客1.26万人次。\n1月28日16时，**县汽车站**加开客运班次12个。",
     [("", "1月28日0时至24时", "", "全县道路客运发送旅客1.26万人次。"),
      ("", "1月28日16时", "县汽车站", "加开客运班次12个。")]),
    # a firm with Latin letters in a 开发区's paste, and a 产业园
    ("11月26日，**XX新材料有限公司**年产5万吨复合材料项目建成投产。\n11月27日，**豫南智能装备产业园**第三批厂房通过验收。",
     [("", "11月26日", "XX新材料有限公司", "年产5万吨复合材料项目建成投产。"),
      ("", "11月27日", "豫南智能装备产业园", "第三批厂房通过验收。")]),
    # numbered sentences are entries of their own, as written (a loose lead dates an entry only before a unit)
    ("一、今年以来，全镇新建高标准农田1.2万亩。\n二、截至11月底，全镇脱贫户人均纯收入达到1.36万元。",
     [("", "", "", "一、今年以来，全镇新建高标准农田1.2万亩。"), ("", "", "", "二、截至11月底，全镇脱贫户人均纯收入达到1.36万元。")]),
    # a sampling table typed with tabs under its caption: its rows no entries, kept as they are
    ("12月1日，**县市场监管局**通报11月食品抽检情况，不合格样品2批次。",
     [("", "12月1日", "县市场监管局", "通报11月食品抽检情况，不合格样品2批次。")]),
    # the day's issue of a 春运 paste: a date and its hour with 许
    ("2月3日10时许，**市公路事业发展中心**对G107线结冰路段完成撒盐除冰。",
     [("", "2月3日10时许", "市公路事业发展中心", "对G107线结冰路段完成撒盐除冰。")]),
    # a 社区 signed at the end in brackets
    ("近日，**新华社区**为辖区困难群众发放冬季取暖物资，惠及居民52户。（新华社区　刘芳）",
     [("", "近日", "新华社区", "**新华社区**为辖区困难群众发放冬季取暖物资，惠及居民52户。（新华社区　刘芳）")]),
    # a quoted WPS paragraph: the quote mark and the full-width spaces together
    ("> 　　12月1日，**县卫健委**开展冬季医疗机构消防安全检查。",
     [("", "12月1日", "县卫健委", "开展冬季医疗机构消防安全检查。")]),
    # a Latin word a PDF's line hyphenated at its end: joined without the hyphen
    ("11月28日，**县水利局**引进Intelli-\ngent防汛调度系统一套。",
     [("", "11月28日", "县水利局", "引进Intelligent防汛调度系统一套。")]),
    # a numbered sentence after a dated entry: an entry of its own, as an import keeps it
    ("11月20日，**城关镇**开展冬季安全检查。\n二、今年以来，全镇排查整改隐患126处。",
     [("", "11月20日", "城关镇", "开展冬季安全检查。"), ("", "", "", "二、今年以来，全镇排查整改隐患126处。")]),
    # a paragraph opening with a decimal, or a dash before its source, is no numbered point: the entry's
    ("11月20日，**城关镇**开展消防宣传。\n3.2万人次参与线上答题活动。",
     [("", "11月20日", "城关镇", "开展消防宣传。3.2万人次参与线上答题活动。")]),
    ("11月20日，**城关镇**开展消防宣传。\n—城关镇党政办",
     [("", "11月20日", "城关镇", "开展消防宣传。—城关镇党政办")]),
    # but the points of a list the entry introduces with its colon are the entry's
    ("11月20日，**县应急局**召开会议。会议要求：\n1．压实企业主体责任。\n2．强化隐患排查整治。",
     [("", "11月20日", "县应急局", "召开会议。会议要求：1．压实企业主体责任。2．强化隐患排查整治。")]),
    # a chat's line with the day's word and the part of the day before the time
    ("李娜 昨天 下午3:05\n12月2日，**陡沟镇**举办农民工返乡创业培训班。",
     [("", "12月2日", "陡沟镇", "举办农民工返乡创业培训班。")]),
    # a WeChat post pasted into an issue: its title is the news's headline, kept as a paragraph of its
    # own (an import leaves out only what stands over a masthead); the account's line is the page's
    ("全镇开展冬季消防安全大排查\n原创 熊寨镇融媒 熊寨发布 2026-12-02 18:30 河南\n"
     "12月2日，**熊寨镇**组织开展冬季消防安全大排查。",
     [("", "", "", "全镇开展冬季消防安全大排查"), ("", "12月2日", "熊寨镇", "组织开展冬季消防安全大排查。")]),
    # a unit not in bold that the archive does not know stays in the text, the subject of a clause
    # not always being its sender (省应急管理厅检查组 came to inspect, the county reports it)
    ("12月1日，省应急管理厅检查组到我县督导冬季安全生产工作。",
     [("", "12月1日", "", "省应急管理厅检查组到我县督导冬季安全生产工作。")]),
    # DingTalk's line with the month and day, QQ's with the sender's number and the seconds
    ("刘洋 12-03 16:32\n12月3日，**县交通运输局**开展春运安全检查。", [("", "12月3日", "县交通运输局", "开展春运安全检查。")]),
    ("水利局-张敏(123456789) 16:32:05\n12月3日，**县水利局**开展冬季水库巡查。",
     [("", "12月3日", "县水利局", "开展冬季水库巡查。")]),
    # a quote within a quote
    (">> 12月2日，**城关镇**开展消防演练。\n>> 12月3日，**东城街道**开展反诈宣传。",
     [("", "12月2日", "城关镇", "开展消防演练。"), ("", "12月3日", "东城街道", "开展反诈宣传。")]),
    # a WPS paragraph broken by a page number
    ("　　12月1日，**县教育局**召开校园安全会议，部署冬季\n— 2 —\n校园消防安全工作。",
     [("", "12月1日", "县教育局", "召开校园安全会议，部署冬季校园消防安全工作。")]),
    # points numbered （一） with their run-in titles, undated: each an entry of its own
    ("（一）强化预检分诊。各医疗机构严格落实预检分诊制度。\n（二）加强疫苗接种。全县累计接种流感疫苗3.2万剂次。",
     [("", "", "", "（一）强化预检分诊。各医疗机构严格落实预检分诊制度。"),
      ("", "", "", "（二）加强疫苗接种。全县累计接种流感疫苗3.2万剂次。")]),
    ("12月2日15时，**城关镇中心小学**开展防震疏散演练。", [("", "12月2日15时", "城关镇中心小学", "开展防震疏散演练。")]),
    ("【沪渝蓉高铁项目部】12月1日，开展冬季施工安全交底。", [("", "12月1日", "沪渝蓉高铁项目部", "开展冬季施工安全交底。")]),
    # the line a phone's mail app signs with
    ("12月1日，**县商务局**召开电商直播培训会。\n\n发自我的iPhone", [("", "12月1日", "县商务局", "召开电商直播培训会。")]),
    # a chat's picture stays as the chat wrote it ([图片]), its sender line left out
    ("张伟 16:32\n[图片]\n12月3日，**城关镇**开展冬季防火检查。", [("", "", "", "[图片]"), ("", "12月3日", "城关镇", "开展冬季防火检查。")]),
    # the chat's note of a message taken back
    ("12月3日，**城关镇**开展冬季防火检查。\n李娜撤回了一条消息\n12月3日，**东城街道**开展反诈宣传。",
     [("", "12月3日", "城关镇", "开展冬季防火检查。"), ("", "12月3日", "东城街道", "开展反诈宣传。")]),
    ("12月3日16时至4日8时，**县交通运输局**出动除冰车辆12台次。",
     [("", "12月3日16时至4日8时", "县交通运输局", "出动除冰车辆12台次。")]),
    ("12月1日，**王庄村“两委”**召开村民代表会议。", [("", "12月1日", "王庄村“两委”", "召开村民代表会议。")]),
    ("12月1日，**郑州分公司第一项目部**开展高处作业专项检查。", [("", "12月1日", "郑州分公司第一项目部", "开展高处作业专项检查。")]),
    # a page number set between dots
    ("12月1日，**县水利局**开展河道清障，清理\n·3·\n阻水障碍物12处。", [("", "12月1日", "县水利局", "开展河道清障，清理阻水障碍物12处。")]),
    # the mail answered under the news: its separator and its headers
    ("12月2日，**县教育局**开展食堂检查。\n-----原始邮件-----\n发件人：县教育局办公室\n发送时间：2026年12月2日 9:15\n主题：信息报送",
     [("", "12月2日", "县教育局", "开展食堂检查。")]),
    # a PDF's 第3页 共8页 in mid-sentence; a page number with the bulletin's name under it, its running head
    ("12月1日，**县气象局**发布寒潮预警，提醒\n第3页 共8页\n群众做好防寒保暖。",
     [("", "12月1日", "县气象局", "发布寒潮预警，提醒群众做好防寒保暖。")]),
    ("12月1日，**县气象局**发布寒潮预警。\n— 4 —\n天气专报\n12月2日，**县农业农村局**指导设施农业防寒。",
     [("", "12月1日", "县气象局", "发布寒潮预警。"), ("", "12月2日", "县农业农村局", "指导设施农业防寒。")]),
    # Outlook's headers in English over the news
    ("From: 张敏 <zm@example.cn>\nSent: Wednesday, December 2, 2026 9:15 AM\nTo: 县委办\nSubject: 信息\n"
     "12月1日，**县林业局**开展森林防火巡查。", [("", "12月1日", "县林业局", "开展森林防火巡查。")]),
    ("　　12月1日，**县林业局**开展森林防火巡查，\n　　出动护林员120人次。",
     [("", "12月1日", "县林业局", "开展森林防火巡查，出动护林员120人次。")]),
    # the time a chat sets between its messages, no sender named
    ("12月2日 16:05\n12月2日，**县卫健委**开展流感防控督导。", [("", "12月2日", "县卫健委", "开展流感防控督导。")]),
    # a chat where a message holds two entries
    ("张伟 9:12\n12月2日，**城关镇**开展禁毒宣传。\n12月2日，**东关社区**开展反诈宣传。",
     [("", "12月2日", "城关镇", "开展禁毒宣传。"), ("", "12月2日", "东关社区", "开展反诈宣传。")]),
]

# the page's, the mail's and the chat's lines a paste leaves out
_FURNITURE = re.compile(r"(?<=Intelli)-|^(?:— 3 —|水利工作简报　第14期|- 4 -|> |王磊 16:32|李娜 16:35|赵刚 2026/12/3 9:05:12|张伟 9:12|刘洋 12-03 16:32|水利局-张敏\(123456789\) 16:32:05|>> |— 2 —|发自我的iPhone|张伟 16:32|李娜撤回了一条消息|·3·|第3页 共8页|— 4 —\n天气专报|12月2日 16:05|From: 张敏 <zm@example.cn>\nSent: Wednesday, December 2, 2026 9:15 AM\nTo: 县委办\nSubject: 信息|-----原始邮件-----\n发件人：县教育局办公室\n发送时间：2026年12月2日 9:15\n主题：信息报送|李娜 昨天 下午3:05|原创 熊寨镇融媒 熊寨发布 2026-12-02 18:30 河南"
                        r"|--\n张敏\n新蔡县人社局办公室\n电话：0396-5921234)", re.M)


@pytest.mark.parametrize("pasted, expected", CASES, ids=[c[0][:12] for c in CASES])
def test_a_paste_of_another_hand_is_read_as_its_entries(pasted, expected):
    items = pasted_entries([parse_markup(line) for line in pasted.split("\n")])
    got = [(i.mark, i.date, i.unit, to_markup(i.body) if e[3] != "…" else "…") for i, e in zip(items, expected)]
    assert len(items) == len(expected) and got == expected
    printed = _counted("".join(plain(item.rich) for item in items))
    assert printed == _counted(plain(parse_markup(_FURNITURE.sub("", pasted))))


@pytest.mark.parametrize("line, chat", [
    ("王磊 16:32", True), ("赵刚 2026/12/3 9:05:12", True), ("刘洋 12-03 16:32", True), ("李娜 昨天 下午3:05", True),
    ("水利局-张敏(123456789) 16:32:05", True), ("李娜撤回了一条消息", True),
    # a schedule's and a timetable's lines are text: a time with what happens then, a train by its number
    ("报到时间 8:30", False), ("集合 7:30", False), ("上午 9:30", False), ("G1234次　16:32", False),
    ("K1088次列车 8:15", False), ("比分 3:2", False),
    ("12月2日 16:05", True), ("昨天 16:05", True),
    # a masthead's office and its date to the minute, or the date alone (a daily report's)
    ("驻马店市气象台　　2026年12月3日 16:00", False), ("2026年12月3日 16:00", False),
])
def test_a_chats_sender_line_is_told_from_a_schedules(line, chat):
    from bulletin_desktop.core.recognise.furniture import is_chat_line

    assert is_chat_line(line) is chat
