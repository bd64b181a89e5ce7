"""Whole bulletins of kinds and offices not read before (a police command centre's 每日要情
with two marks over its name, an audit office's 情况通报, a 商务 工作动态 whose entries sign
（…供稿）, a 文旅 信息专报 copied out of a PDF, a 卫健 bulletin dated in Chinese numerals, a
市场监管 one signed 〔…〕, an article with its author line 文／… and its 一、（一）1. heads, a
power company's bulletin indented with full-width spaces and NBSP, a town's 信访 bulletin
dated by the day alone, …), each read as its clerk reads it, nothing lost or doubled (the
checks of test_text_import_r9_bulletins)."""
from __future__ import annotations

import datetime as dt

import pytest

from test_text_import_r9_bulletins import Bulletin, check

BULLETINS: list[Bulletin] = []

# 公安 每日要情 (Henan): two marks over the name (内部资料　注意保存, then 特急), the number with
# its running number, sections numbered 一、 and entries dated with the hour, signed （…分局）
BULLETINS.append(Bulletin(
    name="公安 每日要情两行标记",
    text="""内部资料　注意保存
特急
每日要情
第218期（总第1346期）
南阳市公安局指挥中心　　　　2026年11月21日
一、警情概况
11月20日0时至24时，全市公安机关共接报警情1264起，其中刑事警情38起，同比下降12.6%。
二、重要警情
11月20日21时许，宛城区汉冶街道一居民楼发生火灾，消防、派出所民警到场处置，疏散群众46人，无人员伤亡。（宛城分局）
11月20日，**卧龙区公安分局**破获一起电信网络诈骗案，抓获犯罪嫌疑人3名，止付涉案资金27万元。
三、工作动态
11月20日，市局召开冬季社会治安重点整治推进会，部署严打整治等5项重点工作。
报：市委、市政府领导，省公安厅指挥中心。
发：各县市区公安局，市局各单位。
""",
    series="每日要情", number=1346, number_line="第218期（总第1346期）", date=dt.date(2026, 11, 21),
    office="南阳市公安局指挥中心", marking="内部资料\u3000注意保存 特急",
    sections=[("警情概况", [("11月20日0时至24时", "")]),
              ("重要警情", [("11月20日21时许", "宛城分局"), ("11月20日", "卧龙区公安分局")]),
              ("工作动态", [("11月20日", "")])],
    labels=["报", "发"], body_from="一、警情概况", dropped=["一、", "二、", "三、"],
))

# 审计 情况通报 (Henan, a county): the date 2026.11.20 in the masthead, entries led by a time
# phrase with the unit after it not bold (本月上旬，县财政局…), the print run above 抄送
BULLETINS.append(Bulletin(
    name="审计 情况通报点号日期与时段开头",
    text="""审计整改情况通报
第4期
尉氏县审计局　　　　2026.11.20
【整改进展】
本月上旬，县财政局对2025年度预算执行审计指出的5个问题完成整改，收回闲置资金326万元。
近日，县教体局完成学校食堂经费审计问题整改，建立食堂财务公开制度。
11月12日至14日，**县审计局**对整改情况开展“回头看”，现场核查整改资料42份。
【下步安排】
11月下旬，县审计局将对未完成整改的3个单位开展专项督促检查，督查结果报县政府。
共印20份
抄送：县委办、县政府办、县纪委监委。
""",
    series="审计整改情况通报", number=4, date=dt.date(2026, 11, 20), office="尉氏县审计局",
    sections=[("整改进展", [("本月上旬", ""), ("近日", ""), ("11月12日至14日", "县审计局")]),
              ("下步安排", [("11月下旬", "")])],
    labels=["抄送"], copies=20, body_from="【整改进展】", dropped=["共印20份"],
))

# 商务 工作动态 (Jiangsu, a city): the year number, each entry dated 11.18 and signed at its
# end （…供稿）, 印发 line with the office and the date
BULLETINS.append(Bulletin(
    name="商务 短点号日期与供稿署名",
    text="""商务工作动态
2026年第22期
宿迁市商务局办公室　　　　2026年11月24日
【外贸外资】
11.18，全市举办跨境电商企业“出海”对接会，32家企业与6家平台达成合作意向。（沭阳县商务局供稿）
11.19，市商务局赴上海开展招商推介，签约外资项目4个，合同外资1.2亿美元。
【消费促进】
11.20，泗洪县启动“冬季暖心消费季”活动，发放消费券300万元。（泗洪县商务局供稿）
报：省商务厅，市委、市政府领导。
送：市直有关部门。
宿迁市商务局办公室　　　　2026年11月24日印发
""",
    series="商务工作动态", number=22, number_line="2026年第22期", date=dt.date(2026, 11, 24),
    office="宿迁市商务局办公室",
    sections=[("外贸外资", [("11.18", "沭阳县商务局"), ("11.19", "")]),
              ("消费促进", [("11.20", "泗洪县商务局")])],
    labels=["报", "送", ""], body_from="【外贸外资】",
))

# 文旅 信息专报 (Hunan), copied out of a PDF: each printed line a line, cut mid-sentence, the
# page number -2- and the running head with the number between the pages, 第3页 共3页 at the end
BULLETINS.append(Bulletin(
    name="文旅 PDF折行短横页码与页眉",
    text="""文旅信息专报
第15期
张家界市文化旅游广电体育局　　2026年11月18日
【市场监管】
11月12日，**市文旅执法支队**联合公安、市场监管部门开展旅游市场秩序专项整
治，检查旅行社23家、A级景区8家，查处“不合理低价游”案件2起，责令整改问
题11个。
11月14日，**武陵源区**组织开展景区冬季安全大检查，重点检查索道、观光电梯
和玻璃栈道等特种设备，排查整改隐患16处。
-2-
文旅信息专报　第15期
【产业发展】
11月16日，**永定区**举办冬季旅游产品发布会，推出冰雪研学、温泉康养等精品
线路12条，现场签约旅游项目3个，总投资4.6亿元。
编辑：覃丽　　审核：向东
报：省文化和旅游厅，市委、市政府领导。
第3页 共3页
""",
    series="文旅信息专报", number=15, date=dt.date(2026, 11, 18), office="张家界市文化旅游广电体育局",
    sections=[("市场监管", [("11月12日", "市文旅执法支队"), ("11月14日", "武陵源区")]),
              ("产业发展", [("11月16日", "永定区")])],
    editors=["覃丽"], reviewers=["向东"], labels=["报"], body_from="【市场监管】",
    dropped=["-2-", "文旅信息专报　第15期", "第3页 共3页"],
))

# 卫健 (Shanxi, a county): the masthead's date and the entries' dates in Chinese numerals
# (十一月十八日，), the units bold after them, 抄报 and 抄送
BULLETINS.append(Bulletin(
    name="卫健 汉字日期条目",
    text="""卫生健康工作简报
第十九期
平遥县卫生健康和体育局
二〇二六年十一月二十日
【医疗服务】
十一月十八日，**县人民医院**开展冬季呼吸道疾病义诊活动，接诊群众230余人次。
十一月十九日，**古陶镇卫生院**组织家庭医生入户随访，为65岁以上老人开展健康体检86人。
【疾病防控】
十一月十九日，**县疾控中心**启动流感疫苗集中接种，首日接种1120剂次。
抄报：市卫健委，县委、县政府领导。
抄送：各乡镇人民政府。
""",
    series="卫生健康工作简报", number=19, date=dt.date(2026, 11, 20), office="平遥县卫生健康和体育局",
    sections=[("医疗服务", [("十一月十八日", "县人民医院"), ("十一月十九日", "古陶镇卫生院")]),
              ("疾病防控", [("十一月十九日", "县疾控中心")])],
    labels=["抄报", "抄送"], body_from="【医疗服务】",
))

# 市场监管 (Guangdong, a district): entries that open 近日， with the unit not bold, units
# signed at the end in 〔〕, the closing lists in the order 发, 报
BULLETINS.append(Bulletin(
    name="市场监管 六角括号署名与近日",
    text="""市场监管工作简报
第37期
佛山市南海区市场监督管理局　　2026年11月25日
【食品安全】
近日，桂城市场监管所对辖区42家学校食堂开展冬季食品安全检查，发现问题9个，均已督促整改。〔桂城街道〕
11月21日，对大沥镇农贸市场开展食用农产品快检，抽检样品160批次，全部合格。〔大沥镇〕
【特种设备】
11月22日，**区特种设备安全监察科**组织开展电梯应急救援演练，辖区28家物业企业参加。
发：各镇（街道）市场监管所。
报：市市场监管局，区委、区政府领导。
""",
    series="市场监管工作简报", number=37, date=dt.date(2026, 11, 25), office="佛山市南海区市场监督管理局",
    sections=[("食品安全", [("近日", "桂城街道"), ("11月21日", "大沥镇")]),
              ("特种设备", [("11月22日", "区特种设备安全监察科")])],
    labels=["发", "报"], body_from="【食品安全】",
))

# 农业农村 (Sichuan): an article with its author line 文／… under its title and its parts
# headed 一、 （一） 1．, a dated entry before it
BULLETINS.append(Bulletin(
    name="农业农村 文章作者行与多级小标题",
    text="""农业农村工作简报
第26期
眉山市农业农村局　　　　2026年11月26日
【工作动态】
11月23日，**丹棱县**召开柑橘产业发展推进会，部署冬季果园管护工作。
【经验交流】
彭山区推进高标准农田建设的做法
文／李春燕
今年以来，彭山区坚持建管并重，新建高标准农田3.2万亩。
一、抓规划引领
（一）统筹布局。按照“集中连片、整体推进”的思路编制建设规划。
1．摸清底数。逐村逐块核实耕地现状，建立项目储备库。
2．分类施策。对丘区、坝区分别确定建设标准。
二、抓建后管护
落实“田长制”，明确管护主体和责任，确保农田长期发挥效益。
编辑：王小红　　审核：陈建
报：省农业农村厅，市委、市政府领导。
""",
    series="农业农村工作简报", number=26, date=dt.date(2026, 11, 26), office="眉山市农业农村局",
    sections=[("工作动态", [("11月23日", "丹棱县")]),
              ("经验交流", ["彭山区推进高标准农田建设的做法"])],
    editors=["王小红"], reviewers=["陈建"], labels=["报"], body_from="【工作动态】",
))

# 生态环境 (Zhejiang): entries over several days (11月20日至22日，), units signed after a dash
# on the last line (——…街道), the print run in brackets last
BULLETINS.append(Bulletin(
    name="生态环境 日期区间与破折号街道署名",
    text="""生态环境工作动态
第41期
绍兴市越城区生态环境分局　　　　2026年11月27日
【环境执法】
11月20日至22日，对辖区印染企业开展夜间突击检查，检查企业17家，立案查处2家。——北海街道
11月23日，联合街道开展餐饮油烟专项整治，督促安装净化设施12套。——府山街道
【污染防治】
11月24日，**区治水办**组织开展入河排污口排查，完成排查点位63个。
编辑：沈佳　　审核：何立军　　签发：俞伟
报：市生态环境局，区委、区政府领导。
（共印30份）
""",
    series="生态环境工作动态", number=41, date=dt.date(2026, 11, 27), office="绍兴市越城区生态环境分局",
    sections=[("环境执法", [("11月20日至22日", "北海街道"), ("11月23日", "府山街道")]),
              ("污染防治", [("11月24日", "区治水办")])],
    editors=["沈佳"], reviewers=["何立军"], signers=["俞伟"], labels=["报"], copies=30,
    body_from="【环境执法】", dropped=["（共印30份）"],
))

# 信访 (a town in Hubei): the entries dated by the day alone (20日，), the villages bold,
# no sections, 送 and 发 on one line
BULLETINS.append(Bulletin(
    name="信访 乡镇只写日的日期",
    text="""信访维稳工作简报
第8期
中共当阳市玉阳街道工作委员会办公室　　2026年11月23日
18日，**慈化村**召开矛盾纠纷排查调处会，化解土地流转纠纷2起。
20日，**龙泉社区**开展信访接待日活动，街道领导接待来访群众11批23人次。
21日，街道综治中心组织网格员开展入户走访，排查不稳定因素5条，均已落实包案化解。
送：市信访局，市委政法委。　发：各村（社区）。
""",
    series="信访维稳工作简报", number=8, date=dt.date(2026, 11, 23), office="中共当阳市玉阳街道工作委员会办公室",
    sections=[("", [("18日", "慈化村"), ("20日", "龙泉社区"), ("21日", "")])],
    labels=["送", "发"], body_from="18日，",
))

# 国企 (a power supply company in Hebei), pasted from Word: paragraphs indented with full-width
# spaces, some with NBSP; ◆ round the sections
BULLETINS.append(Bulletin(
    name="国企 全角空格与不换行空格缩进",
    text="""安全生产简报
第12期
国网邢台供电公司安全监察部　　　　2026年11月19日
◆迎峰度冬◆
\u3000\u300011月15日，**运维检修部**对全市12座220千伏变电站开展冬季设备特巡，发现并消除缺陷7处。
\u00a0\u00a0\u00a0\u00a011月17日，**营销部**组织开展重要用户安全用电检查，检查医院、供热企业等重要用户31户。
◆安全管理◆
\u3000\u300011月18日，公司召开安全生产月度例会，通报10月份安全生产情况，部署冬季安全工作。
\u3000\u3000编辑：刘畅　　审核：王海涛
\u3000\u3000发：公司各部门、各单位。
""",
    series="安全生产简报", number=12, date=dt.date(2026, 11, 19), office="国网邢台供电公司安全监察部",
    sections=[("迎峰度冬", [("11月15日", "运维检修部"), ("11月17日", "营销部")]),
              ("安全管理", [("11月18日", "")])],
    editors=["刘畅"], reviewers=["王海涛"], labels=["发"], body_from="◆迎峰度冬◆",
))

# 团委 (a university in Shaanxi): a 工作动态 with the dates 2026.11.20 in the entries, an article
# with its author 作者： and its unit, the closing lists 发, 报, 抄送
BULLETINS.append(Bulletin(
    name="高校团委 点号全日期条目与作者行",
    text="""共青团工作动态
第9期
共青团西北农林科技大学委员会　　　　2026年11月24日
【团学活动】
2026.11.18，**动物科技学院团委**举办“青春心向党”主题团日活动，200余名团员参加。
2026.11.20，**校学生会**组织开展冬季校园安全宣传周活动，发放宣传资料1500余份。
【青年风采】
扎根杨凌的“种子守护者”
作者：王思远（农学院团委）
在农学院的试验田里，博士生张宇带领团队连续三年守护小麦种质资源，保存优异种质400余份。
他说：“把论文写在大地上，是我们这一代青年的责任。”
发：各学院团委。
报：团省委学校部，校党委。
抄送：校团委各部门。
""",
    series="共青团工作动态", number=9, date=dt.date(2026, 11, 24), office="共青团西北农林科技大学委员会",
    sections=[("团学活动", [("2026.11.18", "动物科技学院团委"), ("2026.11.20", "校学生会")]),
              ("青年风采", ["扎根杨凌的“种子守护者”"])],
    labels=["发", "报", "抄送"], body_from="【团学活动】",
))

# 工会 (a city federation in Fujian): the closing block begins with the print run and lists
# 抄送 before 报, the editor's line last
BULLETINS.append(Bulletin(
    name="工会 共印在前与编辑在后",
    text="""工会工作简报
2026年第18期（总第203期）
龙岩市总工会办公室　　　　2026年11月20日
【维权服务】
11月17日，**新罗区总工会**开展“冬送温暖”活动，走访慰问困难职工56户。
11月18日，**市职工法律援助中心**为12名农民工讨回欠薪18.6万元。
【劳动竞赛】
11月19日，**长汀县总工会**举办稀土行业职工技能竞赛，46名职工参赛。
（共印45份）
抄送：省总工会办公室。
报：市委、市政府领导。
编辑：林晓燕　　审核：邱建平
""",
    series="工会工作简报", number=203, number_line="2026年第18期（总第203期）", date=dt.date(2026, 11, 20),
    office="龙岩市总工会办公室",
    sections=[("维权服务", [("11月17日", "新罗区总工会"), ("11月18日", "市职工法律援助中心")]),
              ("劳动竞赛", [("11月19日", "长汀县总工会")])],
    editors=["林晓燕"], reviewers=["邱建平"], labels=["抄送", "报"], copies=45,
    body_from="【维权服务】", dropped=["（共印45份）"],
))

# 水务集团 (a state-owned water company in Guangxi): the date with its part of the day, the unit
# and the writer signed at the end （…　…）, no closing lists but the sign-off
BULLETINS.append(Bulletin(
    name="水务集团 时段日期与单位作者署名",
    text="""供水安全信息
第33期
柳州水务集团有限公司办公室　　　　2026年11月22日
【生产运行】
11月20日上午，对城中水厂开展冬季防冻检查，更换保温材料260米，检修阀门14个。（城中水厂　李明）
11月21日下午，集团组织开展突发水污染事件应急演练，检验了应急联动处置能力。（安全环保部　韦丽）
【客户服务】
11月21日，**客服中心**推出“水费线上一键缴”服务，当日线上缴费1.2万笔。
编辑：黄晓敏　　审核：覃志强　　签发：莫文华
""",
    series="供水安全信息", number=33, date=dt.date(2026, 11, 22), office="柳州水务集团有限公司办公室",
    sections=[("生产运行", [("11月20日上午", "城中水厂"), ("11月21日下午", "安全环保部")]),
              ("客户服务", [("11月21日", "客服中心")])],
    editors=["黄晓敏"], reviewers=["覃志强"], signers=["莫文华"], body_from="【生产运行】",
))

# 妇联 (a county in Jiangxi), an entry over two paragraphs and the units in bold with a colon
# before the date; 第N期 and the office with the date on one line
BULLETINS.append(Bulletin(
    name="妇联 单位冒号在日期前与期号单位同行",
    text="""妇女工作简报
第7期　　　　吉安县妇女联合会　　　　2026年11月21日
【巾帼建功】
**敦厚镇妇联：**11月18日，举办巾帼家政技能培训班，培训农村妇女62人。
**永和镇妇联：**11月19日，开展“美丽庭院”评比，评选示范户30户。
【维权关爱】
11月20日，县妇联联合县法院开展反家暴法宣传进社区活动，发放宣传资料800余份。
报：市妇联，县委、县政府领导。
""",
    series="妇女工作简报", number=7, date=dt.date(2026, 11, 21), office="吉安县妇女联合会",
    sections=[("巾帼建功", [("", "敦厚镇妇联"), ("", "永和镇妇联")]),
              ("维权关爱", [("11月20日", "")])],
    labels=["报"], body_from="【巾帼建功】",
))

# 交通运输 情况通报 (Yunnan): a secrecy mark with its term, 第N期 on the name's line, the units
# sign （…供稿） with the entries undated but for a week (本周，)
BULLETINS.append(Bulletin(
    name="交通运输 情况通报密级与本周",
    text="""秘密★6个月
公路安全情况通报（第5期）
曲靖市公路管理处　　　　2026年11月28日
【路况信息】
本周，全市普通国省道完成路面病害处治1.8万平方米，修复护栏1200米。（麒麟公路分局供稿）
11月26日，宣威境内G326线发生边坡落石，已设置警示标志并组织清理，未造成交通中断。（宣威公路分局供稿）
【安全检查】
11月27日，**市公路管理处**组织对12座危旧桥梁开展冬季专项检查，发现病害3处。
报：省公路局，市交通运输局。
""",
    series="公路安全情况通报", number=5, date=dt.date(2026, 11, 28), office="曲靖市公路管理处", marking="秘密★6个月",
    sections=[("路况信息", [("本周", "麒麟公路分局"), ("11月26日", "宣威公路分局")]),
              ("安全检查", [("11月27日", "市公路管理处")])],
    labels=["报"], body_from="【路况信息】",
))

# 科协 (Anhui, a city), copied out of a PDF whose pages end — N — and whose running head is the
# office's name; no indents; an entry cut across the page's end
BULLETINS.append(Bulletin(
    name="科协 PDF跨页条目与单位页眉",
    text="""科协工作简报
第21期
芜湖市科学技术协会　　　　2026年11月26日
【科普活动】
11月20日，**市科技馆**举办“科学之夜”主题开放日活动，组织青少年开展机器人编程、
航天模型制作等互动体验项目18个，吸引市民和学生2600余人次参与，活动通过网络平
台同步直播，观看量达12万人次。
11月22日，**湾沚区科协**联合区农业农村局开展科技下乡活动，组织农技专家深入6个
— 2 —
芜湖市科学技术协会
村开展果树冬季修剪现场指导，发放技术资料1500余份，受益农户380余户。
【学会工作】
11月24日，**市机械工程学会**召开年度学术交流会，交流论文36篇，评选优秀论文8篇。
编辑：许文静　　审核：方志刚
报：省科协，市委、市政府领导。
— 3 —
""",
    series="科协工作简报", number=21, date=dt.date(2026, 11, 26), office="芜湖市科学技术协会",
    sections=[("科普活动", [("11月20日", "市科技馆"), ("11月22日", "湾沚区科协")]),
              ("学会工作", [("11月24日", "市机械工程学会")])],
    editors=["许文静"], reviewers=["方志刚"], labels=["报"], body_from="【科普活动】",
    dropped=["— 2 —", "芜湖市科学技术协会", "— 3 —"],
))


@pytest.mark.parametrize("bulletin", BULLETINS, ids=[b.name for b in BULLETINS])
def test_a_bulletin_reads_as_its_clerk_reads_it(bulletin: Bulletin) -> None:
    check(bulletin)
