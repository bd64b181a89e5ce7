"""Whole bulletins of offices and places not read before (区县市场监管, 卫健 with a 发至 note,
教体局, 农业农村 专刊, 生态环境 督察整改特刊, 州文旅, 商务, 上海的镇, 煤矿, 高校宣传部, 旗县,
街道, 增刊, 信息快报, 宁夏教育厅, 园区管委会), typed, forwarded or copied out of a PDF: 第N期 in
Chinese numerals, the date in Chinese numerals or before the name, a note of who may read it
under the name (（此件发至乡镇卫生院）), 专刊/特刊/增刊 lines with and without numbers, sections
as 一、, （一）, 【】, ★…★ and bold lines, entries whose unit is bold after the date, signs at
the end in brackets or after a dash, or stands before the date with its colon, dates written
5月30号, 本周一 or 端午节前, articles with a byline under the title, closing blocks in other
orders, page numbers and running heads of a PDF and lines cut where its page was narrow.
Each reads as its clerk reads it, and no text is lost or doubled (the checks of
test_text_import_r9_bulletins)."""
from __future__ import annotations

import datetime as dt

import pytest

from test_text_import_r9_bulletins import Bulletin, check

BULLETINS: list[Bulletin] = []

# 市场监管 (Jiangxi, a district): 第十二期, the date in Chinese numerals on the office's line,
# sections numbered 一、, units signed in brackets at the end or bold after the date
BULLETINS.append(Bulletin(
    name="市场监管 汉字期号与汉字日期",
    text="""市场监管动态

第十二期

赣州市南康区市场监督管理局　　　　二〇二四年六月十二日

一、食品安全

6月5日，区局组织执法人员对辖区23所学校食堂开展“开学季”食品安全检查，督促整改问题11个。（区局食品安全协调股）

6月7日，**唐江所**联合镇政府开展农村集体聚餐食品安全宣传，发放资料600余份。

二、特种设备

6月10日，**龙岭所**对辖区电梯维保单位开展专项检查，检查电梯86台，下达安全监察指令书4份。

编辑：钟晓玲　　审核：赖文斌　　签发：谢国华

报：市市场监管局，区委、区政府领导。
发：各市场监管所，局机关各股室。
""",
    series="市场监管动态", number=12, date=dt.date(2024, 6, 12), office="赣州市南康区市场监督管理局",
    sections=[("食品安全", [("6月5日", "区局食品安全协调股"), ("6月7日", "唐江所")]),
              ("特种设备", [("6月10日", "龙岭所")])],
    editors=["钟晓玲"], reviewers=["赖文斌"], signers=["谢国华"], labels=["报", "发"],
    body_from="一、食品安全", dropped=["一、", "二、"],
))

# 卫健 (Guangxi, a district): who the issue goes to, in brackets under the name, is a mark of
# the masthead, kept as written; the year number with its running number
BULLETINS.append(Bulletin(
    name="卫健 此件发至与年度期号",
    text="""卫生健康信息

（此件发至乡镇卫生院）

2024年第6期（总第88期）

柳州市柳江区卫生健康局　　　　2024年6月14日

【疾病防控】

6月11日，**区疾控中心**在拉堡镇开展登革热病媒生物应急监测，布放诱蚊诱卵器120个。

6月12日，**百朋镇卫生院**组织村医开展夏季腹泻病防治培训，参训人员46名。

【健康教育】

6月13日，区卫生健康局联合区教育局在全区中小学开展防溺水健康教育，覆盖学生3.2万人。

编辑：韦丽萍　　签发：覃永强

送：区委、区政府领导。
发：各乡镇卫生院，区直各医疗卫生单位。

（共印30份）
""",
    series="卫生健康信息", number=88, number_line="2024年第6期（总第88期）", date=dt.date(2024, 6, 14),
    office="柳州市柳江区卫生健康局", marking="（此件发至乡镇卫生院）",
    sections=[("疾病防控", [("6月11日", "区疾控中心"), ("6月12日", "百朋镇卫生院")]),
              ("健康教育", [("6月13日", "")])],
    editors=["韦丽萍"], signers=["覃永强"], labels=["送", "发"], copies=30,
    body_from="【疾病防控】", dropped=["（共印30份）"],
))

# 教育 (Shandong, a county-level city) copied out of a PDF: bold section lines, bullets before
# dated entries, a footer 第 1 页 共 2 页 and the running head between the pages, a line cut
BULLETINS.append(Bulletin(
    name="教体局 PDF页脚与菱形条目",
    text="""高密教育简报
第9期
高密市教育和体育局办公室　　2024年5月20日
**工作动态**
◆5月14日，**市教体局**召开全市中小学安全工作会议，通报近期校园安全隐患排
查情况，部署防溺水、交通安全等重点工作。
◆5月16日，**朝阳街道中心学校**举办“阳光体育”运动会，1200余名学生参加。
第 1 页 共 2 页
高密教育简报
**基层风采**
◆5月17日，**醴泉街道中心学校**开展“书香校园”读书节活动，评选出“书香班级
”24个、“阅读之星”86名。
编辑：孙晓燕　　审核：王建民
报：市委、市政府领导。
发：各镇街中心学校，市直各学校。
第 2 页 共 2 页
""",
    series="高密教育简报", number=9, date=dt.date(2024, 5, 20), office="高密市教育和体育局办公室",
    sections=[("工作动态", [("5月14日", "市教体局"), ("5月16日", "朝阳街道中心学校")]),
              ("基层风采", [("5月17日", "醴泉街道中心学校")])],
    editors=["孙晓燕"], reviewers=["王建民"], labels=["报", "发"],
    body_from="**工作动态**", dropped=["第 1 页 共 2 页", "高密教育简报", "第 2 页 共 2 页"],
))

# 农业农村 (Sichuan) 专刊 without a number of its own; a county's name on a line of its own
# over its entries is a line of the text as printed (the entries under it name their offices)
BULLETINS.append(Bulletin(
    name="农业农村 三夏专刊与县名行",
    text="""南充农业农村工作简报

第15期

（“三夏”生产专刊）

南充市农业农村局　　　　2024年6月4日

【县区动态】

西充县：

5月30日，县农业农村局组织农技人员深入田间地头，指导小麦适时收获，全县已收获小麦18.6万亩。

6月1日，县农机中心调度收割机320台，开展跨区作业服务。

阆中市：

6月2日，市农业农村局召开“三夏”安全生产调度会，部署农机安全和秸秆禁烧工作。

编辑：蒲小军　　审核：杜明华　　签发：何永利

报：省农业农村厅，市委、市政府领导。
发：各县（市、区）农业农村局。
""",
    series="南充农业农村工作简报", number=15, special="“三夏”生产专刊", date=dt.date(2024, 6, 4),
    office="南充市农业农村局",
    sections=[("县区动态", [("", ""), ("5月30日", ""), ("6月1日", ""), ("", ""), ("6月2日", "")])],
    editors=["蒲小军"], reviewers=["杜明华"], signers=["何永利"], labels=["报", "发"], body_from="【县区动态】",
))

# 生态环境 (Zhejiang, a county branch): a 特刊 with its number in brackets, entries dated with
# the time of day, the unit signing after a dash on the entry's last line
BULLETINS.append(Bulletin(
    name="生态环境 督察整改特刊与破折号署名",
    text="""德清生态环境信息

第21期

（中央生态环境保护督察整改特刊　第3期）

湖州市生态环境局德清分局　　　　2024年6月7日

6月3日上午，县督察整改工作领导小组召开第三次会议，听取整改进展情况汇报，研究推进重点难点问题整改。——县督察整改办

6月5日，**新市镇**完成集镇区域雨污分流改造工程验收，新建污水管网6.8公里。

6月6日，县生态环境分局对全县35家涉挥发性有机物企业开展夜间执法检查，立案查处2起。——县生态环境分局执法队

联系人：沈晓东　　电话：0572-8012345
""",
    series="德清生态环境信息", number=21, special="中央生态环境保护督察整改特刊 第3期", date=dt.date(2024, 6, 7),
    office="湖州市生态环境局德清分局",
    sections=[("", [("6月3日上午", "县督察整改办"), ("6月5日", "新市镇"), ("6月6日", "县生态环境分局执法队")])],
    body_from="6月3日上午",  # (联系人 and 电话 with no list to send it to: lines of the sign-off)
))

# 文旅 (Yunnan, a prefecture): 近日 before bold units, an article with its unit and author on
# the line under its title, the sign-off line after the distribution, 印 note last
BULLETINS.append(Bulletin(
    name="文旅 署名行与报尾先分送后编辑",
    text="""大理州文化和旅游工作简报

第7期

大理州文化和旅游局　　　　2024年5月28日

【工作动态】

近日，**大理市**启动“风花雪月·自在大理”夏季旅游推广活动，推出精品线路12条。

5月24日，**剑川县**举办木雕文化艺术节，展出木雕作品300余件，吸引游客2.1万人次。

【经验交流】

宾川县：“旅游+农业”让果园变景区

宾川县文化和旅游局　杨丽娟

今年以来，宾川县依托40万亩水果产业，打造“果园游”精品线路8条，开展采摘节、果园音乐会等活动26场次，带动农户增收1800余万元。

下一步，宾川县将完善乡村旅游配套设施，推动农文旅深度融合。

报：省文化和旅游厅，州委、州政府领导。
发：各县市文化和旅游局。

编辑：段晓明　　审核：李文华　　签发：赵建国

（共印25份）
""",
    series="大理州文化和旅游工作简报", number=7, date=dt.date(2024, 5, 28), office="大理州文化和旅游局",
    sections=[("工作动态", [("近日", "大理市"), ("5月24日", "剑川县")]),
              ("经验交流", ["宾川县：“旅游+农业”让果园变景区"])],
    editors=["段晓明"], reviewers=["李文华"], signers=["赵建国"], labels=["报", "发"], copies=25,
    body_from="【工作动态】", dropped=["（共印25份）"],
))

# 商务 (Fujian, a district): ★…★ sections, each entry opening with its unit bold and a colon,
# the date after it kept in the text
BULLETINS.append(Bulletin(
    name="商务 星号栏目与单位冒号在前",
    text="""思明商务简报

2024年第5期

厦门市思明区商务局　　　　2024年6月3日

★消费促进★

**中华街道：**5月31日，联合商户在中山路步行街举办“鹭岛夜市”消费季活动，3天吸引客流12万人次。

**鹭江街道：**6月1日，组织辖区餐饮企业开展“美食进社区”活动，参与商户35家。

★外资外贸★

**区商务局：**近日，组织12家外贸企业赴广交会对接采购商，达成意向订单2300万美元。

编辑：林雅婷　　签发：陈志明

报：市商务局，区委、区政府领导。
""",
    series="思明商务简报", number=5, number_line="2024年第5期", date=dt.date(2024, 6, 3), office="厦门市思明区商务局",
    sections=[("消费促进", [("", "中华街道"), ("", "鹭江街道")]), ("外资外贸", [("", "区商务局")])],
    editors=["林雅婷"], signers=["陈志明"], labels=["报"], body_from="★消费促进★",
))

# 乡镇 (Shanghai, a town): the villages' news numbered 1．2．, dates in colloquial forms (5月30号，
# 本周一，) before the villages in bold, kept as written
BULLETINS.append(Bulletin(
    name="乡镇 编号条目与口语日期",
    text="""川沙新镇工作简报

第21期

川沙新镇党政办公室　　　　2024年6月5日

【村居动态】

1．5月30号，**连民村**组织党员志愿者开展人居环境整治，清理河道垃圾3吨。

2．本周一，**城南居委**举办“邻里节”活动，居民200余人参加。

3．6月3日，**七灶村**召开村民代表会议，审议通过村庄规划调整方案。

编辑：陆晓燕　　审核：顾建平

报：区委、区政府办公室。
送：镇党委、政府领导。
""",
    series="川沙新镇工作简报", number=21, date=dt.date(2024, 6, 5), office="川沙新镇党政办公室",
    sections=[("村居动态", [("5月30号", "连民村"), ("本周一", "城南居委"), ("6月3日", "七灶村")])],
    editors=["陆晓燕"], reviewers=["顾建平"], labels=["报", "送"], body_from="【村居动态】",
))

# 国企 (Shandong, a coal mine): 一、 sections, teams' names bold after the date, a table typed
# with wide gaps, the closing's 主送/抄送
BULLETINS.append(Bulletin(
    name="煤矿 区队单位与空格表格",
    text="""安全生产信息

第47期

鲍店煤矿安全管理部　　　　2024年6月8日

一、安全动态

6月5日，**综采一区**开展顶板事故应急演练，参演职工56人。

6月6日，**机电运输区**对主斜井提升系统进行全面检修，更换钢丝绳1根。

二、隐患排查

本周共排查隐患情况如下：

区队　　排查隐患　　已整改
综采一区　　12　　12
掘进二区　　9　　7

编辑：刘志刚　　审核：马建军

主送：矿领导。
抄送：各区队，机关各部室。
""",
    series="安全生产信息", number=47, date=dt.date(2024, 6, 8), office="鲍店煤矿安全管理部",
    sections=[("安全动态", [("6月5日", "综采一区"), ("6月6日", "机电运输区")]),
              ("隐患排查", [("", ""), ("", ""), ("", ""), ("", "")])],
    editors=["刘志刚"], reviewers=["马建军"], labels=["主送", "抄送"], body_from="一、安全动态",
    dropped=["一、", "二、"],
))

# 高校 (Shaanxi): 第5期（总第302期）, the office with 编 after it, the colleges signing in brackets
BULLETINS.append(Bulletin(
    name="高校 编字单位与学院署名",
    text="""校园信息

第5期（总第302期）

党委宣传部编　　　　2024年6月6日

【教学科研】

6月3日，学校召开本科教育教学审核评估整改推进会，梳理问题清单46项，明确整改责任单位。（教务处）

6月4日，计算机学院团队研发的农业遥感监测平台通过省级科技成果鉴定。（计算机学院）

【校园文化】

6月5日，学校举办第十届校园读书节闭幕式，表彰优秀读书社团10个。（图书馆）

报：省委教育工委。
发：校领导，各学院、各部门。
""",
    series="校园信息", number=302, number_line="第5期（总第302期）", date=dt.date(2024, 6, 6), office="党委宣传部编",
    sections=[("教学科研", [("6月3日", "教务处"), ("6月4日", "计算机学院")]),
              ("校园文化", [("6月5日", "图书馆")])],
    labels=["报", "发"], body_from="【教学科研】",
))

# 旗县 (Inner Mongolia): a 旗's bureau, 苏木 and 嘎查 as the units, sections （一）（二）
BULLETINS.append(Bulletin(
    name="旗县 苏木嘎查与括号编号栏目",
    text="""市场监管工作简报

第6期

达拉特旗市场监督管理局　　　　2024年5月31日

（一）监管执法

5月27日，**树林召市场监管所**对辖区农资经营店开展专项检查，检查门店21家。

5月29日，**昭君市场监管所**深入中和西镇开展牧区乳制品质量抽检，抽检样品15批次。

（二）服务发展

5月30日，**旗市场监管局**为王爱召镇8家农牧民专业合作社上门办理营业执照变更。

编辑：乌日娜　　审核：张海军　　签发：包金山
""",
    series="市场监管工作简报", number=6, date=dt.date(2024, 5, 31), office="达拉特旗市场监督管理局",
    sections=[("（一）监管执法", [("5月27日", "树林召市场监管所"), ("5月29日", "昭君市场监管所")]),
              ("（二）服务发展", [("5月30日", "旗市场监管局")])],
    editors=["乌日娜"], reviewers=["张海军"], signers=["包金山"], body_from="（一）监管执法",
))

# 街道 (Guangdong): the date first, then the name and the number, the office last; entries
# whose community signs after its text with 供稿 in brackets
BULLETINS.append(Bulletin(
    name="街道 日期在名称前与供稿署名",
    text="""2024年6月10日

南头街道工作动态

第11期

深圳市南山区南头街道办事处

【基层治理】

6月6日，街道组织开展“平安南头”夜间巡查行动，排查出租屋1260间，整改消防隐患38处。（供稿：街道综治办）

6月7日，前海社区召开居民议事会，协商解决老旧小区加装电梯问题。（前海社区供稿）

编辑：黄晓玲　　审核：梁志坚
""",
    series="南头街道工作动态", number=11, date=dt.date(2024, 6, 10), office="深圳市南山区南头街道办事处",
    sections=[("基层治理", [("6月6日", "街道综治办"), ("6月7日", "前海社区")])],
    editors=["黄晓玲"], reviewers=["梁志坚"], body_from="【基层治理】",
))

# 农业农村 增刊 (Jilin): two articles, each with its unit under the title, no dated entry
BULLETINS.append(Bulletin(
    name="农业农村 增刊两篇文章署名",
    text="""吉林农村经济信息

增刊第2期

吉林省农业农村厅办公室　　　　2024年4月18日

梨树县推广黑土地保护“梨树模式”

梨树县农业农村局

今年，梨树县推广玉米秸秆覆盖免耕栽培技术，面积达到420万亩，比上年增加30万亩。

全县组建农机合作社412个，为农户提供全程机械化服务。

公主岭市多措并举保障春耕物资供应

公主岭市农业农村局

春耕以来，公主岭市组织农资企业储备化肥18万吨、种子3600吨，确保春耕生产需要。

报：省委、省政府领导。
""",
    series="吉林农村经济信息", number=2, special="增刊 第2期", date=dt.date(2024, 4, 18), office="吉林省农业农村厅办公室",
    sections=[("", ["梨树县推广黑土地保护“梨树模式”", "公主岭市多措并举保障春耕物资供应"])],
    labels=["报"], body_from="梨树县推广",
))

# 商务 快报 (Hubei): name and number on one line, 第十五期; the date on the office's line
# written 2024年6月1日; 端午节前 as an entry's lead before a bold unit
BULLETINS.append(Bulletin(
    name="商务 信息快报一行与节前日期",
    text="""商务信息快报　　第十五期

宜昌市商务局办公室　　2024年6月1日

【市场运行】

端午节前，**市商务局**对全市重点商超粽子、鲜肉等节日商品供应开展监测，市场货源充足、价格平稳。

5月30日，**夷陵区**举办“夷陵好物”直播带货活动，销售额达260万元。

编辑：向晓红　　签发：郑国强

报：省商务厅，市委、市政府领导。
""",
    series="商务信息快报", number=15, date=dt.date(2024, 6, 1), office="宜昌市商务局办公室",
    sections=[("市场运行", [("端午节前", "市商务局"), ("5月30日", "夷陵区")])],
    editors=["向晓红"], signers=["郑国强"], labels=["报"], body_from="【市场运行】",
))

# 教育厅 (Ningxia): sections 一、 with entries whose unit is in brackets at the end, the
# closing's 抄报/抄送 and a 印发 line with its date
BULLETINS.append(Bulletin(
    name="教育厅 抄报抄送与印发行",
    text="""教育工作简报

第18期

宁夏回族自治区教育厅办公室　　　　2024年6月12日

一、基础教育

6月7日至8日，全区高考顺利进行，6.8万名考生参加考试，考试组织平稳有序。（考试院）

6月10日，固原市原州区举办义务教育阶段课后服务成果展示活动。（原州区教育局）

二、职业教育

6月11日，全区职业院校技能大赛开幕，来自28所院校的1600余名选手参赛。（职成教处）

抄报：教育部办公厅，自治区党委、政府领导。
抄送：各市、县（区）教育局，各高等学校。

宁夏回族自治区教育厅办公室　　2024年6月12日印发
""",
    series="教育工作简报", number=18, date=dt.date(2024, 6, 12), office="宁夏回族自治区教育厅办公室",
    sections=[("基础教育", [("6月7日至8日", "考试院"), ("6月10日", "原州区教育局")]),
              ("职业教育", [("6月11日", "职成教处")])],
    labels=["抄报", "抄送", ""], body_from="一、基础教育", dropped=["一、", "二、"],
))

# 园区管委会 (Jiangsu): typed with no blank lines, entries' units written plainly after the
# date (no bold), an editor's note at the top
BULLETINS.append(Bulletin(
    name="园区 编者按与无空行",
    text="""苏州工业园区经济运行简报
第3期
苏州工业园区管委会经济发展委员会　2024年5月15日
编者按：今年以来，园区经济运行稳中向好，现将有关情况摘编如下，供参阅。
【重点项目】
5月10日，园区举行二季度重大项目集中签约活动，签约项目26个，总投资215亿元。
5月13日，金鸡湖商务区新引进跨国公司地区总部2家。
【企业服务】
5月14日，园区召开中小企业服务月启动会，发布惠企政策清单42条。
编辑：周晓婷　　审核：吴建新　　签发：钱永刚
""",
    series="苏州工业园区经济运行简报", number=3, date=dt.date(2024, 5, 15), office="苏州工业园区管委会经济发展委员会",
    sections=[("", [("", "")]), ("重点项目", [("5月10日", ""), ("5月13日", "")]),
              ("企业服务", [("5月14日", "")])],
    editors=["周晓婷"], reviewers=["吴建新"], signers=["钱永刚"], body_from="编者按",
))


@pytest.mark.parametrize("bulletin", BULLETINS, ids=[b.name for b in BULLETINS])
def test_a_bulletin_of_another_hand_reads_as_its_clerk_reads_it(bulletin: Bulletin) -> None:
    check(bulletin)
