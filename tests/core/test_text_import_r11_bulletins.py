"""Whole bulletins of offices and kinds not read before (教育督导, 疾控, 公安交警, 森林防火,
防汛抗旱 情况反映, 乡村振兴, 税务, 高校, 国企, 机关党建, 人代会 会议简报, 政务服务 专报, 科技,
残联, 城市管理, 检察, 共青团, 防震减灾), typed, pasted from Word or copied out of a PDF: the
number and the date on the office's line, units named in brackets after the text, dates written
二〇二四年五月三十日, 5月30日至31日, 2024.5.30 or 上周, a meeting's bulletin with 一、 headings
and speakers, a contents block at the top, a report of two articles and no dated entries, the
closing block with its contact, its 印发 line and its copies, lines cut where the PDF's page
ended with the page number and the running head between. Each reads as its clerk reads it, and
no text of it is lost or doubled (the checks of test_text_import_r9_bulletins)."""
from __future__ import annotations

import datetime as dt

import pytest

from test_text_import_r9_bulletins import Bulletin, check

BULLETINS: list[Bulletin] = []

# 教育督导 (Hunan): the number, the office and the date on one line; each entry's unit in
# brackets at its end; a range of days written 5月30日至31日
BULLETINS.append(Bulletin(
    name="教育督导 期号单位日期一行与括号署名",
    text="""教育督导简报

第5期　　　　衡阳县人民政府教育督导室　　　　2024年6月3日

【督导检查】

5月30日至31日，县教育督导室组织责任督学对全县42所中小学校开展“五项管理”专项督导，查阅资料、走访师生，反馈问题23个，已全部交办整改。（县人民政府教育督导室）

5月28日，西渡镇中心学校召开责任督学挂牌督导工作推进会，通报上月督导发现的问题，明确整改时限和责任人。（西渡镇中心学校）

【质量监测】

6月1日，县教育局对全县小学四年级学生开展学业质量抽样监测，共抽取样本学校18所、学生1260名。（县教育局基础教育股）

编辑：唐晓燕　　审核：刘　卫　　签发：谭国平

报：市政府教育督导室，县委、县政府领导。
发：各乡镇中心学校，县直各学校。
""",
    series="教育督导简报", number=5, date=dt.date(2024, 6, 3), office="衡阳县人民政府教育督导室",
    sections=[("督导检查", [("5月30日至31日", "县人民政府教育督导室"), ("5月28日", "西渡镇中心学校")]),
              ("质量监测", [("6月1日", "县教育局基础教育股")])],
    editors=["唐晓燕"], reviewers=["刘卫"], signers=["谭国平"], labels=["报", "发"], body_from="【督导检查】",
))

# 疾控 (Zhejiang): the date written 2024.5.30 in the masthead, an entry dated 上周 before its
# bold unit, the closing block ending with 联系人 and 电话
BULLETINS.append(Bulletin(
    name="疾控 点号日期与联系人电话",
    text="""疾病预防控制工作简报

第11期

绍兴市疾病预防控制中心　　　　2024.5.30

【传染病防控】

5月27日，**市疾控中心**召开全市夏季传染病防控工作会议，部署手足口病、登革热等重点传染病防控工作，要求各区、县（市）落实“早发现、早报告、早处置”。

上周，**柯桥区疾控中心**对辖区托幼机构开展手足口病防控专项督导，检查托幼机构35家，指导消毒工作46次。

【健康促进】

5月29日，**诸暨市**启动“健康知识进万家”宣传月活动，发放宣传资料1.2万份，开展健康讲座18场。

编辑：沈佳琪　　审核：陈国伟　　签发：何建明

送：市卫生健康委员会，市委、市政府分管领导。
发：各区、县（市）疾病预防控制中心。

联系人：沈佳琪　　电话：0575-85123456
""",
    series="疾病预防控制工作简报", number=11, date=dt.date(2024, 5, 30), office="绍兴市疾病预防控制中心",
    sections=[("传染病防控", [("5月27日", "市疾控中心"), ("上周", "柯桥区疾控中心")]),
              ("健康促进", [("5月29日", "诸暨市")])],
    editors=["沈佳琪"], reviewers=["陈国伟"], signers=["何建明"], labels=["送", "发", ""], body_from="【传染病防控】",
))

# 公安交警 快报 (Shandong): numbered sections 一、二、 with no 【】, entries each signed at
# the end in half-width brackets, 近日 as a date
BULLETINS.append(Bulletin(
    name="公安交警 快报一二栏目与半角署名",
    text="""交通管理工作快报

第23期

潍坊市公安局交通警察支队　　　　2024年6月5日

一、整治行动

6月1日至3日，支队组织开展夜查统一行动，查处酒驾醉驾违法行为86起，其中醉驾21起。(支队秩序科)

近日，寿光大队联合交通运输部门对辖区货运源头企业开展集中检查，约谈企业负责人12名。(寿光大队)

二、宣传教育

6月4日，**奎文大队**走进辖区5所小学开展“交通安全进校园”活动，受教育师生3200余人。

编辑：孙　浩　　签发：王德明

报：市公安局领导。
发：各县市区大队，支队各科室。
""",
    series="交通管理工作快报", number=23, date=dt.date(2024, 6, 5), office="潍坊市公安局交通警察支队",
    sections=[("整治行动", [("6月1日至3日", "支队秩序科"), ("近日", "寿光大队")]),
              ("宣传教育", [("6月4日", "奎文大队")])],
    editors=["孙浩"], signers=["王德明"], labels=["报", "发"], body_from="一、整治行动", dropped=["一、", "二、"],
))

# 森林防火 (Yunnan), copied out of a PDF: every printed line a line, cut mid-sentence, the
# page number — 2 — and the running head between the pages, the office and date on one line
BULLETINS.append(Bulletin(
    name="森林防火 PDF折行页码与页眉",
    text="""森林草原防火工作简报
第6期
楚雄州森林草原防灭火指挥部办公室　　2024年3月20日
【火情通报】
3月15日，禄丰市勤丰镇发生一起森林火情，当地立即启动应急响应，组织专业扑
火队员120余人、半专业扑火队员60余人开展扑救，经过6小时奋力扑救，明火于当
日18时全部扑灭，无人员伤亡。
3月17日，**州森林草原防灭火指挥部办公室**召开全州森林草原防灭火工作视频调
度会，通报近期火情，分析研判防火形势，对清明节前后防火工作再安排再部署。
— 2 —
森林草原防火工作简报　第6期
【督导检查】
3月18日，**姚安县**组成4个督导组深入10个乡镇开展防火督导，重点检查野外用
火管控、护林员到岗履职和扑火物资储备情况，发现问题14个，当场整改9个。
3月19日，**大姚县**在三台乡开展森林火灾扑救演练，检验了应急预案和队伍快速
反应能力。
编辑：李春梅　　审核：杨光荣　　签发：张国富
报：省森林草原防灭火指挥部办公室，州委、州政府领导。
发：各县市森林草原防灭火指挥部。
— 3 —
""",
    series="森林草原防火工作简报", number=6, date=dt.date(2024, 3, 20), office="楚雄州森林草原防灭火指挥部办公室",
    sections=[("火情通报", [("3月15日", ""), ("3月17日", "州森林草原防灭火指挥部办公室")]),
              ("督导检查", [("3月18日", "姚安县"), ("3月19日", "大姚县")])],
    editors=["李春梅"], reviewers=["杨光荣"], signers=["张国富"], labels=["报", "发"], body_from="【火情通报】",
    dropped=["— 2 —", "森林草原防火工作简报　第6期", "— 3 —"],
))

# 防汛抗旱 情况反映 (Anhui): two articles and no dated entry, no sections at all, the titles
# over their paragraphs, the closing block's 印发 line
BULLETINS.append(Bulletin(
    name="防汛抗旱 情况反映两篇文章",
    text="""防汛抗旱情况反映

第4期

六安市防汛抗旱指挥部办公室　　　　2024年6月22日

淠河流域降雨情况及水库调度情况

6月19日8时至22日8时，淠河流域普降大到暴雨，平均降雨量128毫米，最大降雨点位于霍山县诸佛庵镇，达到286毫米。受降雨影响，佛子岭水库、响洪甸水库水位持续上涨。

市防指根据雨水情预测，提前调度佛子岭水库预泄腾库，累计下泄水量1.2亿立方米，有效降低了下游防洪压力。

金寨县山洪灾害防御工作开展情况

入汛以来，金寨县坚持“宁可十防九空，不可失防万一”，对全县226个山洪灾害危险区逐一落实转移责任人，组织开展山洪灾害避险转移演练23场。

强降雨期间，全县共预警转移群众3460人，未发生人员伤亡。

报：省防汛抗旱指挥部办公室，市委、市政府领导。
送：市防指成员单位。

六安市防汛抗旱指挥部办公室　　2024年6月22日印发
""",
    series="防汛抗旱情况反映", number=4, date=dt.date(2024, 6, 22), office="六安市防汛抗旱指挥部办公室",
    sections=[("", ["淠河流域降雨情况及水库调度情况", "金寨县山洪灾害防御工作开展情况"])],
    labels=["报", "送", ""], body_from="淠河流域",
))

# 乡村振兴 (Gansu): 本期要目 at the top, listing the titles the issue then prints; ◆ marks
# round the sections' titles
BULLETINS.append(Bulletin(
    name="乡村振兴 本期要目与菱形栏目",
    text="""乡村振兴工作简报

第9期

天水市乡村振兴局　　　　　2024年5月24日

本期要目

◇秦州区推进产业帮扶项目建设
◇麦积区开展防返贫动态监测集中排查

◆工作动态◆

5月20日，**秦州区**召开产业帮扶项目建设推进会，全区今年实施产业帮扶项目47个，已开工41个，完成投资1.8亿元。

5月22日，**麦积区**启动防返贫动态监测集中排查，组织干部2100余名入户走访，新识别监测对象86户。

◆基层探索◆

5月21日，**甘谷县**推行“村集体+合作社+农户”花椒产业联农带农机制，带动脱贫户户均增收3200元。

审核：马文斌　　签发：赵志刚

报：省乡村振兴局，市委、市政府领导。
发：各县区乡村振兴局。

（共印30份）
""",
    series="乡村振兴工作简报", number=9, date=dt.date(2024, 5, 24), office="天水市乡村振兴局",
    sections=[("本期要目", [("", ""), ("", "")]),
              ("工作动态", [("5月20日", "秦州区"), ("5月22日", "麦积区")]),
              ("基层探索", [("5月21日", "甘谷县")])],
    reviewers=["马文斌"], signers=["赵志刚"], labels=["报", "发"], copies=30, body_from="本期要目",
    dropped=["共印30份"],
))

# 税务 (Jiangsu): sections ■ marked, the 印发 line with the office and the date, then 共印N份
BULLETINS.append(Bulletin(
    name="税务 印发行与共印份数",
    text="""税务工作简报

2024年第7期（总第186期）

国家税务总局常州市税务局办公室　　2024年5月31日

■ 税费服务

5月27日，**市税务局**举办“春雨润苗”专项行动政策宣讲会，为120余户小微企业讲解税费优惠政策。

5月29日，**溧阳市税务局**在政务服务中心设立“办不成事”反映窗口，当月受理并解决问题17件。

■ 征管改革

5月30日，**武进区税务局**上线数电发票服务专区，辅导纳税人开具数电发票2.3万份。

报：国家税务总局江苏省税务局，市委、市政府领导。
发：局内各单位。

国家税务总局常州市税务局办公室　　2024年5月31日印发

共印25份
""",
    series="税务工作简报", number=186, number_line="2024年第7期（总第186期）", date=dt.date(2024, 5, 31),
    office="国家税务总局常州市税务局办公室",
    sections=[("税费服务", [("5月27日", "市税务局"), ("5月29日", "溧阳市税务局")]),
              ("征管改革", [("5月30日", "武进区税务局")])],
    labels=["报", "发", ""], copies=25, body_from="■ 税费服务", dropped=["共印25份", "■", "■"],
))

# 高校 (Sichuan): a university's internal bulletin, its date written 二〇二四年五月三十日,
# 内部资料 over the name, sections in 【】, an entry with its year in the date
BULLETINS.append(Bulletin(
    name="高校 汉字日期与内部资料",
    text="""内部资料

西南某大学工作简报

第12期

党委办公室　校长办公室　　　　二〇二四年五月三十日

【学校要闻】

5月27日，学校召开2024年本科教学工作会议，校长作题为《深化教育教学改革　全面提高人才培养质量》的工作报告。

2024年5月28日，**学校党委理论学习中心组**开展专题学习，围绕党纪学习教育进行交流研讨。

【院系动态】

5月29日，**计算机学院**举办第五届程序设计竞赛，来自12个学院的260名学生参赛。

编辑：周　琳　　审核：王　涛

送：学校领导。
发：各学院、各部门。
""",
    series="西南某大学工作简报", number=12, date=dt.date(2024, 5, 30), office="党委办公室　校长办公室",
    marking="内部资料",
    sections=[("学校要闻", [("5月27日", ""), ("2024年5月28日", "学校党委理论学习中心组")]),
              ("院系动态", [("5月29日", "计算机学院")])],
    editors=["周琳"], reviewers=["王涛"], labels=["送", "发"], body_from="【学校要闻】",
))

# 国企 (Shaanxi): a group company's bulletin, the sections ★ marked, the units bold with
# their colon and no date, the closing block's contact on one line with the sign-off above
BULLETINS.append(Bulletin(
    name="国企 星号栏目与单位冒号",
    text="""陕西某能源集团简报

第15期

集团公司办公室　　　　　　2024年6月7日

★生产经营★

**铜川矿业公司：**5月份完成原煤产量186万吨，同比增长4.2%，安全生产实现“零事故”。

**化工公司：**6月3日，年产60万吨甲醇装置完成年度大修并一次开车成功。

★党建工作★

**集团党委：**6月5日，召开党纪学习教育警示教育大会，通报近年来集团系统违纪违法典型案例。

编辑：郭　静　　审核：高志强　　签发：任建国

报：省国资委。
发：集团公司各单位、各部门。

联系人：郭静　　联系电话：029-88888888
""",
    series="陕西某能源集团简报", number=15, date=dt.date(2024, 6, 7), office="集团公司办公室",
    sections=[("生产经营", [("", "铜川矿业公司"), ("", "化工公司")]),
              ("党建工作", [("", "集团党委")])],
    editors=["郭静"], reviewers=["高志强"], signers=["任建国"], labels=["报", "发", ""], body_from="★生产经营★",
    dropped=["★", "★", "★", "★"],
))

# 机关党建 (Henan): the sections numbered 一、 二、 (no 【】), a lead article on a higher
# office's instruction before them, the entries with their units in bold
BULLETINS.append(Bulletin(
    name="机关党建 一二栏目与文章在前",
    text="""机关党建工作简报

第3期

中共许昌市直属机关工作委员会　　　　2024年4月12日

一、工作部署

4月8日，**市直机关工委**召开2024年度机关党建工作会议，总结去年工作，部署今年重点任务，与32个市直单位党组织签订党建工作目标责任书。

4月10日，**市委组织部机关党委**开展“支部联建”活动，与建安区3个村党支部签订共建协议。

二、基层党建

4月9日，**市财政局机关党委**组织党员干部赴焦裕禄纪念园开展主题党日活动。

4月11日，**市人社局**举办党务干部培训班，培训党支部书记、组织委员60余人。

编辑：冯　雪　　审核：程建设　　签发：许志远

送：市委常委，市直各单位党组（党委）。
发：市直机关各基层党组织。
""",
    series="机关党建工作简报", number=3, date=dt.date(2024, 4, 12), office="中共许昌市直属机关工作委员会",
    sections=[("工作部署", [("4月8日", "市直机关工委"), ("4月10日", "市委组织部机关党委")]),
              ("基层党建", [("4月9日", "市财政局机关党委"), ("4月11日", "市人社局")])],
    editors=["冯雪"], reviewers=["程建设"], signers=["许志远"], labels=["送", "发"], body_from="一、工作部署",
    dropped=["一、", "二、"],
))

# 会议简报 (Hebei): one meeting's bulletin, its name on two lines, the number in brackets
# （第3期）, 一、 二、 headings over what the delegates said, a speaker's name in bold, no dated entry
BULLETINS.append(Bulletin(
    name="会议简报 代表发言一二标题",
    text="""正定县第十八届人民代表大会第三次会议
简报
（第3期）

大会秘书处　　　　　　2024年1月16日

一、代表审议政府工作报告

1月15日下午，各代表团分组审议政府工作报告。代表们一致认为，报告实事求是、重点突出，提出的目标任务切合实际。

**李建华代表**（正定镇）说：报告中提出加快古城保护利用，我们镇要抓住机遇，做好文旅融合这篇大文章。

**王秀英代表**（新安镇）建议：进一步加大农村公路养护投入，解决群众出行“最后一公里”问题。

二、代表审议法院、检察院工作报告

**张志刚代表**（诸福屯镇）说：两院报告客观全面，建议继续加强诉源治理，把矛盾纠纷化解在基层。

报：县委常委，县人大常委会主任、副主任。
发：各代表团，大会工作人员。
""",
    series="正定县第十八届人民代表大会第三次会议简报", number=3, date=dt.date(2024, 1, 16), office="大会秘书处",
    sections=[("代表审议政府工作报告", [("1月15日下午", ""), ("", ""), ("", "")]),
              ("代表审议法院、检察院工作报告", [("", "")])],
    labels=["报", "发"], body_from="一、代表审议政府工作报告", dropped=["一、", "二、"],
))

# 政务服务 专报 (Guangdong): one report under its 关于…的情况报告 title, its parts 一、 二、
# inside it, the writer's unit under the title, no section
BULLETINS.append(Bulletin(
    name="政务服务 专报一篇报告",
    text="""营商环境工作专报

第2期

佛山市政务服务数据管理局　　　　　2024年3月8日

关于“高效办成一件事”改革推进情况的报告

市政务服务数据管理局

今年以来，我局深入推进“高效办成一件事”改革，首批13个重点事项已全部上线运行，累计办件量达4.6万件。

一、主要做法

一是强化统筹调度。成立工作专班，每周召开调度会，逐项明确牵头单位和完成时限。二是优化办事流程。对13个事项逐一梳理，平均减少材料40%、压缩时限60%。

二、下一步打算

我局将持续扩大改革覆盖面，年底前再推出一批“一件事”，不断提升企业和群众获得感。

报：市委、市政府领导。
送：市营商环境建设领导小组成员单位。
""",
    series="营商环境工作专报", number=2, date=dt.date(2024, 3, 8), office="佛山市政务服务数据管理局",
    sections=[("", ["关于“高效办成一件事”改革推进情况的报告"])],
    labels=["报", "送"], body_from="关于“高效办成",
))

# 科技 (Hubei), pasted from Word: a full-width indent before each paragraph, the units
# bold, a date with a half-width comma, the sign-off spaced with full-width spaces
BULLETINS.append(Bulletin(
    name="科技 全角缩进与半角逗号",
    text="""科技工作动态

第8期

宜昌市科学技术局　　　　2024年5月17日

【科技创新】

　　5月13日，**市科技局**组织召开全市高新技术企业培育工作推进会，全市今年计划新增高新技术企业200家。

　　5月15日,**宜都市**举办产学研对接活动，与武汉3所高校签订技术合作协议11项，合同金额2600万元。

【成果转化】

　　5月16日，**三峡大学**与当地企业共建的磷化工中试基地投入使用。

编　辑：彭　丽　　审　核：覃　勇　　签　发：向明华

报：省科技厅，市委、市政府领导。
发：各县市区科技局。
""",
    series="科技工作动态", number=8, date=dt.date(2024, 5, 17), office="宜昌市科学技术局",
    sections=[("科技创新", [("5月13日", "市科技局"), ("5月15日", "宜都市")]),
              ("成果转化", [("5月16日", "三峡大学")])],
    editors=["彭丽"], reviewers=["覃勇"], signers=["向明华"], labels=["报", "发"], body_from="【科技创新】",
))

# 残联 (Shanxi), typed with no blank lines: the sections 〔〕, entries numbered 1． with a
# bold unit after the date, one entry dated 5月20日—22日
BULLETINS.append(Bulletin(
    name="残联 无空行六角括号栏目",
    text="""残疾人工作简报
第6期
晋中市残疾人联合会　　2024年5月24日
〔助残日活动〕
1．5月19日，**市残联**联合市文明办在锦纶广场举办第三十四次全国助残日主题活动，为残疾人提供康复咨询、辅具适配等服务。
2．5月20日—22日，**榆次区残联**组织开展残疾人就业专场招聘会，32家企业提供岗位160个，达成就业意向47人。
〔康复服务〕
1．5月23日，**介休市**残疾儿童康复救助项目通过省级评估验收。
编辑：范　琴　　签发：白玉林
报：省残联，市委、市政府领导。
发：各县区残联。
""",
    series="残疾人工作简报", number=6, date=dt.date(2024, 5, 24), office="晋中市残疾人联合会",
    sections=[("助残日活动", [("5月19日", "市残联"), ("5月20日—22日", "榆次区残联")]),
              ("康复服务", [("5月23日", "介休市")])],
    editors=["范琴"], signers=["白玉林"], labels=["报", "发"], body_from="〔助残日活动〕",
))

# 城市管理 (Jiangxi): the sections ◎ marked, numbered entries whose unit is named in
# full-width brackets at the end, one with 本周 for its date
BULLETINS.append(Bulletin(
    name="城管 圆圈栏目与末尾全角署名",
    text="""城市管理工作简报

第14期

九江市城市管理局办公室　　　　2024年6月14日

◎市容整治

1.6月11日，对浔阳区主次干道开展占道经营专项整治，规范流动摊点83处，清理乱堆乱放42处。（市城管执法支队）

2.本周，濂溪区对辖区12个老旧小区开展环境卫生集中整治，清运垃圾160余吨。（濂溪区城管局）

◎燃气安全

1.6月13日，市燃气安全检查组对城区36家餐饮场所开展燃气安全检查，发现隐患21处，已责令限期整改。（市城管局燃气科）

编辑：熊　伟　　审核：邹国华

报：市委、市政府领导。
发：各县（市、区）城管局。
""",
    series="城市管理工作简报", number=14, date=dt.date(2024, 6, 14), office="九江市城市管理局办公室",
    sections=[("市容整治", [("6月11日", "市城管执法支队"), ("本周", "濂溪区城管局")]),
              ("燃气安全", [("6月13日", "市城管局燃气科")])],
    editors=["熊伟"], reviewers=["邹国华"], labels=["报", "发"], body_from="◎市容整治", dropped=["◎", "◎"],
))

# 检察 (Fujian): a special series under the number （未成年人检察专刊　第2期）, 签发人 on
# the number's line, the closing block's 本期增发
BULLETINS.append(Bulletin(
    name="检察 专刊行与签发人在期号行",
    text="""检察工作简报

第21期　　　　　　　　　　签发人：林志坚

（未成年人检察专刊　第2期）

泉州市人民检察院办公室　　　　2024年6月1日

【工作动态】

5月28日，**市检察院**联合市教育局召开未成年人保护工作联席会议，通报今年以来涉未成年人案件办理情况。

5月30日，**晋江市检察院**到辖区中学开展“法治进校园”活动，发放宣传手册1500余份。

报：省人民检察院，市委政法委。
送：市教育局，团市委。
本期增发：各基层院未检部门。
""",
    series="检察工作简报", number=21, date=dt.date(2024, 6, 1), office="泉州市人民检察院办公室",
    special="未成年人检察专刊 第2期",
    sections=[("工作动态", [("5月28日", "市检察院"), ("5月30日", "晋江市检察院")])],
    signers=["林志坚"], labels=["报", "送", "本期增发"], body_from="【工作动态】", signed_above="签发林志坚",
))

# 共青团 (Guizhou), copied from a PDF without indents: lines cut at the page's width, a
# bare page number between the pages, sections in 【】 and units bold after 近日
BULLETINS.append(Bulletin(
    name="共青团 PDF折行与数字页码",
    text="""共青团工作简报
第10期
共青团遵义市委办公室　　2024年5月10日
【青春建功】
5月6日，**团市委**启动“青春建功新时代”主题实践活动，发动全市各级团组织围绕
乡村振兴、基层治理等领域开展志愿服务，首批组建青年突击队86支，参与团员青年
3200余名。
近日，**团汇川区委**联合区人社局举办青年就业创业专场招聘会，提供岗位1100余
个，现场达成就业意向230人。
2
【团的建设】
5月8日，**团播州区委**召开基层团组织规范化建设推进会，对全区126个基层团组织
开展对标定级，督促12个软弱涣散团组织限期整改。
编辑：罗　敏　　审核：吴晓东
报：团省委办公室，市委办公室。
发：各县（市、区）团委。
""",
    series="共青团工作简报", number=10, date=dt.date(2024, 5, 10), office="共青团遵义市委办公室",
    sections=[("青春建功", [("5月6日", "团市委"), ("近日", "团汇川区委")]),
              ("团的建设", [("5月8日", "团播州区委")])],
    editors=["罗敏"], reviewers=["吴晓东"], labels=["报", "发"], body_from="【青春建功】", dropped=["2"],
))

# 防震减灾 (Xinjiang): the office's name over the bulletin's name, the date and the
# number on one line, the sections typed with a colon (工作动态：), the closing lists typed
# on one line
BULLETINS.append(Bulletin(
    name="防震减灾 单位在名称上与冒号栏目",
    text="""昌吉州地震局

防震减灾工作简报

第4期　　　　2024年4月25日

工作动态：

4月22日，**州地震局**组织召开全州防震减灾工作会议，安排部署2024年地震监测预报、震害防御和应急准备工作。

4月23日，**呼图壁县**在县第一中学开展地震应急疏散演练，2300余名师生参加。

科普宣传：

4月24日，**玛纳斯县**组织地震科普宣传进社区活动，发放宣传资料2000余份。

报：自治区地震局，州党委、州人民政府领导。　发：各县市地震局（防震减灾中心）。
""",
    series="防震减灾工作简报", number=4, date=dt.date(2024, 4, 25), office="昌吉州地震局",
    sections=[("工作动态", [("4月22日", "州地震局"), ("4月23日", "呼图壁县")]),
              ("科普宣传", [("4月24日", "玛纳斯县")])],
    labels=["报", "发"], body_from="工作动态：",
))


@pytest.mark.parametrize("bulletin", BULLETINS, ids=[b.name for b in BULLETINS])
def test_a_bulletin_reads_as_its_clerk_reads_it(bulletin: Bulletin) -> None:
    check(bulletin)
