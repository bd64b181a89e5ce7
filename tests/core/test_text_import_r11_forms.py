"""Bulletins in forms not read before, of offices not read before: a 快报 whose masthead is
one line, a 会议简报 numbered （第2期） with its date and no office, a contents block whose
titles carry dot leaders and page numbers, entries dated 二〇二四年五月三十日, 2024.5.30,
5.30—31 and 上周, units in brackets at the end with 供稿, the closing block's 印发 line the
only date, 共印 notes of other wordings, a PDF whose page number falls mid-sentence with the
running head under it, a Word paste with no-break spaces and a soft line break. Each reads as
its clerk reads it, nothing lost or doubled (the checks of test_text_import_r9_bulletins)."""
from __future__ import annotations

import datetime as dt

import pytest

from test_text_import_r9_bulletins import Bulletin, check

BULLETINS: list[Bulletin] = []

# 粮食和物资储备 快报 (Heilongjiang): name, number, office and date all on one line; entries
# dated 2024.5.30 and 5.30—31
BULLETINS.append(Bulletin(
    name="物资储备 报头一行与点号日期",
    text="""物资储备快报　　第7期　　绥化市粮食和物资储备局　　2024年6月2日

【储备管理】

2024.5.30，**市粮食和物资储备局**对市级储备粮承储企业开展春季粮情检查，抽查仓廒26个，粮情总体稳定。

5.30—31，**海伦市**组织开展应急物资储备库消防安全检查，整改问题隐患5处。

【应急保障】

6月1日，**肇东市**与3家应急加工企业签订应急保障协议，日加工能力达到800吨。

编辑：于海洋　　签发：孟庆丰

报：省粮食和物资储备局，市委、市政府领导。
""",
    series="物资储备快报", number=7, date=dt.date(2024, 6, 2), office="绥化市粮食和物资储备局",
    sections=[("储备管理", [("2024.5.30", "市粮食和物资储备局"), ("5.30—31", "海伦市")]),
              ("应急保障", [("6月1日", "肇东市")])],
    editors=["于海洋"], signers=["孟庆丰"], labels=["报"], body_from="【储备管理】",
))

# 政协 会议简报 (Jiangsu): the meeting's name, then 简　报 letter-spaced, （第2期）, the date
# alone (大会秘书处 under it), members' remarks in 一、 parts, a member's name in bold
BULLETINS.append(Bulletin(
    name="政协会议简报 字距简报与委员",
    text="""政协第十届盐城市委员会第三次会议
简　　报
（第2期）
大会秘书处　　　　2024年1月9日

一、委员讨论政府工作报告

1月8日下午，各界别小组围绕政府工作报告开展分组讨论。

**陈立新委员**说：报告提出大力发展海上风电产业，建议加快配套港口和运维基地建设。

**周晓梅委员**建议：进一步完善“一老一小”服务体系，增加普惠托育服务供给。

二、委员讨论常委会工作报告

**吴建国委员**表示：常委会工作报告通篇贯穿团结和民主两大主题，履职成效明显。

送：市委、市人大常委会、市政府、市政协领导。
发：各界别召集人，大会工作人员。
""",
    series="政协第十届盐城市委员会第三次会议简报", number=2, date=dt.date(2024, 1, 9), office="大会秘书处",
    sections=[("委员讨论政府工作报告", [("1月8日下午", ""), ("", ""), ("", "")]),
              ("委员讨论常委会工作报告", [("", "")])],
    labels=["送", "发"], body_from="一、委员讨论政府工作报告", dropped=["一、", "二、"],
))

# 民族宗教 (Ningxia): a contents block whose titles carry a dot leader and a page number,
# then the sections in 【】, an entry dated 二〇二四年五月二十日
BULLETINS.append(Bulletin(
    name="民族宗教 目录带页码",
    text="""民族宗教工作简报

第5期

吴忠市民族宗教事务局　　　　2024年5月28日

目　录

市民宗局召开民族团结进步创建工作推进会………………1
利通区开展宗教场所安全检查………………………………2

【工作动态】

二〇二四年五月二十日，**市民宗局**召开全市民族团结进步创建工作推进会，总结交流创建经验，部署下阶段重点任务。

5月23日，**利通区**组织对辖区宗教活动场所开展消防、燃气安全检查，发现并整改隐患7处。

审核：马学军　　签发：杨国庆

报：自治区民宗委，市委、市政府领导。
发：各县（市、区）民宗局。
""",
    series="民族宗教工作简报", number=5, date=dt.date(2024, 5, 28), office="吴忠市民族宗教事务局",
    sections=[("目录", [("", ""), ("", "")]),
              ("工作动态", [("二〇二四年五月二十日", "市民宗局"), ("5月23日", "利通区")])],
    reviewers=["马学军"], signers=["杨国庆"], labels=["报", "发"], body_from="目　录",
))

# 红十字会 (Hunan): no date in the masthead, the 印发 line at the foot dates the issue;
# the copies written （本期印发40份）
BULLETINS.append(Bulletin(
    name="红十字会 印发行定日期",
    text="""红十字工作简报

第3期

株洲市红十字会

【救护培训】

5月21日，**市红十字会**在株洲高铁站开展应急救护知识普及活动，培训旅客和车站工作人员260余人次。

5月24日，**醴陵市红十字会**为陶瓷企业举办应急救护员培训班，48名学员取得救护员证书。

【人道救助】

5月27日，**攸县红十字会**为受灾群众发放救灾物资，价值12万元。

报：省红十字会，市委、市政府领导。
发：各县市区红十字会。

株洲市红十字会办公室　　2024年5月31日印发

（本期印发40份）
""",
    series="红十字工作简报", number=3, date=dt.date(2024, 5, 31), office="株洲市红十字会",
    sections=[("救护培训", [("5月21日", "市红十字会"), ("5月24日", "醴陵市红十字会")]),
              ("人道救助", [("5月27日", "攸县红十字会")])],
    labels=["报", "发", ""], copies=40, body_from="【救护培训】", dropped=["本期印发40份"],
))

# 网信 (Shandong) from a PDF: the page number — 2 — falls in the middle of a sentence, the
# running head (the bulletin's name alone) under it; the lines keep their indent
BULLETINS.append(Bulletin(
    name="网信 页码在句中与名称页眉",
    text="""网信工作简报
第9期
临沂市委网信办　　　　2024年6月12日
【网络生态治理】
    6月5日，市委网信办召开全市“清朗”系列专项行动推进会，通报前期网络生态
治理情况，对“清朗·网络直播领域问题整治”等专项行动作出部署，要求各县区
压实属地管理责任。
    6月7日，**兰山区**组织辖区重点网站平台开展网络安全风险排查，督促整改安全
                                                        — 2 —
网信工作简报
隐患13个，指导2家平台完善信息内容审核机制。
【网络安全】
    6月10日，**沂水县**举办网络安全应急演练，模拟处置网站被篡改事件，检验了应
急处置流程。
编辑：徐　慧　　审核：刘振东　　签发：王　刚
报：省委网信办，市委领导。
发：各县区委网信办。
                                                        — 3 —
""",
    series="网信工作简报", number=9, date=dt.date(2024, 6, 12), office="临沂市委网信办",
    sections=[("网络生态治理", [("6月5日", ""), ("6月7日", "兰山区")]),
              ("网络安全", [("6月10日", "沂水县")])],
    editors=["徐慧"], reviewers=["刘振东"], signers=["王刚"], labels=["报", "发"], body_from="【网络生态治理】",
    dropped=["— 2 —", "网信工作简报", "— 3 —"],
))

# 体育 (Zhejiang) pasted from Word: no-break spaces after the dates, a soft line break (a
# line cut inside an entry by Shift+Enter, the text going on), the units in bold with spaces
BULLETINS.append(Bulletin(
    name="体育 Word粘贴不换行空格与软回车",
    text="""体育工作动态

第16期

湖州市体育局　　　　2024年6月6日

【全民健身】

6月1日，\u00a0**长兴县**\u00a0举办全民健身运动会开幕式，全县16个乡镇（街道）3000余名运动员参加比赛。

6月2日，**安吉县**在余村开展“运动安吉”乡村马拉松活动，
吸引来自全国各地的跑友2800余人参赛。

【竞技体育】

6月4日，**市体育局**召开省运会备战工作推进会，对重点项目训练保障提出要求。

编辑：钱　芳　　审核：沈国强

报：省体育局。
发：各区县体育部门。
""",
    series="体育工作动态", number=16, date=dt.date(2024, 6, 6), office="湖州市体育局",
    sections=[("全民健身", [("6月1日", "长兴县"), ("6月2日", "安吉县")]),
              ("竞技体育", [("6月4日", "市体育局")])],
    editors=["钱芳"], reviewers=["沈国强"], labels=["报", "发"], body_from="【全民健身】",
))

# 供销社 (Sichuan): each entry signed at its end with 供稿 in brackets, no unit in bold,
# dates written 上周 and 5月下旬
BULLETINS.append(Bulletin(
    name="供销社 供稿署名与松散日期",
    text="""供销合作工作简报

第8期

南充市供销合作社联合社　　　　2024年6月3日

【为农服务】

上周，阆中市供销社在12个乡镇开展农资打假专项行动，检查农资经营门店58家，下架不合格农资产品3批次。（阆中市供销社供稿）

5月下旬，南部县供销社依托为农服务中心开展小麦统防统治作业，服务面积3.6万亩。（南部县供销社供稿）

【流通服务】

5月31日，仪陇县供销社农产品展销中心正式开业，入驻合作社和企业32家。（仪陇县供销社供稿）

签发：何家明

报：省供销合作社联合社，市委、市政府领导。
发：各县（市、区）供销社。
""",
    series="供销合作工作简报", number=8, date=dt.date(2024, 6, 3), office="南充市供销合作社联合社",
    sections=[("为农服务", [("上周", "阆中市供销社"), ("5月下旬", "南部县供销社")]),
              ("流通服务", [("5月31日", "仪陇县供销社")])],
    signers=["何家明"], labels=["报", "发"], body_from="【为农服务】",
))

# 法院 (Hebei) 情况反映: one piece of news under its title, no section, written by a court,
# signed (县人民法院　2024年5月30日) at its end
BULLETINS.append(Bulletin(
    name="法院 情况反映一篇署名带日期",
    text="""法院工作情况反映

第6期

沧州市中级人民法院办公室　　　　2024年6月4日

任丘市法院创新“诉前调解+司法确认”机制

今年以来，任丘市人民法院在诉讼服务中心设立诉前调解工作室，聘请特邀调解员15名，对婚姻家庭、邻里纠纷等案件先行调解，调解成功后当场进行司法确认。

1至5月，共诉前调解各类纠纷1260件，调解成功率达到58%，同比提高12个百分点。

（任丘市人民法院　2024年5月30日）

报：省高级人民法院，市委、市人大常委会领导。
发：各基层人民法院。
""",
    series="法院工作情况反映", number=6, date=dt.date(2024, 6, 4), office="沧州市中级人民法院办公室",
    sections=[("", ["任丘市法院创新“诉前调解+司法确认”机制"])],
    labels=["报", "发"], body_from="任丘市法院",
))

# 审批服务 (Guangxi), typed by a clerk with the sections as plain short lines, a blank line
# missing here and there, the closing lists with their labels letter-spaced
BULLETINS.append(Bulletin(
    name="行政审批 简单栏目与字距标签",
    text="""行政审批工作简报
第11期
柳州市行政审批局　　2024年6月11日

审批服务
6月6日，**市行政审批局**推出“企业开办一日办结”服务，当日办结企业开办业务132件。

6月7日，**柳江区**在政务服务中心设立“跨省通办”专窗，首日受理业务21件。

窗口建设
6月10日，**鹿寨县**政务服务中心完成综合窗口改革，设置综合受理窗口8个。

编辑：韦丽娟　　签发：覃志强

报　：自治区行政审批局，市委、市政府领导。
发　：各县区行政审批局。
""",
    series="行政审批工作简报", number=11, date=dt.date(2024, 6, 11), office="柳州市行政审批局",
    sections=[("审批服务", [("6月6日", "市行政审批局"), ("6月7日", "柳江区")]),
              ("窗口建设", [("6月10日", "鹿寨县")])],
    editors=["韦丽娟"], signers=["覃志强"], labels=["报", "发"], body_from="审批服务",
))

# 海关 (Fujian) 周报: a year number with its running number on the next line, the date with
# its weekday, an entry with a range across months (5月29日至6月2日)
BULLETINS.append(Bulletin(
    name="海关 周报总期号另起与跨月时段",
    text="""口岸工作周报

2024年第22期

（总第418期）

厦门海关办公室　　　　2024年6月3日（星期一）

【通关监管】

5月29日至6月2日，**东渡海关**开展进口冷链食品专项检查，查验集装箱136个，未发现异常。

5月31日，**高崎海关**保障端午节前旅客通关，单日验放出入境旅客2.1万人次。

报：海关总署办公厅，市委、市政府领导。
""",
    series="口岸工作周报", number=418, number_line="2024年第22期（总第418期）", date=dt.date(2024, 6, 3),
    office="厦门海关办公室",
    sections=[("通关监管", [("5月29日至6月2日", "东渡海关"), ("5月31日", "高崎海关")])],
    labels=["报"], body_from="【通关监管】",
))

# 机关事务 (Hubei): the issuing office's line first (中共某县委办公室 over the name is not
# it here: the office follows the number), dates in entries with 上午, the sign-off with 主编
# and 校对 besides the three roles
BULLETINS.append(Bulletin(
    name="机关事务 主编校对与上午",
    text="""机关事务工作简报

第4期

襄阳市机关事务服务中心　　　　2024年4月19日

【节约型机关】

4月15日上午，**市机关事务服务中心**召开公共机构节能工作会议，部署2024年节约型机关创建工作。

4月17日，**枣阳市**对市直机关食堂开展“光盘行动”专项检查，检查食堂23个。

主编：陈志华　　编辑：刘　洋　　校对：黄　莉　　签发：王建平

报：省机关事务管理局。
发：各县（市、区）机关事务服务中心。
""",
    series="机关事务工作简报", number=4, date=dt.date(2024, 4, 19), office="襄阳市机关事务服务中心",
    sections=[("节约型机关", [("4月15日上午", "市机关事务服务中心"), ("4月17日", "枣阳市")])],
    editors=["刘洋"], signers=["王建平"], labels=["报", "发"], body_from="【节约型机关】",
))

# 邮政管理 (Henan): entries whose unit comes before the date in brackets （周口市邮政管理局）5月
# 30日，…, as a chat forwards them, and one unit after the text in brackets with 报送
BULLETINS.append(Bulletin(
    name="邮政管理 单位在日期前括号",
    text="""邮政管理工作信息

第13期

河南省邮政管理局办公室　　　　2024年6月5日

【行业监管】

（周口市邮政管理局）5月30日，组织开展寄递安全专项检查，检查快递网点47个，责令整改问题12项。

（信阳市邮政管理局）6月1日，召开农村寄递物流体系建设推进会，全市已建成村级寄递物流综合服务站2100个。

6月3日，驻马店市对寄递企业开展安全生产培训，培训从业人员300余人。（驻马店市邮政管理局报送）

编辑：李晓雯　　签发：张卫东

报：国家邮政局办公室。
发：各市邮政管理局。
""",
    series="邮政管理工作信息", number=13, date=dt.date(2024, 6, 5), office="河南省邮政管理局办公室",
    sections=[("行业监管", [("5月30日", "周口市邮政管理局"), ("6月1日", "信阳市邮政管理局"),
                         ("6月3日", "驻马店市邮政管理局")])],
    editors=["李晓雯"], signers=["张卫东"], labels=["报", "发"], body_from="【行业监管】",
))

# 金融 (Chongqing) 要情: ①② marks before the entries, 上周 and 本月以来 as dates with the
# unit plain after them, the sign-off as a two-row table typed (编辑　审核 / 名　名)
BULLETINS.append(Bulletin(
    name="金融 圈码与两行署名",
    text="""金融工作要情

第19期

重庆市某区金融发展服务中心　　　　2024年6月13日

【金融服务】

①6月11日，**区金融服务中心**组织召开政银企对接会，12家银行机构与46家企业现场签约，授信金额18.6亿元。

②6月12日，**区农商行**推出“稻香贷”专属信贷产品，首批为82户种粮大户发放贷款3400万元。

编辑　　审核　　签发
张　敏　　李国平　　王志远

报：区委、区政府领导。
""",
    series="金融工作要情", number=19, date=dt.date(2024, 6, 13), office="重庆市某区金融发展服务中心",
    sections=[("金融服务", [("6月11日", "区金融服务中心"), ("6月12日", "区农商行")])],
    editors=["张敏"], reviewers=["李国平"], signers=["王志远"], labels=["报"], body_from="【金融服务】",
))


# 信访 情况反映 with 内部资料, the office's line ending in 编, a report's title 关于…的情况反映
# and its parts （一）（二）, the closing's 印发 line before the copies
BULLETINS.append(Bulletin(
    name="信访情况反映 编字单位与括号分部",
    text="""内部资料　注意保存

社情民意专报

第2期

中共某某县委办公室编　　　　　2024年5月30日

关于近期农村土地流转纠纷情况的反映

近期，县委办在走访调研中发现，部分乡镇因土地流转合同不规范、租金兑付不及时引发的矛盾纠纷有所增多，1至5月共受理相关信访事项37件，同比上升23%。

（一）主要表现

一是合同签订不规范，口头约定多、书面合同少。二是租金兑付不及时，个别经营主体拖欠租金。

（二）意见建议

建议县农业农村局牵头开展土地流转合同专项清理，建立租金兑付预警机制。

报：县委常委，县人大常委会、县政府、县政协主要领导。

中共某某县委办公室　　2024年5月30日印发

（共印15份）
""",
    series="社情民意专报", number=2, date=dt.date(2024, 5, 30), office="中共某某县委办公室编",
    marking="内部资料\u3000注意保存",
    sections=[("", ["关于近期农村土地流转纠纷情况的反映"])],
    labels=["报", ""], copies=15, body_from="关于近期", dropped=["共印15份"],
))

# 市场监管 快报 with no sections at all: numbered entries 1. 2. 3. with their dates, the
# units written after the date plainly, the closing's copies on the 发 line's end
BULLETINS.append(Bulletin(
    name="市场监管快报 无栏目编号条目",
    text="""市场监管快报

第31期

安康市市场监督管理局办公室　　　　2024年6月18日

1. 6月12日，市市场监管局召开食品安全“守查保”专项行动推进会，部署夏季食品安全重点工作。

2. 6月14日至16日，汉滨区市场监管局开展校园周边食品经营店集中检查，检查门店126家，立案查处3起。

3. 6月17日，**旬阳市市场监管局**开展电梯安全应急演练。

报：省市场监管局，市委、市政府领导。
发：各县（市、区）市场监管局。（共印20份）
""",
    series="市场监管快报", number=31, date=dt.date(2024, 6, 18), office="安康市市场监督管理局办公室",
    sections=[("", [("6月12日", ""), ("6月14日至16日", ""), ("6月17日", "旬阳市市场监管局")])],
    labels=["报", "发"], copies=20, body_from="1. 6月12日", dropped=["共印20份"],
))

# 卫健 from a PDF with its masthead rule drawn in characters, a running head with the year's
# number, bare page numbers, and the closing block's rules
BULLETINS.append(Bulletin(
    name="卫健 PDF年度期号页眉与横线",
    text="""卫生健康工作简报
2024年第8期
南阳市卫生健康委员会办公室　　2024年5月21日
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
【医改动态】
5月15日，**市卫健委**召开全市紧密型县域医共体建设推进会，通报各县市区医共体
建设进展，对医保基金打包付费、人员统筹使用等重点任务进行再部署，要求5月底前
完成牵头医院与成员单位的财务统一管理。
5月17日，**邓州市**组织开展基层医疗卫生机构服务能力提升评价，对28家乡镇卫生院
逐一打分排名，评价结果与绩效工资挂钩。
2
卫生健康工作简报　2024年第8期
【疾病防控】
5月20日，**镇平县**启动夏季爱国卫生运动，组织开展病媒生物防制和环境卫生整治，
清理卫生死角320处。
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
报：省卫生健康委员会，市委、市政府领导。
发：各县市区卫生健康委员会。
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
3
""",
    series="卫生健康工作简报", number=8, number_line="2024年第8期", date=dt.date(2024, 5, 21),
    office="南阳市卫生健康委员会办公室",
    sections=[("医改动态", [("5月15日", "市卫健委"), ("5月17日", "邓州市")]),
              ("疾病防控", [("5月20日", "镇平县")])],
    labels=["报", "发"], body_from="【医改动态】", dropped=["2", "卫生健康工作简报　2024年第8期", "3"],
))

# 应急 周报 with a table typed with tabs in an entry's place, the week's dates as a range
# in the masthead (2024年6月10日—16日), sections numbered （一）（二） with no other heading
BULLETINS.append(Bulletin(
    name="应急周报 时段日期与制表符表格",
    text="""安全生产周报

第24期

某某县应急管理局　　　　2024年6月10日—16日

（一）重点工作

6月11日，**县应急局**召开全县安全生产月活动推进会。

6月13日，**县消防救援大队**开展高层建筑消防演练。

（二）检查情况

乡镇	检查企业	发现隐患
城关镇	23	41
新安镇	17	29

编辑：赵　磊　　签发：钱卫国
""",
    series="安全生产周报", number=24, date=dt.date(2024, 6, 16), office="某某县应急管理局",
    sections=[("（一）重点工作", [("6月11日", "县应急局"), ("6月13日", "县消防救援大队")]),
              ("（二）检查情况", [("", ""), ("", ""), ("", "")])],
    editors=["赵磊"], signers=["钱卫国"], body_from="（一）重点工作",
))

# 农业农村 pasted from a chat: each entry after the unit in 【】, the dates 5月30日、31日
# (two days), the sign-off only 签发 with two names
BULLETINS.append(Bulletin(
    name="农业农村 方括号单位与两日",
    text="""三农工作动态

第19期

某某市农业农村局　　　　2024年6月2日

【工作动态】

【西华县】5月30日、31日，组织农机手开展小麦机收作业技能培训，培训机手260余人。

【扶沟县】6月1日，召开“三夏”生产暨秸秆禁烧工作会议，部署夏收夏种工作。

【商水县】近日，县农业农村局对全县农资经营门店开展拉网式检查，检查门店118家。

签发：李　强　王建设

发：各县（市、区）农业农村局。
""",
    series="三农工作动态", number=19, date=dt.date(2024, 6, 2), office="某某市农业农村局",
    sections=[("工作动态", [("5月30日、31日", "西华县"), ("6月1日", "扶沟县"), ("近日", "商水县")])],
    signers=["李强", "王建设"], labels=["发"], body_from="【工作动态】",
))


# 职代会 会议简报 (a state company): the meeting's name over 简　报, （第4期）, the date alone
# and no office, no heading at all, the delegates in bold, the 印发 line the only closing line
BULLETINS.append(Bulletin(
    name="职代会简报 无单位无栏目",
    text="""某某钢铁集团第五届职工代表大会第三次会议
简　报
（第4期）
2024年1月17日

1月16日上午，各代表团分组审议总经理工作报告。

**张明代表**（炼钢厂）说：建议加大一线岗位技能培训投入，畅通技术工人成长通道。

**刘芳代表**（物流公司）说：希望进一步改善倒班职工通勤条件，增开夜班通勤车。

大会秘书处　　2024年1月17日印发
""",
    series="某某钢铁集团第五届职工代表大会第三次会议简报", number=4, date=dt.date(2024, 1, 17), office="",
    sections=[("", [("1月16日上午", ""), ("", ""), ("", "")])],
    labels=[""], body_from="1月16日上午",
))

# 工业和信息化 from a PDF: an analysis article whose paragraph runs across the page's end, the
# page number and a running head of the name and the date between its halves
BULLETINS.append(Bulletin(
    name="工信 PDF文章跨页与名称日期页眉",
    text="""工业经济运行简报
第7期
某某市工业和信息化局办公室                        2024年6月20日
【运行分析】
今年以来全市规上工业生产稳中有升
    1至5月，全市规模以上工业增加值同比增长7.2%，增速比一季度加快0.6个百分点，
高于全省平均水平1.1个百分点。分行业看，38个行业大类中有29个行业增加值保持
增长，增长面达76.3%。其中，装备制造业增加值增长12.4%，拉动全市规上工业增长
                                   — 2 —
工业经济运行简报 2024年6月20日
3.1个百分点。
    从产品产量看，新能源汽车、工业机器人、光伏电池产量分别增长45.6%、23.8%和
31.2%。
【工作动态】
    6月18日，市工信局召开全市工业稳增长调度会议，部署下半年重点工作。
编辑：孙丽　　签发：周建华
报：省工业和信息化厅，市委、市政府领导。
""",
    series="工业经济运行简报", number=7, date=dt.date(2024, 6, 20), office="某某市工业和信息化局办公室",
    sections=[("运行分析", ["今年以来全市规上工业生产稳中有升"]), ("工作动态", [("6月18日", "")])],
    editors=["孙丽"], signers=["周建华"], labels=["报"], body_from="【运行分析】",
    dropped=["— 2 —", "工业经济运行简报 2024年6月20日"],
))


def test_a_meetings_name_over_jianbao_is_the_names_on_both_lines():
    """The review dialog colours both lines of the name as the name (the first is no office)."""
    from bulletin_desktop.core.recognise import Role, recognise
    from bulletin_desktop.core.textformat import text_paragraphs

    bulletin = next(b for b in BULLETINS if b.name.startswith("职代会"))
    roles = recognise(text_paragraphs(bulletin.text)).roles
    assert roles[:2] == [(Role.NAME,), (Role.NAME,)]


# 精神文明建设 (Henan): under 【县区动态】 each county's name on a line of its own over its
# dated entries, one entry or two: a topic line over entries, never an article's title
BULLETINS.append(Bulletin(
    name="文明办 县名单独一行在条目上",
    text="""精神文明建设简报

第12期

漯河市文明办　　2024年6月3日

【县区动态】

舞阳县

5月28日，县文明办组织开展“文明交通我先行”志愿服务活动，志愿者300余人参加。

郾城区

5月29日，区文明办召开新时代文明实践站建设推进会。

5月30日，区文明办开展“我们的节日·端午”主题活动。

【工作要求】

各县区要持续深化文明城市创建，巩固提升创建成果。
""",
    series="精神文明建设简报", number=12, date=dt.date(2024, 6, 3), office="漯河市文明办",
    sections=[("县区动态", [("", ""), ("5月28日", ""), ("", ""), ("5月29日", ""), ("5月30日", "")]),
              ("工作要求", [("", "")])],
    body_from="【县区动态】",
))


# 县政府办 政务信息: the office, the number and the date on one line under the name; an
# entry signed on a line of its own by its unit and its author in brackets （县政府办　李明）
BULLETINS.append(Bulletin(
    name="政务信息 单位作者署名单独一行",
    text="""政务信息
某某县人民政府办公室　　第3期　　2024年5月30日
【政务要闻】
5月28日，县政府召开第12次常务会议，研究部署防汛备汛等工作。
（县政府办　李明）
5月29日，**县政务服务中心**推出“周末不打烊”服务，首个周末办件86件。
（县政务服务中心　王芳）
""",
    series="政务信息", number=3, date=dt.date(2024, 5, 30), office="某某县人民政府办公室",
    sections=[("政务要闻", [("5月28日", "县政府办"), ("5月29日", "县政务服务中心")])],
    body_from="【政务要闻】",
))


# 老干部 from a PDF of one short page: two entries, each cut across two printed lines too
# few to tell the page's width by, one across the page number - 2 -
BULLETINS.append(Bulletin(
    name="老干部 短PDF两条跨页码",
    text="""老干部工作简报
第2期
某某县委老干部局　　2024年3月12日
【工作动态】
3月8日，县委老干部局组织召开全县老干部工作会议，传达
学习全市老干部工作会议精神，安排部署全年工作。
3月10日，县委老干部局组织离退休干部代表赴产业园区参观
- 2 -
考察，30余名老同志参加。
编辑：高　峰
""",
    series="老干部工作简报", number=2, date=dt.date(2024, 3, 12), office="某某县委老干部局",
    sections=[("工作动态", [("3月8日", ""), ("3月10日", "")])],
    editors=["高峰"], body_from="【工作动态】", dropped=["- 2 -"],
))


# 保密 (Liaoning): the marks in brackets over the name, the sections numbered inside 【】
BULLETINS.append(Bulletin(
    name="保密 括号标记与栏目内编号",
    text="""（内部资料　注意保存）
保密工作简报
第5期
某某市国家保密局　　2024年7月30日
【一、宣传教育】
7月26日，**市保密局**举办全市保密干部业务培训班，培训机关单位保密干部150余人。
【二、检查督导】
7月29日，**某某县**对县直涉密单位开展保密自查自评检查，发现问题8个，已全部整改。
编辑：周　涛　　审核：吴　军
报：省国家保密局。
发：各县（市、区）保密局。
""",
    series="保密工作简报", number=5, date=dt.date(2024, 7, 30), office="某某市国家保密局",
    marking="（内部资料\u3000注意保存）",
    sections=[("一、宣传教育", [("7月26日", "市保密局")]), ("二、检查督导", [("7月29日", "某某县")])],
    editors=["周涛"], reviewers=["吴军"], labels=["报", "发"], body_from="【一、宣传教育】",
))


# 校园安全 (Shandong): each entry signed otherwise, in brackets with its label, on a line of its
# own (供稿：城关一中: a school, whose name ends as no office's does), in square brackets
BULLETINS.append(Bulletin(
    name="校园安全 三种署名与学校名",
    text="""校园安全工作简报
第9期
某某县教育和体育局办公室　　2024年9月12日
【安全动态】
9月9日，县教体局召开秋季开学校园安全工作会议，部署开学安全隐患排查整治。（供稿单位：县教体局安全股）
9月10日，城关一中开展新生入学安全教育暨应急疏散演练，1200余名师生参加。
供稿：城关一中
9月11日，县教体局联合县市场监管局对全县学校食堂开展食品安全专项检查。【县教育督导室供稿】
""",
    series="校园安全工作简报", number=9, date=dt.date(2024, 9, 12), office="某某县教育和体育局办公室",
    sections=[("安全动态", [("9月9日", "县教体局安全股"), ("9月10日", "城关一中"), ("9月11日", "县教育督导室")])],
    body_from="【安全动态】",
))


# 县委办 简报: the name 简　报 alone, no section, news under their headlines set apart by a row
# of ten ◇ (an ornament drawn with characters, as the red rule is), a picture's note
BULLETINS.append(Bulletin(
    name="县委办简报 菱形分隔线与标题新闻",
    text="""简　报
第3期
中共某某县委办公室　　　　2024年5月30日
◇◇◇◇◇◇◇◇◇◇
县委常委会召开会议研究部署防汛工作
5月28日，县委书记张某某主持召开县委常委会会议，研究部署防汛工作。会议要求，各级各部门要克服麻痹思想，压实防汛责任。
◇◇◇◇◇◇◇◇◇◇
县政府召开安全生产工作会议
5月29日，县长李某某主持召开全县安全生产工作会议。
（图为会议现场）
""",
    series="简报", number=3, date=dt.date(2024, 5, 30), office="中共某某县委办公室",
    sections=[("", ["县委常委会召开会议研究部署防汛工作", "县政府召开安全生产工作会议"])],
    body_from="县委常委会召开", dropped=["◇◇◇◇◇◇◇◇◇◇"],
))


# 人大 (Hebei): the year in the name, the office, the date and the signer all on one line,
# the sections 一、 二、
BULLETINS.append(Bulletin(
    name="人大 单位日期签发一行",
    text="""2024年度人大工作简报
第6期
某某县人大常委会办公室　　2024年6月28日　　签发：陈国强
一、常委会会议
6月26日，县十八届人大常委会第十九次会议召开，审议县政府关于2023年度财政决算的报告。
二、代表工作
6月27日，县人大常委会组织部分省、市人大代表开展集中视察活动。
""",
    series="2024年度人大工作简报", number=6, date=dt.date(2024, 6, 28), office="某某县人大常委会办公室",
    sections=[("常委会会议", [("6月26日", "")]), ("代表工作", [("6月27日", "")])],
    signers=["陈国强"], body_from="一、常委会会议", dropped=["一、", "二、"], signed_above="签发陈国强",
))


# 住房公积金 (Anhui): entries signed by their unit and two writers （县管理部　张三　李四）, or
# by two units spaced apart, which report it together
BULLETINS.append(Bulletin(
    name="公积金 署名两位作者与两单位",
    text="""住房公积金工作简报

第7期

某某市住房公积金管理中心　　　　2024年6月6日

【业务动态】

6月3日，怀远县管理部开展住房公积金政策进企业宣讲活动，走访企业32家，新增缴存职工460人。（怀远县管理部　张　伟　李　娜）

6月4日，市公积金中心联合市住建局举办“公积金助力安居”政银企对接会，8家银行、12家房地产企业参加。（市公积金中心　市住建局）

报：省住房和城乡建设厅，市委、市政府领导。
""",
    series="住房公积金工作简报", number=7, date=dt.date(2024, 6, 6), office="某某市住房公积金管理中心",
    sections=[("业务动态", [("6月3日", "怀远县管理部"), ("6月4日", "市公积金中心、市住建局")])],
    labels=["报"], body_from="【业务动态】",
))


@pytest.mark.parametrize("bulletin", BULLETINS, ids=[b.name for b in BULLETINS])
def test_a_bulletin_in_this_form_reads_as_its_clerk_reads_it(bulletin: Bulletin) -> None:
    check(bulletin)
