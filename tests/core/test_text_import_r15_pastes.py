"""Pastes of hands not pasted before: entries dated with their weekday (11月20日（星期五），
11月25日（周三），) or a lunar date after the date (（农历十月初二）), numbered ①②; an
【编者按】 over the entries, a leader's instruction boxed with ★ (★市委书记…批示：…), a photo
caption after an entry (图为…), which stay paragraphs of their own as an import keeps them;
text copied out of a web page with its breadcrumb (首页 > …), the page's 来源 / 发布时间 /
浏览次数 lines and its 【打印本页】 line, which are left out as page furniture; units written
with Latin letters (XX科技有限公司) or named by a customs office, a railway 段 or a bank's
支行, before the date or in a table typed with tabs. Each paste is split into the entries it
holds, their dates and units in their fields as written, and no text lost or doubled but the
page's furniture."""
from __future__ import annotations

import re
from collections import Counter

import pytest

from bulletin_desktop.core.pasted_entries import pasted_entries
from bulletin_desktop.core.richtext import parse_markup, plain, to_markup


def _counted(text: str) -> Counter[str]:
    return Counter(ch for ch in text if re.match(r"[\u4e00-\u9fff0-9A-Za-z]", ch))


# (pasted, [(mark, date, unit, body)]); a body "…" is not compared
CASES: list[tuple[str, list[tuple[str, str, str, str]]]] = [
    # a weekday after the date, as written
    ("11月20日（星期五），**县委办**召开全县信息工作培训会。\n11月25日（周三），**县政协**召开专题协商会。",
     [("", "11月20日（星期五）", "县委办", "召开全县信息工作培训会。"),
      ("", "11月25日（周三）", "县政协", "召开专题协商会。")]),
    # a lunar date after the date
    ("11月21日（农历十月初二），**城关镇**举办敬老爱老活动，慰问老人120名。",
     [("", "11月21日（农历十月初二）", "城关镇", "举办敬老爱老活动，慰问老人120名。")]),
    # entries numbered with circled figures
    ("①11月18日，**县委政法委**召开平安建设推进会。\n②11月19日，**县法院**开展集中宣判活动。",
     [("①", "11月18日", "县委政法委", "召开平安建设推进会。"), ("②", "11月19日", "县法院", "开展集中宣判活动。")]),
    # a news page copied whole: its breadcrumb, its 来源 / 发布时间 / 浏览次数 line and its 打印 line are the
    # page's; the headline over the news stays a paragraph of its own
    ("首页 > 工作动态 > 基层信息\n县税务局开展“便民办税春风行动”\n"
     "来源：县税务局　　发布时间：2026-11-20 09:32　　浏览次数：236\n"
     "11月19日，**县税务局**在政务服务中心设立“综合咨询岗”，解答纳税人咨询320余次。\n【打印本页】　【关闭窗口】",
     [("", "", "", "县税务局开展“便民办税春风行动”"),
      ("", "11月19日", "县税务局", "在政务服务中心设立“综合咨询岗”，解答纳税人咨询320余次。")]),
    # an editor's note over the entries stays a paragraph of its own
    ("【编者按】近期，各地积极开展冬季安全隐患排查。现刊发两则，供参考。\n"
     "11月20日，**县应急局**开展冬季安全隐患排查。\n11月21日，**县消防救援大队**开展高层建筑灭火演练。",
     [("", "", "", "【编者按】近期，各地积极开展冬季安全隐患排查。现刊发两则，供参考。"),
      ("", "11月20日", "县应急局", "开展冬季安全隐患排查。"),
      ("", "11月21日", "县消防救援大队", "开展高层建筑灭火演练。")]),
    # a photo caption after an entry is a paragraph of its own, as an import keeps it
    ("11月20日，**县供电公司**开展迎峰度冬设备巡视。\n图为供电员工在10kV线路上开展巡视。",
     [("", "11月20日", "县供电公司", "开展迎峰度冬设备巡视。"), ("", "", "", "图为供电员工在10kV线路上开展巡视。")]),
    # a leader's instruction boxed with a star over the entry it praises
    ("★市委书记王建军批示：此件很好，请各县区学习借鉴。\n11月19日，**舞阳县**创新推行“四议两公开”工作法。",
     [("", "", "", "★市委书记王建军批示：此件很好，请各县区学习借鉴。"),
      ("", "11月19日", "舞阳县", "创新推行“四议两公开”工作法。")]),
    # units written with Latin letters
    ("11月22日，**XX科技有限公司**完成5G基站建设12座。\n11月23日，**中国移动漯河分公司**新建5G基站36个。",
     [("", "11月22日", "XX科技有限公司", "完成5G基站建设12座。"),
      ("", "11月23日", "中国移动漯河分公司", "新建5G基站36个。")]),
    # a news item's 发布时间 alone under its title
    ("全县开展村干部冬训\n发布时间：2026-11-21 10:15\n11月20日，**县委组织部**举办村干部冬训班，培训村干部420人。",
     [("", "", "", "全县开展村干部冬训"), ("", "11月20日", "县委组织部", "举办村干部冬训班，培训村干部420人。")]),
    # a unit bold after 近日 and signed with the writer: the entry prints its unit where it was signed
    # only, so the bold one stays in the text where it stood (model.signed_again)
    ("近日，**县法院**审结一起涉5G基站施工合同纠纷案件。（县法院　王磊）",
     [("", "近日", "县法院", "**县法院**审结一起涉5G基站施工合同纠纷案件。（县法院　王磊）")]),
    # a unit bold with its colon before a date with its weekday: as the import reads it
    ("**县检察院：**11月20日（星期五），开展“检察开放日”活动。",
     [("", "", "县检察院", "：11月20日（星期五），开展“检察开放日”活动。")]),
    # a customs office written before the date, as a chat forwards it
    ("漯河海关　11月20日，开展RCEP政策宣讲会，企业代表46人参加。",
     [("", "11月20日", "漯河海关", "开展RCEP政策宣讲会，企业代表46人参加。")]),
    # a railway 段 in brackets before the date
    ("【漯河车务段】11月21日，开展冬季防寒过冬设备检查，整治问题17处。",
     [("", "11月21日", "漯河车务段", "开展冬季防寒过冬设备检查，整治问题17处。")]),
    # a bank's table typed with tabs: an entry a row
    ("日期\t单位\t内容\n11月20日\t源汇支行\t投放普惠小微贷款1200万元。\n11月21日\t召陵支行\t举办“惠农e贷”推介会。",
     [("", "11月20日", "源汇支行", "投放普惠小微贷款1200万元。"), ("", "11月21日", "召陵支行", "举办“惠农e贷”推介会。")]),
    # a caption after an entry's further paragraph
    ("11月20日上午，**县纪委监委**召开警示教育大会。\n会议通报了3起典型案例。\n图为会议现场。",
     [("", "11月20日上午", "县纪委监委", "召开警示教育大会。会议通报了3起典型案例。"), ("", "", "", "图为会议现场。")]),
    # a page's breadcrumb over one entry and its count of views under it
    ("当前位置：首页 > 新闻中心 > 部门动态\n11月24日，**市统计局**开展统计法治宣传月活动。\n浏览次数：158",
     [("", "11月24日", "市统计局", "开展统计法治宣传月活动。")]),
    # 上一篇 / 下一篇 under a page's news
    ("11月25日，**市人大常委会**开展《safety》执法检查。\n上一篇：市人大常委会召开主任会议\n下一篇：市人大代表视察重点项目",
     [("", "11月25日", "市人大常委会", "开展《safety》执法检查。")]),
    # the variants of the same things other hands write: 编者按： with its colon, 上图：, a 批示 of two posts
    ("编者按：城区老旧小区改造是民生实事，现将两地做法刊发。\n11月18日，**东城街道**完成老旧小区改造4个。\n上图：改造后的东城街道幸福小区。",
     [("", "", "", "编者按：城区老旧小区改造是民生实事，现将两地做法刊发。"),
      ("", "11月18日", "东城街道", "完成老旧小区改造4个。"), ("", "", "", "上图：改造后的东城街道幸福小区。")]),
    ("★省委常委、市委书记李明同志批示：经验做法值得推广。\n11月17日，**市医保局**推行医保服务“15分钟便民圈”。",
     [("", "", "", "★省委常委、市委书记李明同志批示：经验做法值得推广。"),
      ("", "11月17日", "市医保局", "推行医保服务“15分钟便民圈”。")]),
    # the lunar month by its old name, and a page's 您现在的位置 and 浏览量
    ("您现在的位置：首页 > 新闻动态\n12月26日（农历冬月初七），**郑州海关**开展跨境电商监管培训。\n浏览量：56",
     [("", "12月26日（农历冬月初七）", "郑州海关", "开展跨境电商监管培训。")]),
    # a bank's branch and a customs office before the date, as a chat forwards them
    ("舞阳支行　11月22日，开展反诈宣传进社区活动。\n郑州海关　11月23日，开展AEO认证企业培训。",
     [("", "11月22日", "舞阳支行", "开展反诈宣传进社区活动。"), ("", "11月23日", "郑州海关", "开展AEO认证企业培训。")]),
    # a table headed 报送单位 whose units end as no level does
    ("序号\t日期\t报送单位\t内容\n1\t11月20日\t漯河车务段\t开展冬季行车安全大检查。\n2\t11月21日\t孟庙站\t组织应急演练。",
     [("", "11月20日", "漯河车务段", "开展冬季行车安全大检查。"), ("", "11月21日", "孟庙站", "组织应急演练。")]),
    # an hour after the date, a loose 近期 before a bold unit
    ("11月21日8时许，**漯河站**K1088次列车到站后组织旅客有序出站。\n近期，**国网舞阳县供电公司**开展迎峰度冬设备巡视。",
     [("", "11月21日8时许", "漯河站", "K1088次列车到站后组织旅客有序出站。"),
      ("", "近期", "国网舞阳县供电公司", "开展迎峰度冬设备巡视。")]),
    # a site's stamp with its author and seconds over the news, 【字体：大 中 小】 under it
    ("发布日期：2026-11-30 10:20:31　　来源：县检察院　　作者：李丽\n【字体：大 中 小】\n"
     "11月26日，**第一检察部**依法对一起非法吸收公众存款案提起公诉。",
     [("", "11月26日", "第一检察部", "依法对一起非法吸收公众存款案提起公诉。")]),
    # an instruction between two entries, starred or not
    ("11月26日，**县医保局**开展医保基金专项检查。\n县长孙伟批示：请各乡镇抓好落实。\n11月27日，**县卫健委**开展医疗机构安全检查。",
     [("", "11月26日", "县医保局", "开展医保基金专项检查。"), ("", "", "", "县长孙伟批示：请各乡镇抓好落实。"),
      ("", "11月27日", "县卫健委", "开展医疗机构安全检查。")]),
    # an editor's afterword (编后：) after the entry, a bracketed caption between two, a ▲ that marks a dated entry
    ("11月20日，**城关镇**开展禁毒宣传。\n编后：这两个乡镇的做法说明，宣传要贴近群众。",
     [("", "11月20日", "城关镇", "开展禁毒宣传。"), ("", "", "", "编后：这两个乡镇的做法说明，宣传要贴近群众。")]),
    ("11月21日，**县河长办**开展河道巡查。\n（图为巡查现场）\n11月22日，**县水利局**开展水库安全检查。",
     [("", "11月21日", "县河长办", "开展河道巡查。"), ("", "", "", "（图为巡查现场）"),
      ("", "11月22日", "县水利局", "开展水库安全检查。")]),
    ("▲11月20日，**县融媒体中心**推出冬季安全系列短视频。",
     [("▲", "11月20日", "县融媒体中心", "推出冬季安全系列短视频。")]),
]

# the page's lines a paste leaves out: breadcrumbs, 来源 / 发布时间 / 浏览次数, 打印 and 关闭, 上一篇 / 下一篇
_FURNITURE = re.compile(r"^(?:(?:当前位置：)?首页 > .*|来源：.*浏览次数：\d+|发布时间：[\d\- :]+|【打印本页】　【关闭窗口】"
                        r"|浏览(?:次数|量)：\d+|[上下]一篇：.*|日期\t单位\t内容|您现在的位置：首页 > .*|序号\t日期\t报送单位\t内容"
                        r"|发布日期：.*作者：李丽|【字体：大 中 小】)$|^\d\t(?=\d{1,2}月)", re.M)  # (and a row's number)


@pytest.mark.parametrize("pasted, expected", CASES, ids=[c[0][:12] for c in CASES])
def test_a_paste_of_another_hand_is_read_as_its_entries(pasted, expected):
    items = pasted_entries([parse_markup(line) for line in pasted.split("\n")])
    got = [(i.mark, i.date, i.unit, to_markup(i.body) if e[3] != "…" else "…") for i, e in zip(items, expected)]
    assert len(items) == len(expected) and got == expected
    printed = _counted("".join(plain(item.rich) for item in items))
    assert printed == _counted(plain(parse_markup(_FURNITURE.sub("", pasted))))
