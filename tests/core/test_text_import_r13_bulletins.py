"""Whole bulletins of offices and places not read before (水利 of a county in an autonomous
prefecture, 交通运输, 自然资源 of a 旗, 住建 of an autonomous prefecture, a 林区's forestry
office, 消防救援, 气象, a 街道 of a 新区), typed or copied out of a print: the bulletin's name
set on two lines, 第N期 over its running number （总第M期） on a line of its own, the date in
Chinese numerals on a line of its own, the month alone in the masthead with the day on the
印发 line, sections marked ★…★ or ■, an article's points 一是/二是, entries that open with
their date and sign their unit last (（…）, ——…, （信息来源：…）, （…供稿）), entries of several
paragraphs (其中，…, 据介绍，…, 演练中，…), a closing block a page break cuts. Each reads as
its clerk reads it, and no text is lost or doubled (the checks of test_text_import_r9_bulletins)."""
from __future__ import annotations

import datetime as dt

import pytest

from test_text_import_r9_bulletins import Bulletin, check

BULLETINS: list[Bulletin] = []

# 水利 (Gansu, a county of 甘南藏族自治州): the name on two lines, the running number under the number
BULLETINS.append(Bulletin(
    name="水利 两行报头与总期号另行",
    text="""临潭县
水利工作简报

第9期
（总第121期）

临潭县水务局　　　　2026年11月16日

【河湖长制】

11月10日，**县河长办**组织对洮河临潭段开展汛后巡河，排查问题点位6处，已全部交办整改。

11月12日，**新城镇**召开镇村两级河长述职会，12名村级河长现场述职。

【农村供水】

11月13日，县水务局对全县38处农村集中供水工程开展冬季防冻检查，更换老化管道1.2公里。

编辑：马晓梅　　审核：杨永福　　签发：丁建军

报：州水务局，县委、县政府领导。
发：各乡镇人民政府，县直有关单位。
""",
    series="临潭县水利工作简报", number=121, number_line="第9期（总第121期）", date=dt.date(2026, 11, 16),
    office="临潭县水务局",
    sections=[("河湖长制", [("11月10日", "县河长办"), ("11月12日", "新城镇")]),
              ("农村供水", [("11月13日", "")])],
    editors=["马晓梅"], reviewers=["杨永福"], signers=["丁建军"], labels=["报", "发"], body_from="【河湖长制】",
))

# 交通运输 (Guangxi): 第二十三期, the date in Chinese numerals on its own line under the office,
# sections between stars, a unit signing in brackets at the end, 抄送 before the sign-off
BULLETINS.append(Bulletin(
    name="交通运输 汉字日期另行与星号栏目",
    text="""交通运输工作动态

第二十三期

百色市交通运输局办公室

二〇二六年十一月二十三日

★重点项目★

11月17日，**平那高速项目部**组织开展冬季施工安全专项检查，排查整改隐患14处。

11月19日，市交通运输局召开全市农村公路建设推进会，部署年底前完工的48个项目。

★安全监管★

11月20日，**右江区运管所**联合交警部门开展客运车辆夜查，检查客车56辆，查处违规行为3起。

11月21日，对田东港区5家港口企业开展危险货物作业安全检查，责令整改问题9个。（市港航发展中心）

抄送：自治区交通运输厅，市委办、市政府办。

编辑：黄丽珍　　审核：农志刚
""",
    series="交通运输工作动态", number=23, date=dt.date(2026, 11, 23), office="百色市交通运输局办公室",
    sections=[("重点项目", [("11月17日", "平那高速项目部"), ("11月19日", "")]),
              ("安全监管", [("11月20日", "右江区运管所"), ("11月21日", "市港航发展中心")])],
    editors=["黄丽珍"], reviewers=["农志刚"], labels=["抄送"], body_from="★重点项目★",
))

# 自然资源 (Inner Mongolia, a 旗): ■ before the sections' titles, a 苏木/镇 as the unit,
# letter-spaced labels in the sign-off
BULLETINS.append(Bulletin(
    name="自然资源 旗与方块栏目",
    text="""内部资料

自然资源工作简报

2026年第15期（总第87期）

鄂托克前旗自然资源局　　　　2026年11月24日

■ 耕地保护

11月18日，**敖勒召其镇**完成2026年度耕地“进出平衡”补充地块核查，涉及地块23宗。

11月20日，旗自然资源局联合旗农牧局开展违法占用耕地专项整治“回头看”，复核图斑41个。

■ 矿产管理

11月21日，**旗矿管股**对辖区12家砂石矿山开展冬季停产检查，督促企业落实闭坑安全措施。

责任编辑：乌日娜　　审　核：巴特尔　　签　发：额尔敦

报：鄂尔多斯市自然资源局，旗委、旗政府领导。
发：各苏木镇人民政府，旗直有关部门。

（共印25份）
""",
    series="自然资源工作简报", number=87, number_line="2026年第15期（总第87期）", date=dt.date(2026, 11, 24),
    office="鄂托克前旗自然资源局", marking="内部资料",
    sections=[("耕地保护", [("11月18日", "敖勒召其镇"), ("11月20日", "")]),
              ("矿产管理", [("11月21日", "旗矿管股")])],
    editors=["乌日娜"], reviewers=["巴特尔"], signers=["额尔敦"], labels=["报", "发"], copies=25,
    body_from="■ 耕地保护", dropped=["（共印25份）", "责任"],
))

# 住建 (Hunan, 湘西土家族苗族自治州): sections 一、, an experience article whose points open
# 一是/二是/三是, each a paragraph of it
BULLETINS.append(Bulletin(
    name="住建 自治州与一是二是",
    text="""住房城乡建设简报

第31期

湘西土家族苗族自治州住房和城乡建设局　　　　2026年11月26日

一、工作动态

11月20日，**州住建局**召开全州建筑施工安全生产工作会议，通报10月以来检查发现的突出问题。

11月24日，**吉首市**启动城镇燃气管道老化更新改造三期工程，计划改造管道18.6公里。

二、经验交流

凤凰县：“三个到位”推进老旧小区改造

今年以来，凤凰县把老旧小区改造作为民生实事，全年完成改造小区26个，惠及居民3100余户。

一是资金保障到位。积极争取中央和省级补助资金，整合县级配套资金，累计投入1.2亿元。

二是群众参与到位。改造前逐户征求意见，改造中邀请居民代表全程监督，改造后组织群众参与验收。

三是长效管理到位。引入物业服务企业，建立“小区党支部+业委会+物业”共管机制。

编辑：向丽君　　审核：田永红　　签发：彭志坚

报：省住房和城乡建设厅，州委、州政府领导。
送：州直有关单位。
发：各县市住房和城乡建设局。
""",
    series="住房城乡建设简报", number=31, date=dt.date(2026, 11, 26), office="湘西土家族苗族自治州住房和城乡建设局",
    sections=[("工作动态", [("11月20日", "州住建局"), ("11月24日", "吉首市")]),
              ("经验交流", ["凤凰县：“三个到位”推进老旧小区改造"])],
    editors=["向丽君"], reviewers=["田永红"], signers=["彭志坚"], labels=["报", "送", "发"],
    body_from="一、工作动态", dropped=["一、", "二、"],
))

# 林业 (Hubei, 神农架林区): entries opening with their date, their unit signed last in
# brackets, after a dash, after 信息来源： or with 供稿
BULLETINS.append(Bulletin(
    name="林业 林区与末尾署名",
    text="""神农架林区林业工作简报

第7期

神农架林区林业管理局　　　　2026年11月19日

【森林防火】

11月12日，召开全区冬春森林防火工作部署会，对进入防火期的各项工作进行安排。（区森林防火指挥部办公室）

11月14日，组织扑火队员开展野外扑火实战演练，参演队员86人。——木鱼镇

11月16日，对辖区进山路口检查站开展督查，发现值守不到位问题2个，已现场整改。（信息来源：红坪镇）

【资源保护】

11月17日，联合公安部门开展打击破坏野生动物资源专项行动，清理网套、铁夹等猎具43件。（区野生动植物保护站供稿）

编辑：陈晓燕　　签发：刘国栋

发：各乡镇人民政府，区直有关单位。
""",
    series="神农架林区林业工作简报", number=7, date=dt.date(2026, 11, 19), office="神农架林区林业管理局",
    sections=[("森林防火", [("11月12日", "区森林防火指挥部办公室"), ("11月14日", "木鱼镇"), ("11月16日", "红坪镇")]),
              ("资源保护", [("11月17日", "区野生动植物保护站")])],
    editors=["陈晓燕"], signers=["刘国栋"], labels=["发"], body_from="【森林防火】",
))

# 消防救援 (Xinjiang, 伊犁哈萨克自治州): entries of several paragraphs, the ones after the
# dated paragraph going on with it (其中，…, 据介绍，…, 演练中，…)
BULLETINS.append(Bulletin(
    name="消防救援 几段一条",
    text="""消防救援工作简报

第18期

伊宁市消防救援大队　　　　2026年11月20日

【火灾防控】

11月13日，**市消防救援大队**联合市商务局对全市32家大型商超开展消防安全联合检查，发现并督促整改火灾隐患57处。

其中，责令“三合一”场所立即整改11处，临时查封1处。

11月16日，**市消防救援大队**组织开展冬季电气火灾防范宣传进社区活动，发放宣传资料2000余份。

据介绍，今冬以来全市已开展各类消防宣传活动46场次。

【执勤训练】

11月18日，大队在伊犁河大桥下开展冰上救援实战演练，参演指战员35名、车辆4辆。

演练中，指战员熟练运用冰面救援板、救生抛投器等器材，完成冰面遇险人员救助全流程操作。

编辑：阿依古丽　　审核：王海军

报：州消防救援支队，市委、市政府领导。
""",
    series="消防救援工作简报", number=18, date=dt.date(2026, 11, 20), office="伊宁市消防救援大队",
    sections=[("火灾防控", [("11月13日", "市消防救援大队"), ("11月16日", "市消防救援大队")]),
              ("执勤训练", [("11月18日", "")])],
    editors=["阿依古丽"], reviewers=["王海军"], labels=["报"], body_from="【火灾防控】",
))

# 气象 (Guizhou, 黔南): copied out of a PDF, the distribution list cut by the page's end and
# its page number
BULLETINS.append(Bulletin(
    name="气象 报尾跨页",
    text="""气象服务信息

第21期

都匀市气象局　　　　2026年11月27日

【天气实况】

11月24日至26日，全市出现今冬首次寒潮天气过程，平均气温下降8.6℃，最低气温出现在墨冲镇，为-2.3℃。

【服务工作】

11月23日，**市气象台**提前48小时发布寒潮蓝色预警，通过短信、大喇叭等渠道向1.6万名责任人推送预警信息。

11月25日，**市人工影响天气办公室**对全市12个作业点开展冬季安全检查，对高炮、火箭发射架逐一维护保养。

编辑：罗丽　　审核：吴明华　　签发：杨昌平

报：州气象局，市委、市政府领导。
发：各镇（街道）人民政府，市直有关单位，
— 3 —
市气象局各科室。
""",
    series="气象服务信息", number=21, date=dt.date(2026, 11, 27), office="都匀市气象局",
    sections=[("天气实况", [("11月24日至26日", "")]),
              ("服务工作", [("11月23日", "市气象台"), ("11月25日", "市人工影响天气办公室")])],
    editors=["罗丽"], reviewers=["吴明华"], signers=["杨昌平"], labels=["报", "发"],
    body_from="【天气实况】", dropped=["— 3 —"],
))

# 气象 again, a page break in the sign-off itself: the page number and the running head
# between the editor's line and the signer's
BULLETINS.append(Bulletin(
    name="气象 署名跨页与页眉",
    text="""气象灾害防御简报

第6期

黔南布依族苗族自治州气象局　　　　2026年11月28日

【防御部署】

11月26日，**州气象局**召开寒潮低温天气防御工作调度会，对交通运输、电力保障等行业提出防御建议。

11月27日，**荔波县气象局**深入景区开展冬季气象服务需求调查，走访旅游企业8家。

编辑：韦小芳　　审核：石光明
— 2 —
气象灾害防御简报
签发：陆永昌

发：各县（市）气象局，州局各科室。
""",
    series="气象灾害防御简报", number=6, date=dt.date(2026, 11, 28), office="黔南布依族苗族自治州气象局",
    sections=[("防御部署", [("11月26日", "州气象局"), ("11月27日", "荔波县气象局")])],
    editors=["韦小芳"], reviewers=["石光明"], signers=["陆永昌"], labels=["发"],
    body_from="【防御部署】", dropped=["— 2 —", "气象灾害防御简报"],
))

# 街道 (Shanghai, a street of 浦东新区): the masthead prints the month only, in Chinese
# numerals, on its own line; the day is on the closing block's 印发 line; ◆ before the sections
BULLETINS.append(Bulletin(
    name="街道 报头只写年月与印发日期",
    text="""陆家嘴街道工作简报

第14期

陆家嘴街道党政办公室

二〇二六年十一月

◆ 党建引领

11月3日，**梅园一居民区**党总支召开“红色物业”议事会，协调解决加装电梯、停车等问题5个。

11月5日，**崂山居民区**组织党员志愿者开展楼道堆物清理，清理堆物30余处。

◆ 平安建设

11月10日，**街道城运中心**联合派出所开展电动自行车“飞线充电”专项整治，劝导整改42处。

编辑：沈佳怡　　审核：顾立伟

送：浦东新区区委办、区府办。
发：各居民区党组织，街道各办（中心）。

陆家嘴街道党政办公室　　　　2026年11月12日印发
""",
    series="陆家嘴街道工作简报", number=14, date=dt.date(2026, 11, 12), office="陆家嘴街道党政办公室",
    sections=[("党建引领", [("11月3日", "梅园一居民区"), ("11月5日", "崂山居民区")]),
              ("平安建设", [("11月10日", "街道城运中心")])],
    editors=["沈佳怡"], reviewers=["顾立伟"], labels=["送", "发", ""], body_from="◆ 党建引领",
))

# 开发区 (Ningbo, a 管委会's office): the office over the name, entries that name their unit
# before the date, spaced off as a chat forwards it: kept as written, the unit read as a paste reads it
BULLETINS.append(Bulletin(
    name="开发区 管委会在名称上与单位在日期前",
    text="""宁波杭州湾新区管委会

经济运行动态

第33期

2026年11月25日

【招商引资】

庵东镇　11月18日，举行新能源汽车零部件产业园项目集中签约仪式，签约项目6个，总投资38亿元。

经发局　11月20日，赴上海开展生物医药产业专题招商，对接企业11家。

【企业服务】

11月21日，**新区行政服务中心**推出企业开办“一件事”集成服务，办理时限压缩至1个工作日。

编辑：周敏　　审核：孙立峰　　签发：钱永刚
""",
    series="经济运行动态", number=33, date=dt.date(2026, 11, 25), office="宁波杭州湾新区管委会",
    sections=[("招商引资", [("", "庵东镇"), ("", "经发局")]),
              ("企业服务", [("11月21日", "新区行政服务中心")])],
    editors=["周敏"], reviewers=["孙立峰"], signers=["钱永刚"], body_from="【招商引资】",
))

# 民政 (Inner Mongolia, a 旗): the name on two lines, the second letter-spaced, 第十一期 over
# 总第一百二十三期 on a line of its own
BULLETINS.append(Bulletin(
    name="民政 汉字总期号另行与字间空格两行名称",
    text="""社会救助
工 作 简 报

第十一期
总第一百二十三期

通辽市科尔沁左翼中旗民政局　　　　2026年11月27日

【救助动态】

11月23日，**旗民政局**召开冬春救助工作推进会，安排部署困难群众冬季生活保障工作。

11月25日，**保康镇**为辖区68户低保家庭送去米面油等慰问物资。

编辑：包海英　　审核：白玉山　　签发：王建华

报：通辽市民政局，旗委、旗政府领导。
""",
    series="社会救助工作简报", number=123, number_line="第11期（总第123期）", date=dt.date(2026, 11, 27),
    office="通辽市科尔沁左翼中旗民政局",
    sections=[("救助动态", [("11月23日", "旗民政局"), ("11月25日", "保康镇")])],
    editors=["包海英"], reviewers=["白玉山"], signers=["王建华"], labels=["报"], body_from="【救助动态】",
))

# 街道 (Hebei, a town of 雄安新区): an entry's second paragraph opening 会上，…
BULLETINS.append(Bulletin(
    name="街道 条目几段含一是",
    text="""社区工作简报

第27期

雄安新区容城县容城镇人民政府　　2026年11月23日

【基层治理】

11月18日，**东关社区**召开居民议事会，围绕老旧小区加装电梯征求居民意见。

会上，居民代表就资金分摊、施工安排等问题充分发表意见，形成初步方案。

11月20日，**西关社区**开展“敲门行动”，走访独居老人46户。

【便民服务】

11月21日，镇便民服务中心推出“延时服务”，工作日延长办理时间至晚7点。

编辑：张丽　　审核：王刚

发：各社区、村。
""",
    series="社区工作简报", number=27, date=dt.date(2026, 11, 23), office="雄安新区容城县容城镇人民政府",
    sections=[("基层治理", [("11月18日", "东关社区"), ("11月20日", "西关社区")]), ("便民服务", [("11月21日", "")])],
    editors=["张丽"], reviewers=["王刚"], labels=["发"], body_from="【基层治理】",
))

# 医院 (Xinjiang, 克孜勒苏柯尔克孜自治州): the office labelled 主办 beside the date, sections 一、
BULLETINS.append(Bulletin(
    name="医院 主办承办与一是栏目",
    text="""医院工作动态

第30期

主办：克孜勒苏柯尔克孜自治州人民医院党委办公室　　2026年11月21日

一、党建工作

11月17日，**医院党委**召开理论学习中心组学习会，专题学习党的二十届四中全会精神。

二、医疗服务

11月18日，**心内科**成功开展首例冠脉旋磨术，填补了州内空白。

11月19日，**医院**与阿图什市人民医院签订紧密型医联体协议。

编辑：阿依努尔　　审核：周建新　　签发：买买提

报：自治区卫生健康委，州委、州政府领导。
""",
    series="医院工作动态", number=30, date=dt.date(2026, 11, 21), office="克孜勒苏柯尔克孜自治州人民医院党委办公室",
    sections=[("党建工作", [("11月17日", "医院党委")]), ("医疗服务", [("11月18日", "心内科"), ("11月19日", "医院")])],
    editors=["阿依努尔"], reviewers=["周建新"], signers=["买买提"], labels=["报"], body_from="一、党建工作", dropped=["一、", "二、"],
))
# 水利 (Inner Mongolia, 巴彦淖尔): the 专刊 over the number, 第3期 and 总第58期 spaced on one line
BULLETINS.append(Bulletin(
    name="水利 专刊在期号上与总期号同行",
    text="""防汛抗旱简报
（冬春灌溉专刊）
第3期　总第58期
巴彦淖尔市水利局　　2026年11月26日
【灌溉进度】
11月20日，**河套灌区管理总局**秋浇工作全面结束，累计灌溉面积682万亩。
11月22日，**五原县**完成冬灌渠道清淤42公里。
编辑：乔丽　　审核：郝振东　　签发：李旺
报：自治区水利厅，市委、市政府领导。
（共印20份）
""",
    series="防汛抗旱简报", number=58, number_line="第3期（总第58期）", special="冬春灌溉专刊", date=dt.date(2026, 11, 26),
    office="巴彦淖尔市水利局",
    sections=[("灌溉进度", [("11月20日", "河套灌区管理总局"), ("11月22日", "五原县")])],
    editors=["乔丽"], reviewers=["郝振东"], signers=["李旺"], labels=["报"], copies=20, body_from="【灌溉进度】", dropped=["（共印20份）"],
))

# 人社 (Qinghai, 果洛藏族自治州): entries opening with their date, 会议指出 inside them, signed
# after a dash by the department that sent them
BULLETINS.append(Bulletin(
    name="人社 破折号署名与会议指出",
    text="""人社工作动态

第16期

果洛藏族自治州人力资源和社会保障局　　　2026年11月24日

【工作推进】

11月18日，召开全州根治欠薪冬季攻坚行动部署会。会议指出，要聚焦工程建设领域，确保农民工工资按时足额发放。——州劳动保障监察支队

11月20日，举办高校毕业生就业政策宣讲会，200余名毕业生参加。——州就业服务局

编辑：才让措　　审核：马文斌

报：省人社厅，州委、州政府领导。
""",
    series="人社工作动态", number=16, date=dt.date(2026, 11, 24), office="果洛藏族自治州人力资源和社会保障局",
    sections=[("工作推进", [("11月18日", "州劳动保障监察支队"), ("11月20日", "州就业服务局")])],
    editors=["才让措"], reviewers=["马文斌"], labels=["报"], body_from="【工作推进】",
))

@pytest.mark.parametrize("bulletin", BULLETINS, ids=[b.name for b in BULLETINS])
def test_a_bulletin_reads_as_its_clerk_reads_it(bulletin: Bulletin) -> None:
    check(bulletin)
