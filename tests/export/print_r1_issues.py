"""Issues for checking the printed page against the layout reference, number by number
(docs of the layout: /work/shared/spec/bulletin-layout.md): a special-series issue, a long
article with headings of four levels, a very long 送/发 list, a closing block at a page's
foot, a one-page issue, Latin words, figures, 《》 and 〔2026〕 文号, and very long unit
names. Made here, unlike the sample and earlier rounds' issues: other offices, other years."""
from __future__ import annotations

import datetime as dt

from bulletin_desktop.core.model import Article, DistributionLine, Issue, Item, Section, Signoff, Special, YearNumber
from bulletin_desktop.core.richtext import parse_markup

DATE = dt.date(2026, 3, 9)
SIGNOFF = Signoff(["石晓燕", "冯博"], ["常建国"], ["魏东"])
CLOSING = [DistributionLine("送", "市委办公室，市政府办公室，市人大常委会办公室，市政协办公室。"),
           DistributionLine("发", "各县（市、区）应急管理局，市安委会各成员单位。")]


def item(markup: str) -> Item:
    return Item.from_rich(parse_markup(markup))


def paragraph(markup: str):
    return parse_markup(markup)


def _routine(count: int, month: int = 3) -> list[Item]:
    towns = ("宝丰县", "郏县", "鲁山县", "叶县", "舞钢市", "汝州市", "卫东区", "湛河区", "石龙区", "新华区")
    return [item(f"{month}月{k % 27 + 1}日，**{towns[k % len(towns)]}**组织开展春季森林防火专项检查，"
                 f"共检查林区重点部位{12 + k}处，发现并整改火灾隐患{k % 5 + 2}项，督促落实“防火码”扫码进山制度。")
            for k in range(count)]


def special_series() -> Issue:
    """（森林防灭火专刊 第7期） under a year-numbered 期号 line."""
    return Issue("平顶山应急管理", 118, DATE, "平顶山市应急管理局", Special("森林防灭火专刊", 7),
                 [Section("火情通报", _routine(3)), Section("工作动态", _routine(4))],
                 SIGNOFF, CLOSING, year_number=YearNumber(9, 2026), print_copies=40)


def long_article() -> Issue:
    """An article of four heading levels, 一是/二是 leads, across several pages."""
    paragraphs = [paragraph("今年以来，县应急管理局坚持“安全第一、预防为主、综合治理”方针，聚焦重点行业领域，"
                            "扎实推进安全生产治本攻坚三年行动，全县安全生产形势总体平稳。")]
    for n, head in enumerate(("一、压实责任链条。", "二、深化隐患治理。", "三、提升应急能力。"), start=1):
        paragraphs.append(paragraph(head + "坚持党政同责、一岗双责、齐抓共管、失职追责，"
                                    "将安全生产纳入各乡镇和部门年度目标考核，实行季度排名通报。"))
        for m, sub in enumerate(("（一）健全制度体系。", "（二）强化督导问效。"), start=1):
            paragraphs.append(paragraph(sub + f"制定出台第{n}{m}项配套制度，明确各层级责任清单，"
                                        "**一是**建立隐患排查“双报告”制度；**二是**推行“清单式”督导，"
                                        "逐项销号管理；**三是**对整改不力的单位约谈主要负责人。"))
            paragraphs.append(paragraph(f"1.全年开展联合执法{20 + n}次，立案查处违法行为{5 + m}起，"
                                        "罚没款合计{:.1f}万元。".format(12.5 * n)))
            paragraphs.append(paragraph(f"（1）组织专家“会诊”企业{30 + m}家次，指导企业完善风险分级管控清单。"))
    return Issue("叶县安全生产工作简报", 23, DATE, "叶县安全生产委员会办公室", None,
                 [Section("经验交流", [Article("叶县多措并举推进安全生产治本攻坚", paragraphs)])],
                 SIGNOFF, CLOSING)


def long_distribution() -> Issue:
    """送/发/抄送 lists of several lines each, and a print run."""
    towns = "、".join(f"{name}人民政府" for name in (
        "新华区", "卫东区", "湛河区", "石龙区", "舞钢市", "汝州市", "宝丰县", "叶县", "鲁山县", "郏县"))
    closing = [
        DistributionLine("报", "省应急管理厅，省安委会办公室，省森林防灭火指挥部办公室，省防汛抗旱指挥部办公室。"),
        DistributionLine("送", "市委书记、市长，市委副书记，市委常委、常务副市长，市人大常委会、市政协有关领导，"
                               "市政府分管副市长，市政府秘书长、副秘书长。"),
        DistributionLine("发", f"{towns}，高新区、城乡一体化示范区管委会，市安委会各成员单位，"
                               "市森林防灭火指挥部各成员单位，中央、省驻平有关单位。"),
        DistributionLine("本期增发", "局机关各科室、局属各单位。"),
    ]
    return Issue("平顶山市安全生产简报", 61, DATE, "平顶山市安全生产委员会办公室", None,
                 [Section("工作动态", _routine(5))], SIGNOFF, closing, print_copies=120)


def closing_at_page_end(fill: int = 10) -> Issue:
    """Entries that fill the last page to just above the closing block's five lines, which
    end on its last grid line (a line more sends the block to a page of its own)."""
    one_line = item("3月10日，**县应急局**开展节前安全检查。")
    return Issue("郏县应急管理信息", 5, DATE, "郏县应急管理局", None,
                 [Section("安全检查", [*_routine(fill), one_line])], SIGNOFF, CLOSING, print_copies=30)


def one_page() -> Issue:
    """Two short entries: the body and the closing block on one page."""
    return Issue("舞钢市安全生产简报", 2, DATE, "舞钢市安全生产委员会办公室", None,
                 [Section("工作动态", [item("3月6日，**市应急管理局**召开节后复工复产安全生产工作会议。"),
                                       item("3月8日，**尚店镇**开展燃气安全入户检查，发放宣传资料300余份。")])],
                 Signoff(["王丽"], [], ["赵刚"]), [DistributionLine("发", "各乡（镇、街道），市直有关单位。")])


def latin_and_numbers() -> Issue:
    """English words, figures, 《》, 〔2026〕 文号, percentages, times and telephone numbers."""
    entries = [
        item("3月2日，市安委会印发《平顶山市2026年安全生产工作要点》（平安委〔2026〕3号），"
             "明确全年重点任务36项，要求各地于3月31日前报送落实方案。"),
        item("3月3日，**市应急管理局**组织召开“AI+安全监管”平台建设推进会，平台接入GPS车载终端1,256台、"
             "视频监控点位3 480路，已实现对LNG加气站、110kV变电站等重点部位24小时在线监测。"),
        item("3月4日，**汝州市**开展危险化学品企业专项执法检查，抽查企业18家，发现隐患57项，"
             "整改率达到96.5%，较上年同期提高3.2个百分点；对2家企业立案查处，罚款合计6.8万元。"),
        item("3月5日9:30，**卫东区**举行有限空间作业事故应急演练，参演人员120余人，出动车辆8台，"
             "演练全程用时45分钟。咨询电话：0375-2661234，邮箱：ajj@pds.gov.cn。"),
        item("3月6日，**新华区**依据《中华人民共和国安全生产法》第九十九条和GB 30871—2022《危险化学品企业"
             "特殊作业安全规范》，对某ISO 9001认证企业动火作业未落实“三不动火”问题下达责令整改指令书。"),
    ]
    return Issue("平顶山安全生产动态", 47, DATE, "平顶山市应急管理局办公室", None,
                 [Section("工作动态", entries), Section("执法检查", _routine(2))], SIGNOFF, CLOSING,
                 year_number=YearNumber(6, 2026))


def long_units() -> Issue:
    """Unit names of twenty characters and more, in bold, where lines may break inside them."""
    entries = [
        item("3月4日，**平顶山市城市管理和综合执法局燃气安全专项整治工作领导小组办公室**联合"
             "**国网河南省电力公司平顶山供电公司安全监察部**开展燃气和电力设施安全联合检查。"),
        item("3月5日，**中国平煤神马控股集团有限公司安全生产监察局**召开煤矿安全生产形势分析会，"
             "通报1—2月事故情况，部署“一通三防”专项治理。"),
        item("3月6日，**平顶山高新技术产业开发区管理委员会经济发展和应急管理局**对辖区32家规模以上工业企业开展"
             "安全生产标准化复评。"),
    ]
    return Issue("平顶山市安全生产委员会办公室工作简报", 88, DATE,
                 "平顶山市人民政府安全生产委员会办公室（平顶山市应急管理局）", None,
                 [Section("工作动态", entries)], SIGNOFF, CLOSING)


VARIED = {
    "special_series": special_series,
    "long_article": long_article,
    "long_distribution": long_distribution,
    "closing_at_page_end": closing_at_page_end,
    "one_page": one_page,
    "latin_and_numbers": latin_and_numbers,
    "long_units": long_units,
}
