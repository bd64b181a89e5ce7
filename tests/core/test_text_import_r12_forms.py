"""Bulletins in more forms of other hands: the number above the name, the office above the
name with 主办 or 编印 labels, 第N期 with 总第 in Chinese numerals, a date written 2024-06-05
or 2024/6/5, a PDF whose running head carries the date and whose page numbers are 1/3, a
bold 一、 heading, entries whose unit stands on a line of its own over them, an article whose
author and unit sign at its end, a WeChat copy with emoji and a 阅读 line, closing lines
labelled 责任编辑/校对 and 抄送 before the sign-off. Each reads as its clerk reads it, nothing
lost or doubled (the checks of test_text_import_r9_bulletins)."""
from __future__ import annotations

import datetime as dt

import pytest

from test_text_import_r9_bulletins import Bulletin, check

BULLETINS: list[Bulletin] = []

# 卫健 (Hebei): the number above the name, the date written 2024-06-05 on the office's line
BULLETINS.append(Bulletin(
    name="卫健 期号在名称上与横线日期",
    text="""第8期

卫生健康工作简报

正定县卫生健康局　　　　2024-06-05

【工作动态】

6月3日，**县卫健局**召开全县医疗机构安全生产工作会议，部署汛期安全防范工作。

6月4日，**县人民医院**开展消防应急疏散演练，医护人员和患者300余人参加。

编辑：赵晓静　　签发：王立新
""",
    series="卫生健康工作简报", number=8, date=dt.date(2024, 6, 5), office="正定县卫生健康局",
    sections=[("工作动态", [("6月3日", "县卫健局"), ("6月4日", "县人民医院")])],
    editors=["赵晓静"], signers=["王立新"], body_from="【工作动态】",
))

# 文旅 (Shanxi): 主办 and 编印 labels on the masthead's lines, the date written 2024/6/5
BULLETINS.append(Bulletin(
    name="文旅 主办标签与斜线日期",
    text="""文旅动态

第16期

主办：平遥县文化和旅游局　　　　2024/6/5

【文旅资讯】

6月1日，**平遥古城景区**推出“夜游古城”实景演出，首周接待游客3.6万人次。

6月2日，**县文旅局**组织开展旅游市场秩序专项检查，检查旅行社、A级景区21家。

责任编辑：郭丽华　　校对：李明

报：市文化和旅游局，县委、县政府领导。
""",
    series="文旅动态", number=16, date=dt.date(2024, 6, 5), office="平遥县文化和旅游局",
    sections=[("文旅资讯", [("6月1日", "平遥古城景区"), ("6月2日", "县文旅局")])],
    editors=["郭丽华"], labels=["报"], body_from="【文旅资讯】", dropped=["责任"],  # (printed 编辑：)
))

# 生态环境 (Hunan) copied from a PDF: the running head with the number and date on each page
# after the first, page numbers 1/3, lines cut at the page's width
BULLETINS.append(Bulletin(
    name="生态环境 PDF页眉带期号与分数页码",
    text="""生态环境工作简报
第10期
株洲市生态环境局办公室　　2024年6月11日
【污染防治】
6月5日，**市生态环境局**联合市住建局开展建筑工地扬尘污染专项督查，检查工地46
个，责令整改问题31个，对整改不到位的3个工地下达责令改正违法行为决定书，并
将有关情况抄送行业主管部门。
6月7日，**醴陵市分局**对陶瓷企业窑炉废气治理设施运行情况开展夜间突击检查，立
1/3
生态环境工作简报　第10期　2024年6月11日
案查处环境违法行为3起，对2家企业实施按日连续处罚，督促12家企业完善在线监
测设施运维台账。
【生态保护】
6月8日，**炎陵县分局**开展神农谷自然保护区生态环境问题排查，完成点位核查18个
，发现疑似问题点位5个，已全部移交属地政府核实处理。
2/3
生态环境工作简报　第10期　2024年6月11日
编辑：罗晓玲　　审核：谭建华
报：省生态环境厅，市委、市政府领导。
3/3
""",
    series="生态环境工作简报", number=10, date=dt.date(2024, 6, 11), office="株洲市生态环境局办公室",
    sections=[("污染防治", [("6月5日", "市生态环境局"), ("6月7日", "醴陵市分局")]),
              ("生态保护", [("6月8日", "炎陵县分局")])],
    editors=["罗晓玲"], reviewers=["谭建华"], labels=["报"], body_from="【污染防治】",
    dropped=["1/3", "生态环境工作简报　第10期　2024年6月11日", "2/3", "生态环境工作简报　第10期　2024年6月11日", "3/3"],
))

# 教育 (Chongqing): bold 一、 headings, a unit on a line of its own over its one entry (kept as
# written), an article signed at its end by its unit and author
BULLETINS.append(Bulletin(
    name="教育 加粗一二栏目与文末署名文章",
    text="""教育信息

第23期

重庆市万州区教育委员会　　　　2024年6月6日

**一、工作动态**

6月3日，**区教委**召开全区中小学校长会，部署期末工作和暑期安全工作。

6月4日，**万州二中**举行高考考前心理辅导讲座，高三学生900余人参加。

**二、经验交流**

“五育并举”促进学生全面发展

近年来，我校坚持“五育并举”，开设特色课程32门，组建学生社团46个，学生综合素质显著提升。

（万州区第一小学　陈晓梅）

编辑：冉晓丽　　审核：向东
""",
    series="教育信息", number=23, date=dt.date(2024, 6, 6), office="重庆市万州区教育委员会",
    sections=[("工作动态", [("6月3日", "区教委"), ("6月4日", "万州二中")]),
              ("经验交流", ["“五育并举”促进学生全面发展"])],
    editors=["冉晓丽"], reviewers=["向东"], body_from="**一、工作动态**", dropped=["一、", "二、"],
))

# 商务 (Zhejiang), 第四十五期（总第一百二十期）: the number in Chinese numerals with its total
BULLETINS.append(Bulletin(
    name="商务 汉字期号带总期号",
    text="""义乌商务信息

第四十五期（总第一百二十期）

义乌市商务局　　　　2024年6月12日

【外贸动态】

6月10日，**市商务局**组织42家外贸企业参加中国—东盟博览会，现场签约金额1.2亿元。

编辑：楼晓燕　　签发：吴建军
""",
    series="义乌商务信息", number=120, number_line="第45期（总第120期）", date=dt.date(2024, 6, 12), office="义乌市商务局",
    sections=[("外贸动态", [("6月10日", "市商务局")])],
    editors=["楼晓燕"], signers=["吴建军"], body_from="【外贸动态】",
))

# 农业农村 (Heilongjiang): 抄送 before the sign-off line, 共印 in its words at the end
BULLETINS.append(Bulletin(
    name="农业农村 抄送在编辑前",
    text="""农业农村工作简报

第13期

五常市农业农村局　　　　2024年5月24日

【春耕生产】

5月20日，**市农业农村局**组织农技人员深入22个乡镇开展水稻插秧技术指导，全市已插秧180万亩。

5月22日，**民乐朝鲜族乡**召开水稻生产现场会，推广侧深施肥技术。

抄送：哈尔滨市农业农村局，市委、市政府领导。

编辑：姜晓东　　审核：于海波　　签发：刘长江

本期印发30份
""",
    series="农业农村工作简报", number=13, date=dt.date(2024, 5, 24), office="五常市农业农村局",
    sections=[("春耕生产", [("5月20日", "市农业农村局"), ("5月22日", "民乐朝鲜族乡")])],
    editors=["姜晓东"], reviewers=["于海波"], signers=["刘长江"], labels=["抄送"], copies=30,
    body_from="【春耕生产】", dropped=["本期印发30份"],
))

# 市场监管 (Guizhou), copied from WeChat: 📌 before the sections' names, 👉 before entries
# (printed nowhere), the 阅读 line a post ends with
BULLETINS.append(Bulletin(
    name="市场监管 微信推文表情与括号署名",
    text="""市场监管简报

第9期

遵义市汇川区市场监督管理局　　　　2024年6月3日

【监管动态】

👉5月29日，区市场监管局对辖区32家药店开展“清源”行动专项检查，下架过期药品6个品规。（区市场监管局药品股）

👉5月31日，**高坪所**联合镇政府开展校园周边食品安全整治，检查商户28家。

编辑：杨晓燕　　审核：周明
""",
    series="市场监管简报", number=9, date=dt.date(2024, 6, 3), office="遵义市汇川区市场监督管理局",
    sections=[("监管动态", [("5月29日", "区市场监管局药品股"), ("5月31日", "高坪所")])],
    editors=["杨晓燕"], reviewers=["周明"], body_from="【监管动态】",
))

# 街道 (Beijing): sections as bold lines with a colon, communities as units after their date
BULLETINS.append(Bulletin(
    name="街道 加粗冒号栏目与社区单位",
    text="""德胜街道工作简报

第17期

北京市西城区德胜街道办事处　　　　2024年6月7日

**党建引领：**

6月4日，**新康社区**开展“党员亮身份”志愿服务，组织党员清理楼道堆物42处。

6月5日，**六铺炕社区**召开“吹哨报到”议事会，协调解决停车难问题。

**民生服务：**

6月6日，**街道社区服务中心**举办老年人智能手机培训班，80余名老人参加。

编辑：刘晓萌　　审核：张建
""",
    series="德胜街道工作简报", number=17, date=dt.date(2024, 6, 7), office="北京市西城区德胜街道办事处",
    sections=[("党建引领", [("6月4日", "新康社区"), ("6月5日", "六铺炕社区")]),
              ("民生服务", [("6月6日", "街道社区服务中心")])],
    editors=["刘晓萌"], reviewers=["张建"], body_from="**党建引领：**",
))

# 国企 (Sichuan, a power supply company): the company's name over 安全生产简报 is the name's
# first line (no office's: a company's), the office 办公室编 on the date's line; entries by
# 供电中心 with the date after the unit and its colon
BULLETINS.append(Bulletin(
    name="国企 单位在名称上与单位冒号日期",
    text="""国网绵阳供电公司

安全生产简报

2024年第12期

办公室编　　　　2024年6月9日

【一线动态】

**游仙供电中心：**6月6日，开展迎峰度夏专项巡视，巡视线路23条，消除缺陷11处。

**江油供电中心：**6月7日，组织开展带电作业技能比武，参赛选手24名。

编辑：何晓丽　　审核：蒋勇
""",
    series="国网绵阳供电公司安全生产简报", number=12, number_line="2024年第12期", date=dt.date(2024, 6, 9), office="办公室编",
    sections=[("一线动态", [("", "游仙供电中心"), ("", "江油供电中心")])],
    editors=["何晓丽"], reviewers=["蒋勇"], body_from="【一线动态】",
))

# 高校 (Hubei): 特刊 named 毕业季特刊 without a number, sections （一）（二） under no other
# heading, the 供稿 signatures in square brackets
BULLETINS.append(Bulletin(
    name="高校 毕业季特刊与方括号供稿",
    text="""学工简报

第6期

（毕业季特刊）

华中农业大学学生工作部　　　　2024年6月14日

（一）就业服务

6月10日，学校举办2024届毕业生夏季专场招聘会，312家用人单位提供岗位6800余个。［就业指导中心供稿］

6月12日，**动物科技学院**开展“访企拓岗”活动，走访企业15家。

（二）离校服务

6月13日，学校启用毕业生离校“一站式”服务大厅，办理离校手续1500余人次。［学生工作部供稿］

编辑：彭晓雯　　审核：邓志强
""",
    series="学工简报", number=6, special="毕业季特刊", date=dt.date(2024, 6, 14), office="华中农业大学学生工作部",
    sections=[("（一）就业服务", [("6月10日", "就业指导中心"), ("6月12日", "动物科技学院")]),
              ("（二）离校服务", [("6月13日", "学生工作部")])],
    editors=["彭晓雯"], reviewers=["邓志强"], body_from="（一）就业服务",
))


# 教育 (Guizhou): the year's number in Chinese numerals with its total on a line of its own,
# sections headed 第一部分, the 发至 note at the foot a line of the closing block
BULLETINS.append(Bulletin(
    name="教育 汉字年度期号与文末发至",
    text="""教育工作动态
二〇二四年第五期
（总第一百零二期）
黔东南州教育局办公室　　　　2024年5月30日
第一部分　工作动态
5月27日，**州教育局**召开全州教育系统安全稳定工作会议。
5月28日，**凯里市**开展中小学防溺水专项督查。
第二部分　基层经验
从江县：控辍保学“四个到位”
近年来，从江县建立控辍保学动态监测机制，义务教育巩固率达到96.8%。
本期编辑：吴晓梅　　本期审核：杨光明
分送：省教育厅，州委、州政府领导。
（此件发至县级）
""",
    series="教育工作动态", number=102, number_line="2024年第5期（总第102期）", date=dt.date(2024, 5, 30),
    office="黔东南州教育局办公室",
    sections=[("第一部分　工作动态", [("5月27日", "州教育局"), ("5月28日", "凯里市")]),
              ("第二部分　基层经验", ["从江县：控辍保学“四个到位”"])],
    editors=["吴晓梅"], reviewers=["杨光明"], labels=["分送", ""], body_from="第一部分", dropped=["本期", "本期"],
))

# 科技 (Hebei): bullets before dated entries, an article whose byline is the unit's section
# (市科技局政策法规科), its points numbered 一、 in its text
BULLETINS.append(Bulletin(
    name="科技 科室署名与文中一二",
    text="""科技工作信息
第11期
廊坊市科学技术局　　2024年6月10日
【工作动态】
●6月5日，市科技局组织召开全市科技型中小企业评价工作培训会，120余家企业参加。
●6月6日，**固安县**举办科技成果转化对接会，签约项目12个，金额3.6亿元。
【政策解读】
《廊坊市科技创新券管理办法》解读
市科技局政策法规科
为降低中小企业创新成本，我市出台科技创新券管理办法。现将主要内容解读如下：
一、适用对象。在我市注册的科技型中小企业和创新团队。
二、支持额度。单个企业每年最高可申领创新券20万元。
报：省科技厅，市委、市政府领导。
""",
    series="科技工作信息", number=11, date=dt.date(2024, 6, 10), office="廊坊市科学技术局",
    sections=[("工作动态", [("6月5日", ""), ("6月6日", "固安县")]),
              ("政策解读", ["《廊坊市科技创新券管理办法》解读"])],
    labels=["报"], body_from="【工作动态】",
))


# 防汛 (Shanxi): the 特刊 line printed above the name, the name letter-spaced, no sections
BULLETINS.append(Bulletin(
    name="防汛 特刊在名称上与字距名称",
    text="""防汛特刊
汛　情　简　报
第3期
忻州市防汛抗旱指挥部办公室　　　2024年7月12日
7月11日8时至12日8时，全市平均降雨量32.6毫米，最大降雨量出现在五台县豆村镇，为86.4毫米。
受降雨影响，滹沱河忻州段水位上涨0.8米，目前各河流水位均在警戒水位以下。
报：省防指办，市委、市政府领导。
""",
    series="汛情简报", number=3, special="防汛特刊", date=dt.date(2024, 7, 12), office="忻州市防汛抗旱指挥部办公室",
    sections=[("", [("7月11日8时至12日8时", ""), ("", "")])],
    labels=["报"], body_from="7月11日8时",
))

# 安委办 (Henan, a county-level city): the number in brackets after the name, 主办 before the
# office, ◆◇◆ round the sections, ▲ before units bold with their colon, 核稿 in the sign-off,
# the copies printed at the end of the 送 line; a unit's name signing on a line of its own
# between two entries is a line of the text, no section (the sections are set between marks)
BULLETINS.append(Bulletin(
    name="安委办 名称带期号与送行共印",
    text="""安全生产简报（第7期）
主办：沁阳市安全生产委员会办公室　　　　2024年6月6日
◆◇◆　工作动态　◆◇◆
6月3日，市安委办召开全市安全生产月活动动员会，部署开展“人人讲安全、个个会应急”主题活动。
沁阳市应急管理局
6月4日，**紫陵镇**组织辖区企业开展应急疏散演练，参演人员260人。
◆◇◆　督查检查　◆◇◆
▲**市住建局：**近日，对全市在建工地开展安全生产大检查，检查工地32个，整改隐患57处。
▲**市交通运输局：**6月5日，开展道路运输企业安全检查，检查企业18家。
签发：李建伟　　核稿：王晓东
送：焦作市安委办，市委、市政府领导。（共印20份）
""",
    series="安全生产简报", number=7, date=dt.date(2024, 6, 6), office="沁阳市安全生产委员会办公室",
    sections=[("工作动态", [("6月3日", "沁阳市应急管理局"), ("6月4日", "紫陵镇")]),  # (the name under it signs it)
              ("督查检查", [("", "市住建局"), ("", "市交通运输局")])],
    reviewers=["王晓东"], signers=["李建伟"], labels=["送"], copies=20,
    body_from="◆◇◆", dropped=["（共印20份）", "核稿", "签发"], signed_above="审核签发",
))


# 农业农村 (Fujian, a district): entries signed after a dash, or by a town's government on a
# line of its own with the next section's heading under it (the entry's signature, printed
# flush right: no article's title, for no text follows it)
BULLETINS.append(Bulletin(
    name="农业农村 单位署名单独一行在栏目前",
    text="""工作简报
第6期
沙县区农业农村局　　　　2024年6月5日
【农业生产】
6月3日，区农业农村局组织农技人员深入夏茂镇等乡镇指导早稻田间管理。
——区农业农村局种植业股
6月4日，高砂镇组织开展农机安全生产大检查，检查农机具126台。
高砂镇人民政府
【乡村建设】
6月4日，富口镇推进农村生活污水治理项目建设，完成管网铺设3.2公里。（富口镇）
编辑：罗晓燕
""",
    series="工作简报", number=6, date=dt.date(2024, 6, 5), office="沙县区农业农村局",
    sections=[("农业生产", [("6月3日", "区农业农村局种植业股"), ("6月4日", "高砂镇人民政府")]),
              ("乡村建设", [("6月4日", "富口镇")])],
    editors=["罗晓燕"], body_from="【农业生产】",
))


@pytest.mark.parametrize("bulletin", BULLETINS, ids=[b.name for b in BULLETINS])
def test_a_bulletin_in_a_form_of_another_hand_reads_as_its_clerk_reads_it(bulletin: Bulletin) -> None:
    check(bulletin)


def test_a_number_alone_with_the_running_head_under_it_is_a_page_number_in_a_short_copy():
    """A page of a few entries copied out of a PDF, too short to tell by its lines' width: the
    number alone (1/2) with the running head under it is the page's, both left out, and so is
    the last page's number; a number alone with no running head under it stays text."""
    from bulletin_desktop.core.textformat import read_text

    text = """农村经济信息
第4期
瓦房店市农业农村局　　2024年6月3日
【工作动态】
5月30日，**市农业农村局**召开全市“三夏”生产调度会。
1/2
农村经济信息　第4期
5月31日，**复州城镇**组织农机手开展跨区作业培训。
2/2
"""
    issue = read_text(text)
    assert [(e.date, e.unit, e.text) for e in issue.sections[0].entries] == [
        ("5月30日", "市农业农村局", "5月30日，市农业农村局召开全市“三夏”生产调度会。"),
        ("5月31日", "复州城镇", "5月31日，复州城镇组织农机手开展跨区作业培训。")]
    kept = read_text(text.replace("农村经济信息　第4期\n", "").replace("2/2\n", ""))
    assert "1/2" in "".join(e.text for e in kept.sections[0].entries)
