"""Varied issues for comparing LibreOffice's print of the .docx with the preview's: a long
article with 一、（一）1.（1） levels, many short entries, a special series with a marking, no
closing block, a very long distribution list, numbered and bulleted run-in titles, quotation
marks and digits mixed with full- and half-width punctuation, Latin words in quotation marks
and a long address, topic lines over dated entries, numbered section headings, a heading
over an article's title at a page's foot, and issues whose body ends at or near a page's end."""
from __future__ import annotations

import datetime as dt
from typing import Callable

from bulletin_desktop.core.model import Article, DistributionLine, Issue, Item, Section, Signoff, Special, YearNumber
from bulletin_desktop.core.richtext import parse_markup
from bulletin_desktop.export.layout_options import LayoutOptions

DATE = dt.date(2026, 3, 9)
SIGNOFF = Signoff(["王晓燕", "李明"], ["张伟"], ["刘建国"])
DISTRIBUTION = [DistributionLine("报", "市委办公室，市政府办公室。"), DistributionLine("送", "市安委会各成员单位。"),
                DistributionLine("发", "各县区应急管理局。")]


def item(markup: str) -> Item:
    return Item.from_rich(parse_markup(markup))


def long_article() -> Issue:
    paragraphs = ["近年来，临颍县围绕“两个根本”目标，坚持问题导向，持续推进安全生产治理体系建设，全县安全形势持续稳定"
                  "向好，连续3年实现生产安全事故起数和死亡人数“双下降”。"]
    for head in "一二三":
        paragraphs.append(f"{head}、健全责任体系。" + "坚持党政同责、一岗双责、齐抓共管、失职追责，县委常委会每季度专题研究安全生产工作，" * 2)
        for sub in "一二":
            paragraphs.append(f"（{sub}）压实属地责任。" + "各乡镇（街道）建立“一单四制”，明确包保责任人218名，覆盖重点企业146家。" * 2)
            for number in (1, 2):
                paragraphs.append(f"{number}．强化考核。" + "把安全生产纳入综合考核，权重提高到8%，对排名后3位的约谈。" * 3)
                paragraphs.append(f"（{number}）落实奖惩。对表现突出的12个单位通报表扬，对4个单位“一票否决”。")
    article = Article("临颍县构建“四级联动”安全生产责任体系", [parse_markup(p) for p in paragraphs])
    return Issue("临颍县安全生产工作简报", 118, DATE, "临颍县安全生产委员会办公室", None,
                 [Section("经验交流", [article])], SIGNOFF, DISTRIBUTION)


def many_short() -> Issue:
    units = ["郾城区", "源汇区", "召陵区", "舞阳县", "临颍县", "市应急管理局", "市消防救援支队", "西城区"]
    sections = [Section(title, [item(f"3月{s + k + 1}日，**{units[(s + k) % 8]}**召开专题会议，部署第{k + 1}阶段重点工作。")
                                for k in range(8)])
                for s, title in enumerate(["安排部署", "督导检查", "隐患排查", "应急演练", "宣传培训"])]
    return Issue("漯河安全生产简报", 61, DATE, "漯河市安全生产委员会办公室", None, sections, SIGNOFF, DISTRIBUTION)


def special_series() -> Issue:
    return Issue("驻马店市防汛抗旱工作简报", 23, DATE, "驻马店市防汛抗旱指挥部办公室", Special("汛期安全专刊", 7),
                 [Section("雨情水情", [item("3月8日8时至9日8时，全市平均降雨量42.6毫米，最大降雨点位于**泌阳县**象河乡，"
                                           "雨量达118.5毫米。")]),
                  Section("工作动态", [item(f"3月{k}日，**市防指**启动防汛Ⅳ级应急响应，派出{k}个督导组分赴各县区。")
                                       for k in (6, 7, 8)])],
                 SIGNOFF, DISTRIBUTION, year_number=YearNumber(6, 2026), print_copies=40, marking="内部资料　注意保存")


def no_closing() -> Issue:
    return Issue("西平县应急管理工作简报", 9, DATE, "西平县应急管理局", None,
                 [Section("", [item(f"3月{k}日，**县应急管理局**组织开展有限空间作业专项检查，检查企业{k * 3}家，"
                                    f"发现隐患{k}处，已全部整改到位。") for k in range(1, 12)])])


def long_distribution() -> Issue:
    towns = "、".join(f"{name}人民政府" for name in ["城关镇", "师灵镇", "出山镇", "盆尧镇", "权寨镇", "焦庄乡", "专探乡",
                                                     "二郎乡", "宋集镇", "杨庄乡", "重渠乡", "人和乡", "谭店乡", "吕店乡"])
    distribution = [
        DistributionLine("报", "省应急管理厅，市委办公室，市人大常委会办公室，市政府办公室，市政协办公室，市纪委监委。"),
        DistributionLine("送", "市委常委，市人大常委会、市政府、市政协有关领导，市安委会主任、副主任，市安委会各成员单位主要负责同志。"),
        DistributionLine("发", towns + "，县直各有关单位，各重点企业。"),
        DistributionLine("本期增发", "县融媒体中心。")]
    return Issue("西平县安全生产简报", 88, DATE, "西平县安全生产委员会办公室", None,
                 [Section("工作动态", [item(f"3月{k}日，**县安委办**召开全县安全生产形势分析会。") for k in range(1, 7)])],
                 Signoff(["王晓燕"], ["张伟"], ["刘建国"], ["校对：李四"]), distribution, print_copies=120)


def run_in_titles() -> Issue:
    entries = ["1．**强化培训提能力。**3月2日，**县应急局**组织全县126名安全员开展专题培训。",
               "2．**严格执法促整改。**3月3日，县应急局对8家企业开展“体检式”执法检查，立案处罚2起。",
               "◆**郾城区**组织开展燃气安全“回头看”，排查餐饮场所312家。",
               "◆3月4日，**召陵区**组织危化品企业开展应急演练。",
               "（一）**县住建局、县应急局**联合开展建筑施工安全检查，检查在建项目15个。",
               "【长葛市】3月5日，组织开展消防安全培训，参训人员达1200余人。",
               "3.【庙湾所】3月6日，检查“九小场所”46处。"]
    article = Article("以“三化”建设推动安全生产治理", [parse_markup(
        "**一是标准化。**对照“50条”措施逐项落实。**二是信息化。**建成1个平台、2套系统。**三是常态化。**每月开展“安全生产月”活动。")])
    return Issue("许昌安全生产简报", 15, DATE, "许昌市安全生产委员会办公室", None,
                 [Section("工作动态", [item(m) for m in entries]), Section("经验做法", [article])], SIGNOFF, DISTRIBUTION)


def quotes_and_digits() -> Issue:
    entries = ["3月2日，市安委会印发《关于落实省“50条”和市“72条”措施的通知》，要求逐项对照“15条”硬措施抓落实。",
               "3月3日，**舞阳县**开展 \"安全生产月\" 宣传活动，发放资料2000份(其中折页500份)，接受咨询300人次, 现场整改隐患18处.",
               "3月4日，检查企业“12家”，发现问题“35个”，整改率达“100%”；下发《整改通知书》“8份”。",
               "3月5日，开展“119”消防宣传，覆盖“5G”基站“28个”，涉及GPS、APP等系统；温度为-5℃～3℃，时间8:30—11:45。",
               "3月6日，召开“3·15”专题会议，对“十四五”规划中期评估的‘30项’任务进行梳理，完成率“86.5%”。"]
    return Issue("周口安全生产信息", 31, DATE, "周口市应急管理局", None,
                 [Section("工作动态", [item(m) for m in entries * 2])], SIGNOFF, DISTRIBUTION)


def latin_in_quotes() -> Issue:
    entry = ("3月1日，**市应急局**召开会议，部署“APP”、‘GPS’和“NB-IoT”平台建设，访问"
             "https://www.example.gov.cn/safety/2026/notice-0301.html查看详情。")
    return Issue("驻马店市安全生产委员会办公室安全生产工作简报", 5, DATE, "驻马店市安全生产委员会办公室", None,
                 [Section("工作动态", [item(entry) for _ in range(4)])], SIGNOFF, [], print_copies=25)


def topics_and_article() -> Issue:
    topics = [item("一、危化品领域"),
              *[item(f"3月{k}日，**县应急局**检查危化品企业{k}家，发现隐患{k * 2}处。") for k in range(1, 4)],
              item("（一）烟花爆竹"), item("3月5日，**县市场监管局**检查零售点12家。")]
    article = Article("强化“三个一”机制 筑牢安全防线", [parse_markup(p) for p in [
        "——西平县应急管理局", "近年来，我县" + "坚持人民至上、生命至上，统筹发展和安全。" * 6,
        "一、健全机制。" + "建立“日调度、周通报、月考核”机制。" * 8,
        "（一）明确责任。" + "细化责任清单126项。" * 8,
        "**一是**压实企业主体责任。" + "督促企业落实全员安全生产责任制。" * 6]])
    return Issue("西平县安全生产简报", 12, DATE, "西平县安全生产委员会办公室", None,
                 [Section("隐患排查", topics), Section("经验交流", [article])],
                 Signoff(["王五"], [], ["张三"]), [DistributionLine("发", "各乡镇人民政府，县直各单位。")], print_copies=60)


def numbered_sections() -> Issue:
    sections = [Section(title, [item(f"3月{k}日，**县应急局**召开专题会议，研究部署春季安全生产工作，要求各单位压实责任、"
                                     "强化措施。") for k in (3, 4, 5)])
                for title in ("安排部署", "督导检查", "隐患排查")]
    return Issue("许昌安全生产简报", 16, DATE, "许昌市安全生产委员会办公室", Special("安全生产月专刊", None), sections,
                 SIGNOFF, DISTRIBUTION)


def heading_over_article_at_page_foot() -> Issue:
    """A section heading over an article's title lands on a page's last line: both go on."""
    items = [item(f"3月{k % 28 + 1}日，**县应急局**召开专题会议，部署重点工作。") for k in range(11)]
    article = Article("推进“专项整治”工作", [parse_markup("一、隐患排查。" + "专项整治应急演练风险管控宣传培训。" * 6)])
    return Issue("某县安全生产简报", 3, DATE, "某县安全生产委员会办公室", None,
                 [Section("工作动态", items), Section("经验交流", [article])], SIGNOFF, DISTRIBUTION)


def near_page_end(entries: int) -> Issue:
    body = "组织开展安全生产大检查，对辖区重点行业领域企业进行全覆盖检查，切实消除各类安全隐患，确保安全形势稳定。"
    return Issue("漯河安全生产简报", 70 + entries, DATE, "漯河市安全生产委员会办公室", None,
                 [Section("工作动态", [item(f"3月{k % 28 + 1}日，**郾城区**{body}") for k in range(entries)])],
                 SIGNOFF, DISTRIBUTION)


VARIED: dict[str, tuple[Callable[[], Issue], LayoutOptions]] = {
    "long_article": (long_article, LayoutOptions()),
    "many_short": (many_short, LayoutOptions()),
    "special_series": (special_series, LayoutOptions()),
    "no_closing": (no_closing, LayoutOptions()),
    "long_distribution": (long_distribution, LayoutOptions()),
    "run_in_titles": (run_in_titles, LayoutOptions()),
    "quotes_and_digits": (quotes_and_digits, LayoutOptions()),
    "latin_in_quotes": (latin_in_quotes, LayoutOptions()),
    "topics_and_article": (topics_and_article, LayoutOptions()),
    "numbered_sections": (numbered_sections, LayoutOptions(section_heading="numbered")),
    "heading_over_article_at_page_foot": (heading_over_article_at_page_foot, LayoutOptions()),
    **{f"near_page_end_{n}": ((lambda n=n: near_page_end(n)), LayoutOptions()) for n in (8, 9, 10, 11)},
}
