"""More bulletins of round 10, each with a form the others lack: a name spaced out over its
number in brackets, a date in figures with dots, the closing lists in reverse order on one
line, a bold unit and its colon before a date in figures, an editor's note of two paragraphs,
a whole page pasted from a PDF with no blank lines, a 增刊 in brackets after the number, a
contents list. Each reads as its clerk reads it, no text lost or doubled."""
from __future__ import annotations

import datetime as dt

import pytest

from bulletin_desktop.core.model import Article, Item, attribution
from bulletin_desktop.core.textformat import read_text

from test_text_import_r9_bulletins import Bulletin, check

BULLETINS: list[Bulletin] = []

# 水利 (Zhejiang): the name spaced out, its number in brackets under it, a date in figures
# with dots, bold units with their colon before 5.30-style dates, 送、报、发 reversed on one line
BULLETINS.append(Bulletin(
    name="水利 名称字距与点号日期",
    text="""水 利 简 报

（第5期）

丽水市莲都区水利局　　　　2024.6.3

**碧湖镇：**5.28，组织镇村干部对辖区12处山塘水库开展汛前检查，落实巡查责任人24名。

**雅溪镇：**5.29，对辖区3座水文站设备进行维护保养，确保汛期数据准确传输。

**区水利局：**近期，开展水利工程安全度汛专项督查，督查工程45处，发现问题18个，已整改15个。

发：各乡镇（街道）。　送：区防指成员单位。　报：市水利局，区委、区政府领导。
""",
    series="水利简报", number=5, date=dt.date(2024, 6, 3), office="丽水市莲都区水利局",
    sections=[("", [("", "碧湖镇"), ("", "雅溪镇"), ("", "区水利局")])],
    labels=["发", "送", "报"], body_from="**碧湖镇：**",
))

# 交通运输 (Hebei): an editor's note of two paragraphs, entries signed on a line of their
# own with a dash, a 增刊 in brackets after the number
BULLETINS.append(Bulletin(
    name="交通运输 两段编者按与破折号署名",
    text="""交通运输信息

第21期（增刊）

沧州市交通运输局　　　　2024年6月14日

编者按：今年以来，各县（市、区）认真落实农村公路“路长制”，涌现出一批好经验好做法。

现将部分县（市、区）的做法刊发，供学习借鉴。

6月10日，黄骅市在全市推行“路长+专管员+护路员”三级管护模式，聘用护路员310名，实现农村公路管护全覆盖。
——黄骅市交通运输局

6月12日，任丘市组织农村公路养护技能比武，来自全市20个乡镇的60名养护人员参赛。
——任丘市交通运输局

报：省交通运输厅。
发：各县（市、区）交通运输局。
""",
    series="交通运输信息", number=21, special="增刊", date=dt.date(2024, 6, 14), office="沧州市交通运输局",
    sections=[("", [("", ""), ("", ""), ("6月10日", "黄骅市交通运输局"), ("6月12日", "任丘市交通运输局")])],
    labels=["报", "发"], body_from="编者按",
))

# 自然资源 (Guangdong): a whole page pasted from a PDF, every printed line cut at the page's
# width (28 characters, a paragraph's first line indented) and no blank line between paragraphs
BULLETINS.append(Bulletin(
    name="自然资源 PDF整页无空行",
    text="""自然资源动态
第16期
韶关市自然资源局办公室　　　　2024年5月20日
【规划管理】
　　5月13日，市自然资源局召开全市国土空间总体规划实施监
督工作会议，通报全市各县（市、区）国土空间规划编制进展情
况，部署下阶段村庄规划编制和规划实施监测评估工作。
　　5月15日，**乳源县自然资源局**对全县12个乡镇开展违法用地
动态巡查，发现并制止违法占地行为3宗，涉及土地面积4.6亩，
已责令当事人限期恢复原状。
【测绘地信】
　　5月17日，**市测绘地理信息中心**完成全市2024年度第一季度
卫星遥感监测图斑下发工作，共下发疑似违法图斑286个，督促
各县（市、区）在规定时限内完成核查。
报：省自然资源厅，市委、市政府领导。
发：各县（市、区）自然资源局。
""",
    series="自然资源动态", number=16, date=dt.date(2024, 5, 20), office="韶关市自然资源局办公室",
    sections=[("规划管理", [("5月13日", ""), ("5月15日", "乳源县自然资源局")]),
              ("测绘地信", [("5月17日", "市测绘地理信息中心")])],
    labels=["报", "发"], body_from="【规划管理】",
))

# 档案 (Jilin): a page pasted from a PDF that lost its indents, lines of 28 characters,
# a section heading and the closing lines among them with no blank line
BULLETINS.append(Bulletin(
    name="档案 PDF无缩进",
    text="""档案工作简报
第3期
长春市档案馆　　　　2024年3月29日
【业务指导】
3月25日，市档案馆组织开展全市机关档案工作业务培训，全市
86家市直单位的档案工作人员参加培训，培训围绕电子文件归档
和档案数字化等内容进行了详细讲解。
3月27日，**九台区档案馆**对辖区15个乡镇（街道）档案室开展规
范化管理检查，现场反馈问题23个。
报：省档案馆，市委、市政府领导。
发：各县（市、区）档案馆。
""",
    series="档案工作简报", number=3, date=dt.date(2024, 3, 29), office="长春市档案馆",
    sections=[("业务指导", [("3月25日", ""), ("3月27日", "九台区档案馆")])],
    labels=["报", "发"], body_from="【业务指导】",
))

# 住建 (Shanxi): a contents list under the masthead, sections numbered 一、, entries with
# （1） numbers before a place written before its date
BULLETINS.append(Bulletin(
    name="住建 本期目录与编号地名",
    text="""城乡建设简报

第7期

晋中市住房和城乡建设局　　　　2024年4月26日

本期目录

一、安全生产
二、县区动态

一、安全生产

4月22日，**市住建局**召开建筑施工安全生产专题会议，部署开展建筑施工领域安全生产治本攻坚三年行动。

二、县区动态

（1）榆次区　4月23日，区住建局组织对辖区老旧小区改造项目开展质量安全检查，检查项目9个。

（2）太谷区　4月24日，区住建局开展城镇燃气用户安全宣传入户活动，入户宣传2600余户。

报：省住房城乡建设厅。
发：各县（区、市）住建局。
""",
    series="城乡建设简报", number=7, date=dt.date(2024, 4, 26), office="晋中市住房和城乡建设局",
    sections=[("本期目录", [("", ""), ("", "")]),
              ("安全生产", [("4月22日", "市住建局")]),
              ("县区动态", [("", ""), ("", "")])],
    labels=["报", "发"], body_from="本期目录", dropped=["一、", "二、"],
))


# 水利 (Henan): name and numbers on one line, the date in Chinese numerals, 【编者按】 as a heading,
# a dash before each entry, the closing lists and the print run on one line
BULLETINS.append(Bulletin(
    name="水利 破折号项目与一行期号",
    text="""水利工作简报（第5期　总第88期）

三门峡市水利局　　　　二〇二四年六月三日

【编者按】

入汛以来，各县（市、区）水利部门积极行动，扎实做好防汛备汛各项工作，现将有关情况编发，供参考。

【工作动态】

— 5月30日，**渑池县水利局**对全县11座小型水库开展防汛检查，重点检查水库“三个责任人”到岗履职情况。

— 5月31日上午，**卢氏县水利局**组织召开山洪灾害防御工作会议，安排部署山洪灾害监测预警工作。

— 近期，灵宝市水利局对黄河沿岸7处险工险段开展巡查，消除安全隐患4处。（灵宝市水利局 供稿）

报：省水利厅，市委、市政府领导。　送：市防指成员单位。　发：各县（市、区）水利局。（共印40份）
""",
    series="水利工作简报", number=88, number_line="第5期（总第88期）", date=dt.date(2024, 6, 3), office="三门峡市水利局",
    sections=[("编者按", [("", "")]),
              ("工作动态", [("5月30日", "渑池县水利局"), ("5月31日上午", "卢氏县水利局"), ("近期", "灵宝市水利局")])],
    labels=["报", "送", "发"], copies=40, body_from="【编者按】", dropped=["共印40份"],
))
# 医保 (Shaanxi): 机密★启用前, ★ round the headings (the first over a leader's instruction, no
# dated entry), half-width (1) numbers before a place and a date, half-width commas
BULLETINS.append(Bulletin(
    name="医保 半角括号编号与半角逗号",
    text="""机密★启用前

医保信息

第9期

汉中市医疗保障局　　　　2024年4月18日

★领导批示★

市政府副市长李明同志批示：医保基金是人民群众的“保命钱”，各地要持续保持打击欺诈骗保高压态势。

★工作动态★

(1)南郑区 4月15日,区医保局联合区卫健局开展定点医疗机构专项检查,检查医疗机构16家。

(2)城固县 4月16日,县医保局组织召开医保经办服务能力提升推进会。

(3)4月17日,**洋县医保局**开展医保政策宣传进乡村活动,发放宣传资料2000余份。

签发：周建国

送：省医疗保障局，市委、市政府领导。
""",
    series="医保信息", number=9, date=dt.date(2024, 4, 18), office="汉中市医疗保障局", marking="机密★启用前",
    sections=[("领导批示", [("", "")]),
              ("工作动态", [("", ""), ("", ""), ("4月17日", "洋县医保局")])],
    signers=["周建国"], labels=["送"], body_from="★领导批示★",
))
# 审计 (Guizhou): an office signing in square brackets after the last sentence, a table typed
# with full-width spaces between its cells
BULLETINS.append(Bulletin(
    name="审计 空格表格与署名方括号",
    text="""审计工作动态

2024年第6期

遵义市审计局办公室　　　　2024年7月30日

【审计监督】

7月22日，**市审计局**召开上半年审计工作推进会，通报各审计组项目实施进度，对下半年重点审计项目作出安排。

7月25日，汇川区审计局完成区属国有企业负责人经济责任审计进点工作，审计组进驻企业开展现场审计。【汇川区审计局】

【数据统计】

截至7月底，全市审计机关完成审计项目情况如下：

单位　　　计划项目　　　已完成　　　完成率
市审计局　　　24　　　15　　　62.5%
汇川区　　　12　　　8　　　66.7%

编辑：罗小琴　　审核：杨光荣

报：省审计厅，市委、市政府领导。
""",
    series="审计工作动态", number=6, number_line="2024年第6期", date=dt.date(2024, 7, 30), office="遵义市审计局办公室",
    sections=[("审计监督", [("7月22日", "市审计局"), ("7月25日", "汇川区审计局")]),
              ("数据统计", [("", ""), ("", ""), ("", ""), ("", "")])],
    editors=["罗小琴"], reviewers=["杨光荣"], labels=["报"], body_from="【审计监督】",
))
# 妇联 (Guangdong): 内部刊物, sections numbered 一、, numbered entries naming their unit with a
# colon before the date
BULLETINS.append(Bulletin(
    name="妇联 内部刊物与编号单位冒号",
    text="""内部刊物　注意保存

妇女工作简报

第14期

中山市妇女联合会　　　　2024年3月12日

一、“三八”节系列活动

1.市妇联：3月8日，举办“巾帼心向党 奋进新征程”庆祝“三八”国际妇女节大会，表彰先进集体和个人50个。

2.石岐街道妇联：3月7日，组织辖区妇女开展“巾帼健康行”徒步活动，参与妇女300余人。

二、家庭家教家风

3月10日，**东区街道妇联**开展“最美家庭”寻访活动，推荐候选家庭15户。

报：省妇联，市委、市政府领导。
发：各镇街妇联。
""",
    series="妇女工作简报", number=14, date=dt.date(2024, 3, 12), office="中山市妇女联合会", marking="内部刊物\u3000注意保存",
    sections=[("“三八”节系列活动", [("", ""), ("", "")]),
              ("家庭家教家风", [("3月10日", "东区街道妇联")])],
    labels=["报", "发"], body_from="一、“三八”节系列活动", dropped=["一、", "二、"],
))
# 交通运输 (Sichuan): an entry of two paragraphs (会议要求，…), a unit signing after a dash
BULLETINS.append(Bulletin(
    name="交通 乡镇信息两段一条",
    text="""交通运输工作动态

第30期

南充市嘉陵区交通运输局　　　　2024年11月22日

【农村公路】

11月18日，**区交通运输局**组织召开农村公路建设质量安全工作推进会。会议通报了全区在建农村公路项目质量安全检查情况。

会议要求，各乡镇要切实履行属地监管责任，确保工程质量和施工安全。

11月20日，**李渡镇**完成通村公路安全生命防护工程建设12公里，设置波形护栏2.6公里。

【运输服务】

11月21日，区运管所开展冬季道路运输安全检查，检查客运企业3家、客运车辆46辆，查处违规行为2起。——区运管所

报：市交通运输局，区委、区政府领导。
""",
    series="交通运输工作动态", number=30, date=dt.date(2024, 11, 22), office="南充市嘉陵区交通运输局",
    sections=[("农村公路", [("11月18日", "区交通运输局"), ("11月20日", "李渡镇")]),
              ("运输服务", [("11月21日", "区运管所")])],
    labels=["报"], body_from="【农村公路】",
))


# 乡镇 (Henan): a town's 信息专报, the office signing with 编 and the date with its weekday, two
# leaders' instructions under one heading
BULLETINS.append(Bulletin(
    name="乡镇 编字署名与星期",
    text="""信息专报

第3期

新安县石寺镇人民政府办公室编　　　　2024年6月5日（星期三）

【领导批示】

县委书记王建军：石寺镇做法好，要总结推广。

县长李国强：请县农业农村局跟进指导。

【工作动态】

6月3日，**镇农业服务中心**组织农技人员深入12个村指导群众开展“三夏”生产，发放技术资料800余份。

6月4日，镇安委办联合镇派出所对辖区3家砖厂开展安全检查，发现隐患6处，已督促整改。

报：县委、县政府领导。
送：县委办、县政府办。
""",
    series="信息专报", number=3, date=dt.date(2024, 6, 5), office="新安县石寺镇人民政府办公室编",
    sections=[("领导批示", [("", ""), ("", "")]),
              ("工作动态", [("6月3日", "镇农业服务中心"), ("6月4日", "")])],
    labels=["报", "送"], body_from="【领导批示】",
))
# 自然资源 (Hubei): ◇ contents repeated as the headlines of their news, two units in one bold run
BULLETINS.append(Bulletin(
    name="自然资源 要目与联合报送",
    text="""自然资源信息

第11期

黄冈市自然资源和规划局　　　　2024年8月9日

本期要目

◇市局部署汛期地质灾害防治工作
◇麻城市开展耕地保护专项检查

◇市局部署汛期地质灾害防治工作

8月5日，**市自然资源和规划局、市应急管理局**联合召开汛期地质灾害防治工作会议，部署全市地质灾害防治工作。

◇麻城市开展耕地保护专项检查

8月7日，**麻城市自然资源和规划局**对全市19个乡镇（街道）开展耕地保护专项检查，发现问题图斑43个。

报：省自然资源厅。
发：各县（市、区）自然资源和规划局。
""",
    series="自然资源信息", number=11, date=dt.date(2024, 8, 9), office="黄冈市自然资源和规划局",
    sections=[("本期要目", [("", ""), ("", "")]),
              ("", ["◇市局部署汛期地质灾害防治工作", "◇麻城市开展耕地保护专项检查"])],
    labels=["报", "发"], body_from="本期要目",
))
# 林长制 (Fujian): the running number before the year's number on one line
BULLETINS.append(Bulletin(
    name="林业 总期号在前",
    text="""林长制工作简报

总第56期　2024年第7期

宁德市林业局　　　　2024年9月9日

【林长履职】

9月3日，**市级总林长**带队巡林，实地察看寿宁县、周宁县森林资源保护和松材线虫病防治情况。

9月5日，古田县召开县级林长会议，研究部署秋冬季森林防火和林业有害生物防治工作。（古田县林长办）

编辑：陈丽娟　　签发：黄志勇

报：省林长办，市委、市政府领导。
""",
    series="林长制工作简报", number=56, number_line="2024年第7期（总第56期）", date=dt.date(2024, 9, 9), office="宁德市林业局",
    sections=[("林长履职", [("9月3日", "市级总林长"), ("9月5日", "古田县林长办")])],
    editors=["陈丽娟"], signers=["黄志勇"], labels=["报"], body_from="【林长履职】",
))
# 工会 (Hunan): a contact line in brackets under the closing lists (kept there, not lost)
BULLETINS.append(Bulletin(
    name="工会 联系人行在末尾",
    text="""职工之家

第22期

株洲市总工会　　　　2024年10月28日

【维权服务】

10月21日，**市总工会**开展“工会进万家”法律服务活动，为职工提供法律咨询120余人次。

10月24日，**荷塘区总工会**召开新就业形态劳动者座谈会，听取外卖骑手、快递小哥意见建议15条。

报：省总工会，市委、市政府领导。
发：各县（市、区）总工会，市直各产业工会。

（联系人：刘洋　电话：0731-28661234）
""",
    series="职工之家", number=22, date=dt.date(2024, 10, 28), office="株洲市总工会",
    sections=[("维权服务", [("10月21日", "市总工会"), ("10月24日", "荷塘区总工会")])],
    labels=["报", "发", ""], body_from="【维权服务】",
))
# 文旅 (Hunan): bullets before a place and 近期, before a bracketed place and a date, before a date
BULLETINS.append(Bulletin(
    name="文旅 地名近期与方括号",
    text="""文旅动态

第15期

张家界市文化旅游广电体育局　　　　2024年5月17日

【景区管理】

◆永定区　近期，区文旅广体局对辖区A级景区开展安全生产大检查，检查景区9家，督促整改隐患14处。

◆【武陵源区】5月14日，组织开展旅游市场秩序专项整治行动，查处违规经营行为3起。

◆5月15日，**慈利县文旅广体局**组织开展景区消防应急演练，参演人员80余人。

报：省文化和旅游厅，市委、市政府领导。
""",
    series="文旅动态", number=15, date=dt.date(2024, 5, 17), office="张家界市文化旅游广电体育局",
    sections=[("景区管理", [("", ""), ("5月14日", "武陵源区"), ("5月15日", "慈利县文旅广体局")])],
    labels=["报"], body_from="【景区管理】",
))


# 退役军人 (Anhui): 内部资料　严禁外传, the running number on a line of its own, the date before the
# office, a unit signing after a dash with 供稿, 责任编辑 and 主编, the print run beside the 印发 line
BULLETINS.append(Bulletin(
    name="退役军人 总期号另起一行与责任编辑",
    text="""内部资料　严禁外传

退役军人工作简报

第12期

（总第64期）

2024年7月1日　　　　　　淮北市退役军人事务局办公室

【工作动态】

6月26日至27日，**市退役军人事务局**组织开展“八一”前夕走访慰问准备工作调度，明确走访对象412人。

6月28日，濉溪县退役军人服务中心举办退役军人专场招聘会，32家企业提供岗位460个，现场达成就业意向87人。——濉溪县退役军人事务局供稿

●**相山区退役军人事务局**：近日，开展光荣牌悬挂情况“回头看”，补挂更换光荣牌56块。

责任编辑：王海燕　　主编：孙立新

主送：省退役军人事务厅。
抄送：市委、市政府领导，市双拥办成员单位。

淮北市退役军人事务局办公室　　2024年7月1日印发（共印20份）
""",
    series="退役军人工作简报", number=64, number_line="第12期（总第64期）", date=dt.date(2024, 7, 1),
    office="淮北市退役军人事务局办公室", marking="内部资料\u3000严禁外传",
    sections=[("工作动态", [("6月26日至27日", "市退役军人事务局"), ("6月28日", "濉溪县退役军人事务局"), ("", "相山区退役军人事务局")])],
    editors=["王海燕"], labels=["主送", "抄送", ""], copies=20, body_from="【工作动态】", dropped=["共印20份", "责任"],  # (责任编辑 is the closing block's 编辑)
))
# 住建 (Henan): sections numbered 一、, an article whose parts are numbered （一）, its unit under its title
BULLETINS.append(Bulletin(
    name="住建 文章分部与小标题",
    text="""住房和城乡建设信息

第4期

濮阳市住房和城乡建设局　　　　2024年3月22日

一、工作动态

3月18日，**市住建局**召开全市住建系统安全生产工作会议，部署开展建筑施工领域安全隐患大排查大整治。

二、经验交流

清丰县“四个到位”推进老旧小区改造

清丰县住房和城乡建设局

今年以来，清丰县把老旧小区改造作为重要民生工程，全力推进，取得明显成效。

（一）组织领导到位。成立由县长任组长的工作专班，建立周调度、月通报制度。

（二）资金保障到位。争取上级补助资金1.2亿元，撬动社会资本投入3000万元。

（三）群众参与到位。坚持“改不改、改什么、怎么改”由群众说了算，群众满意率达96%。

报：市委、市政府领导。
发：各县（区）住建局。
""",
    series="住房和城乡建设信息", number=4, date=dt.date(2024, 3, 22), office="濮阳市住房和城乡建设局",
    sections=[("工作动态", [("3月18日", "市住建局")]),
              ("经验交流", ["清丰县“四个到位”推进老旧小区改造"])],
    labels=["报", "发"], body_from="一、工作动态", dropped=["一、", "二、"],
))
# 医保 (Anhui): a range of days, two units in one bold run, a loose lead signed in brackets
BULLETINS.append(Bulletin(
    name="医保 日期区间与双单位加粗",
    text="""医疗保障信息

第20期

安庆市医疗保障局　　　　2024年12月6日

【基金监管】

12月2日至4日，**市医保局、市卫健委**联合开展定点医疗机构规范使用医保基金专项检查，检查医疗机构21家。

12月5日，**桐城市医保局**会同市公安局查处一起冒名就医骗取医保基金案件，追回基金4.3万元。

【经办服务】

11月下旬以来，太湖县医保局在全县15个乡镇推行医保业务“帮代办”服务，累计帮办业务2100余件。（太湖县医保局）

编辑：江丽　　审核：方明

报：省医疗保障局。
""",
    series="医疗保障信息", number=20, date=dt.date(2024, 12, 6), office="安庆市医疗保障局",
    sections=[("基金监管", [("12月2日至4日", "市医保局、市卫健委"), ("12月5日", "桐城市医保局")]),
              ("经办服务", [("11月下旬以来", "太湖县医保局")])],
    editors=["江丽"], reviewers=["方明"], labels=["报"], body_from="【基金监管】",
))
# 水利 (Henan): entries forwarded from a chat, circled numbers before a place and its date (kept as written)
BULLETINS.append(Bulletin(
    name="水利 微信转来的几条",
    text="""防汛工作信息

第2期

信阳市水利局　　　　2024年6月20日

【防汛动态】

①光山县　6月17日，县水利局对全县43座小型水库开展拉网式排查，落实防汛物资储备。

②商城县　6月18日上午，县防指组织开展鲇鱼山水库防汛应急演练，参演人员150余人。

③新县：6月19日，县水利局组织技术人员对香山湖水库大坝安全监测设施进行检修。

报：省水利厅，市委、市政府领导。
""",
    series="防汛工作信息", number=2, date=dt.date(2024, 6, 20), office="信阳市水利局",
    sections=[("防汛动态", [("", ""), ("", ""), ("", "")])],
    labels=["报"], body_from="【防汛动态】",
))


# 交通运输 (Henan): 第5期 and 总第88期 spaced on one line, headlines over their dated paragraphs, a
# bulleted unit's news after them, the print run in full-width figures above 抄报 and 抄发
BULLETINS.append(Bulletin(
    name="交通 标题加日期段",
    text="""交通运输简报

第5期　　　　　　总第88期

许昌市交通运输局　　　　2024年4月3日

【工作动态】

市交通运输局召开清明节假期道路运输安全工作会议

4月1日，市交通运输局召开专题会议，安排部署清明节假期道路运输安全和服务保障工作。

禹州市开展农村客运安全专项检查

4月2日，禹州市交通运输局对全市农村客运车辆开展安全专项检查，检查车辆85辆，整改问题12个。

▶**长葛市交通运输局：**开展“文明交通进校园”活动，发放宣传资料1200份。

（共印３０份）

抄报：市委、市政府领导。
抄发：各县（市、区）交通运输局。
""",
    series="交通运输简报", number=88, number_line="第5期（总第88期）", date=dt.date(2024, 4, 3), office="许昌市交通运输局",
    sections=[("工作动态", ["市交通运输局召开清明节假期道路运输安全工作会议", "禹州市开展农村客运安全专项检查", ("", "长葛市交通运输局")])],
    labels=["抄报", "抄发"], copies=30, body_from="【工作动态】", dropped=["共印３０份"],
))


# 统战 (Anhui): headings typed as a short title and its colon (工作动态：) over dated entries
BULLETINS.append(Bulletin(
    name="统战 两栏目无括号加冒号",
    text="""同心简报

第8期

中共芜湖市鸠江区委统战部　　　　2024年9月30日

工作动态：

9月25日，**区委统战部**组织召开党外代表人士座谈会，通报全区经济社会发展情况，听取意见建议。

9月27日，**区工商联**组织民营企业家赴合肥开展考察学习活动，参与企业家30余人。

基层风采：

近日，湾里街道统战工作站开展“同心护航”法律服务进企业活动，为12家企业提供法律体检。

报：市委统战部，区委常委。
""",
    series="同心简报", number=8, date=dt.date(2024, 9, 30), office="中共芜湖市鸠江区委统战部",
    sections=[("工作动态", [("9月25日", "区委统战部"), ("9月27日", "区工商联")]),
              ("基层风采", [("近日", "")])],
    labels=["报"], body_from="工作动态：",
))


# 林草 (Yunnan): ☆ before each entry, a unit signing in brackets with the writer's name after it
BULLETINS.append(Bulletin(
    name="林业 ☆项目与署名供稿单位后加人名",
    text="""森林防火工作简报

第3期

普洱市林业和草原局　　　　2024年2月26日

【火情通报】

☆2月20日，**景谷县**发生一起森林火情，过火面积约0.8公顷，无人员伤亡，火情已于当日扑灭。

☆2月22日，墨江县森林消防大队开展野外火源管控专项巡查，劝返违规进山人员23人。（墨江县林草局　李文）

☆2月24日上午，**思茅区林草局**联合区应急局召开春季森林防火工作推进会。

编辑：杨　梅　　审核：李华　　签发：张勇

报：省林草局，市委、市政府领导。
发：各县（区）林草局。
""",
    series="森林防火工作简报", number=3, date=dt.date(2024, 2, 26), office="普洱市林业和草原局",
    sections=[("火情通报", [("2月20日", "景谷县"), ("2月22日", "墨江县林草局"), ("2月24日上午", "思茅区林草局")])],
    editors=["杨梅"], reviewers=["李华"], signers=["张勇"], labels=["报", "发"], body_from="【火情通报】",
))
# 人社 (Shandong): dates in figures (8.26) before bold units, a table of figures pasted with tabs
BULLETINS.append(Bulletin(
    name="人社 数字日期与表格",
    text="""人力资源和社会保障工作简报

第16期

菏泽市人力资源和社会保障局　　　　2024年8月30日

【就业服务】

8.26，**市人社局**举办2024年高校毕业生就业服务月专场招聘会，126家企业提供岗位3800余个。

8.28，**曹县人社局**开展“送岗位进乡村”活动，现场达成就业意向230人。

【数据速览】

1—7月全市就业指标完成情况：

指标	目标任务	完成数	完成率
城镇新增就业（人）	60000	41200	68.7%
农村劳动力转移（人）	50000	36500	73.0%

报：省人社厅，市委、市政府领导。
""",
    series="人力资源和社会保障工作简报", number=16, date=dt.date(2024, 8, 30), office="菏泽市人力资源和社会保障局",
    sections=[("就业服务", [("8.26", "市人社局"), ("8.28", "曹县人社局")]),
              ("数据速览", [("", ""), ("", ""), ("", ""), ("", "")])],
    labels=["报"], body_from="【就业服务】",
))


@pytest.mark.parametrize("bulletin", BULLETINS, ids=[b.name for b in BULLETINS])
def test_a_bulletin_reads_as_its_clerk_reads_it(bulletin: Bulletin) -> None:
    check(bulletin)


def test_a_dated_entry_with_a_tab_in_it_is_no_row_of_a_two_column_table():
    """An entry pasted from Word with a tab inside it, next to a line of two cells, stays an
    entry with its number, date and unit (a table's row would have kept it as raw text)."""
    issue = read_text("某某简报\n\n第3期\n\n2024年3月5日\n\n【工作动态】\n\n"
                      "（一）11月15日，**县应急局**开展检查\t发现隐患5处。\n\n"
                      "1．**西城区**部署消防工作\t要求限期整改。\n")
    first = issue.sections[0].entries[0]
    assert isinstance(first, Item) and (first.mark, first.date, first.unit) == ("（一）", "11月15日", "县应急局")


def test_a_bare_heading_over_an_article_signed_on_its_own_line_is_a_section():
    issue = read_text("某某简报\n\n第3期\n\n2024年3月5日\n\n工作动态\n\n3月1日，**县应急局**开展检查。\n\n经验交流\n\n"
                      "某镇：“三查三改”压实责任\n\n某镇人民政府\n\n今年以来，某镇推行“三查三改”工作法。\n")
    assert [s.title for s in issue.sections] == ["工作动态", "经验交流"]
    (article,) = issue.sections[1].entries
    assert isinstance(article, Article) and article.title == "某镇：“三查三改”压实责任"


@pytest.mark.parametrize("text, signed", [
    ("开展现场审计。【汇川区审计局】", "汇川区审计局"),
    ("开展入户走访。〔城关镇人民政府〕", "城关镇人民政府"),
    ("开展检查。【沂南县】", ""),  # a place in brackets heads the news after it
    ("共排查隐患12处【西平县5处】", ""),
    ("【县应急局】", ""),  # alone: a heading, signing nothing
])
def test_an_office_in_square_brackets_after_the_last_sentence_signs_it(text, signed):
    assert attribution(text) == signed


@pytest.mark.parametrize("line", ["具体如下：", "会议要求：", "主要做法："])
def test_a_line_with_a_colon_that_introduces_is_no_heading(line):
    """具体如下： and 会议要求： introduce what follows; 主要做法： over text that is no dated entry
    is an article's part: none heads a section."""
    issue = read_text(f"某某简报\n\n第3期\n\n2024年3月5日\n\n工作动态\n\n3月1日，**县应急局**开展检查。\n\n{line}\n\n"
                      + ("3月2日，**县住建局**开展检查。\n" if line != "主要做法：" else "一是强化领导。\n"))
    assert [s.title for s in issue.sections] == ["工作动态"]
