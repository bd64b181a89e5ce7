"""Whole bulletins of hands not read before: a 水利局's 防汛简报 with its 雨情 and 水情 figures
and a table typed as text, a 气象台's 天气专报 dated with the hour it was sent (12月3日16时),
an 教育局's with schools as units, a 卫健委's 健康简报, a 市场监管局's 食品安全专刊 with its
sampling table as text, a 春运简报 of several issues a week whose entries are dated with their
hours, a 乡镇政府's with 村 and 社区 units, a 街道办's, a 开发区管委会's, a 集团公司's with its
分公司 and 项目部; and the marks of the copy: a PDF's lines broken mid-sentence and mid-word,
its running heads and page numbers (— 3 —), a WPS file's full-width spaces before each
paragraph, an e-mail's headers, its quoted lines (> ) and its writer's signature. Each read as
its clerk reads it, nothing lost or doubled but page furniture (the checks of
test_text_import_r9_bulletins)."""
from __future__ import annotations

import datetime as dt

import pytest

from test_text_import_r9_bulletins import Bulletin, check

BULLETINS: list[Bulletin] = []

# 水利局 防汛简报: 雨情 and 水情 as dated paragraphs with hours, a table of reservoirs typed as text
# under its caption (an article: the caption its title, the rows its paragraphs), 防汛工作 with bold
# units; 截至7月12日8时， dates its entry with its 截至 and its hour, as written
BULLETINS.append(Bulletin(
    name="水利局 防汛简报 雨情水情",
    text="""防汛简报
第23期
信阳市水利局　　　　2026年7月12日
【雨情】
7月11日8时至12日8时，全市平均降雨量42.6毫米，最大降雨点商城县鲇鱼山站158.0毫米。
【水情】
截至7月12日8时，全市大型水库均在汛限水位以下运行。
主要水库水情表
水库名称　　水位（米）　　汛限水位（米）
南湾水库　　102.85　　103.00
出山店水库　　86.40　　87.00
【防汛工作】
7月11日，**市防指**召开防汛会商会，研判近期雨情汛情，部署山洪灾害防御工作。
7月11日晚，**商城县**提前转移山洪危险区群众326人，未发生人员伤亡。
报：省防指，市委、市政府领导。
送：市防指各成员单位。
""",
    series="防汛简报", number=23, date=dt.date(2026, 7, 12), office="信阳市水利局",
    sections=[("雨情", [("7月11日8时至12日8时", "")]),
              ("水情", [("截至7月12日8时", ""), "主要水库水情表"]),
              ("防汛工作", [("7月11日", "市防指"), ("7月11日晚", "商城县")])],
    labels=["报", "送"], body_from="【雨情】",
))

# 气象台 天气专报: the masthead dated with its hour, sections numbered 一、, advice numbered 1．
BULLETINS.append(Bulletin(
    name="气象台 天气专报 时辰落款",
    text="""天气专报
2026年第15期
驻马店市气象台　　　　2026年12月3日16时
一、天气实况
12月2日8时至3日14时，全市出现小雨天气，平均降水量3.2毫米，最低气温出现在泌阳县，为零下2.1℃。
二、天气预报
预计12月4日至6日，受强冷空气影响，我市将出现大风降温天气，过程降温8至10℃。
三、关注与建议
1．各地要做好大风降温天气防范，加强设施农业和畜禽养殖的防寒保暖。
2．交通运输部门要防范道路结冰对交通安全的不利影响。
签发：刘春雨
""",
    series="天气专报", number=15, number_line="2026年第15期", date=dt.date(2026, 12, 3),
    office="驻马店市气象台",
    sections=[("天气实况", [("12月2日8时至3日14时", "")]),
              ("天气预报", [("", "")]),
              ("关注与建议", [("", ""), ("", "")])],
    signers=["刘春雨"], body_from="一、天气实况", dropped=["一、", "二、", "三、"],
))

# 教育局: schools as the entries' units, a 校园传真 section, 抄送
BULLETINS.append(Bulletin(
    name="教育局 学校为单位",
    text="""教育简报
第31期
西平县教育局　　　　2026年12月1日
【教育动态】
11月27日，**县教育局**召开全县中小学冬季安全工作会议，部署校园消防、交通和防溺水工作。
11月28日，**县教研室**组织初中数学优质课评选，32名教师参赛。
【校园传真】
11月26日，**实验小学**举办“书香校园”读书节，评选“阅读之星”60名。
11月27日，**第二高级中学**开展高三年级百日誓师大会，1200余名师生参加。
11月28日，**出山镇第一初级中学**组织学生开展消防疏散演练。
11月29日，**县职业教育中心**与3家企业签订校企合作协议。
抄送：市教育局，县委、县政府领导。
""",
    series="教育简报", number=31, date=dt.date(2026, 12, 1), office="西平县教育局",
    sections=[("教育动态", [("11月27日", "县教育局"), ("11月28日", "县教研室")]),
              ("校园传真", [("11月26日", "实验小学"), ("11月27日", "第二高级中学"),
                        ("11月28日", "出山镇第一初级中学"), ("11月29日", "县职业教育中心")])],
    labels=["抄送"], body_from="【教育动态】",
))

# 卫健委 健康简报: 〔〕 sections, a health tip with no date under its own heading
BULLETINS.append(Bulletin(
    name="卫健委 健康简报 健康提示",
    text="""健康简报
第8期
上蔡县卫生健康委员会　　　　2026年12月2日
〔疫情防控〕
11月30日，**县疾控中心**对全县托幼机构开展流感防控专项督导，督导机构46所。
12月1日，**县人民医院**增设发热门诊诊室2间，延长门诊服务时间。
〔基层卫生〕
11月29日，**蔡沟镇卫生院**组织家庭医生团队上门随访慢病患者220人。
〔健康提示〕
冬季是流感、诺如病毒等传染病的高发季节，请市民勤洗手、常通风，出现发热症状及时就医。
编辑：孙丽　　签发：赵刚
报：市卫健委，县委、县政府领导。
""",
    series="健康简报", number=8, date=dt.date(2026, 12, 2), office="上蔡县卫生健康委员会",
    sections=[("疫情防控", [("11月30日", "县疾控中心"), ("12月1日", "县人民医院")]),
              ("基层卫生", [("11月29日", "蔡沟镇卫生院")]),
              ("健康提示", [("", "")])],
    editors=["孙丽"], signers=["赵刚"], labels=["报"], body_from="〔疫情防控〕",
))

# 市场监管局 食品安全专刊: an article with its title, a sampling table typed with one full-width space
# between its cells under a section: its rows entries of their own, as a table's rows are, no titles
# (11月， alone is no date: a month names no day)
BULLETINS.append(Bulletin(
    name="市场监管 食品安全专刊 抽检表",
    text="""食品安全专刊
第6期
遂平县市场监督管理局　　　　2026年12月2日
【监管动态】
县市场监管局开展校园食品安全专项检查
11月下旬，县市场监管局组织执法人员对全县85所学校食堂开展专项检查，发现问题隐患23处，已督促全部整改。
检查中，执法人员重点查看了食品原料进货查验、餐具清洗消毒和从业人员健康证明等情况。
【抽检信息】
11月，县市场监管局共抽检食品样品120批次，合格118批次。不合格样品如下：
序号　样品名称　被抽样单位　不合格项目
1　鲜鸡蛋　车站镇某超市　恩诺沙星
2　韭菜　褚堡镇某农贸市场　腐霉利
报：市市场监管局，县政府分管领导。
送：县食安委各成员单位。
""",
    series="食品安全专刊", number=6, date=dt.date(2026, 12, 2), office="遂平县市场监督管理局",
    sections=[("监管动态", ["县市场监管局开展校园食品安全专项检查"]),
              ("抽检信息", [("", ""), ("", ""), ("", ""), ("", "")])],
    labels=["报", "送"], body_from="【监管动态】",
))

# 交通运输 春运简报: a daily issue, entries dated with their hours (1月28日16时), a day's figures
BULLETINS.append(Bulletin(
    name="交通运输 春运简报 时辰",
    text="""春运简报
第5期
汝南县春运工作领导小组办公室　　　　2027年1月29日
【运输情况】
1月28日0时至24时，全县道路客运发送旅客1.26万人次，同比增长6.3%。
1月28日16时，**县汽车站**加开至郑州、上海方向客运班次12个。
【安全保障】
1月28日，**县交通运输局**联合县公安局交警大队对客运站开展“三品”检查。
1月29日6时，**县公路事业发展中心**出动人员46人、机械8台次，对省道S206线开展除冰作业。
报：市春运办，县政府领导。
送：县春运工作领导小组成员单位。
""",
    series="春运简报", number=5, date=dt.date(2027, 1, 29), office="汝南县春运工作领导小组办公室",
    sections=[("运输情况", [("1月28日0时至24时", ""), ("1月28日16时", "县汽车站")]),
              ("安全保障", [("1月28日", "县交通运输局"), ("1月29日6时", "县公路事业发展中心")])],
    labels=["报", "送"], body_from="【运输情况】",
))

# 乡镇政府: 村 and 社区 as units, a village's 党支部
BULLETINS.append(Bulletin(
    name="乡镇政府 村与社区",
    text="""工作简报
第19期
正阳县熊寨镇人民政府　　　　2026年11月30日
【重点工作】
11月25日，**镇党委**召开冬季农田水利建设动员会，部署清淤沟渠48公里。
【村居动态】
11月26日，**李湾村**组织党员志愿者为留守老人清理院落，服务老人36户。
11月27日，**东街社区**开展冬季消防安全入户宣传，发放宣传资料800余份。
11月28日，**王庄村党支部**召开党员大会，讨论通过村集体经济发展规划。
报：县委办、县政府办。
发：各村（社区）、镇直各单位。
""",
    series="工作简报", number=19, date=dt.date(2026, 11, 30), office="正阳县熊寨镇人民政府",
    sections=[("重点工作", [("11月25日", "镇党委")]),
              ("村居动态", [("11月26日", "李湾村"), ("11月27日", "东街社区"), ("11月28日", "王庄村党支部")])],
    labels=["报", "发"], body_from="【重点工作】",
))

# 街道办: 社区 units, an entry signed with its unit at its end
BULLETINS.append(Bulletin(
    name="街道办 社区与文末署名",
    text="""街道工作动态
第42期
驿城区顺河街道办事处　　　　2026年12月1日
【基层治理】
11月27日，**幸福路社区**召开“居民议事会”，协调解决小区停车难问题。
11月28日，**街道综治中心**调解邻里纠纷5起，调解成功率100%。
【民生服务】
近日，**新华社区**为辖区困难群众发放冬季取暖物资，惠及居民52户。
11月29日，**街道社会事务办**组织开展冬季送温暖活动。
报：区委办、区政府办。
送：区直有关单位。
""",
    series="街道工作动态", number=42, date=dt.date(2026, 12, 1), office="驿城区顺河街道办事处",
    sections=[("基层治理", [("11月27日", "幸福路社区"), ("11月28日", "街道综治中心")]),
              ("民生服务", [("近日", "新华社区"), ("11月29日", "街道社会事务办")])],
    labels=["报", "送"], body_from="【基层治理】",
))

# 开发区管委会: its bureaus and its firms as units, a project's signing article
BULLETINS.append(Bulletin(
    name="开发区管委会 招商与企业",
    text="""开发区工作简报
第11期
驻马店经济开发区管理委员会　　　　2026年11月28日
【招商引资】
11月24日，**招商局**赴苏州开展小分队招商，对接企业8家，达成意向项目2个。
11月25日，**经发局**组织区内企业参加中国国际进口博览会，签订采购协议3份。
【企业动态】
11月26日，**XX新材料有限公司**年产5万吨高性能复合材料项目建成投产。
11月27日，**豫南智能装备产业园**第三批标准化厂房通过竣工验收。
报：市委、市政府领导。
送：市发改委、市商务局。
""",
    series="开发区工作简报", number=11, date=dt.date(2026, 11, 28), office="驻马店经济开发区管理委员会",
    sections=[("招商引资", [("11月24日", "招商局"), ("11月25日", "经发局")]),
              ("企业动态", [("11月26日", "XX新材料有限公司"), ("11月27日", "豫南智能装备产业园")])],
    labels=["报", "送"], body_from="【招商引资】",
))

# 集团公司: 分公司 and 项目部 units, 印发 at the foot
BULLETINS.append(Bulletin(
    name="集团公司 分公司与项目部",
    text="""安全生产简报
第27期
河南路桥建设集团有限公司安全质量部　　　　2026年12月2日
【安全检查】
11月30日，**第一分公司**组织开展冬季施工安全大检查，排查隐患19处，已整改17处。
12月1日，**郑西高铁项目部**开展高处作业专项整治，更换安全防护网1200平方米。
【教育培训】
12月1日，**物资公司**组织特种作业人员安全培训，培训86人次。
报：集团公司领导班子成员。
发：各分公司、项目部。
""",
    series="安全生产简报", number=27, date=dt.date(2026, 12, 2), office="河南路桥建设集团有限公司安全质量部",
    sections=[("安全检查", [("11月30日", "第一分公司"), ("12月1日", "郑西高铁项目部")]),
              ("教育培训", [("12月1日", "物资公司")])],
    labels=["报", "发"], body_from="【安全检查】",
))

# copied out of a PDF: lines broken where the page's line ended (mid-word, after a hyphen in a
# Latin word), the running head and the page number at each page's foot
BULLETINS.append(Bulletin(
    name="PDF复制 断行 页眉页码",
    text="""水利工作简报
第14期
泌阳县水利局　　　　2026年12月1日
【工程建设】
11月27日，**县水利局**召开冬春农田水利基本建设推进会，安排
部署全县小型水库除险加固和灌区续建配套工作。
11月28日，**下碑寺水库管理所**完成大坝安全监测系统升级，新增渗压
计12支，监测数据实时接入省级平台。
— 1 —
水利工作简报　第14期
【河湖管理】
11月29日，**县河长办**开展河湖“清四乱”专项行动，清理河道垃
圾320吨，拆除违建2处。
11月30日，**象河乡**完成农村饮水安全巡检，检测水样24份，全部达
标。
— 2 —
报：市水利局，县委、县政府领导。
""",
    series="水利工作简报", number=14, date=dt.date(2026, 12, 1), office="泌阳县水利局",
    sections=[("工程建设", [("11月27日", "县水利局"), ("11月28日", "下碑寺水库管理所")]),
              ("河湖管理", [("11月29日", "县河长办"), ("11月30日", "象河乡")])],
    labels=["报"], body_from="【工程建设】", dropped=["— 1 —", "水利工作简报　第14期", "— 2 —"],
))

# from WPS: each paragraph indented with two full-width spaces, the closing lines too
BULLETINS.append(Bulletin(
    name="WPS 全角空格缩进",
    text="""林业工作简报
第9期
确山县林业局　　　　2026年11月29日
　　【森林防火】
　　11月25日，**县林业局**召开全县森林防火工作会议，部署今冬明春森林防火工作。
　　11月26日，**竹沟镇**组织扑火队开展实战演练，参演队员60人。
　　【林业产业】
　　11月27日，**县林业技术推广站**举办油茶丰产栽培技术培训班，培训林农150人。
　　报：市林业局，县委、县政府领导。
　　送：县森林防火指挥部成员单位。
""",
    series="林业工作简报", number=9, date=dt.date(2026, 11, 29), office="确山县林业局",
    sections=[("森林防火", [("11月25日", "县林业局"), ("11月26日", "竹沟镇")]),
              ("林业产业", [("11月27日", "县林业技术推广站")])],
    labels=["报", "送"], body_from="　　【森林防火】",
))

# forwarded in an e-mail: the mail's headers and greeting over it, kept under 报头中未识别的内容 for
# the clerk to delete (they are the mail's words, not a page's furniture)
BULLETINS.append(Bulletin(
    name="邮件转发 信头与签名",
    text="""发件人：县人社局办公室 <rsjbgs@example.cn>
发送时间：2026年12月2日 9:15
收件人：县委办信息科
主题：人社工作简报第16期
各位领导：
现将人社工作简报第16期报送，请审阅。
人社工作简报
第16期
新蔡县人力资源和社会保障局　　　　2026年12月1日
【就业创业】
11月27日，**县人社局**举办“冬季送岗”专场招聘会，提供岗位2300个。
11月28日，**县就业服务中心**发放创业担保贷款860万元。
报：市人社局，县委、县政府领导。
""",
    series="人社工作简报", number=16, date=dt.date(2026, 12, 1), office="新蔡县人力资源和社会保障局",
    sections=[("报头中未识别的内容", [("", "")] * 6),
              ("就业创业", [("11月27日", "县人社局"), ("11月28日", "县就业服务中心")])],
    labels=["报"], body_from="发件人", signed_above="报头中未识别的内容",  # (the heading the reader sets over them)
    dropped=["人社工作简报\n第16期\n新蔡县人力资源和社会保障局　　　　2026年12月1日"],
))

# a reply that quotes the bulletin: every line of it behind "> "
BULLETINS.append(Bulletin(
    name="邮件引用 大于号",
    text="""> 统计信息
> 第22期
> 平舆县统计局　　　　2026年11月30日
> 【统计监测】
> 11月26日，**县统计局**开展规模以上工业企业统计数据质量核查，核查企业42家。
> 11月27日，**县农调队**完成秋粮产量抽样调查，调查样本田320块。
> 报：市统计局，县委、县政府领导。
""",
    series="统计信息", number=22, date=dt.date(2026, 11, 30), office="平舆县统计局",
    sections=[("统计监测", [("11月26日", "县统计局"), ("11月27日", "县农调队")])],
    labels=["报"], body_from="【统计监测】",
))

# a 春运简报 sent twice a day: 第N期 with the hour in the masthead's date, entries dated with hours
BULLETINS.append(Bulletin(
    name="交通运输 一日两期 时辰",
    text="""春运工作快报
第12期
漯河市交通运输局　　　　2027年2月3日16时
【客流情况】
2月3日8时至16时，**漯河汽车客运总站**发送旅客6200人次，加开班次18个。
2月3日14时，**漯河西站**出站客流达到今年春运以来峰值。
【应急处置】
2月3日10时许，**市公路事业发展中心**对G107线一处路面结冰路段完成撒盐除冰。
报：市春运办。
""",
    series="春运工作快报", number=12, date=dt.date(2027, 2, 3), office="漯河市交通运输局",
    sections=[("客流情况", [("2月3日8时至16时", "漯河汽车客运总站"), ("2月3日14时", "漯河西站")]),
              ("应急处置", [("2月3日10时许", "市公路事业发展中心")])],
    labels=["报"], body_from="【客流情况】",
))

# a 乡镇's numbered points that are sentences (二、今年以来，……) under a section: paragraphs, not headings
BULLETINS.append(Bulletin(
    name="乡镇 编号句子不是标题",
    text="""乡村振兴简报
第7期
汝南县三桥镇人民政府　　　　2026年12月2日
【工作进展】
全镇乡村振兴工作进展情况
一、今年以来，全镇新建高标准农田1.2万亩，完成年度任务的100%。
二、截至11月底，全镇脱贫户人均纯收入达到1.36万元，同比增长11.2%。
三、下一步，我镇将继续巩固拓展脱贫攻坚成果，推动乡村全面振兴。
报：县乡村振兴局。
""",
    series="乡村振兴简报", number=7, date=dt.date(2026, 12, 2), office="汝南县三桥镇人民政府",
    sections=[("工作进展", ["全镇乡村振兴工作进展情况"])],
    labels=["报"], body_from="【工作进展】",
))

# forwarded in a chat: the sender's line over it is the chat's; a PDF's Latin word hyphenated at a line's end
BULLETINS.append(Bulletin(
    name="群聊转发 发送人行与连字符",
    text="""王磊 16:32
营商环境简报
第4期
确山县营商环境建设办公室　　　　2026年12月3日
【政务服务】
12月1日，**县政务服务中心**上线“一网通办”自助终端，引进Intelli-
gent Service平台，实现32个事项“秒批秒办”。
12月2日，**县税务局**推出“非接触式”办税，线上办理率达到96%。
报：市营商办。
""",
    series="营商环境简报", number=4, date=dt.date(2026, 12, 3), office="确山县营商环境建设办公室",
    sections=[("政务服务", [("12月1日", "县政务服务中心"), ("12月2日", "县税务局")])],
    labels=["报"], body_from="【政务服务】",
))

# forwarded from DingTalk: its sender line with the month and day over the issue
BULLETINS.append(Bulletin(name="钉钉转发 街道", text="""刘洋 12-03 16:32
城管工作简报
第33期
许昌市魏都区西关街道办事处　　　　2026年12月3日
【市容整治】
12月1日，**城管中队**开展占道经营专项整治，规范摊点46处。
12月2日，**西大街社区**组织志愿者清理卫生死角12处。
报：区城管局。
""", series="城管工作简报", number=33, date=dt.date(2026,12,3), office="许昌市魏都区西关街道办事处",
 sections=[("市容整治", [("12月1日", "城管中队"), ("12月2日", "西大街社区")])], labels=["报"], body_from="【市容整治】"))
# 重要天气报告 dated with its hour and minutes
BULLETINS.append(Bulletin(name="气象 时分", text="""重要天气报告
第9期
鹤壁市气象台　　　　2026年12月3日16时30分
一、天气实况
12月3日8时至16时，全市出现降雪天气，平均积雪深度2厘米。
二、预报结论
预计12月4日夜间至5日，我市仍有小雪。
""", series="重要天气报告", number=9, date=dt.date(2026,12,3), office="鹤壁市气象台",
 sections=[("天气实况", [("12月3日8时至16时", "")]), ("预报结论", [("", "")])], body_from="一、天气实况", dropped=["一、", "二、"]))
# a 集团's PDF: 第 1 页 共 2 页 at each page's foot, the name as its running head, a figure cut from its unit
BULLETINS.append(Bulletin(name="集团 PDF 第页共页", text="""经营管理简报
第12期
河南交投集团有限公司办公室　　　　2026年12月2日
【经营动态】
11月30日，**郑州分公司**完成年度通行费征收任务，征收通行费12.6亿
元，同比增长4.2%。
第 1 页 共 2 页
经营管理简报
【项目建设】
12月1日，**焦唐高速项目部**完成全线路面铺设。
第 2 页 共 2 页
""", series="经营管理简报", number=12, date=dt.date(2026,12,2), office="河南交投集团有限公司办公室",
 sections=[("经营动态", [("11月30日", "郑州分公司")]), ("项目建设", [("12月1日", "焦唐高速项目部")])],
 body_from="【经营动态】", dropped=["第 1 页 共 2 页", "经营管理简报", "第 2 页 共 2 页"]))
# a WPS text quoted in a mail's reply: the quote marks and the full-width indents together
BULLETINS.append(Bulletin(name="卫健 WPS 全角 邮件引用", text="""> 　　健康简报
> 　　第21期
> 　　西华县卫生健康委员会　　　　2026年12月2日
> 　　【爱国卫生】
> 　　12月1日，**县爱卫办**组织开展冬季爱国卫生运动，清理垃圾杂物86吨。
> 　　报：市卫健委。
""", series="健康简报", number=21, date=dt.date(2026,12,2), office="西华县卫生健康委员会",
 sections=[("爱国卫生", [("12月1日", "县爱卫办")])], labels=["报"], body_from="【爱国卫生】"))

# forwarded by Outlook: its -----原始邮件----- line left out as the mail's, its headers kept under 报头中未识别的内容
BULLETINS.append(Bulletin(name="Outlook 转发", text="""-----原始邮件-----
发件人: 县审计局办公室 <sjj@example.cn>
发送时间: 2026年12月2日 星期三 9:15
收件人: 县委办
主题: 审计信息第8期
审计信息
第8期
汝阳县审计局　　　　2026年12月1日
【审计动态】
11月28日，**县审计局**对县医保基金使用情况开展专项审计调查。
报：市审计局。
""", series="审计信息", number=8, date=dt.date(2026,12,1), office="汝阳县审计局",
 sections=[("报头中未识别的内容", [("", "")]*4), ("审计动态", [("11月28日", "县审计局")])], labels=["报"], body_from="发件人", signed_above="报头中未识别的内容",
 dropped=["审计信息\n第8期\n汝阳县审计局　　　　2026年12月1日"]))
# WPS: the masthead and sections numbered 一、 indented with full-width spaces
BULLETINS.append(Bulletin(name="WPS 一、栏目 全角缩进", text="""　　农业农村工作简报
　　第17期
　　伊川县农业农村局　　　　2026年12月1日
　　一、工作动态
　　11月27日，**县农业农村局**召开冬季农业生产工作会议。
　　二、基层信息
　　11月28日，**鸣皋镇**组织小麦冬管技术培训，培训农户260人次。
　　报：市农业农村局。
""", series="农业农村工作简报", number=17, date=dt.date(2026,12,1), office="伊川县农业农村局",
 sections=[("工作动态", [("11月27日", "县农业农村局")]), ("基层信息", [("11月28日", "鸣皋镇")])], labels=["报"], body_from="　　一、工作动态", dropped=["一、", "二、"]))
# an entry dated with hours across two days
BULLETINS.append(Bulletin(name="春运 时段 跨日", text="""春运简报
第8期
栾川县交通运输局　　　　2027年2月1日
【道路保畅】
1月31日16时至2月1日8时，**县公路事业发展中心**出动除冰车辆12台次，撒布融雪剂30吨。
1月31日，**县运管所**检查客运车辆126台次。
""", series="春运简报", number=8, date=dt.date(2027,2,1), office="栾川县交通运输局",
 sections=[("道路保畅", [("1月31日16时至2月1日8时", "县公路事业发展中心"), ("1月31日", "县运管所")])], body_from="【道路保畅】"))

# 组织部: an article's headline of four phrases spaced apart, alone: a headline, no table's row
BULLETINS.append(Bulletin(
    name="组织部 空格分开的标题",
    text="""组工动态
第28期
中共宜阳县委组织部　　　　2026年12月2日
【经验交流】
守初心 担使命 找差距 抓落实
今年以来，我县在全县党员干部中扎实开展“四比四看”活动，推动解决群众急难愁盼问题126个。
【简讯】
12月1日，**县委组织部**召开全县组织工作例会。
报：市委组织部。
""",
    series="组工动态", number=28, date=dt.date(2026, 12, 2), office="中共宜阳县委组织部",
    sections=[("经验交流", ["守初心 担使命 找差距 抓落实"]), ("简讯", [("12月1日", "县委组织部")])],
    labels=["报"], body_from="【经验交流】",
))

# 防汛快报: a table of stations typed with tabs under the day's rain, each row an entry of its own
BULLETINS.append(Bulletin(name="防汛 tab表格", text="""防汛快报
第6期
南召县防汛抗旱指挥部办公室　　　　2026年7月20日
【雨情水情】
7月19日8时至20日8时，全县平均降雨量56.3毫米。
站名\t降雨量（毫米）\t水位（米）
鸭河口\t88.5\t177.62
口子河\t102.0\t—
【防汛部署】
7月19日22时，**县防指**启动防汛Ⅳ级应急响应。
报：市防指。
""", series="防汛快报", number=6, date=dt.date(2026,7,20), office="南召县防汛抗旱指挥部办公室",
 sections=[("雨情水情", [("7月19日8时至20日8时", ""), ("", ""), ("", ""), ("", "")]), ("防汛部署", [("7月19日22时", "县防指")])], labels=["报"], body_from="【雨情水情】"))
# 街道: 社区 units, the editor and reviewer on one line
BULLETINS.append(Bulletin(name="社区 聊天多人", text="""社区工作简报
第12期
宛城区仲景街道办事处　　　　2026年12月3日
【社区动态】
12月2日，**建设路社区**开展“敲门行动”，走访独居老人42户。
12月2日，**光武社区**组织开展冬季用电安全宣传。
编辑：陈静　　审核：王强
报：区委办。
""", series="社区工作简报", number=12, date=dt.date(2026,12,3), office="宛城区仲景街道办事处",
 sections=[("社区动态", [("12月2日", "建设路社区"), ("12月2日", "光武社区")])], editors=["陈静"], reviewers=["王强"], labels=["报"], body_from="【社区动态】"))
# 工程公司: its 项目部, 分公司 and 部 as units, one entry signed in brackets by its own unit
BULLETINS.append(Bulletin(name="集团 项目部 分公司 括号", text="""项目管理简报
第19期
中铁某局集团第三工程有限公司　　　　2026年12月1日
【项目动态】
11月28日，**郑济高铁项目部**完成桥梁架设第200孔。
11月29日，**洛阳分公司**组织开展冬季施工技术交底。
11月30日，**物资设备部**开展冬季机械设备专项检查。（物资设备部　刘伟）
报：集团公司。
""", series="项目管理简报", number=19, date=dt.date(2026,12,1), office="中铁某局集团第三工程有限公司",
 sections=[("项目动态", [("11月28日", "郑济高铁项目部"), ("11月29日", "洛阳分公司"), ("11月30日", "物资设备部")])], labels=["报"], body_from="【项目动态】"))

# sent into a chat in two messages: the sender's line over each, the second between two entries
BULLETINS.append(Bulletin(
    name="群聊 两条消息",
    text="""王磊 16:32
防汛简报
第24期
信阳市水利局　　　　2026年7月13日
【防汛工作】
7月12日，**市防指**召开防汛会商会，研判强降雨过程。
王磊 16:33
7月12日晚，**商城县**提前转移山洪危险区群众326人。
报：省防指。
""",
    series="防汛简报", number=24, date=dt.date(2026, 7, 13), office="信阳市水利局",
    sections=[("防汛工作", [("7月12日", "市防指"), ("7月12日晚", "商城县")])],
    labels=["报"], body_from="【防汛工作】", dropped=["王磊 16:33"],
))


@pytest.mark.parametrize("bulletin", BULLETINS, ids=[b.name for b in BULLETINS])
def test_a_bulletin_of_another_hand_is_read_as_its_clerk_reads_it(bulletin: Bulletin) -> None:
    check(bulletin)


def test_the_hour_after_the_masthead_date_is_told_as_not_kept() -> None:
    from bulletin_desktop.core.recognise import recognise
    from bulletin_desktop.core.textformat import text_paragraphs

    result = recognise(text_paragraphs("天气专报\n第15期\n驻马店市气象台　　　　2026年12月3日16时\n【天气实况】\n"
                                       "12月3日，**市气象台**发布寒潮蓝色预警。\n"))
    assert result.issue.date == dt.date(2026, 12, 3)
    assert any("16时" in warning for warning in result.warnings)


def test_a_date_line_to_the_minute_is_the_masthead_date_and_a_mails_send_time_is_not() -> None:
    from bulletin_desktop.core.recognise import recognise
    from bulletin_desktop.core.textformat import text_paragraphs

    result = recognise(text_paragraphs("发送时间：2026年12月2日 9:15\n天气专报\n第15期\n驻马店市气象台\n2026年12月3日 16:00\n"
                                       "【天气实况】\n12月3日，**市气象台**发布寒潮蓝色预警。\n"))
    assert (result.issue.series, result.issue.date) == ("天气专报", dt.date(2026, 12, 3))
    assert any("16:00" in warning for warning in result.warnings)


def test_a_hyphenated_latin_word_is_joined_without_its_hyphen() -> None:
    from bulletin_desktop.core.textformat import read_text

    text = next(b for b in BULLETINS if b.name == "群聊转发 发送人行与连字符").text
    entry = read_text(text).sections[0].entries[0]
    assert "Intelligent Service平台" in entry.text and "Intelli-" not in entry.text
