"""Bulletins of other hands in harder forms: a PDF copy whose pages end - 3 - with the office
and the name as the running head, a masthead set out with NBSP, two marks on one line (机密★1年
特急), a 信息专报 of one article whose parts are headed 一、（一）1. under its writer's line 文/…,
entries whose unit is not in bold after 11月20日至22日 or 近日, a town's bulletin signed
——…村, a masthead whose office line says 编印, an issue pasted twice into the file by mistake
(read once, and said) or two versions of it (refused, to choose), each read as its clerk
reads it (the checks of test_text_import_r9_bulletins)."""
from __future__ import annotations

import datetime as dt

import pytest

from bulletin_desktop.core.recognise import Hint, recognise
from bulletin_desktop.core.textformat import read_text, text_paragraphs, write_text
from test_text_import_r14_bulletins import BULLETINS as WHOLE_BULLETINS
from test_text_import_r9_bulletins import Bulletin, check, entries_of

BULLETINS: list[Bulletin] = []

# 审计 (Shandong, a county), copied out of a PDF: the pages end - 2 -, the running head is the
# office with the name, an entry cut over the page's end
BULLETINS.append(Bulletin(
    name="审计 PDF单位加名称页眉与空格短横页码",
    text="""审计工作动态
第11期
莒县审计局　　　　2026年11月19日
【审计项目】
11月13日，**经济责任审计科**进驻县农业农村局开展主要领导干部经济责任审计，重点
关注重大经济事项决策、专项资金管理使用等情况，调阅会计凭证1200余册，访谈干部职
工36人次，延伸调查项目实施单位5个。
11月15日，**财政审计科**对县医疗保障局2025年度预算执行情况开展审计，审计中
- 2 -
莒县审计局　审计工作动态
发现医保基金结余核算不规范等问题4个，已督促立行立改。
【队伍建设】
11月17日，**局机关党支部**组织开展“审计讲堂”业务培训，28名审计干部参加。
编辑：徐丽　　审核：王涛
报：市审计局，县委、县政府领导。
- 3 -
""",
    series="审计工作动态", number=11, date=dt.date(2026, 11, 19), office="莒县审计局",
    sections=[("审计项目", [("11月13日", "经济责任审计科"), ("11月15日", "财政审计科")]),
              ("队伍建设", [("11月17日", "局机关党支部")])],
    editors=["徐丽"], reviewers=["王涛"], labels=["报"], body_from="【审计项目】",
    dropped=["- 2 -", "莒县审计局　审计工作动态", "- 3 -"],
))

# 市场监管 (Henan): the masthead's office and date set apart with NBSP, the sign-off spaced with
# full-width spaces
BULLETINS.append(Bulletin(
    name="市场监管 报头不换行空格",
    text="""知识产权工作简报
第6期
许昌市市场监督管理局\u00a0\u00a0\u00a0\u00a0\u00a0\u00a02026年11月20日
【商标品牌】
11月17日，**禹州市局**组织开展地理标志商标使用专项指导，指导企业12家。
11月18日，**长葛市局**开展商标侵权专项整治，查处案件3起。
编辑：\u3000陈晨\u3000\u3000审核：\u3000刘洋
""",
    series="知识产权工作简报", number=6, date=dt.date(2026, 11, 20), office="许昌市市场监督管理局",
    sections=[("商标品牌", [("11月17日", "禹州市局"), ("11月18日", "长葛市局")])],
    editors=["陈晨"], reviewers=["刘洋"], body_from="【商标品牌】",
))

# 国安 (a city's leading group office): a secrecy mark and an urgency on one line, no sections,
# numbered entries with their units not in bold after the date
BULLETINS.append(Bulletin(
    name="国家安全 密级紧急一行与无栏目",
    text="""机密★1年　特急
国家安全工作情况通报
第2期
中共丽水市委国家安全委员会办公室　　　　2026年11月24日
1．11月18日至20日，市委国安办组织对9个县（市、区）开展国家安全工作责任制落实情况督查，发现问题17个。
2．近日，莲都区在全区开展国家安全宣传进社区活动，发放宣传资料3000余份。
3．11月21日，**缙云县**召开国家安全工作领导小组会议，研究部署下阶段重点工作。
报：省委国安办，市委、市政府领导。
""",
    series="国家安全工作情况通报", number=2, date=dt.date(2026, 11, 24), office="中共丽水市委国家安全委员会办公室",
    marking="机密★1年\u3000特急",
    sections=[("", [("11月18日至20日", ""), ("近日", ""), ("11月21日", "缙云县")])],
    labels=["报"], body_from="1．11月18日",
))

# 发改 信息专报 (Guangxi): one article under its title, the writer's line 文/…, its parts
# headed 一、 （一） 1．, no section
BULLETINS.append(Bulletin(
    name="发改 信息专报一篇文章多级标题",
    text="""发展改革信息专报
第14期
贵港市发展和改革委员会　　　　2026年11月25日
关于我市重大项目建设推进情况的报告
文/梁志强
今年以来，我市坚持项目为王，全力推进重大项目建设，1—10月完成投资286亿元。
一、主要成效
（一）投资完成情况较好。全市统筹推进的重大项目完成年度计划的86.3%。
（二）新开工项目增多。新开工项目48个，总投资152亿元。
二、存在问题
1．要素保障压力较大。部分项目用地、用林指标尚未落实。
2．项目储备质量不高。前期工作深度不够，可研质量有待提高。
三、下步打算
加强调度，对滞后项目实行挂牌督办，确保完成全年目标任务。
报：市委、市政府领导。
""",
    series="发展改革信息专报", number=14, date=dt.date(2026, 11, 25), office="贵港市发展和改革委员会",
    sections=[("", ["关于我市重大项目建设推进情况的报告"])],
    labels=["报"], body_from="关于我市重大项目",
))

# 乡镇 (Jiangxi, a town): villages signing after a dash, the day alone as the date, the closing
# lists on one line
BULLETINS.append(Bulletin(
    name="乡镇 破折号村署名与只写日",
    text="""乡村振兴工作简报
第5期
瑞金市叶坪乡人民政府　　　　2026年11月22日
【产业发展】
17日，组织脐橙种植户开展冬季清园技术培训，参训农户86人。——华屋村
19日，村集体经济合作社与企业签订白莲收购协议，带动增收12万元。——洋溪村
【人居环境】
20日，**乡环卫所**开展村庄清洁行动，清理垃圾23吨。
报：市乡村振兴局。　送：乡党委、政府领导。
""",
    series="乡村振兴工作简报", number=5, date=dt.date(2026, 11, 22), office="瑞金市叶坪乡人民政府",
    sections=[("产业发展", [("17日", "华屋村"), ("19日", "洋溪村")]),
              ("人居环境", [("20日", "乡环卫所")])],
    labels=["报", "送"], body_from="【产业发展】",
))

# 国企 (a coal group in Shanxi): the office line says 编印, the date 2026.11.20 on its own line
BULLETINS.append(Bulletin(
    name="国企 编印与点号日期另行",
    text="""安全生产信息
第47期
晋能控股集团安全监察局编印
2026.11.20
【安全动态】
11月16日，**塔山煤矿**开展冬季防灭火专项应急演练，参演人员120人。
11月18日，**同忻煤矿**组织开展“安全生产大讨论”活动，收集合理化建议46条。
审核：李国栋　　签发：张建军
""",
    series="安全生产信息", number=47, date=dt.date(2026, 11, 20), office="晋能控股集团安全监察局编印",
    sections=[("安全动态", [("11月16日", "塔山煤矿"), ("11月18日", "同忻煤矿")])],
    reviewers=["李国栋"], signers=["张建军"], body_from="【安全动态】",
))

# 卫健 (Hubei): entries dated with their year (2026年11月20日，), the unit and its writer signed
# （…　…供稿）, 共印N份 and 抄送 on one line
BULLETINS.append(Bulletin(
    name="卫健 年份日期与单位作者供稿",
    text="""卫生健康信息
第28期
宜昌市卫生健康委员会办公室　　　　2026年11月26日
【医改动态】
2026年11月20日，全市紧密型县域医共体建设现场推进会在枝江召开，推广“县乡一体”经验做法。（枝江市卫健局　胡敏供稿）
2026年11月23日，**市第一人民医院**上线“先诊疗后付费”信用就医服务。
报：省卫健委，市委、市政府领导。
""",
    series="卫生健康信息", number=28, date=dt.date(2026, 11, 26), office="宜昌市卫生健康委员会办公室",
    sections=[("医改动态", [("2026年11月20日", "枝江市卫健局"), ("2026年11月23日", "市第一人民医院")])],
    labels=["报"], body_from="【医改动态】",
))

# 信访 (Guizhou) 工作动态: entries led by 11月中旬以来 and 本月初 with the unit after them not bold,
# the closing's 印发 line and 共印
BULLETINS.append(Bulletin(
    name="信访 时段开头非加粗单位与本月初",
    text="""信访工作动态
第19期
遵义市信访局　　　　2026年11月27日
【工作动态】
11月中旬以来，市信访局组织开展信访积案化解攻坚行动，化解积案23件。
本月初，汇川区信访局推行“信访代办制”，为群众代办事项41件。
11月24日，**红花岗区**召开信访工作联席会议，研究疑难信访事项6件。
抄送：市委办、市政府办。
遵义市信访局办公室　　　　2026年11月27日印发
（共印20份）
""",
    series="信访工作动态", number=19, date=dt.date(2026, 11, 27), office="遵义市信访局",
    sections=[("工作动态", [("11月中旬以来", ""), ("本月初", ""), ("11月24日", "红花岗区")])],
    labels=["抄送", ""], copies=20, body_from="【工作动态】", dropped=["（共印20份）"],
))

# 统计 (Liaoning), copied out of a PDF whose footers were not copied: the running head (the name
# and the number) stands alone between the pages, a sentence cut over one
BULLETINS.append(Bulletin(
    name="统计 无页码的页眉",
    text="""统计信息
第12期
盘锦市统计局　　　　2026年11月24日
【统计分析】
1—10月，全市规模以上工业增加值同比增长6.2%，增速比1—9月加快0.3个百分点，其中
制造业增加值增长7.1%，高技术制造业增加值增长12.4%，拉动作用进一步增强。
11月20日，**大洼区统计局**开展统计执法“双随机”检查，抽查企业15家，发现统计
统计信息　第12期
违法行为2起，已依法立案查处。
11月21日，**双台子区**开展统计业务培训，培训统计人员80人。
报：市委、市政府领导。
""",
    series="统计信息", number=12, date=dt.date(2026, 11, 24), office="盘锦市统计局",
    sections=[("统计分析", [("", ""), ("11月20日", "大洼区统计局"), ("11月21日", "双台子区")])],
    labels=["报"], body_from="【统计分析】", dropped=["统计信息　第12期"],
))


@pytest.mark.parametrize("bulletin", BULLETINS, ids=[b.name for b in BULLETINS])
def test_a_bulletin_reads_as_its_clerk_reads_it(bulletin: Bulletin) -> None:
    check(bulletin)


_ISSUE = """城市管理工作简报
第9期
六盘水市城市管理局　　　　2026年11月21日
【市容整治】
11月18日，**钟山区**开展占道经营专项整治，规范流动摊点46处。
11月19日，**水城区**清理违规广告牌匾32块。
编辑：杨敏　　审核：罗斌
报：市委、市政府领导。
"""


@pytest.mark.parametrize("gap", ["\n", "\n\n\n", "\n— 2 —\n"])
def test_an_issue_pasted_twice_into_the_file_is_read_once_and_said(gap):
    read = recognise(text_paragraphs(_ISSUE + gap + _ISSUE))
    assert entries_of(read.issue) == entries_of(read_text(_ISSUE))
    assert read.issue == read_text(_ISSUE)
    assert any("重复了一遍" in warning for warning in read.warnings)


def test_an_issue_and_its_start_pasted_again_is_read_once():
    """A copy broken off (the paste cut short) repeats the start only: it is read once too."""
    again = _ISSUE.split("11月19日")[0]
    read = recognise(text_paragraphs(_ISSUE + again))
    assert read.issue == read_text(_ISSUE) and any("重复了一遍" in warning for warning in read.warnings)


def test_an_issue_whose_body_was_pasted_twice_is_read_once():
    """The body and the closing block pasted again under themselves (the masthead once)."""
    body = _ISSUE[_ISSUE.index("【市容整治】"):]
    read = recognise(text_paragraphs(_ISSUE + body))
    assert read.issue == read_text(_ISSUE) and any("重复了一遍" in warning for warning in read.warnings)


def test_an_entry_that_repeats_another_is_kept():
    """Two entries alike inside one issue are the clerk's to judge: both are read."""
    doubled = _ISSUE.replace("【市容整治】\n", "【市容整治】\n11月19日，**水城区**清理违规广告牌匾32块。\n")
    read = recognise(text_paragraphs(doubled))
    assert [entry.unit for _section, entry in read.issue.entries()] == ["水城区", "钟山区", "水城区"]
    assert not any("重复" in warning for warning in read.warnings)


def test_two_versions_of_an_issue_in_one_file_are_read_whole_and_said():
    """A second version under the first (a figure changed): the clerk's to choose between, so
    nothing is left out, and the review says the masthead stands twice."""
    edited = _ISSUE.replace("46处", "48处")
    read = recognise(text_paragraphs(_ISSUE + "\n" + edited))
    texts = [entry.text for _section, entry in read.issue.entries()]
    assert any("46处" in text for text in texts) and any("48处" in text for text in texts)
    assert any("两个版本" in warning and "又出现了一次" in warning for warning in read.warnings)


def test_an_issue_read_alone_says_nothing_of_copies():
    assert not any("重复" in warning for warning in recognise(text_paragraphs(_ISSUE)).warnings)


def test_a_printed_copy_s_page_numbers_and_running_heads_are_left_out_and_counted():
    """- 2 -, the running head under it and - 3 - at the end: no text of the issue, shown in the
    review's copy of the text where they stood, uncoloured, and counted in its warnings."""
    paragraphs = text_paragraphs(BULLETINS[0].text)
    read = recognise(paragraphs)
    page_lines = [p.text for p in paragraphs if p.hint is Hint.PAGE]
    assert page_lines == ["- 2 -", "莒县审计局\u3000审计工作动态", "- 3 -"]
    assert all(not roles for p, roles in zip(paragraphs, read.roles) if p.hint is Hint.PAGE)
    assert any("页码和页眉 3 行" in warning and "- 2 -" in warning for warning in read.warnings)
    # the entry the page's end cut is one paragraph, the page lines after it
    cut = next(at for at, p in enumerate(paragraphs) if p.text.startswith("11月15日"))
    assert paragraphs[cut].text.endswith("已督促立行立改。") and paragraphs[cut + 1].hint is Hint.PAGE


def test_a_text_with_no_page_lines_says_nothing_of_them():
    assert not any("页码" in warning for warning in recognise(text_paragraphs(_ISSUE)).warnings)


@pytest.mark.parametrize("bulletin", [*WHOLE_BULLETINS, *BULLETINS], ids=[b.name for b in [*WHOLE_BULLETINS, *BULLETINS]])
def test_an_imported_issue_written_as_text_reads_back_the_same(bulletin: Bulletin) -> None:
    """What the import read (looser dates, signed units, page lines left out) is what the
    archive's own text format writes and reads again."""
    issue = read_text(bulletin.text)
    written = write_text(issue)
    assert read_text(written) == issue and write_text(read_text(written)) == written


def test_the_name_or_the_office_alone_in_the_body_is_text():
    """A section named as the bulletin is, an article signed by the issuing office: one word of
    the masthead alone is no running head without a page number over it."""
    text = ("统计信息\n第12期\n盘锦市统计局　　　　2026年11月24日\n【统计信息】\n11月20日，**大洼区**开展检查。\n"
            "【经验交流】\n我市“三个强化”提升统计数据质量\n盘锦市统计局\n今年以来，我市聚焦统计数据质量，推行“三个强化”。\n")
    read = recognise(text_paragraphs(text))
    assert [section.title for section in read.issue.sections] == ["统计信息", "经验交流"]
    article = read.issue.sections[1].entries[0]
    assert "盘锦市统计局" in article.text and not any("页眉" in warning for warning in read.warnings)
