"""Whole bulletins of many offices, typed or pasted as clerks do, read from plain text: each
as its clerk reads it (masthead, sections, entries with their dates and units, articles,
closing block), and no text of it lost or doubled.

The bulletins are invented, in the manner of the 简报 of several departments and provinces:
different mastheads, section marks, ways of naming an entry's unit, closing lines in
different orders, and the marks of copying out of a printed file (page numbers, lines cut
mid-sentence, stray spaces)."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

import pytest

from bulletin_desktop.core.model import Article, Issue, Item
from bulletin_desktop.core.textformat import read_text

# an entry expected: (date, unit) for an item, the title for an article
Entry = tuple[str, str] | str


@dataclass
class Bulletin:
    name: str
    text: str
    series: str
    number: int
    date: dt.date
    office: str
    sections: list[tuple[str, list[Entry]]]
    number_line: str = ""  # the 期号 as the issue prints it; "" 第{number}期
    special: str = ""  # Special.label(); "" none
    marking: str = ""
    editors: list[str] = field(default_factory=list)
    reviewers: list[str] = field(default_factory=list)
    signers: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)  # the distribution lines' labels in order
    copies: int | None = None
    body_from: str = ""  # the first line after the masthead: the text from it on is kept whole
    dropped: list[str] = field(default_factory=list)  # artefacts of the original (page numbers), and what is read into fields
    signed_above: str = ""  # a sign-off the masthead prints (签发人：…), which the closing block holds


def _counted(text: str) -> Counter[str]:
    """The characters that carry the text: Chinese, letters and figures (punctuation and
    spaces vary with how a line is printed back)."""
    return Counter(ch for ch in text if re.match(r"[\u4e00-\u9fff0-9A-Za-z０-９]", ch))


def issue_body_text(issue: Issue) -> str:
    out: list[str] = []
    for section in issue.sections:
        out.append(section.title)
        for entry in section.entries:
            if isinstance(entry, Article):
                out.append(entry.title)
                out.extend("".join(run.text for run in p) for p in entry.paragraphs)
            else:
                out.append(entry.text)
    out.append(issue.signoff.line())
    out.extend(line.line() for line in issue.distribution)
    return "\n".join(out)


def entries_of(issue: Issue) -> list[tuple[str, list[Entry]]]:
    return [(s.title, [e.title if isinstance(e, Article) else (e.date, e.unit) for e in s.entries])
            for s in issue.sections]


def check(b: Bulletin) -> None:
    issue = read_text(b.text)
    assert (issue.series, issue.number_line(), issue.date, issue.office) == (
        b.series, b.number_line or f"第{b.number}期", b.date, b.office)
    assert issue.number == b.number
    assert (issue.special.label() if issue.special else "") == b.special
    assert issue.marking == b.marking
    assert entries_of(issue) == b.sections
    assert (issue.signoff.editors, issue.signoff.reviewers, issue.signoff.signers) == (b.editors, b.reviewers, b.signers)
    assert [d.label for d in issue.distribution] == b.labels
    assert issue.print_copies == b.copies
    # (签发人：, 审核人： are the fields the closing block prints 签发：, 审核：)
    body = re.sub(r"(签发|审核)人", r"\1", b.text[b.text.index(b.body_from):].replace("**", ""))
    for artefact in b.dropped:
        assert artefact in body, artefact
        body = body.replace(artefact, "", 1)
    assert _counted(issue_body_text(issue)) == _counted(body + b.signed_above)


BULLETINS: list[Bulletin] = []

# 应急管理 (Henan): 内部资料 over the name, a year number with its running number in 号, a
# bold unit with its colon before a loose date, an experience article with 一是 points
BULLETINS.append(Bulletin(
    name="应急管理 2024年第3期（总第152号）",
    text="""内部资料　注意保存

应急管理工作简报

2024年第3期（总第152号）

鹤壁市应急管理局办公室　　　　　2024年3月18日

【工作动态】

3月11日，**市应急管理局**召开全市安全生产形势分析会，通报1—2月全市安全生产形势，分析研判当前重点行业领域风险，对全国“两会”期间安全防范工作作出安排。

**浚县应急局：**近日，浚县应急局联合县消防救援大队对城区12家大型商超开展消防安全联合检查，共发现问题隐患37处，已当场整改29处。

3月13日，**淇滨区**组织开展危险化学品企业安全生产标准化现场评审，对评审中发现的8项问题逐项建立台账，明确整改时限。

【基层经验】

淇县：“三查三改”压实企业主体责任

今年以来，淇县聚焦工贸企业安全生产主体责任落实，推行企业自查、部门检查、专家核查“三查”和即查即改、限期整改、挂牌督改“三改”工作法，全县工贸领域事故起数同比下降40%。

一是自查有清单。为全县236家工贸企业量身定制自查清单，企业每月对照清单开展自查并在线上传。

二是检查有标准。组建由行业部门和专家组成的检查组，对照标准逐项打分，检查结果与执法计划挂钩。

三是整改有闭环。对发现的隐患实行“发现—交办—整改—销号”闭环管理，确保隐患动态清零。

编辑：王　敏　　审核：李志强　　签发：张建国

报：省应急管理厅，市委、市政府领导。
送：市安委会各成员单位。
发：各县（区）应急管理局。

本期共印40份
""",
    series="应急管理工作简报", number=152, number_line="2024年第3期（总第152期）", date=dt.date(2024, 3, 18),
    office="鹤壁市应急管理局办公室", marking="内部资料\u3000注意保存",
    sections=[("工作动态", [("3月11日", "市应急管理局"), ("", "浚县应急局"), ("3月13日", "淇滨区")]),
              ("基层经验", ["淇县：“三查三改”压实企业主体责任"])],
    editors=["王敏"], reviewers=["李志强"], signers=["张建国"], labels=["报", "送", "发"], copies=40,
    body_from="【工作动态】", dropped=["本期共印40份"],
))

# 卫健 (a county): 〔〕 sections, entries whose unit is not bold after a loose lead, an entry
# signed at its end, 抄送/印发 and the 印发 line at the foot
BULLETINS.append(Bulletin(
    name="卫健 第12期",
    text="""卫生健康工作动态

第12期

汝南县卫生健康委员会　　　　　2024年5月6日

〔工作部署〕

4月28日，县卫健委召开全县基层卫生工作推进会，传达全省基层卫生健康工作会议精神，安排部署紧密型县域医共体建设重点任务。

近日，县卫健委印发《汝南县2024年基层医疗卫生机构能力提升实施方案》，明确年内完成8家乡镇卫生院提质改造，新增村卫生室标准化建设30所。

〔疾病防控〕

日前，县疾控中心对全县15家托幼机构开展春季传染病防控专项督导，现场反馈问题21条，督促限期整改到位。（供稿：县疾控中心）

5月2日，**县人民医院**组织开展“五一”假期院感防控专项检查，重点检查发热门诊、急诊科等重点科室，共发现问题6处，已全部整改。

〔基层动态〕

4月中旬以来，三门闸街道社区卫生服务中心组织家庭医生团队上门为辖区65岁以上老年人开展健康体检，累计服务老年人1260人次。

4月30日，**东官庄镇卫生院**联合镇派出所、镇市场监管所对辖区4家个体诊所开展联合执法检查，责令停业整改1家。

抄送：市卫健委，县委、县政府领导，县医改领导小组成员单位。
印发：各乡镇卫生院，县直各医疗卫生单位。

汝南县卫生健康委员会办公室　　　　2024年5月6日印发
""",
    series="卫生健康工作动态", number=12, date=dt.date(2024, 5, 6), office="汝南县卫生健康委员会",
    sections=[("工作部署", [("4月28日", ""), ("近日", "")]),
              ("疾病防控", [("日前", "县疾控中心"), ("5月2日", "县人民医院")]),
              ("基层动态", [("4月中旬以来", ""), ("4月30日", "东官庄镇卫生院")])],
    labels=["抄送", "印发", ""], body_from="〔工作部署〕",
))

# 教育 (Shandong): the running number alone, sections numbered 一、 without brackets, entries
# numbered 1．, a page number and a line cut where the page ended
BULLETINS.append(Bulletin(
    name="教育 总第208期",
    text="""教育工作简报

总第208期

临沂市兰山区教育和体育局　　　　2023年11月24日

一、重点工作

1．11月20日，**区教体局**召开全区中小学校园安全工作会议，通报近期校园安全检查情况，对冬季校园消防、交通、食品安全工作进行再部署。

2．11月21日，**区教研室**组织全区初中学科教研员深入12所薄弱学校开展“送教下乡”活动，听评课48节，开展专题讲座6场。

二、基层动态

1．11月17日，**柳青街道中心小学**举行秋季运动会暨“阳光体育”展示活动，全校2300余名师生参加。

2．11月22日，**枣园镇中学**开展冬季消防应急疏散演练，师生1100余人在3分钟内安全有序撤离至操场，演练结束后，消防救援人员现场讲解

- 2 -

灭火器使用方法。

3．11月23日，**兰山区第五实验小学**邀请区法院法官走进校园开展“宪法进校园”主题宣讲活动。

报：市教育局，区委、区政府领导。
送：区委教育工作领导小组成员单位。
发：各街道（镇）中心校，区直各学校。

（共印60份）
""",
    series="教育工作简报", number=208, number_line="总第208期", date=dt.date(2023, 11, 24), office="临沂市兰山区教育和体育局",
    sections=[("重点工作", [("11月20日", "区教体局"), ("11月21日", "区教研室")]),
              ("基层动态", [("11月17日", "柳青街道中心小学"), ("11月22日", "枣园镇中学"), ("11月23日", "兰山区第五实验小学")])],
    labels=["报", "送", "发"], copies=60, body_from="一、重点工作",
    dropped=["一、", "二、", "- 2 -", "共印60份"],
))

# 农业农村 (Hebei): numbered as documents (〔2024〕5号), ★ section marks, the unit in 【】
# before the date, a loose 日前 lead with a bold unit, closing signed on lines of their own
BULLETINS.append(Bulletin(
    name="农业农村 冀农简〔2024〕5号",
    text="""农业农村工作简报

正农简〔2024〕5号

正定县农业农村局　　　　　2024年4月12日

★春耕生产★

【新城铺镇】4月8日，组织农技人员深入田间地头，指导群众开展小麦春季田间管理，发放技术明白纸2000余份。

【南楼乡】4月9日，召开春耕备播工作调度会，对种子、化肥、农药等农资储备情况进行摸底，确保春耕生产不误农时。

日前，**县农业执法大队**开展春季农资打假专项行动，检查农资经营门店46家，立案查处销售假劣种子案件2起。

★乡村建设★

4月10日，**县乡村振兴局**组织召开和美乡村建设现场观摩会，与会人员实地观摩了曲阳桥乡、北早现乡3个村的人居环境整治成效。

编辑：赵丽
审核：孙晓东
签发：刘振华

送：市农业农村局，县委、县政府有关领导。
发：各乡镇人民政府，县直有关单位。
""",
    series="农业农村工作简报", number=5, number_line="2024年第5期", date=dt.date(2024, 4, 12), office="正定县农业农村局",
    sections=[("春耕生产", [("4月8日", "新城铺镇"), ("4月9日", "南楼乡"), ("日前", "县农业执法大队")]),
              ("乡村建设", [("4月10日", "县乡村振兴局")])],
    editors=["赵丽"], reviewers=["孙晓东"], signers=["刘振华"], labels=["送", "发"], body_from="★春耕生产★",
))

# 市场监管 (Zhejiang): a 特刊 with its number, an editor's note, bold headings without
# brackets, units signed after the text with half-width brackets, the print run first
BULLETINS.append(Bulletin(
    name="市场监管 特刊",
    text="""市场监管信息

第15期

（食品安全专项整治特刊　第2期）

温州市鹿城区市场监督管理局　　　　2024年6月3日

编者按：为深入推进食品安全专项整治行动，现将近期各所工作情况予以刊发，供各单位学习借鉴。

**专项整治**

5月28日，五马市场监管所对辖区学校周边32家食品经营户开展拉网式排查，责令整改问题17个，下架过期食品23公斤。(五马所)

5月29日，**南郊市场监管所**联合区教育局对辖区中小学食堂开展食品安全联合检查，检查学校食堂14家，督促落实“明厨亮灶”要求。

**执法办案**

5月30日，**区市场监管局执法队**查处一起销售不符合食品安全标准的食品案，罚没款共计5.6万元。

本期共印30份。

报：市市场监管局，区委、区政府领导。
发：各市场监管所，局机关各科室。
""",
    series="市场监管信息", number=15, special="食品安全专项整治特刊 第2期", date=dt.date(2024, 6, 3),
    office="温州市鹿城区市场监督管理局",
    sections=[("", [("", "")]), ("专项整治", [("5月28日", "五马所"), ("5月29日", "南郊市场监管所")]),
              ("执法办案", [("5月30日", "区市场监管局执法队")])],
    labels=["报", "发"], copies=30, body_from="编者按", dropped=["本期共印30份"],
))

# 生态环境 (Jiangsu): a 信息专报 with an urgency mark, a leader's instruction printed before
# the report, an article whose paragraphs were cut at the page's width by a PDF copy
BULLETINS.append(Bulletin(
    name="生态环境 信息专报",
    text="""特急

生态环境信息专报

第7期

盐城市生态环境局　　　　2024年7月15日

【领导批示】

市政府主要领导批示：请市生态环境局牵头，会同相关县（市、区）抓紧推进问题整改，确保按期销号。

【专题报告】

关于射阳河流域水环境问题整改情况的报告

6月以来，市生态环境局对射阳河流域开展专项排查，共排查入河排污口412个，发现问题排
口37个，已完成整治29个，其余8个正在按“一口一策”推进整治，预计8月底前全部完成。

下一步，我局将加密水质监测频次，对重点断面实行日监测、周通报，对整治进度滞后的
地区进行约谈督办。

签发人：陈卫东

报：省生态环境厅，市委、市政府主要领导。
""",
    series="生态环境信息专报", number=7, date=dt.date(2024, 7, 15), office="盐城市生态环境局", marking="特急",
    sections=[("领导批示", [("", "")]),
              ("专题报告", ["关于射阳河流域水环境问题整改情况的报告"])],
    signers=["陈卫东"], labels=["报"], body_from="【领导批示】",
))

# 政法 (Sichuan): name and number on one line, entries whose unit follows the date unbolded,
# half-width punctuation and stray spaces, a unit signing with ——
BULLETINS.append(Bulletin(
    name="政法 名称与期号一行",
    text="""政法工作动态（第23期）

中共宜宾市叙州区委政法委员会　　2024年9月10日

【平安建设】

9月3日 ，**区公安分局**开展“秋季攻势”集中清查行动，出动警力320人次，清查出租屋、网吧等重点场所156处，抓获网上逃犯3名。

9月5日,**区法院**召开涉企案件执行推进会，集中执结涉企案件42件，执行到位金额1860万元。

9月6日，区司法局在南岸街道举办“法律明白人”培训班，培训村（社区）法律明白人180余名。——区司法局

【矛盾化解】

9月4日，**柏溪街道**成功调处一起涉及46名务工人员的劳资纠纷，帮助追回欠薪53万元。

编辑：周  婷     审核：吴  刚     签发：郑  勇

报：市委政法委，区委、区政府领导。
送：区委政法委委员单位。
""",
    series="政法工作动态", number=23, date=dt.date(2024, 9, 10), office="中共宜宾市叙州区委政法委员会",
    sections=[("平安建设", [("9月3日", "区公安分局"), ("9月5日", "区法院"), ("9月6日", "区司法局")]),
              ("矛盾化解", [("9月4日", "柏溪街道")])],
    editors=["周婷"], reviewers=["吴刚"], signers=["郑勇"], labels=["报", "送"], body_from="【平安建设】",
))

# 组织部 (Hunan): 组工信息 with one long experience article in 一、（一）1. levels under the
# title and the unit's line, 内部资料 beside 注意保存 on two lines
BULLETINS.append(Bulletin(
    name="组织部 经验文章",
    text="""内部资料

注意保存

组 工 信 息

第31期

中共常德市鼎城区委组织部　　　　　2024年10月18日

鼎城区“三个一批”锻造乡村振兴干部队伍

中共鼎城区委组织部

今年以来，鼎城区聚焦乡村振兴人才需求，通过选派一批、培养一批、储备一批，打造一支懂农业、爱农村、爱农民的干部队伍。

一、精准选派一批，配强一线力量

（一）选优驻村第一书记。从区直单位择优选派52名优秀干部担任驻村第一书记，实现脱贫村、软弱涣散村全覆盖。

（二）充实乡镇工作力量。

1．定向招录。面向全区招录乡镇公务员、事业编制人员86名，全部充实到乡镇一线。

2．下沉锻炼。安排42名区直单位年轻干部到乡镇挂职锻炼，时间不少于一年。

二、系统培养一批，提升履职能力

（一）开展专题培训。依托区委党校举办乡村振兴专题培训班4期，培训村干部620人次。

（二）实施导师帮带。为每名新任村干部明确1名乡镇班子成员作为导师，开展“一对一”帮带。

三、长远储备一批，夯实后备基础

建立村级后备力量库，按每村3至5名的标准储备后备力量1160名，实行动态管理。

（鼎城区委组织部供稿）

编辑：刘思远　审核：龚建华　签发：谭志刚

报：市委组织部，区委常委。
发：各乡镇（街道）党（工）委，区直各单位党组织。

（共印80份）
""",
    series="组工信息", number=31, date=dt.date(2024, 10, 18), office="中共常德市鼎城区委组织部", marking="内部资料 注意保存",
    sections=[("", ["鼎城区“三个一批”锻造乡村振兴干部队伍"])],
    editors=["刘思远"], reviewers=["龚建华"], signers=["谭志刚"], labels=["报", "发"], copies=80,
    body_from="鼎城区“三个一批”", dropped=["共印80份"],
))

# 防汛 (Henan): a numbered 专刊 under the name, entries that count places in brackets in
# their sentences, a loose 11月中旬以来 lead, several units in one bold run
BULLETINS.append(Bulletin(
    name="防汛 专刊",
    text="""驻马店市防汛抗旱工作简报

第9期

（防汛专刊·第4期）

驻马店市防汛抗旱指挥部办公室　　　　2024年7月22日

【汛情通报】

7月20日8时至21日8时，全市平均降雨量46.3毫米，最大降雨点位于泌阳县马谷田镇，降雨量168毫米。全市共排查出积水点12处（西平县5处、遂平县4处、上蔡县3处），均已安排专人值守。

【防汛动态】

7月19日，**西平县**组织水利、应急、自然资源等部门对全县17座小型水库开展汛期安全检查，发现问题隐患9处（西平县5处已整改），其余限期整改。

7月中旬以来，**遂平县**累计转移安置受威胁群众1260人，未发生人员伤亡。

7月21日，**市水利局、市应急管理局**联合派出6个督导组，分赴各县区督导防汛工作。

编辑：马超　审核：胡立新　签发：杨军

送：省防指办，市委、市政府领导。
发：市防指各成员单位，各县（区）防指办。
""",
    series="驻马店市防汛抗旱工作简报", number=9, special="防汛专刊 第4期", date=dt.date(2024, 7, 22),
    office="驻马店市防汛抗旱指挥部办公室",
    sections=[("汛情通报", [("7月20日8时至21日8时", "")]),
              ("防汛动态", [("7月19日", "西平县"), ("7月中旬以来", "遂平县"), ("7月21日", "市水利局、市应急管理局")])],
    editors=["马超"], reviewers=["胡立新"], signers=["杨军"], labels=["送", "发"], body_from="【汛情通报】",
))

# 信访 (Shaanxi): the masthead on one line, closing lines in another order (印数 above the
# lists, 抄送 before 送), the units bold with a colon before the date, an entry's next paragraph
BULLETINS.append(Bulletin(
    name="信访 报尾次序",
    text="""信访工作简报　　第6期　　汉中市南郑区信访局　　2024年4月3日

【工作动态】

**区信访局：**3月28日，区信访局召开一季度信访形势分析会，梳理重点信访事项14件，逐件明确包案领导和化解时限。

会议要求，各镇（街道）要落实领导干部接访下访制度，推动信访事项及时就地化解。

**协税镇：**3月29日，协税镇开展矛盾纠纷“大排查、大化解”活动，排查化解各类矛盾纠纷23起。

**大河坎镇：**3月30日，大河坎镇党委书记带队接待来访群众11批26人次，现场答复群众诉求9件。

审核：何平　　签发：韩立军

本期印发45份

抄送：市信访局。
送：区委、区政府领导。
发：各镇（街道），区直各部门。
""",
    series="信访工作简报", number=6, date=dt.date(2024, 4, 3), office="汉中市南郑区信访局",
    # (a date after the bold unit and its colon stays in the text, where it is printed: the
    # entry's date field holds a date printed before its unit)
    sections=[("工作动态", [("", "区信访局"), ("", "协税镇"), ("", "大河坎镇")])],
    reviewers=["何平"], signers=["韩立军"], labels=["抄送", "送", "发"], copies=45,
    body_from="【工作动态】", dropped=["本期印发45份"],
))

# 文化旅游 (Guangxi): full-width figures in the masthead and entries, a unit printed after the
# date and before it in brackets, sections in ［］
BULLETINS.append(Bulletin(
    name="文旅 全角数字",
    text="""文化和旅游工作简报

第１５期

桂林市阳朔县文化广电体育和旅游局

２０２４年６月３日

［行业监管］

５月２８日，**县文旅局**联合县市场监管局、县公安局对西街沿线２６家旅行社、民宿开展联合检查，责令整改问题１１项。

（白沙镇）５月３０日，白沙镇组织开展遇龙河竹筏漂流安全隐患排查，检查竹筏３２０余张。

［文化活动］

６月１日，**县图书馆**举办“书香阳朔·悦读童年”六一主题活动，吸引２００余名少年儿童参加。

送：市文广体旅局，县委、县政府领导。
发：各乡镇人民政府，县直各单位。
""",
    series="文化和旅游工作简报", number=15, date=dt.date(2024, 6, 3), office="桂林市阳朔县文化广电体育和旅游局",
    sections=[("行业监管", [("５月２８日", "县文旅局"), ("５月３０日", "白沙镇")]),
              ("文化活动", [("６月１日", "县图书馆")])],
    labels=["送", "发"], body_from="［行业监管］",
))

# 民政 (Hubei): pasted with no blank lines, 二〇二四年 date, entries signed at their ends in
# （供稿：）and （…供稿）, 共印 on the last line
BULLETINS.append(Bulletin(
    name="民政 无空行",
    text="""民政工作简报
第4期
宜昌市夷陵区民政局
二〇二四年三月二十九日
【工作动态】
3月25日，区民政局组织开展养老机构消防安全专项检查，检查养老机构18家，督促整改问题隐患26处。（供稿：区民政局养老服务科）
3月26日，小溪塔街道对辖区困难群众开展走访慰问，发放慰问金和物资折合4.2万元。（小溪塔街道民政办供稿）
【社会事务】
3月27日，**区殡葬管理所**开展清明节祭扫服务保障工作部署，制定文明祭扫工作方案。
编辑：黄静　审核：谢德明　签发：罗振宇
报：市民政局，区委、区政府领导。
发：各乡镇（街道）民政办。
共印30份
""",
    series="民政工作简报", number=4, date=dt.date(2024, 3, 29), office="宜昌市夷陵区民政局",
    sections=[("工作动态", [("3月25日", "区民政局养老服务科"), ("3月26日", "小溪塔街道民政办")]),
              ("社会事务", [("3月27日", "区殡葬管理所")])],
    editors=["黄静"], reviewers=["谢德明"], signers=["罗振宇"], labels=["报", "发"], copies=30,
    body_from="【工作动态】", dropped=["共印30份"],
))

# 统计 (Anhui): plain bold headings, loose leads (近日，日前，11月中旬以来，) before units that are
# not bold, a page footer with its count, 印发 at the foot
BULLETINS.append(Bulletin(
    name="统计 松散日期",
    text="""统计工作动态

2023年第11期

阜阳市颍州区统计局　　　　　2023年11月28日

**统计业务**

近日，区统计局组织开展第五次全国经济普查入户登记培训，全区268名普查员、普查指导员参加培训。

日前，西湖镇统计站对辖区42家规模以上工业企业开展统计数据质量核查，现场指导企业规范填报。

11月中旬以来，区统计局抽调业务骨干组成3个督导组，分片督导各乡镇（街道）清查工作进度。

**统计服务**

11月24日，**区统计局**发布前三季度全区经济运行情况分析，为区委、区政府决策提供参考。

第 1 页 共 2 页

抄送：市统计局。
印发：各乡镇（街道）统计站，区直各部门。
""",
    series="统计工作动态", number=11, number_line="2023年第11期", date=dt.date(2023, 11, 28), office="阜阳市颍州区统计局",
    sections=[("统计业务", [("近日", ""), ("日前", ""), ("11月中旬以来", "")]),
              ("统计服务", [("11月24日", "区统计局")])],
    labels=["抄送", "印发"], body_from="**统计业务**", dropped=["第 1 页 共 2 页"],
))


# 消防 (Guangdong): an urgency mark, the signer beside the number as 上报 bulletins print it,
# entries numbered （一） under 一、 sections, a contact line above the lists
BULLETINS.append(Bulletin(
    name="消防 签发人在期号行",
    text="""加急

消防工作信息

第18期　　　　　　　　　　　　签发人：梁志成

佛山市顺德区消防安全委员会办公室　　2024年12月2日

一、火灾防控

（一）11月26日，**大良街道**组织开展“九小场所”消防安全夜查行动，检查场所87家，发现并整改隐患103处。

（二）11月27日，**容桂街道**对辖区6个城中村开展电动自行车违规停放充电专项整治，清理“飞线充电”42处。

二、宣传培训

（一）11月28日，**区消防救援大队**走进顺德职业技术学院开展消防安全培训，1200余名师生参加。

联系人：黄晓明　　电话：0757-22338899

报：市消安委办，区委、区政府领导。
发：各镇（街道）消安委办，区消安委各成员单位。
""",
    series="消防工作信息", number=18, date=dt.date(2024, 12, 2), office="佛山市顺德区消防安全委员会办公室", marking="加急",
    sections=[("火灾防控", [("11月26日", "大良街道"), ("11月27日", "容桂街道")]),
              ("宣传培训", [("11月28日", "区消防救援大队")])],
    signers=["梁志成"], labels=["报", "发"], body_from="一、火灾防控", dropped=["一、", "二、"], signed_above="签发：梁志成",
))

# 财政 (Henan): numbered as documents with the office's short name, sections in 【】 with a
# unit in bold brackets before the date, an article with a subtitle under its title
BULLETINS.append(Bulletin(
    name="财政 文号与副标题",
    text="""财政工作简报

叶财简〔2024〕9号

叶县财政局　　　　2024年8月20日

【工作动态】

**【预算股】**8月12日，组织召开2025年部门预算编制布置会，对预算编制原则、重点和时间节点作出安排。

**【国库股】**8月14日，开展预算单位银行账户清理整顿，撤销长期不用账户17个。

【经验交流】

聚焦“三个强化”　提升财政资金使用效益

——叶县财政局推进预算绩效管理工作的做法

今年以来，叶县财政局以全面实施预算绩效管理为抓手，不断提升财政资金使用效益。

一是强化事前评估。对新增重大项目开展事前绩效评估，评估结果作为预算安排的重要依据。

二是强化过程监控。对绩效目标实现程度和预算执行进度实行“双监控”，发现偏差及时纠正。

三是强化结果应用。将绩效评价结果与预算安排挂钩，对低效无效资金一律收回。

编辑：孟凡　审核：郭建伟　签发：任海涛

送：市财政局，县委、县人大、县政府、县政协领导。
发：各乡镇（街道）财政所，县直各预算单位。
""",
    series="财政工作简报", number=9, number_line="2024年第9期", date=dt.date(2024, 8, 20), office="叶县财政局",
    sections=[("工作动态", [("8月12日", "预算股"), ("8月14日", "国库股")]),
              ("经验交流", ["聚焦“三个强化”　提升财政资金使用效益"])],
    editors=["孟凡"], reviewers=["郭建伟"], signers=["任海涛"], labels=["送", "发"], body_from="【工作动态】",
))

# 乡镇 (a town): villages' bold names after a number, no dates, ◆ sections, the print run in
# brackets at the foot after a 报 line with no 送 or 发
BULLETINS.append(Bulletin(
    name="乡镇 村名无日期",
    text="""城关镇工作简报

第7期

中共城关镇委员会办公室　　　　2024年5月20日

◆乡村振兴◆

1、**马庄村**投入资金12万元，硬化村内道路1.8公里，安装太阳能路灯60盏。

2、**李楼村**成立村级产业合作社，发展大棚蔬菜种植85亩，带动群众增收。

◆平安建设◆

1、**东关社区**组建平安志愿者巡逻队，每晚开展治安巡逻，提升群众安全感。

报：县委、县政府领导，县委办，县政府办。

（共印20份）
""",
    series="城关镇工作简报", number=7, date=dt.date(2024, 5, 20), office="中共城关镇委员会办公室",
    sections=[("乡村振兴", [("", "马庄村"), ("", "李楼村")]), ("平安建设", [("", "东关社区")])],
    labels=["报"], copies=20, body_from="◆乡村振兴◆", dropped=["共印20份"],
))

# 人社 (Liaoning): copied out of a PDF (no bold left): every printed line a line of its own,
# cut at the page's width mid-sentence, a page number between pages in the middle of an
# entry, a closing block's list cut over two lines
BULLETINS.append(Bulletin(
    name="人社 PDF 折行",
    text="""人力资源和社会保障工作动态
第21期
锦州市人力资源和社会保障局                2024年10月9日
【就业创业】
　　9月26日，市就业服务中心在市人力资源市场举办“金秋
招聘月”专场招聘会，组织86家用人单位提供就业岗位230
0余个，现场达成就业意向460人。
　　9月27日，凌河区人社局联合区总工会开展农民工工资支
付情况专项检查，检查在建工程项目14个，督促支付拖欠工资
— 2 —
126万元，约谈企业负责人9人。
　　9月29日，太和区开展创业担保贷款政策进园区活动，为
23家小微企业发放创业担保贷款1150万元。
编辑：孙丽娜  审核：高峰  签发：王海军
送：省人力资源和社会保障厅，市委、市政府领导，市委组织部，市
财政局，市总工会。
发：各县（市、区）人社局，局机关各处室、直属各单位。
""",
    series="人力资源和社会保障工作动态", number=21, date=dt.date(2024, 10, 9), office="锦州市人力资源和社会保障局",
    sections=[("就业创业", [("9月26日", ""), ("9月27日", ""), ("9月29日", "")])],
    editors=["孙丽娜"], reviewers=["高峰"], signers=["王海军"], labels=["送", "发"], body_from="【就业创业】",
    dropped=["— 2 —"],
))

# 纪检监察 (Yunnan): a 内部刊物 mark, an editor's note heading a section, entries signed by an
# office of the commission in brackets after their end, the 印发 line at the foot
BULLETINS.append(Bulletin(
    name="纪检 署名与印发",
    text="""内部刊物

纪检监察工作动态

第5期

中共大理市纪委办公室　　　　2024年6月14日

【监督检查】

编者按：为推动作风建设常态长效，现将近期监督检查工作情况编发如下。

6月5日，市纪委监委组成4个检查组，对全市28个单位落实中央八项规定精神情况开展明察暗访，发现问题线索6条。（市纪委监委第一监督检查室）

6月7日，下关街道纪工委对辖区12个社区“三务”公开情况进行专项监督，督促整改问题9个。（下关街道纪工委供稿）

【宣传教育】

6月11日，**市纪委监委**组织全市新提任科级干部开展廉政谈话，参加人员156名。

报：州纪委监委，市委主要领导。
送：市委常委，市人大、市政府、市政协主要领导。

中共大理市纪委办公室　　　　2024年6月14日印发
""",
    series="纪检监察工作动态", number=5, date=dt.date(2024, 6, 14), office="中共大理市纪委办公室", marking="内部刊物",
    sections=[("监督检查", [("", ""), ("6月5日", "市纪委监委第一监督检查室"), ("6月7日", "下关街道纪工委")]),
              ("宣传教育", [("6月11日", "市纪委监委")])],
    labels=["报", "送", ""], body_from="【监督检查】",
))


# 发改 (Shanxi): the year in brackets before the number, the running number on the next line,
# section titles letter-spaced in their brackets, ★ before each entry, other signers (校对)
BULLETINS.append(Bulletin(
    name="发改 括号年份与字距",
    text="""发展改革工作简报

〔2024〕第5期

（总第88期）

晋中市发展和改革委员会　　　　2024年4月25日

【 重 点 项 目 】

★4月18日，**市发改委**召开全市重点工程项目推进会，通报一季度128个重点项目进展情况，完成投资46.2亿元。

★4月22日，**榆次区**组织开展重点项目集中开工活动，集中开工项目15个，总投资37.8亿元。

【 价 格 监 测 】

★4月23日，**市价格监测中心**对城区12个农贸市场主要农产品价格开展监测，蔬菜价格环比下降3.6%。

本期责任编辑：杨帆　　校对：李娜　　签发：郝建军

报：省发展改革委，市委、市政府领导。
发：各县（区、市）发改局，委机关各科室。
""",
    series="发展改革工作简报", number=88, number_line="2024年第5期（总第88期）", date=dt.date(2024, 4, 25),
    office="晋中市发展和改革委员会",
    sections=[("重点项目", [("4月18日", "市发改委"), ("4月22日", "榆次区")]),
              ("价格监测", [("4月23日", "市价格监测中心")])],
    editors=["杨帆"], signers=["郝建军"], labels=["报", "发"], body_from="【 重 点 项 目 】",
    dropped=["本期责任"],
))

# 林业 (Fujian): entries dated with a weekday and the time of day, a unit bold with its comma,
# half-width brackets and colon in a signature, 报送 and 本期发至 labels
BULLETINS.append(Bulletin(
    name="林业 星期与时段",
    text="""林业工作动态

第9期

南平市林业局办公室　　　　2024年3月15日

【森林防火】

3月12日（星期二）上午，**市林业局，**组织召开全市春季森林防火工作视频调度会，部署清明节前后森林防火工作。

3月13日下午，建阳区林业局在麻沙镇开展森林火灾扑救应急演练，参演人员120余人。(供稿:建阳区林业局)

【林长制】

3月14日，**顺昌县**召开林长制工作会议，印发《2024年林长制工作要点》，明确年度重点任务18项。

报送：省林业局，市委、市政府领导。
本期发至：各县（市、区）林业局，局机关各科室。
""",
    series="林业工作动态", number=9, date=dt.date(2024, 3, 15), office="南平市林业局办公室",
    sections=[("森林防火", [("3月12日（星期二）上午", "市林业局"), ("3月13日下午", "建阳区林业局")]),
              ("林长制", [("3月14日", "顺昌县")])],
    labels=["报送", "本期发至"], body_from="【森林防火】",
))

# 妇联 (Shandong): the number in brackets on the name's line, sections titled without marks
# over dated entries, entries with several units in one bold run and a joint signature
BULLETINS.append(Bulletin(
    name="妇联 联合报送",
    text="""妇女工作简报（第4期）

菏泽市牡丹区妇女联合会　　　　2024年3月11日

工作动态

3月6日，**区妇联、区人社局**联合举办“春风行动”女性专场招聘会，提供岗位860个，达成就业意向210人。

3月8日，牡丹区举办“巾帼心向党　奋进新征程”庆祝“三八”国际妇女节主题活动，全区300余名妇女代表参加。（区妇联　区总工会）

基层风采

3月9日，**吕陵镇妇联**开展“巾帼家美积分超市”兑换活动，兑换生活用品1200余件。

送：市妇联，区委、区政府领导。
发：各镇（街道）妇联。
""",
    series="妇女工作简报", number=4, date=dt.date(2024, 3, 11), office="菏泽市牡丹区妇女联合会",
    sections=[("工作动态", [("3月6日", "区妇联、区人社局"), ("3月8日", "区妇联、区总工会")]),
              ("基层风采", [("3月9日", "吕陵镇妇联")])],
    labels=["送", "发"], body_from="工作动态",
))

# 住建 (Hebei): a leader's instruction in bold over the report, an entry with its date
# carrying the year, sections after ■, the closing labels spaced (编　辑)
BULLETINS.append(Bulletin(
    name="住建 年份日期与标签字距",
    text="""住房城乡建设信息

第33期

邢台市住房和城乡建设局　　　　2024年11月5日

■城市更新■

2024年10月28日，**市住建局**召开老旧小区改造工作推进会，全市今年计划改造的126个小区已开工121个。

10月30日，**信都区**完成3个城中村改造项目房屋征收，签约率达100%。

■建筑安全■

11月1日，**襄都区住建局**对在建工地开展冬季施工安全检查，下达整改通知书11份。

编　辑：常　悦　　审　核：魏国强　　签　发：范志刚

报：省住房城乡建设厅，市委、市政府领导。
发：各县（市、区）住建局，局机关各科室。
""",
    series="住房城乡建设信息", number=33, date=dt.date(2024, 11, 5), office="邢台市住房和城乡建设局",
    sections=[("城市更新", [("2024年10月28日", "市住建局"), ("10月30日", "信都区")]),
              ("建筑安全", [("11月1日", "襄都区住建局")])],
    editors=["常悦"], reviewers=["魏国强"], signers=["范志刚"], labels=["报", "发"], body_from="■城市更新■",
))


# 水利 (Hunan): no sections, entries numbered 一、 before their dates, a source line under an
# entry, the sign-off below the lists, 本期共印 with its full stop between them
BULLETINS.append(Bulletin(
    name="水利 无栏目",
    text="""水利工作简报

第14期

益阳市水利局　　　　2024年6月28日

一、6月24日，**市水利局**召开全市防汛抗旱工作调度会，分析研判近期雨水情形势，部署强降雨防范应对工作。

二、6月25日，**资阳区**组织对境内12处山洪灾害危险区开展巡查，转移受威胁群众86人。

（资阳区水利局供稿）

三、6月26日，**南县**开展大通湖垸堤防防汛抢险演练，检验防汛队伍应急处置能力。

报：省水利厅，市委、市政府领导。
送：市防指各成员单位。

本期共印25份。

编辑：贺玲　审核：邓宏　签发：刘建新
""",
    series="水利工作简报", number=14, date=dt.date(2024, 6, 28), office="益阳市水利局",
    sections=[("", [("6月24日", "市水利局"), ("6月25日", "资阳区"), ("6月26日", "南县")])],
    editors=["贺玲"], reviewers=["邓宏"], signers=["刘建新"], labels=["报", "送"], copies=25,
    body_from="一、6月24日", dropped=["本期共印25份"],
))

# 商务 (Jiangxi): a whole 专报 that is one report: title, byline, parts 一、 with （一） under
# them, a contact line at its end
BULLETINS.append(Bulletin(
    name="商务 专报一篇",
    text="""商务信息专报

第2期

赣州市商务局　　　　2024年9月6日

关于今年1—8月全市外贸运行情况的报告

赣州市商务局

今年以来，全市商务系统坚持稳存量、扩增量，外贸进出口保持平稳增长。1—8月，全市外贸进出口总额达到586.3亿元，同比增长7.4%。

一、主要特点

（一）出口增势较好。1—8月，全市出口412.5亿元，同比增长9.8%，高于全省平均水平。

（二）新兴市场拓展有力。对“一带一路”沿线国家进出口243.6亿元，同比增长12.1%。

二、存在问题

部分企业订单不足，外贸新业态规模偏小，带动作用有待增强。

三、下一步工作

加大对重点企业的服务力度，组织企业参加境内外重点展会，培育外贸新增长点。

联系人：钟敏　　电话：0797-8123456

送：省商务厅，市委、市政府领导。
""",
    series="商务信息专报", number=2, date=dt.date(2024, 9, 6), office="赣州市商务局",
    sections=[("", ["关于今年1—8月全市外贸运行情况的报告"])],
    labels=["送"], body_from="关于今年1—8月",
))


# 审计 (Zhejiang): 本期要目 listing the titles, two articles under one section, each signed by
# its office on a line under its title
BULLETINS.append(Bulletin(
    name="审计 本期要目",
    text="""审计工作简报

第6期

湖州市审计局办公室　　　　2024年7月8日

本期要目

◇市审计局开展重大政策措施落实情况跟踪审计

◇长兴县审计局聚焦民生资金强化审计监督

【审计动态】

市审计局开展重大政策措施落实情况跟踪审计

市审计局

6月以来，市审计局围绕稳经济一揽子政策措施落实情况，组织开展跟踪审计，重点关注惠企政策落地、项目资金拨付等情况，推动整改问题23个。

长兴县审计局聚焦民生资金强化审计监督

长兴县审计局

今年以来，长兴县审计局对养老服务、教育补助等民生资金开展专项审计，涉及资金2.3亿元，发现问题15个，已全部移交相关部门整改。

报：市委、市政府领导。
发：各区县审计局，局机关各处室。
""",
    series="审计工作简报", number=6, date=dt.date(2024, 7, 8), office="湖州市审计局办公室",
    sections=[("本期要目", [("", ""), ("", "")]),
              ("审计动态", ["市审计局开展重大政策措施落实情况跟踪审计", "长兴县审计局聚焦民生资金强化审计监督"])],
    labels=["报", "发"], body_from="本期要目",
))

# 气象 (Hubei): a daily report with a table of figures typed with spaces between its cells,
# entries dated with hours, a contact line and 值班 signer
BULLETINS.append(Bulletin(
    name="气象 表格与时段",
    text="""气象服务快报

第45期

荆州市气象局　　　　2024年7月1日

【雨情实况】

6月30日8时至7月1日8时，全市出现强降雨天气，主要站点雨量如下：

站点　　　雨量（毫米）　　　最大小时雨强（毫米）
荆州区　　86.4　　　　　　　32.1
公安县　　112.7　　　　　　 41.5
洪湖市　　95.2　　　　　　　28.6

【服务动态】

7月1日6时，**市气象台**发布暴雨橙色预警信号，并通过短信、广播等渠道向公众发布预警信息12万条。

编辑：彭丽　　签发：杜明

送：市委、市政府领导，市防指。
""",
    series="气象服务快报", number=45, date=dt.date(2024, 7, 1), office="荆州市气象局",
    sections=[("雨情实况", [("6月30日8时至7月1日8时", ""), ("", ""), ("", ""), ("", ""), ("", "")]),
              ("服务动态", [("7月1日6时", "市气象台")])],
    editors=["彭丽"], signers=["杜明"], labels=["送"], body_from="【雨情实况】",
))


@pytest.mark.parametrize("bulletin", BULLETINS, ids=[b.name for b in BULLETINS])
def test_a_bulletin_reads_as_its_clerk_reads_it(bulletin: Bulletin) -> None:
    check(bulletin)
