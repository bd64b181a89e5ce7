"""A sixth round of issues for comparing LibreOffice's print of the .docx with the preview's,
made as other offices make them and unlike round 5's: mastheads whose names need the smaller
sizes (one too long even for the smallest), 机密★1年 / 特急 marks, 第N期（总第M期）, 总第M期
alone, a 专刊 line without a number, an issuing office of more than 20 characters and none
at all; a section heading at a page's last line, an entry exactly one page long, an entry of
one character; Latin words, URLs, 身份证号 and 统一社会信用代码, 1,234.56万元, ℃ ‰ ㎡, full-
and half-width brackets and quotes side by side, —— and ……, closing marks that may not open
a line; an article of 一、（一）1.（1） levels with 一是/二是 leads across a page break; closing
blocks with 报/送/发, 本期增发 and the print run, lists that wrap and one landing exactly at a
page's foot; a two-page and a twelve-page issue; series set otherwise (plain headings and
page numbers centred, a 3 pt rule, 23 lines a page, numbered headings and no inset).

Where an issue needs something to land on a given line of a page, ``fitted`` finds the
amount of filler that puts it there with the preview's own pagination."""
from __future__ import annotations

import datetime as dt
from typing import Callable

from bulletin_desktop.core.model import Article, DistributionLine, Issue, Item, Section, Signoff, Special, YearNumber
from bulletin_desktop.core.richtext import parse_markup
from bulletin_desktop.export.layout_options import LayoutOptions

DATE = dt.date(2025, 10, 17)
SIGNOFF = Signoff(["周敏"], ["郭志强"], ["韩立新"])
CLOSING = [DistributionLine("报", "省安委办，市委、市政府领导。"), DistributionLine("发", "各县（市、区）安委办。")]
FILLER = "{}日，**{}**召开安全生产例会，通报近期检查情况，安排下一步重点工作。"  # two lines
UNITS = ("新蔡县", "平舆县", "正阳县", "确山县", "泌阳县", "汝南县", "遂平县", "西平县", "上蔡县", "驿城区")


def item(markup: str) -> Item:
    return Item.from_rich(parse_markup(markup))


def fillers(count: int, month: int = 10) -> list[Item]:
    return [item(f"{month}月" + FILLER.format(k % 28 + 1, UNITS[k % len(UNITS)])) for k in range(count)]


def _lines_of_fillers(lines: int) -> list[Item]:
    """Entries taking ``lines`` lines: two-line fillers, and a one-line entry for an odd count."""
    return [*fillers(lines // 2), *([item("10月1日，**县应急局**开展节前安全检查。")] if lines % 2 else [])]


def masthead_36() -> Issue:
    """Eleven characters: too wide for 初号, one line at 小初 (36 pt)."""
    return Issue("郾城区安全生产监管简报", 14, DATE, "郾城区安全生产委员会办公室", None,
                 [Section("工作动态", fillers(5))], SIGNOFF, CLOSING)


def masthead_26() -> Issue:
    """Seventeen characters: one line only at 一号 (26 pt); a year-numbered 期号 line."""
    return Issue("河南省驻马店市应急管理系统工作简报", 203, DATE, "驻马店市应急管理局", None,
                 [Section("工作动态", fillers(4))], SIGNOFF, CLOSING, year_number=YearNumber(17, 2025))


def masthead_too_long() -> Issue:
    """Twenty-six characters: too long for one line even at 26 pt, so it takes two."""
    return Issue("中共驻马店市委驻马店市人民政府安全生产委员会工作简报", 9, DATE, "驻马店市安全生产委员会办公室", None,
                 [Section("工作动态", fillers(4))], SIGNOFF, CLOSING)


def secret_urgent() -> Issue:
    """机密★1年 and 特急 above the name; 第N期（总第M期）."""
    return Issue("商丘市安全生产信息", 412, DATE, "商丘市安全生产委员会办公室", None,
                 [Section("重要情况", fillers(3)), Section("领导批示", [item(
                     "10月16日，市委主要领导在《关于“10·15”道路交通事故的报告》上批示：“要深刻汲取教训，举一反三，"
                     "全面排查整治道路运输领域安全隐患，坚决遏制较大事故发生。”")])],
                 SIGNOFF, CLOSING, year_number=YearNumber(38, None), marking="机密★1年　特急")


def special_line_only() -> Issue:
    """A 专刊 line without its own number, 总第M期 alone, 内部资料 注意保存."""
    return Issue("信阳市防汛工作简报", 77, DATE, "信阳市防汛抗旱指挥部办公室", Special("秋汛防御专刊", None),
                 [Section("雨水情况", [item("10月16日8时至17日8时，全市平均降雨量36.2毫米，最大降雨点位于**商城县**"
                                            "达权店镇，雨量达127.4毫米；淮河干流息县站水位38.21米，低于警戒水位0.79米。")]),
                  Section("防御措施", fillers(4))],
                 SIGNOFF, CLOSING, year_number=YearNumber(None), marking="内部资料　注意保存")


def long_office() -> Issue:
    """An issuing office of 26 characters: the date goes onto a line of its own."""
    return Issue("安全生产简报", 5, DATE, "中共平舆县委平舆县人民政府安全生产和消防安全工作委员会办公室", None,
                 [Section("工作动态", fillers(6))], SIGNOFF, CLOSING)


def no_office() -> Issue:
    """No issuing office: the date alone, flush right; no closing block; one-character entry."""
    return Issue("工作简报", 31, DATE, "", None,
                 [Section("", [item("略"), *fillers(3), item("。")])])


def heading_at_page_foot() -> Issue:
    """A section heading that would fall on page 1's last line: it goes on with its entry,
    page 1 ending a line short."""
    def make(n: int) -> Issue:
        body = _lines_of_fillers(n)
        return Issue("确山县安全生产简报", 22, DATE, "确山县安全生产委员会办公室", None,
                     [Section("工作动态", body), Section("隐患排查", fillers(3))], SIGNOFF, CLOSING)
    return fitted(make, lambda lines: -1 if "【隐患排查】" in lines else max(i for i, x in enumerate(lines) if x), 20)


def page_long_entry() -> Issue:
    """An entry exactly 22 lines long (a whole page) after a short first page."""
    return Issue("泌阳县安全生产简报", 40, DATE, "泌阳县应急管理局", None,
                 [Section("工作动态", [*fillers(2), item(_exact_lines(22)), *fillers(2)])], SIGNOFF, CLOSING)


def _exact_lines(lines: int) -> str:
    """An entry of exactly ``lines`` full lines (2 characters of indent): its date's four
    half-width digits take two places."""
    head = "10月19日，**泌阳县**"
    sentence = "对全县危险化学品烟花爆竹非煤矿山工贸企业开展拉网式排查建立问题责任整改三个清单，"
    room = lines * 28 - 2 - (len("10月19日，泌阳县") - 2)
    return head + (sentence * (room // len(sentence) + 1))[:room - 1] + "。"


def latin_and_numbers() -> Issue:
    entries = [
        "10月10日，**市市场监管局**对统一社会信用代码为91411700MA9KXJ2P3T的企业开展检查，负责人身份证号"
        "411721198507234518，罚款1,234.56万元。",
        "10月11日，**市应急管理局**在https://yjglj.zhumadian.gov.cn/2025/10/notice_1011.html发布预警，"
        "要求储罐区温度控制在25℃以下，可燃气体浓度低于0.5‰，仓库面积超过1500㎡的须设自动喷淋。",
        "10月12日，**驿城区**采用GIS、BIM和IoT技术搭建“Smart Safety”平台，接入PM2.5、CO₂、H₂S传感器"
        "326个，平台账号admin_zmd@163.com，服务热线0396-12345678，投资3,580,000元。",
        "10月13日，**遂平县**开展“Safety First”主题活动，邀请TÜV SÜD和SGS-CSTC专家授课，讲解ISO 45001:2018、"
        "GB/T 33000-2016和AQ 3013-2008等标准。",
    ]
    return Issue("驻马店应急管理信息", 118, DATE, "驻马店市应急管理局", None,
                 [Section("工作动态", [item(m) for m in entries * 2])], SIGNOFF, CLOSING)


def marks_side_by_side() -> Issue:
    entries = [
        "10月14日，**县住建局**(县城管局)联合检查“老旧小区”(燃气)改造项目，发现\"三无\"产品（含'私拉乱接'）12件。",
        "10月15日，县应急局“双随机、一公开”——检查企业38家……发现隐患57处，其中重大隐患2处——已全部挂牌督办。",
        "10月16日，会议强调：“安全生产‘人人有责’”，要求“《条例》（试行）”【第三条】和[第五条]落实到位。",
        "10月16日，各乡镇要对照清单逐项销号，确保“问题不解决不放过、责任不落实不放过、整改不到位不放过”。",
        # a closing mark would open the line after 27 characters: it hangs or the line breaks earlier
        "10月17日，县安委办召开专题会议部署安全生产百日攻坚行动，要求，各乡镇（街道）、县直各单位要高度重视。"
        "做好值班值守，确保信息报送及时准确！全县安全形势总体平稳？",
    ]
    return Issue("舞阳县安全生产简报", 66, DATE, "舞阳县安全生产委员会办公室", None,
                 [Section("工作动态", [item(m) for m in entries * 2])], SIGNOFF, CLOSING)


def article_across_break() -> Issue:
    """An article of 一、（一）1.（1） levels and 一是/二是 leads whose middle crosses page 1's foot."""
    paragraphs = ["今年以来，正阳县坚持“安全第一、预防为主、综合治理”方针，扎实推进安全生产治本攻坚三年行动。",
                  "一、强化组织领导。成立以县长为组长的领导小组，召开专题会议6次。",
                  "（一）明确责任分工。" + "**一是**压实属地责任，各乡镇党委书记为第一责任人。**二是**压实部门责任，"
                  "按照“管行业必须管安全”要求制定责任清单。**三是**压实企业主体责任，督促企业主要负责人履职。",
                  "1．健全工作机制。建立“周调度、月通报、季考核”机制，累计通报问题127个。",
                  "（1）完善考核办法。将安全生产纳入乡镇综合考核，权重提高到10%。",
                  "（2）严格责任追究。对发生事故的单位实行“一票否决”。",
                  "二、深化隐患排查。" + "组织专家对重点企业开展“会诊式”检查，排查隐患1,326处，整改率98.6%。" * 2,
                  "（二）突出重点领域。**一是**道路交通，**二是**建筑施工，**三是**燃气安全，**四是**消防安全。",
                  "三、提升应急能力。修订完善应急预案46部，开展演练112场次，参演人员达8,000余人次。"]
    return Issue("正阳县安全生产简报", 27, DATE, "正阳县安全生产委员会办公室", None,
                 [Section("工作动态", fillers(3)),
                  Section("经验交流", [Article("正阳县“三个强化”推动治本攻坚见实效",
                                              [parse_markup(p) for p in paragraphs])])],
                 SIGNOFF, CLOSING)


LONG_DISTRIBUTION = [
    DistributionLine("报", "省应急管理厅，省安委办，市委常委，市人大常委会、市政府、市政协有关领导，市纪委监委。"),
    DistributionLine("送", "市安委会各成员单位，市直有关部门，驻马店军分区，武警驻马店支队，市消防救援支队。"),
    DistributionLine("发", "各县区人民政府，驻马店经济开发区、驿城区、高新技术产业开发区管委会，各重点企业。"),
    DistributionLine("本期增发", "市融媒体中心，驻马店日报社，市广播电视台。"),
]


def long_closing() -> Issue:
    return Issue("驻马店市安全生产简报", 50, DATE, "驻马店市安全生产委员会办公室", None,
                 [Section("工作动态", fillers(5))],
                 Signoff(["周敏", "李娜"], ["郭志强"], ["韩立新"], ["校对：王磊"]), LONG_DISTRIBUTION, print_copies=85)


def closing_at_foot() -> Issue:
    """The body ends where the long closing block exactly fills the rest of the page."""
    def make(n: int) -> Issue:
        issue = long_closing()
        issue.sections = [Section("工作动态", _lines_of_fillers(n))]
        return issue
    return fitted(make, lambda lines: _closing_gap(lines), 0, pages=2)


def two_pages() -> Issue:
    return Issue("平舆县应急管理信息", 8, DATE, "平舆县应急管理局", None,
                 [Section("安排部署", fillers(4)), Section("督导检查", fillers(5)), Section("宣传培训", fillers(3))],
                 SIGNOFF, CLOSING, print_copies=30)


def twelve_pages() -> Issue:
    sections = []
    for s, title in enumerate(["安排部署", "督导检查", "隐患排查", "执法检查", "应急演练", "宣传培训", "基层动态"]):
        sections.append(Section(title, [item(f"{s + 1}月" + FILLER.format(k + 1, UNITS[(s + k) % 10])
                                             + "会议要求，各单位要坚决克服麻痹思想和侥幸心理，" * (k % 4))
                                        for k in range(11)]))
    return Issue("驻马店市安全生产工作简报", 120, DATE, "驻马店市安全生产委员会办公室", Special("安全生产治本攻坚专刊", 12),
                 sections, SIGNOFF, LONG_DISTRIBUTION, year_number=YearNumber(24, 2025), print_copies=120)


def plain_centred() -> Issue:
    return Issue("遂平县安全生产简报", 19, DATE, "遂平县安全生产委员会办公室", None,
                 [Section("工作动态", fillers(8)), Section("基层信息", fillers(6))], SIGNOFF, CLOSING)


def fitted(make: Callable[[int], Issue], where: Callable[[list[str]], int], want: int, pages: int = 1,
           options: LayoutOptions = LayoutOptions()) -> Issue:
    """``make(n)`` for the smallest n whose preview puts ``where`` of page ``pages``'s lines
    (texts of its rows) at ``want``."""
    from bulletin_desktop.export.blocks import layout_issue
    from bulletin_desktop.export.qt_render import IssueRenderer

    renderer = IssueRenderer(options)
    for n in range(1, 80):
        issue = make(n)
        renderer.update(layout_issue(issue, options))
        if renderer.page_count() < pages:
            continue
        page = renderer.page(pages - 1)
        lines = [""] * options.lines_per_page
        for placement in page.placements:
            lines[placement.line] = placement.row.text() or "\x00"
        if where(lines) == want:
            return issue
    raise AssertionError("no filler puts it there")


def _closing_gap(lines: list[str]) -> int:
    """Empty grid lines between the body's end and the closing block on a page."""
    start = next((i for i, line in enumerate(lines) if line.startswith("编辑：")), None)
    if start is None:
        return -1
    body_end = max((i for i, line in enumerate(lines[:start]) if line), default=-1)
    return start - body_end - 1


VARIED: dict[str, tuple[Callable[[], Issue], LayoutOptions]] = {
    "masthead_36": (masthead_36, LayoutOptions()),
    "masthead_26": (masthead_26, LayoutOptions()),
    "masthead_too_long": (masthead_too_long, LayoutOptions()),
    "secret_urgent": (secret_urgent, LayoutOptions()),
    "special_line_only": (special_line_only, LayoutOptions()),
    "long_office": (long_office, LayoutOptions()),
    "no_office": (no_office, LayoutOptions()),
    "heading_at_page_foot": (heading_at_page_foot, LayoutOptions()),
    "page_long_entry": (page_long_entry, LayoutOptions()),
    "latin_and_numbers": (latin_and_numbers, LayoutOptions()),
    "marks_side_by_side": (marks_side_by_side, LayoutOptions()),
    "article_across_break": (article_across_break, LayoutOptions()),
    "long_closing": (long_closing, LayoutOptions()),
    "closing_at_foot": (closing_at_foot, LayoutOptions()),
    "two_pages": (two_pages, LayoutOptions()),
    "twelve_pages": (twelve_pages, LayoutOptions()),
    "plain_centred": (plain_centred, LayoutOptions(section_heading="plain", page_number_position="center")),
    # offices that set their series otherwise: a 3 pt rule under a 36 pt masthead; 23 lines a
    # page; numbered headings and the closing lines without an inset
    "rule_3pt_masthead_36": (two_pages, LayoutOptions(red_rule_pt=3.0, masthead_size_pt=36.0)),
    "lines_23": (long_closing, LayoutOptions(lines_per_page=23)),
    "numbered_no_inset": (article_across_break, LayoutOptions(section_heading="numbered", closing_indent_chars=0.0)),
}
