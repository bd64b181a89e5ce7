"""A printed copy's lines (a PDF's text) are joined each by the one printed line before it:
a line that ended a sentence short of the margin ends its paragraph, and a heading set
between marks (■ 抽检信息 ■) or a byline in brackets under a title never goes on with the
line above. A short copy, two lines to a paragraph, is still read as printed."""
from __future__ import annotations

from bulletin_desktop.core.model import Article, Item
from bulletin_desktop.core.textformat import read_text
from bulletin_desktop.core.wrapped_text import width

WIDTH = 28

MASTHEAD = "市场监管信息\n第3期\n汝州市市场监督管理局\n2026年11月20日"
CLOSING = "编辑：周婷　　审核：马立新　　签发：王建设\n（共印25份）\n\n第1页 共1页"


def printed(*paragraphs: str) -> str:
    """The paragraphs as a PDF's text gives them: a line each up to the page's width, the
    first indented by two spaces, short lines (headings, titles) as they are."""
    lines: list[str] = []
    for paragraph in paragraphs:
        if width(paragraph) <= 24:
            lines.append(paragraph)
            continue
        line = "　　"
        for char in paragraph:
            if width(line + char) > WIDTH:
                lines.append(line)
                line = ""
            line += char
        lines.append(line)
    return f"{MASTHEAD}\n" + "\n".join(lines) + f"\n{CLOSING}\n"


ENTRIES = [
    "11月16日，市局召开全市冬季食品安全风险会商会，分析研判冬季火锅、腊味、自制发酵食品等风险隐患，部署专项抽检任务。",
    "11月17日，钟楼市场监管所对辖区3所学校食堂开展“你点我检”活动，邀请家长代表现场选定检测项目。",
    "11月18日，临汝镇市场监管所对辖区农村集体聚餐开展备案指导，督促落实厨师健康证明和食材索证索票制度。",
]
MORE = "11月13日，市食品检验中心完成第四季度食品安全监督抽检第一批次检验，共检验样品150批次，不合格4批次，已移交执法部门核查处置。"


def sections(text: str):
    issue = read_text(text)
    return [(s.title, [e.text if isinstance(e, Item) else e.title for e in s.entries]) for s in issue.sections]


def test_a_heading_between_marks_after_a_nearly_full_last_line_is_a_heading():
    # the third entry's last line ends its sentence two characters short of the margin
    got = sections(printed("■ 监管动态 ■", *ENTRIES, "■ 抽检信息 ■", MORE))
    assert [(title, len(entries)) for title, entries in got] == [("监管动态", 3), ("抽检信息", 1)]
    assert got[0][1][2].endswith("索证索票制度。") and got[1][1][0] == MORE


def test_a_byline_in_brackets_under_a_title_as_wide_as_a_line_stays_the_byline():
    title = "襄城县：“三步走”推进县域义务教育优质均衡发展见实效"
    assert width(title) >= WIDTH - 3  # as wide as a line, and cut mid-sentence
    text = printed("【各地经验】", *ENTRIES).replace("【各地经验】\n", f"【经验交流】\n{title}\n（襄城县教育体育局　王芳）\n")
    [article, *_] = [e for s in read_text(text).sections for e in s.entries]
    assert isinstance(article, Article) and article.title == title
    assert article.text.split("\n")[1] == "（襄城县教育体育局　王芳）"


def test_a_short_copy_of_two_lines_to_a_paragraph_is_joined():
    entries = ["（一）11月13日，**区市场监管局**召开全区特种设备安全工作会议，部署冬季特种设备安全隐患排查整治工作。",
               "（二）11月14日，**区市场监管局**联合区商务局开展成品油市场专项检查，检查加油站15座。",
               "（三）11月16日，**翟庄市场监管所**开展电动自行车及充电器产品质量专项检查，检查销售门店12家。",
               "（一）11月17日，**老窝市场监管所**对辖区农村集贸市场开展计量器具专项检查，检查电子秤86台。",
               "（二）11月18日，**万金市场监管所**组织开展食品生产小作坊规范提升行动，帮扶小作坊9家。"]
    got = sections(printed("【重点工作】", *entries[:3], "【基层动态】", *entries[3:]).replace("**", ""))
    assert [(title, len(e)) for title, e in got] == [("重点工作", 3), ("基层动态", 2)]
    assert got[0][1][0].endswith("排查整治工作。")


def test_lines_written_one_a_paragraph_are_never_joined():
    text = f"{MASTHEAD}\n■ 监管动态 ■\n" + "\n".join(ENTRIES) + f"\n■ 抽检信息 ■\n{MORE}\n{CLOSING}\n"
    assert [(title, len(e)) for title, e in sections(text)] == [("监管动态", 3), ("抽检信息", 1)]


def test_titles_of_one_width_in_typed_text_are_never_joined():
    titles = ["县委召开常委会议研究部署冬季安全生产", "县政府召开全县防汛抗旱工作推进会议", "全县开展燃气安全专项排查整治行动部署",
              "县应急管理局组织开展危化品企业检查", "县消防救援大队开展冬季火灾防控宣传"]
    text = f"{MASTHEAD}\n本期要目\n" + "\n".join(titles) + "\n【工作动态】\n" + "\n".join(ENTRIES) + f"\n{CLOSING}\n"
    got = sections(text)
    assert got[0] == ("本期要目", titles)
