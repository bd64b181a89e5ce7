"""Bulletins in more forms of other hands: a WeChat post copied with its title, the account's
line (its name, the time it was sent, the region) and the 阅读/在看 lines under it; an OA
system's export with 【标题】/【发布时间】/【浏览次数】 lines over it and 【打印】【关闭】 under it;
text with tabs between the office and the date, in a table of figures and in the sign-off;
a name on two lines with 第N期 and 总第M期 spaced on one; sections marked ■ over entries
that sign their department last; a 盟's bulletin dated in Chinese numerals. Each reads as its
clerk reads it, nothing lost or doubled (the checks of test_text_import_r9_bulletins)."""
from __future__ import annotations

import datetime as dt

import pytest

from test_text_import_r9_bulletins import Bulletin, check

BULLETINS: list[Bulletin] = []

# 人社 (Inner Mongolia), copied from the WeChat post: the post's title and the account's line
# over the masthead, the reading count and 在看 under the closing block
BULLETINS.append(Bulletin(
    name="人社 微信标题与公众号行",
    text="""人社信息｜2026年第11期
鄂尔多斯人社　鄂尔多斯人社　2026-11-20 18:05　内蒙古
人社信息
2026年第11期（总第64期）
鄂尔多斯市人力资源和社会保障局　　2026年11月20日
【就业创业】
11月16日，**市公共就业服务中心**举办“冬季送岗位”专场招聘会，86家企业提供岗位2300余个，初步达成就业意向410人。
11月18日，**东胜区**开展返乡创业培训，培训学员60名。
【社会保障】
11月19日，**市社保中心**在伊金霍洛旗开展养老保险政策“进嘎查”宣讲，现场为牧民办理业务37件。
编辑：其其格　　审核：张宏伟
阅读 1826
在看 23
写留言
""",
    series="人社信息", number=64, number_line="2026年第11期（总第64期）", date=dt.date(2026, 11, 20),
    office="鄂尔多斯市人力资源和社会保障局",
    sections=[("就业创业", [("11月16日", "市公共就业服务中心"), ("11月18日", "东胜区")]),
              ("社会保障", [("11月19日", "市社保中心")])],
    editors=["其其格"], reviewers=["张宏伟"], body_from="【就业创业】", dropped=["阅读 1826", "在看 23", "写留言"],
))

# the same kind of post, its account line with the date in Chinese and no region, and a
# 原文链接 line under it all
BULLETINS.append(Bulletin(
    name="民政 微信账号行中文日期",
    text="""民政简报（第5期）
锡林郭勒民政 2026年11月22日 09:15
民政简报
第5期
锡林郭勒盟民政局办公室　　2026年11月22日
【社会救助】
11月17日，**盟民政局**召开全盟冬春救助工作视频会议，部署困难群众冬季生活保障。
11月19日，**正蓝旗**为120户分散供养特困人员发放取暖补贴。
编辑：萨仁　　签发：王志刚
阅读 562
""",
    series="民政简报", number=5, date=dt.date(2026, 11, 22), office="锡林郭勒盟民政局办公室",
    sections=[("社会救助", [("11月17日", "盟民政局"), ("11月19日", "正蓝旗")])],
    editors=["萨仁"], signers=["王志刚"], body_from="【社会救助】", dropped=["阅读 562"],
))

# 民政 (Yunnan), exported from an OA system: its fields in 【】 over the masthead, its buttons under it
BULLETINS.append(Bulletin(
    name="民政 办公系统发布时间行",
    text="""【标题】民政工作动态（第8期）
【发布单位】大理白族自治州民政局办公室
【发布时间】2026-11-18 09:30
【浏览次数】56
民政工作动态
第8期
大理白族自治州民政局办公室　　2026年11月18日
【社会救助】
11月12日，**州民政局**召开全州冬春救助工作推进会，部署困难群众基本生活保障工作。
11月14日，**宾川县**开展低保对象动态管理“回头看”，新纳入低保对象126户。
【养老服务】
11月16日，**大理市**第三家综合养老服务中心投入运营，新增养老床位180张。
编辑：杨丽华　　审核：段志明　　签发：李国强
报：省民政厅，州委、州政府领导。
发：各县市民政局。
【打印】【关闭】
""",
    series="民政工作动态", number=8, date=dt.date(2026, 11, 18), office="大理白族自治州民政局办公室",
    sections=[("社会救助", [("11月12日", "州民政局"), ("11月14日", "宾川县")]),
              ("养老服务", [("11月16日", "大理市")])],
    editors=["杨丽华"], reviewers=["段志明"], signers=["李国强"], labels=["报", "发"],
    body_from="【社会救助】", dropped=["【打印】【关闭】"],
))

# 统计 (Inner Mongolia, 阿拉善盟): the name on two lines, the date in Chinese numerals, tabs
# between the office and the date, between a table's cells and between the sign-off's roles
BULLETINS.append(Bulletin(
    name="统计 盟与制表符",
    text="""阿拉善盟
统计工作简报

第10期

阿拉善盟统计局办公室\t\t二〇二六年十一月二十一日

【统计分析】

1—10月全盟规模以上工业增加值同比增长6.8%

1—10月，全盟规模以上工业增加值同比增长6.8%，增速比1—9月加快0.3个百分点。分门类看：

门类\t增加值增速\t拉动
采矿业\t5.2%\t1.1个百分点
制造业\t8.1%\t4.6个百分点
电力、热力、燃气及水生产和供应业\t6.3%\t1.1个百分点

【工作动态】

11月18日，**阿拉善左旗**开展第五次全国经济普查数据质量抽查，抽查单位42家。

编辑：王丽娜\t审核：赵永胜

发：各旗区统计局。
""",
    series="阿拉善盟统计工作简报", number=10, date=dt.date(2026, 11, 21), office="阿拉善盟统计局办公室",
    sections=[("统计分析", ["1—10月全盟规模以上工业增加值同比增长6.8%"]),
              ("工作动态", [("11月18日", "阿拉善左旗")])],
    editors=["王丽娜"], reviewers=["赵永胜"], labels=["发"], body_from="【统计分析】",
))

# 学校 (Inner Mongolia, a middle school): the name on two lines, 第5期 and 总第45期 spaced on
# one line, sections between stars with spaces inside
BULLETINS.append(Bulletin(
    name="学校 两行名称与总期号同行",
    text="""平安校园
建设简报

第5期　　总第45期

包头市第九中学办公室　　　　2026年11月25日

★ 安全教育 ★

11月18日，**学校**开展冬季防火应急疏散演练，全校2100余名师生3分钟内全部安全撤离。

11月20日，**高一年级**召开“远离欺凌　友善相处”主题班会，各班同步开展。

★ 校园管理 ★

11月21日，学校联合辖区派出所开展校园周边环境整治，清理流动摊点6处。

编辑：刘晓燕　　审核：贾志强　　签发：孟凡军
""",
    series="平安校园建设简报", number=45, number_line="第5期（总第45期）", date=dt.date(2026, 11, 25),
    office="包头市第九中学办公室",
    sections=[("安全教育", [("11月18日", "学校"), ("11月20日", "高一年级")]),
              ("校园管理", [("11月21日", "")])],
    editors=["刘晓燕"], reviewers=["贾志强"], signers=["孟凡军"], body_from="★ 安全教育 ★",
))

# 医院 (Qinghai, 海南藏族自治州): ■ sections, entries signed by the hospital's departments
# in brackets at their end, one with 供稿 spaced off
BULLETINS.append(Bulletin(
    name="医院 方块栏目与科室署名",
    text="""院务简报

第22期

海南藏族自治州人民医院院办　　　　2026年11月28日

■ 医疗质量

11月24日，组织开展第四季度医疗质量安全检查，抽查运行病历320份，发现问题28个，已反馈相关科室整改。（医务部）

11月25日，邀请省人民医院专家开展疑难危重病例多学科会诊，会诊患者12名。（医务部　供稿）

■ 护理工作

11月26日，开展护理人员急救技能竞赛，全院36个护理单元派员参赛。（护理部）

编辑：才让卓玛　　审核：李宏　　签发：马福林
""",
    series="院务简报", number=22, date=dt.date(2026, 11, 28), office="海南藏族自治州人民医院院办",
    sections=[("医疗质量", [("11月24日", "医务部"), ("11月25日", "医务部")]),
              ("护理工作", [("11月26日", "护理部")])],
    editors=["才让卓玛"], reviewers=["李宏"], signers=["马福林"], body_from="■ 医疗质量",
))

# 人社 (Xinjiang, a county of 昌吉回族自治州): the office's long name on a line of its own, the
# date in Chinese numerals on the next, an experience article's points 一是/二是
BULLETINS.append(Bulletin(
    name="人社 二〇日期与一是栏目下条目",
    text="""就业创业工作简报

第12期

昌吉回族自治州吉木萨尔县人力资源和社会保障局

二〇二六年十一月三十日

【工作动态】

11月24日，**县就业服务中心**举办冬季农牧民转移就业专场招聘会，提供岗位860个。

11月26日，县人社局会同县总工会开展根治欠薪冬季专项行动，为32名农民工追回工资41.6万元。

【经验做法】

北庭镇多措并举促进农村劳动力就地就近就业

今年以来，北庭镇围绕稳岗扩岗，累计实现农村劳动力转移就业3200余人次。

一是摸清底数。逐户摸排劳动力就业意愿，建立动态台账。

二是搭建平台。依托镇村两级就业服务站，常态化发布岗位信息。

编辑：古丽娜尔　　审核：马建平　　签发：刘春生

报：州人社局，县委、县政府领导。
""",
    series="就业创业工作简报", number=12, date=dt.date(2026, 11, 30), office="昌吉回族自治州吉木萨尔县人力资源和社会保障局",
    sections=[("工作动态", [("11月24日", "县就业服务中心"), ("11月26日", "")]),
              ("经验做法", ["北庭镇多措并举促进农村劳动力就地就近就业"])],
    editors=["古丽娜尔"], reviewers=["马建平"], signers=["刘春生"], labels=["报"], body_from="【工作动态】",
))

# 交通运输 (Sichuan, 阿坝藏族羌族自治州), copied from WeChat: the post's END mark and, under it,
# its 来源 line, its reading count and its reaction bar
BULLETINS.append(Bulletin(
    name="交通 微信推文尾部来源编辑END",
    text="""交通运输信息
第6期
阿坝藏族羌族自治州交通运输局　　2026年11月26日
【公路养护】
11月20日，**州公路养护中心**组织对国道317线鹧鸪山隧道开展冬季除冰保畅演练。
11月22日，**九寨沟县**完成农村公路安全生命防护工程12.6公里。
【运输服务】
11月24日，州交通运输局开通马尔康至成都客运班线夜班车，每日往返2班。
编辑：泽郎卓玛　　审核：杨光辉
END
来源：阿坝交通
阅读 2031
分享　收藏　点赞　在看
""",
    series="交通运输信息", number=6, date=dt.date(2026, 11, 26), office="阿坝藏族羌族自治州交通运输局",
    sections=[("公路养护", [("11月20日", "州公路养护中心"), ("11月22日", "九寨沟县")]),
              ("运输服务", [("11月24日", "")])],
    editors=["泽郎卓玛"], reviewers=["杨光辉"], body_from="【公路养护】",
    dropped=["END", "来源：阿坝交通", "阅读 2031", "分享　收藏　点赞　在看"],
))

# 学校 (Jilin, 延边朝鲜族自治州), exported from an OA system: 【发布时间】 and 【来源】 on one line over the masthead
BULLETINS.append(Bulletin(
    name="学校 OA导出发布时间在报头后",
    text="""【发布时间】2026-11-25 16:02:11　　【来源】校长办公室
德育工作简报
第8期
延边朝鲜族自治州第二中学校长办公室　　2026年11月25日
【主题教育】
11月20日，**高二年级**开展“民族团结一家亲”主题班会，各班同步进行。
11月21日，**团委**组织志愿者到敬老院开展慰问活动。
编辑：金美花　　审核：朴永哲
""",
    series="德育工作简报", number=8, date=dt.date(2026, 11, 25), office="延边朝鲜族自治州第二中学校长办公室",
    sections=[("主题教育", [("11月20日", "高二年级"), ("11月21日", "团委")])],
    editors=["金美花"], reviewers=["朴永哲"], body_from="【主题教育】",
))
# 气象 (Inner Mongolia, 兴安盟): the whole masthead on one line, its parts apart by tabs
BULLETINS.append(Bulletin(
    name="气象 一行报头制表符",
    text="""气象信息\t第7期\t兴安盟气象局\t2026年11月20日
【天气预报】
11月21日至23日，全盟将出现降雪天气，局地暴雪，请注意防范。
【服务动态】
11月19日，**盟气象台**联合盟交通运输局发布道路结冰预警。
编辑：王娜\t签发：陈刚
""",
    series="气象信息", number=7, date=dt.date(2026, 11, 20), office="兴安盟气象局",
    sections=[("天气预报", [("11月21日至23日", "")]), ("服务动态", [("11月19日", "盟气象台")])],
    editors=["王娜"], signers=["陈刚"], body_from="【天气预报】",
))

# 统计 (Gansu, 临夏回族自治州), copied out of a PDF: an entry cut by the page's end and its number
BULLETINS.append(Bulletin(
    name="统计 PDF页码与跨页条目",
    text="""统计工作简报
第22期
临夏回族自治州统计局办公室　　2026年11月27日
【统计执法】
11月21日，**州统计局**联合康乐县统计局对辖区12家规模以上工业企业开展统计执法检查，重点核查
企业原始记录、统计台账和统计报表的一致性，现场反馈问题9个，督促企业限期
- 1 -
整改。
11月24日，**广河县**举办统计业务培训班，培训基层统计人员86人。
编辑：马燕　　审核：韩学军
""",
    series="统计工作简报", number=22, date=dt.date(2026, 11, 27), office="临夏回族自治州统计局办公室",
    sections=[("统计执法", [("11月21日", "州统计局"), ("11月24日", "广河县")])],
    editors=["马燕"], reviewers=["韩学军"], body_from="【统计执法】", dropped=["- 1 -"],
))
# 住建 (Yunnan, 怒江傈僳族自治州), exported from an OA system: its fields and 【正文】 over the
# masthead, an empty 【附件】 and 【相关链接】 under it; an article's points on lines of their own,
# 一是…/二是…, over their text
BULLETINS.append(Bulletin(
    name="住建 办公系统正文标签与一是要点行",
    text="""【标题】住建工作简报第31期
【发布机构】州住建局
【发布日期】2026-11-26
【正文】
住房城乡建设简报
第31期
怒江傈僳族自治州住房和城乡建设局　　2026年11月26日
【经验交流】
泸水市扎实推进农村危房改造
今年以来，泸水市累计完成农村危房改造480户。
一是强化组织领导
成立由市政府分管领导任组长的工作专班，定期调度推进。
二是严格质量监管
聘请第三方机构对改造房屋逐户开展质量验收。
编辑：和丽华　　审核：李建国
【附件】
【相关链接】
""",
    series="住房城乡建设简报", number=31, date=dt.date(2026, 11, 26), office="怒江傈僳族自治州住房和城乡建设局",
    sections=[("经验交流", ["泸水市扎实推进农村危房改造"])],
    editors=["和丽华"], reviewers=["李建国"], body_from="【经验交流】", dropped=["【附件】", "【相关链接】"],
))

@pytest.mark.parametrize("bulletin", BULLETINS, ids=[b.name for b in BULLETINS])
def test_a_bulletin_reads_as_its_clerk_reads_it(bulletin: Bulletin) -> None:
    check(bulletin)


_MONTHLY = "扶贫工作月报\n第11期\n某县乡村振兴局　　　二〇二六年十一月\n【工作动态】\n11月24日，**某镇**开展核查。\n送：县委。\n"


@pytest.mark.parametrize("issued, day", [("2026年11月30日", dt.date(2026, 11, 30)), ("2026年12月2日", dt.date(2026, 12, 2))])
def test_a_masthead_dated_by_its_month_takes_the_day_it_was_issued(issued, day):
    """The month alone after the office, the day on the 印发 line: in that month, or early in
    the next, as a monthly is issued; the clerk is told."""
    from bulletin_desktop.core.recognise import recognise
    from bulletin_desktop.core.textformat import text_paragraphs

    result = recognise(text_paragraphs(_MONTHLY + f"某县乡村振兴局办公室　　{issued}印发\n"))
    assert (result.issue.date, result.issue.office) == (day, "某县乡村振兴局")
    assert any("只写了年月（“二〇二六年十一月”）" in w and issued in w for w in result.warnings)
    assert [s.title for s in result.issue.sections] == ["工作动态"]


def test_a_masthead_dated_by_its_month_is_refused_when_issued_months_later():
    from bulletin_desktop.core.recognise import BulletinFormatError
    from bulletin_desktop.core.textformat import read_text

    with pytest.raises(BulletinFormatError, match="只写了年月（“二〇二六年十一月”）"):
        read_text(_MONTHLY + "某县乡村振兴局办公室　　2027年2月2日印发\n")


def test_a_wechat_posts_title_is_left_out_whatever_it_says():
    """The lines over a post's account line are its title, even one the masthead under it does
    not repeat; the clerk is told what was left out."""
    from bulletin_desktop.core.recognise import recognise
    from bulletin_desktop.core.textformat import text_paragraphs

    result = recognise(text_paragraphs(
        "就业创业工作扎实推进｜人社信息第11期\n鄂尔多斯人社　鄂尔多斯人社　2026-11-20 18:05　内蒙古\n人社信息\n"
        "2026年第11期（总第64期）\n鄂尔多斯市人力资源和社会保障局　　2026年11月20日\n【就业创业】\n"
        "11月16日，**市公共就业服务中心**举办专场招聘会。\n编辑：其其格\n阅读 1826\n"))
    assert (result.issue.series, result.issue.number) == ("人社信息", 64)
    assert [section.title for section in result.issue.sections] == ["就业创业"]
    assert any("略去" in w and "3 行" in w for w in result.warnings)


def test_a_monthlys_month_over_its_date_line_is_kept_unplaced():
    """2026年11月 over the number, the office and the day it was issued: the month is the
    masthead's line of its own (kept among its unplaced lines), the office the office."""
    from bulletin_desktop.core.recognise import recognise
    from bulletin_desktop.core.textformat import text_paragraphs

    from bulletin_desktop.core.recognise import Role

    result = recognise(text_paragraphs("安全生产月报\n2026年11月\n第11期\n某县应急管理局\n2026年12月2日\n"
                                       "【工作动态】\n11月24日，**某镇**开展核查。\n"))
    issue = result.issue
    assert (issue.date, issue.office) == (dt.date(2026, 12, 2), "某县应急管理局")
    assert result.roles[1:5] == [(Role.UNPLACED,), (Role.NUMBER,), (Role.OFFICE,), (Role.DATE,)]
    assert [(s.title, [e.text for e in s.entries]) for s in issue.sections][0] == ("报头中未识别的内容", ["2026年11月"])


@pytest.mark.parametrize("line, number_line", [
    ("第24期·总第311期", "第24期（总第311期）"),
    ("第24期 / 总第311期", "第24期（总第311期）"),
    ("2026年第24期｜总第311期", "2026年第24期（总第311期）"),
    ("总第311期（2026年第24期）", "2026年第24期（总第311期）"),
])
def test_the_running_number_after_a_mark_or_before_the_years_number_is_read(line, number_line):
    """The running number set off by a dot or a bar, or printed first with the year's number
    in brackets after it: the issue's number; the second form is printed the usual way, said."""
    from bulletin_desktop.core.recognise import recognise
    from bulletin_desktop.core.textformat import text_paragraphs

    result = recognise(text_paragraphs(f"应急管理信息\n{line}\n某县应急管理局　　2026年11月29日\n【动态】\n"
                                       "11月24日，**某镇**开展核查。\n"))
    assert (result.issue.number, result.issue.number_line()) == (311, number_line)
    assert [section.title for section in result.issue.sections] == ["动态"]
    assert any(line in w and "先写总期号" in w for w in result.warnings) == line.startswith("总")


@pytest.mark.parametrize("masthead, name, office", [
    # the office over a name set on two lines
    ("鄂尔多斯市应急管理局\n安全生产\n工作简报\n第5期\n2026年11月20日", "安全生产工作简报", "鄂尔多斯市应急管理局"),
    # the number over a name set on two lines, the office beside the date under it
    ("第5期\n阿拉善盟\n林草工作简报\n阿拉善盟林业和草原局　　2026年11月20日", "阿拉善盟林草工作简报", "阿拉善盟林业和草原局"),
])
def test_a_name_on_two_lines_under_the_office_or_the_number_is_one_name(masthead, name, office):
    from bulletin_desktop.core.recognise import Role, recognise
    from bulletin_desktop.core.textformat import text_paragraphs

    result = recognise(text_paragraphs(masthead + "\n【动态】\n11月18日，**额济纳旗**开展检查。\n编辑：张三\n"))
    assert (result.issue.series, result.issue.office, result.issue.number) == (name, office, 5)
    assert [section.title for section in result.issue.sections] == ["动态"]
    assert sum(Role.NAME in roles for roles in result.roles) == 2


@pytest.mark.parametrize("foot, roles, labels", [
    # the labels spaced to the width of 责任编辑 under it, as a template aligns them
    ("责任编辑：张三\n审　　核：李四\n签　　发：王五\n本期发：各旗区林草局。", (["张三"], ["李四"], ["王五"]), ["本期发"]),
    ("编　　辑：张三　　审　　核：李四\n抄　　送：盟委。", (["张三"], ["李四"], []), ["抄送"]),
])
def test_closing_labels_spaced_to_a_longer_ones_width_are_read(foot, roles, labels):
    from bulletin_desktop.core.recognise import recognise
    from bulletin_desktop.core.textformat import text_paragraphs

    issue = recognise(text_paragraphs("林草工作简报\n第5期\n阿拉善盟林业和草原局　　2026年11月20日\n【动态】\n"
                                      "11月18日，**额济纳旗**开展检查。\n" + foot)).issue
    assert (issue.signoff.editors, issue.signoff.reviewers, issue.signoff.signers) == roles
    assert [line.label for line in issue.distribution] == labels
    assert [section.title for section in issue.sections] == ["动态"]
