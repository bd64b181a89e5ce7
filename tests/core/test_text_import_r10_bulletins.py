"""Whole bulletins of offices not read before (水利, 交通运输, 自然资源, 住建, 退役军人, 医保, 林草,
文旅, 统战, 工会, 乡镇政府, 粮食储备, 司法, 人防), typed or pasted as their clerks do: bullets and
circled numbers before a place and a date, units signing after the text, 5.30 and 近期 for
dates, 机密 and 增刊 over the name, an editor's note and a leader's instruction, tables pasted
as tab-separated lines, the closing lines on one line or in another order, full-width and
half-width characters mixed, lines cut where a PDF's page ended. Each reads as its clerk
reads it, and no text of it is lost or doubled (the checks of test_text_import_r9_bulletins)."""
from __future__ import annotations

import datetime as dt

import pytest

from test_text_import_r9_bulletins import Bulletin, check

BULLETINS: list[Bulletin] = []

# 水利 (Guangxi): 内部资料, a year's number with its running one, bullets before a place
# written before its date (as the counties send it), 5.30 and 近期 as dates, a unit signing
# after a dash
BULLETINS.append(Bulletin(
    name="水利 项目符号与地名在前",
    text="""内部资料　注意保存

桂林市水利工作动态

2024年第9期（总第131期）

桂林市水利局办公室　　　　　2024年6月3日

【防汛备汛】

◆兴安县　5月28日，县水利局组织对全县32座小型水库开展汛前安全检查，重点检查大坝安全、泄洪设施和“三个责任人”履职情况，发现问题隐患11处，已全部建立整改台账。

◆灵川县：5月30日上午，县水利局联合县应急局在青狮潭水库开展防汛抢险应急演练，出动抢险人员80余人、冲锋舟4艘。

◆5.30，**市水文中心**发布今年第1号洪水蓝色预警，提醒沿江各县区做好防御准备。

【河湖管理】

◆近期，阳朔县对遇龙河沿岸违规搭建的竹筏码头开展集中清理，拆除违建设施14处，恢复河岸生态岸线2.3公里。——阳朔县河长办

◆6月1日，**荔浦市水利局**召开河湖“清四乱”推进会，通报前期排查发现的问题，明确6月底前完成整改销号。

编辑：韦　丽　　审核：黄志明　　签发：覃建军

报：自治区水利厅，市委、市政府领导。
送：市河长办成员单位。
发：各县（市、区）水利局。

（共印45份）
""",
    series="桂林市水利工作动态", number=131, number_line="2024年第9期（总第131期）", date=dt.date(2024, 6, 3),
    office="桂林市水利局办公室", marking="内部资料\u3000注意保存",
    sections=[("防汛备汛", [("", ""), ("", ""), ("5.30", "市水文中心")]),
              ("河湖管理", [("近期", "阳朔县河长办"), ("6月1日", "荔浦市水利局")])],
    editors=["韦丽"], reviewers=["黄志明"], signers=["覃建军"], labels=["报", "送", "发"], copies=45,
    body_from="【防汛备汛】", dropped=["共印45份"],
))

# 交通运输 (Sichuan): numbered entries, each signed below its text by its unit, the
# closing lines 报、送、发 on one line
BULLETINS.append(Bulletin(
    name="交通运输 署名在后与报送发一行",
    text="""交通运输工作简报

第18期

绵阳市交通运输局　　　　2024年5月31日

一、重点工作

1. 5月27日，市交通运输局召开全市国省干线公路建设推进会，通报1—4月项目建设进度，对G108线改建等6个滞后项目进行督办。

2. 5月29日，组织开展道路运输安全生产专项检查，检查“两客一危”企业21家，督促整改隐患33项。（市运输管理处）

二、县区动态

1. 5月28日，江油市对城区公交站台进行集中改造提升，新建港湾式停靠站8个、更换候车亭26座。——江油市交通运输局

2. 5月30日，三台县农村公路“路长制”工作现场会在芦溪镇召开，全县63个乡镇分管负责同志参加。——三台县交通运输局

报：省交通运输厅，市委、市政府领导。　送：市安委会成员单位。　发：各县（市、区）交通运输局，局属各单位。
""",
    series="交通运输工作简报", number=18, date=dt.date(2024, 5, 31), office="绵阳市交通运输局",
    sections=[("重点工作", [("5月27日", ""), ("5月29日", "市运输管理处")]),
              ("县区动态", [("5月28日", "江油市交通运输局"), ("5月30日", "三台县交通运输局")])],
    labels=["报", "送", "发"], body_from="一、重点工作", dropped=["一、", "二、"],
))

# 自然资源 (Jiangxi): an editor's note and a leader's instruction before the entries,
# （1） numbers before a place and a date, an entry that signs in brackets
BULLETINS.append(Bulletin(
    name="自然资源 编者按与领导批示",
    text="""自然资源工作信息

第22期

赣州市自然资源局办公室　　　　2024年7月8日

编者按：当前正值主汛期，地质灾害防治形势严峻。现将各县（市、区）近期工作情况刊发，请各地互学互鉴，切实抓好防范应对工作。

市政府分管领导批示：各地要压紧压实责任，强化巡查排查，确保人民群众生命财产安全。

【地灾防治】

（1）于都县　7月2日，组织地质灾害隐患点“三查”专项行动，排查隐患点162处，新发现隐患点5处，已全部落实监测责任人。

（2）7月3日，**瑞金市自然资源局**联合市应急管理局开展地质灾害避险转移演练，转移群众230余人。

（3）7月5日，宁都县对全县在建工程切坡建房开展拉网式排查，下发整改通知书17份。（宁都县自然资源局）

【耕地保护】

7月4日，**市自然资源局**召开全市耕地保护和永久基本农田专项整治推进会，部署下半年重点工作任务。

审核：曾　强　　签发：刘国平

报：省自然资源厅，市委、市政府领导。
发：各县（市、区）自然资源局，局机关各科室。
""",
    series="自然资源工作信息", number=22, date=dt.date(2024, 7, 8), office="赣州市自然资源局办公室",
    sections=[("", [("", ""), ("", "")]),
              ("地灾防治", [("", ""), ("7月3日", "瑞金市自然资源局"), ("7月5日", "宁都县自然资源局")]),
              ("耕地保护", [("7月4日", "市自然资源局")])],
    reviewers=["曾强"], signers=["刘国平"], labels=["报", "发"], body_from="编者按",
))

# 住建 (Yunnan): a year's number, a table pasted from a spreadsheet as tab-separated lines,
# ● bullets before bold units, the print run above the distribution
BULLETINS.append(Bulletin(
    name="住建 表格与圆点",
    text="""住房城乡建设工作简报

2024年第11期（总第246期）

曲靖市住房和城乡建设局　　　　2024年8月16日

【安全生产】

●8月12日，**市住建局**召开全市建筑施工安全生产工作会议，通报上半年全市建筑施工安全生产情况，部署“百日攻坚”行动。

●8月13日，**麒麟区住建局**对辖区在建项目深基坑、高支模等危大工程开展专项检查，检查项目23个，责令停工整改2个。

【城镇燃气】

8月以来，全市持续开展城镇燃气安全专项整治，各县（市、区）排查整治情况如下：

县（市、区）	排查用户（户）	发现隐患（处）	已整改（处）
麒麟区	12650	236	221
沾益区	6420	118	118
宣威市	9830	175	160

●8月14日，**马龙区住建局**组织燃气企业开展燃气泄漏事故应急演练，参演人员60余人。

本期印发35份。

报：省住房城乡建设厅，市委、市政府领导。
发：各县（市、区）住房城乡建设局。
""",
    series="住房城乡建设工作简报", number=246, number_line="2024年第11期（总第246期）", date=dt.date(2024, 8, 16),
    office="曲靖市住房和城乡建设局",
    sections=[("安全生产", [("8月12日", "市住建局"), ("8月13日", "麒麟区住建局")]),
              ("城镇燃气", [("", ""), ("", ""), ("", ""), ("", ""), ("", ""), ("8月14日", "马龙区住建局")])],
    labels=["报", "发"], copies=35, body_from="【安全生产】", dropped=["本期印发35份"],
))

# 退役军人 (Anhui): a 增刊 under the name, two experience articles signed under their
# titles, the closing lines 抄送 and 印发 with the issuing office and its date
BULLETINS.append(Bulletin(
    name="退役军人 增刊与两篇文章",
    text="""退役军人事务工作动态

增刊第2期

六安市退役军人事务局　　　　2024年8月1日

经验交流

金安区：“三个聚焦”推动双拥工作提质增效

金安区退役军人事务局

今年以来，金安区坚持把双拥工作摆在突出位置，聚焦组织领导、政策落实、服务保障三个方面，推动全区双拥工作走深走实。

一是聚焦组织领导。区委、区政府主要负责同志任双拥工作领导小组组长，每季度专题研究双拥工作，将双拥工作纳入乡镇年度考核。

二是聚焦政策落实。全年发放各类优抚资金3260万元，为1.2万名退役军人和其他优抚对象落实各项待遇。

霍山县：打造“一站式”退役军人服务阵地

霍山县退役军人事务局

霍山县投入资金380万元，对县、乡、村三级退役军人服务站进行标准化提升，实现服务事项“一站式”办理，今年以来累计接待来访退役军人1600余人次，办结率达98%。

抄送：省退役军人事务厅，市委、市政府领导。
印发：各县（区）退役军人事务局。

六安市退役军人事务局办公室　　　　2024年8月1日印发
""",
    series="退役军人事务工作动态", number=2, special="增刊 第2期", date=dt.date(2024, 8, 1),
    office="六安市退役军人事务局",
    sections=[("经验交流", ["金安区：“三个聚焦”推动双拥工作提质增效", "霍山县：打造“一站式”退役军人服务阵地"])],
    labels=["抄送", "印发", ""], body_from="经验交流",
))

# 医保 (Hubei): full-width figures and half-width commas mixed, lines cut where a PDF's
# page ended mid-sentence, a page number between, units after the date not bold
BULLETINS.append(Bulletin(
    name="医保 全半角混排与PDF折行",
    text="""医疗保障工作简报

第１４期

宜昌市医疗保障局　　　　２０２４年９月２０日

【基金监管】

９月１０日,市医保局联合市卫健委、市公安局召开全市医保基金监管联席会议，通报上半年
打击欺诈骗保工作情况，部署开展定点医药机构违法违规使用医保基金自查自纠。

９月１２日，**夷陵区医保局**对辖区１８家定点零售药店开展飞行检查，发现违规问题４２个，追回医保基金
１２.６万元。

- 3 -

【经办服务】

9月13日，**当阳市医保局**在全市10个乡镇便民服务中心设立医保服务窗口，实现参保登记、异地就医备案等
23项高频事项“家门口”办理。

9月18日,**枝江市医保局**开展“医保政策进企业”活动，为园区企业职工讲解门诊共济保障政策,发放宣传资料1500余份。

编辑：向　敏　　签发：杨文华

报：省医疗保障局，市委、市政府领导。
送：市医保基金监管联席会议成员单位。
""",
    series="医疗保障工作简报", number=14, date=dt.date(2024, 9, 20), office="宜昌市医疗保障局",
    sections=[("基金监管", [("９月１０日", ""), ("９月１２日", "夷陵区医保局")]),
              ("经办服务", [("9月13日", "当阳市医保局"), ("9月18日", "枝江市医保局")])],
    editors=["向敏"], signers=["杨文华"], labels=["报", "送"], body_from="【基金监管】", dropped=["- 3 -"],
))

# 林草 (Heilongjiang): circled numbers before the dates, 上午/下午 with the day, a closing
# block whose 签发 stands first and whose lists are labelled 呈报/抄送
BULLETINS.append(Bulletin(
    name="林草 圈码与时段",
    text="""林业和草原工作动态

第27期

伊春市林业和草原局　　　　2024年10月15日

【森林防火】

①10月8日上午，**市林草局**召开全市秋季森林草原防灭火工作部署会，对进入秋季防火期后的各项工作进行安排。

②10月9日下午，**铁力市林草局**组织开展森林火灾扑救实战演练，出动扑火队员120人、风力灭火机40台。

③10月11日，**嘉荫县**在重点林区入口新设防火检查站6处，实行24小时值守。

【资源保护】

①近期，**市森林公安**开展打击破坏野生动物资源专项行动，查处案件7起，收缴非法猎捕工具230余件。

签发：孙志国　审核：李洪涛　编辑：王晓雪

呈报：省林草局，市委、市政府领导。
抄送：各县（市、区）林草局。
""",
    series="林业和草原工作动态", number=27, date=dt.date(2024, 10, 15), office="伊春市林业和草原局",
    sections=[("森林防火", [("10月8日上午", "市林草局"), ("10月9日下午", "铁力市林草局"), ("10月11日", "嘉荫县")]),
              ("资源保护", [("近期", "市森林公安")])],
    editors=["王晓雪"], reviewers=["李洪涛"], signers=["孙志国"], labels=["呈报", "抄送"], body_from="【森林防火】",
))

# 文旅 (Guizhou): ▲ bullets before bold units with loose dates, a unit signing in brackets
# with 供稿, the print run written first in the closing block
BULLETINS.append(Bulletin(
    name="文旅 三角符号与供稿",
    text="""文化和旅游工作简报

第33期

黔东南州文化和旅游局　　　　2024年10月9日

【假日旅游】

▲10月1日至7日，全州共接待游客683.2万人次，同比增长12.6%，实现旅游综合收入71.5亿元。（州文旅局产业发展科供稿）

▲国庆期间，**雷山县**西江千户苗寨举办苗族“长桌宴”“芦笙会”等民俗活动28场次，日均接待游客4.8万人次。

▲10月3日，**镇远县文旅局**对古城景区开展假日旅游市场联合检查，检查旅行社、宾馆、餐饮经营单位32家。

【非遗保护】

▲近期，**州非遗保护中心**组织非遗传承人走进中小学校开展“非遗进校园”活动12场，参与师生3000余人。

共印30份

报：省文化和旅游厅，州委、州政府领导。
发：各县（市）文体广电旅游局。
""",
    series="文化和旅游工作简报", number=33, date=dt.date(2024, 10, 9), office="黔东南州文化和旅游局",
    sections=[("假日旅游", [("10月1日至7日", "州文旅局产业发展科"), ("国庆期间", "雷山县"), ("10月3日", "镇远县文旅局")]),
              ("非遗保护", [("近期", "州非遗保护中心")])],
    labels=["报", "发"], copies=30, body_from="【假日旅游】", dropped=["共印30份"],
))

# 统战 (Fujian): 机密 with its term over the name, ☆ round the sections, a numbered
# 第X期（总第Y期） line, entries whose unit signs after a dash
BULLETINS.append(Bulletin(
    name="统战 机密与星号栏目",
    text="""机密★1年

统战工作信息

第6期（总第98期）

中共泉州市委统战部　　　　2024年11月6日

☆党派工作☆

11月1日，**市委统战部**召开全市民主党派工作联席会议，通报前三季度全市统战工作情况，听取各民主党派市委会工作汇报。

10月30日，民盟市委会组织盟员专家赴安溪县开展“同心助力乡村振兴”调研活动，形成调研报告2篇。——民盟泉州市委会

☆民族宗教☆

11月4日，**市民宗局**开展宗教活动场所消防安全专项检查，检查场所26处，督促整改隐患19处。

审核：郑晓峰　　签发：林建华

报：省委统战部，市委常委。
""",
    series="统战工作信息", number=98, number_line="第6期（总第98期）", date=dt.date(2024, 11, 6),
    office="中共泉州市委统战部", marking="机密★1年",
    sections=[("党派工作", [("11月1日", "市委统战部"), ("10月30日", "民盟泉州市委会")]),
              ("民族宗教", [("11月4日", "市民宗局")])],
    reviewers=["郑晓峰"], signers=["林建华"], labels=["报"], body_from="☆党派工作☆",
))

# 工会 (Shaanxi): no sections, ■ bullets before places and dates as the counties send them,
# units after the text in brackets, the closing lines 送、发 on one line
BULLETINS.append(Bulletin(
    name="工会 方块符号无栏目",
    text="""工会工作简报

第19期

宝鸡市总工会办公室　　　　2024年6月28日

■6月20日，**市总工会**召开全市工会“夏送清凉”活动动员会，安排为高温作业一线职工送去防暑降温物资。

■凤翔区　6月24日，区总工会走访慰问环卫、建筑等行业一线职工860人，发放慰问品折合资金12万元。

■6月25日，眉县总工会举办第三期职工技能大赛，来自全县28家企业的156名职工参赛。（眉县总工会）

■近日，**岐山县总工会**为全县12家“爱心驿站”配备冰柜、饮水机等设施，方便户外劳动者休息。

送：市委、市政府领导，省总工会。　发：各县区总工会，市级产业工会。
""",
    series="工会工作简报", number=19, date=dt.date(2024, 6, 28), office="宝鸡市总工会办公室",
    sections=[("", [("6月20日", "市总工会"), ("", ""), ("6月25日", "眉县总工会"), ("近日", "岐山县总工会")])],
    labels=["送", "发"], body_from="■6月20日",
))

# 乡镇政府 (Hunan): a town's own bulletin, villages as units, numbered headings 一、 and
# （一） entries, a 领导批示 at the head, the closing 抄送 and 印发 with the date
BULLETINS.append(Bulletin(
    name="乡镇政府 村为单位",
    text="""工作动态

第8期

浏阳市大瑶镇人民政府　　　　2024年7月12日

【领导批示】

镇党委书记批示：各村（社区）要对照防汛责任清单逐项落实，确保安全度汛。

【防汛救灾】

（一）7月8日，**南阳村**组织党员干部对辖区山塘、河堤开展拉网式巡查，转移危险区域群众23户56人。

（二）7月9日，**杨花村**对受灾农户开展走访摸排，统计农作物受灾面积120亩，及时上报镇农业综合服务中心。

（三）7月10日，镇应急办联合镇卫生院对安置点开展卫生防疫消杀，发放防疫物资200余份。

抄送：浏阳市委、市政府领导，市应急管理局。
印发：各村（社区），镇直各单位。

大瑶镇党政综合办公室　　2024年7月12日印发
""",
    series="工作动态", number=8, date=dt.date(2024, 7, 12), office="浏阳市大瑶镇人民政府",
    sections=[("领导批示", [("", "")]),
              ("防汛救灾", [("7月8日", "南阳村"), ("7月9日", "杨花村"), ("7月10日", "")])],
    labels=["抄送", "印发", ""], body_from="【领导批示】",
))

# 粮食储备 (Shandong): a 信息 whose name ends so, ▶ bullets and a unit with its colon before
# a loose date, a table of three columns pasted with tabs inside an article
BULLETINS.append(Bulletin(
    name="粮食储备 表格在文章中",
    text="""粮食和物资储备信息

第10期

潍坊市发展和改革委员会（粮食和物资储备局）　　　　2024年10月25日

【秋粮收购】

▶**寿光市：**近期，市发展改革局组织全市12家粮食收储企业开展秋粮收购业务培训，参训人员90余人。

▶10月22日，**诸城市**召开秋粮收购工作调度会，督促收储企业做好仓容、资金、人员等各项准备。

【专题调研】

全市秋粮收购进度情况

截至10月20日，全市累计收购秋粮18.6万吨，各县市区收购进度如下：

县市区	收购量（万吨）	同比增减
寿光市	4.2	+8.5%
诸城市	3.7	-2.1%
高密市	3.1	+5.6%

下一步，市粮储局将加强对收购进度的调度，确保农民售粮顺畅。

报：省粮食和物资储备局，市委、市政府领导。
发：各县市区发展改革局。
""",
    series="粮食和物资储备信息", number=10, date=dt.date(2024, 10, 25), office="潍坊市发展和改革委员会（粮食和物资储备局）",
    sections=[("秋粮收购", [("", "寿光市"), ("10月22日", "诸城市")]),
              ("专题调研", ["全市秋粮收购进度情况"])],
    labels=["报", "发"], body_from="【秋粮收购】",
))

# 司法 (Liaoning): 第X期 and the office on one line, dated entries whose unit follows
# half-width spaces, an attribution line of its own under an entry, 校对 in the sign-off
BULLETINS.append(Bulletin(
    name="司法 单位另起一行署名",
    text="""司法行政工作简报

第41期　　　　　鞍山市司法局办公室　　　　2024年12月3日

【法治宣传】

12月2日，**市司法局**在市民广场举办“宪法宣传周”主题宣传活动，现场发放宣传资料3000余份，解答群众法律咨询120余人次。

11月29日，千山区司法局组织律师、人民调解员走进社区开展“法律进万家”活动，为居民提供法律服务。
（千山区司法局供稿）

【人民调解】

11月下旬以来，**海城市**各级调解组织共排查调处矛盾纠纷326件，调解成功318件，成功率97.5%。

编辑：于　洋　　审核：高志远　　签发：马春明

报：省司法厅，市委、市政府领导。
发：各县（市）区司法局。
""",
    series="司法行政工作简报", number=41, date=dt.date(2024, 12, 3), office="鞍山市司法局办公室",
    sections=[("法治宣传", [("12月2日", "市司法局"), ("11月29日", "千山区司法局")]),
              ("人民调解", [("11月下旬以来", "海城市")])],
    editors=["于洋"], reviewers=["高志远"], signers=["马春明"], labels=["报", "发"], body_from="【法治宣传】",
))

# 人防 (Gansu): 内部资料 with a running number in words, an untitled report after a
# leader's instruction, half-width brackets round the sections, the print run at the foot
BULLETINS.append(Bulletin(
    name="人防 半角括号栏目",
    text="""内部资料

人民防空工作简报

2024年第4期

兰州市人民防空办公室　　　　2024年9月2日

[工作动态]

8月28日，**市人防办**组织开展防空警报试鸣工作，全市216台警报器鸣响率达99.1%。

8月30日，**城关区人防办**对辖区6处人防工程开展安全检查，发现并督促整改隐患9处。

[经验交流]

七里河区：“三化”推进人防工程规范管理

七里河区人防办

今年以来，七里河区人防办推行人防工程管理制度化、维护常态化、使用规范化，全区人防工程完好率达95%以上。

报：省人防办，市委、市政府领导。
发：各县区人防办。

（共印25份）
""",
    series="人民防空工作简报", number=4, number_line="2024年第4期", date=dt.date(2024, 9, 2),
    office="兰州市人民防空办公室", marking="内部资料",
    sections=[("工作动态", [("8月28日", "市人防办"), ("8月30日", "城关区人防办")]),
              ("经验交流", ["七里河区：“三化”推进人防工程规范管理"])],
    labels=["报", "发"], copies=25, body_from="[工作动态]", dropped=["共印25份"],
))


@pytest.mark.parametrize("bulletin", BULLETINS, ids=[b.name for b in BULLETINS])
def test_a_bulletin_reads_as_its_clerk_reads_it(bulletin: Bulletin) -> None:
    check(bulletin)
