"""More bulletins of round 10, each with a form the others lack: a name spaced out over its
number in brackets, a date in figures with dots, the closing lists in reverse order on one
line, a bold unit and its colon before a date in figures, an editor's note of two paragraphs,
a whole page pasted from a PDF with no blank lines, a 增刊 in brackets after the number, a
contents list. Each reads as its clerk reads it, no text lost or doubled."""
from __future__ import annotations

import datetime as dt

import pytest

from bulletin_desktop.core.model import Article, Item
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
