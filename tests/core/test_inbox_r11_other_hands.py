"""Submissions by other hands, round 11, in 平顶山市's archive (counties 宝丰县, 叶县, 鲁山县, 郏县,
the county-level cities 舞钢市 and 汝州市, the districts 卫东区, 新华区, 湛河区, 石龙区, the 高新区, and
nine of the city's offices): November's folder, each file named as its unit names it; one file
holding two units' pieces; a piece sent again corrected, marked only in the file's name or not
at all; the statistics by 县区 and 市直单位; a year with 专刊 issues; what the scoring weighs.
What the clerk expects is written before each check."""
from __future__ import annotations

import datetime as dt

import pytest

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.inbox import Repeated, add_submissions, get_submission
from bulletin_desktop.core.inbox.adopt import adopt_into
from bulletin_desktop.core.inbox.reading import make_submissions, paragraphs_from_text, read_submissions
from bulletin_desktop.core.model import Issue, Item, Section, Special
from bulletin_desktop.core.richtext import parse_markup
from bulletin_desktop.core.stats import compute_stats, set_points
from bulletin_desktop.core.units import registry
from plain_docx import plain_docx

TODAY = dt.date(2026, 11, 30)
NOVEMBER = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
YEAR = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
SERIES = "平顶山应急管理信息"
COUNTIES = ("宝丰县", "叶县", "鲁山县", "郏县", "舞钢市", "汝州市", "卫东区", "新华区", "湛河区", "石龙区",
            "平顶山高新技术产业开发区")
OFFICES = ("市住房和城乡建设局", "市交通运输局", "市消防救援支队", "市市场监督管理局", "市教育局", "市水利局",
           "市生态环境局", "市城市管理局", "市文化广电和旅游局")

# November's folder: each file as its unit named it, the unit the clerk reads from it, and its text
FOLDER = [
    ("宝丰县应急局-11月信息.docx", "宝丰县", ["宝丰县开展冬季消防安全检查", "11月3日，宝丰县应急管理局联合消防部门检查商场超市12家。",
                                          "（宝丰县应急管理局）"]),
    ("20261120石龙.docx", "石龙区", ["石龙区开展煤矿安全督导", "11月18日，石龙区对辖区3处煤矿开展安全督导。"]),
    ("【鲁山】关于开展森林防火督导的信息.docx", "鲁山县", ["关于开展森林防火督导的信息",
                                              "11月5日，鲁山县组织林业、应急部门深入尧山等重点林区开展森林防火督导。"]),
    ("郏县应急管理局（11月第2期）.docx", "郏县", ["郏县安全生产信息", "11月9日，郏县召开全县安全生产形势分析会。"]),
    ("舞钢市-信息报送单.docx", "舞钢市", ["信息报送单", "标题：舞钢市开展冶金企业专项检查",
                                    "11月10日，舞钢市对4家冶金企业开展煤气安全专项检查。", "报送单位：舞钢市应急管理局"]),
    ("汝州 11.18 安全生产信息.docx", "汝州市", ["汝州市开展危化品运输车辆检查", "11月17日，汝州市联合交警部门检查危化品运输车辆26台次。"]),
    ("卫东区关于燃气安全专项整治的报告.docx", "卫东区", ["卫东区燃气安全专项整治进展",
                                               "11月12日，卫东区排查餐饮场所燃气隐患41处，已整改38处。"]),
    ("新华区应急管理局2026年11月份工作信息.docx", "新华区", ["新华区开展应急演练", "11月14日，新华区在辖区中学开展地震应急疏散演练。"]),
    ("湛河区 王磊 投稿.docx", "湛河区", ["湛河区推进安全生产“铸安”行动", "11月6日，湛河区召开“铸安”行动推进会。",
                                     "（湛河区应急管理局　王磊）"]),
    ("县应急局-11月信息.docx", "叶县", ["叶县开展非煤矿山检查", "11月8日，县应急管理局对辖区非煤矿山开展检查。",
                                  "叶县应急管理局", "2026年11月20日"]),
    ("高新区应急局11月信息.docx", "平顶山高新技术产业开发区", ["高新区开展企业安全培训",
                                                      "11月11日，高新区组织辖区企业负责人开展安全生产培训。",
                                                      "（平顶山高新区应急管理局）"]),
    ("市住建局关于燃气安全检查情况的报告.docx", "市住房和城乡建设局", ["市住建局开展燃气安全检查",
                                                        "11月13日，市住建局检查燃气经营企业8家。"]),
    ("交通局信息11.19.docx", "市交通运输局", ["开展道路运输安全检查", "11月19日，对全市客运站开展安全检查。", "（市交通运输局）"]),
    ("新建 Microsoft Word 文档.docx", "市消防救援支队", ["开展冬季火灾防控", "11月15日，组织开展高层建筑消防演练。",
                                                   "（平顶山市消防救援支队）"]),
    ("信息（市市场监管局）.docx", "市市场监督管理局", ["开展特种设备安全检查", "11月16日，检查电梯、锅炉等特种设备使用单位15家。"]),
    ("市教育局.docx", "市教育局", ["市教育局开展校园安全检查", "11月4日，市教育局对全市中小学开展校园安全检查。"]),
    ("11月份信息-市水利局.docx", "市水利局", ["开展水库安全度汛检查", "11月7日，对白龟山水库开展安全检查。", "市水利局"]),
    ("平顶山市生态环境局信息.docx", "市生态环境局", ["开展危险废物专项检查", "11月20日，对12家重点企业危险废物贮存开展检查。"]),
    ("城管局11月信息.docx", "市城市管理局", ["开展城市燃气管网巡查", "11月21日，巡查城区燃气管网36公里。", "报送单位：平顶山市城市管理局"]),
    ("文广旅局-关于旅游景区安全检查.docx", "市文化广电和旅游局", ["关于旅游景区安全检查的信息",
                                                      "11月22日，对全市A级旅游景区开展安全检查。", "（市文广旅局）"]),
]


def _issue(number: int, date: dt.date, *items: str, special: str | None = None) -> Issue:
    return Issue(series=SERIES, number=number, date=date, office="平顶山市应急管理局",
                 special=Special(special, 1) if special else None,
                 sections=[Section("工作动态", [Item.from_rich(parse_markup(t)) for t in items]), Section("县区动态", [])])


@pytest.fixture
def city(tmp_path):
    with Archive.open(tmp_path / "pingdingshan.sqlite", auto_backup=False) as archive:
        archive.add_issue(_issue(40, dt.date(2026, 10, 30), "10月28日，**市应急管理局**召开全市安全生产工作会议。"))
        for name in COUNTIES:
            registry.add_unit(archive, name)
        for name in OFFICES:
            registry.add_unit(archive, name, category="市直单位")
        registry.change_aliases(archive, "市住房和城乡建设局", add=["市住建局"])
        registry.change_aliases(archive, "市市场监督管理局", add=["市市场监管局"])
        registry.change_aliases(archive, "市文化广电和旅游局", add=["市文广旅局"])
        yield archive


def _submit(archive, text: str, received: dt.date, source: str = "粘贴", **lists):
    """Pasted as the window and inbox add --text-file take it: the first submission it made, or None."""
    items = make_submissions(paragraphs_from_text(text), source=source, received=received, unit_id=None,
                             names=registry.unit_names(archive), today=TODAY)
    ids = add_submissions(archive, items, **lists)
    return get_submission(archive, ids[0]) if ids else None


def _folder(archive, tmp_path) -> list[int]:
    folder = tmp_path / "11月来稿"
    folder.mkdir()
    files = [plain_docx(folder / name, lines) for name, _unit, lines in FOLDER]
    items = read_submissions(files, registry.unit_names(archive), dt.date(2026, 11, 23), today=TODAY)
    return add_submissions(archive, items)


# -- a month's folder of twenty units --------------------------------------------------------------

def test_a_month_s_folder_of_twenty_units_each_file_named_its_own_way(city, tmp_path):
    """Twenty files, named as the units name them (a date and a place, a place in 【】, only
    a level with the county in the signature, an office's short name, a Word file never
    renamed): each is its unit's, none is left without a unit, and no unit is registered
    anew (all twenty are in the registry under their full names)."""
    units_before = {u.name for u in registry.list_units(city)}
    ids = _folder(city, tmp_path)
    assert len(ids) == 20
    got = {get_submission(city, i).source: get_submission(city, i).unit for i in ids}
    assert got == {name: unit for name, unit, _lines in FOLDER}
    assert {u.name for u in registry.list_units(city)} == units_before


def test_the_folder_by_county_and_by_city_office(city, tmp_path):
    """By category the month is 11 pieces from the 县区 and 9 from the 市直单位, all pending
    (报送中已采用 0, 采用率 0.0%); once three are adopted (two of the counties', one office's) the
    县区 row says 2 and the 市直单位 row 1, and the 合计 row adds up the two."""
    ids = _folder(city, tmp_path)
    report = compute_stats(city, *NOVEMBER)
    by_category = {c.name: (c.units, c.submitted, c.adopted_submissions) for c in report.categories}
    assert by_category["县区"] == (11, 11, 0) and by_category["市直单位"][1:] == (9, 0)
    issue_id = city.add_issue(_issue(41, dt.date(2026, 11, 25), "11月24日，**市应急管理局**部署冬季安全生产工作。"))
    sources = {get_submission(city, i).source: i for i in ids}
    for name in ("宝丰县应急局-11月信息.docx", "20261120石龙.docx", "市教育局.docx"):
        adopt_into(city, sources[name], city.load_issue(issue_id), "县区动态")
    report = compute_stats(city, *NOVEMBER)
    categories = {c.name: c for c in report.categories}
    assert (categories["县区"].adopted_submissions, categories["市直单位"].adopted_submissions) == (2, 1)
    assert report.total.submitted == 20 and report.total.adopted_submissions == 3
    header, rows = report.table("category")
    assert rows[-1][0] == "合计" and rows[-1][header.index("报送（按收稿日期）")] == 20


# -- one file, two units ----------------------------------------------------------------------------

def test_one_file_holding_two_units_pieces_credits_each_with_its_own(city, tmp_path):
    """A township's clerk gathers 宝丰县's and 郏县's pieces into one file (each piece signed by its
    office). The clerk expects each unit credited with one piece (报送 1 each), not the file's
    first unit with both; adopting 郏县's piece credits 郏县, not 宝丰县."""
    path = plain_docx(tmp_path / "11月信息汇总.docx", [
        "宝丰县开展冬季消防安全检查", "11月3日，宝丰县应急管理局联合消防部门检查商场超市12家。", "（宝丰县应急管理局）",
        "郏县召开安全生产形势分析会", "11月9日，郏县召开全县安全生产形势分析会。", "（郏县应急管理局）"])
    items = read_submissions([path], registry.unit_names(city), dt.date(2026, 11, 23), today=TODAY)
    ids = add_submissions(city, items)
    report = compute_stats(city, *NOVEMBER)
    assert (report.row("宝丰县").submitted, report.row("郏县").submitted) == (1, 1)
    assert report.total.submitted == 2
    jia = next(i for i in ids if get_submission(city, i).unit == "郏县")
    issue_id = city.add_issue(_issue(41, dt.date(2026, 11, 25)))
    adopt_into(city, jia, city.load_issue(issue_id), "县区动态")
    report = compute_stats(city, *NOVEMBER)
    assert (report.row("郏县").adopted, report.row("宝丰县").adopted) == (1, 0)


@pytest.mark.parametrize("text", [
    "宝丰县开展联合检查\n11月3日，宝丰县联合郏县开展交界区域检查。（郏县应急管理局提供数据）\n检查企业12家。\n（宝丰县应急管理局）",
    "宝丰县信息两则\n11月3日，宝丰县开展检查。（宝丰县应急管理局）\n11月4日，宝丰县开展演练。（宝丰县应急管理局）",
    "宝丰县学习郏县经验\n11月24日，宝丰县赴郏县学习。郏县应急管理局介绍了经验。\n（宝丰县应急管理局）",
])
def test_one_unit_s_piece_naming_another_in_brackets_or_signed_twice_stays_one(city, text):
    """宝丰县's piece that credits 郏县 with its figures in brackets, or signs each of its two items,
    or tells of 郏县's office, is one submission of 宝丰县's."""
    piece = _submit(city, text, dt.date(2026, 11, 25))
    assert piece.unit == "宝丰县"
    assert compute_stats(city, *NOVEMBER).total.submitted == 1


def test_pieces_signed_after_a_dash_or_as_supplied_are_each_their_signer_s(city):
    """Pieces signed ——宝丰县应急管理局 or （郏县应急管理局供稿), one after another in a pasted text:
    one submission each."""
    _submit(city, "宝丰县开展消防演练\n11月24日，宝丰县开展消防演练。\n——宝丰县应急管理局\n"
                  "郏县开展燃气检查\n11月25日，郏县开展燃气检查。（郏县应急管理局供稿）", dt.date(2026, 11, 25))
    report = compute_stats(city, *NOVEMBER)
    assert (report.row("宝丰县").submitted, report.row("郏县").submitted) == (1, 1)


# -- a piece sent again, corrected ------------------------------------------------------------------

@pytest.mark.parametrize("name", ["叶县-11月信息（修改稿）.docx", "叶县-11月信息(更正).docx", "叶县-11月信息-修改后.docx"])
def test_a_copy_sent_again_marked_in_its_file_name_replaces_the_first(city, tmp_path, name):
    """叶县 sends its piece, then the same piece with a figure mended, the file named 修改稿 /
    更正 / 修改后 and nothing said in the text: the clerk sees it replaced the first (its
    number kept), and 叶县 has sent one piece, not two."""
    first = plain_docx(tmp_path / "叶县-11月信息.docx", ["叶县开展非煤矿山检查", "11月8日，叶县对辖区非煤矿山开展检查，检查企业15家。",
                                                       "（叶县应急管理局）"])
    again = plain_docx(tmp_path / name, ["叶县开展非煤矿山检查", "11月8日，叶县对辖区非煤矿山开展检查，检查企业18家，排查隐患22处。",
                                         "（叶县应急管理局）"])
    (original,) = add_submissions(city, read_submissions([first], registry.unit_names(city), dt.date(2026, 11, 9),
                                                         today=TODAY))
    replaced: list[Repeated] = []
    assert add_submissions(city, read_submissions([again], registry.unit_names(city), dt.date(2026, 11, 10), today=TODAY),
                           replaced=replaced) == []
    assert [r.id for r in replaced] == [original]
    assert "18家" in get_submission(city, original).body
    assert compute_stats(city, *NOVEMBER).row("叶县").submitted == 1


def test_the_same_piece_sent_again_with_a_figure_mended_and_no_word_said_is_a_resend(city):
    """鲁山县 mails its piece, and two days later mails it again with one figure mended and no
    word of a correction. The clerk expects the second to be taken as the same piece sent
    again (its number kept, the text the mended one), not a second piece of 鲁山县's."""
    text = ("鲁山县开展森林防火督导\n11月5日，鲁山县组织林业、应急部门深入尧山等重点林区开展森林防火督导，"
            "检查林区入口{n}处，劝返违规进山人员{m}人。\n（鲁山县应急管理局）")
    first = _submit(city, text.format(n=23, m=41), dt.date(2026, 11, 6))
    replaced: list[Repeated] = []
    assert _submit(city, text.format(n=32, m=41), dt.date(2026, 11, 8), replaced=replaced) is None
    assert [r.id for r in replaced] == [first.id]
    assert "32处" in get_submission(city, first.id).body
    assert compute_stats(city, *NOVEMBER).row("鲁山县").submitted == 1


def test_the_same_piece_sent_again_under_a_reworded_title_is_a_resend(city):
    """汝州市 sends its piece again a day later, its title reworded and a figure mended: the same
    news, the same day; the clerk expects it taken as the first sent again, not a second."""
    first = _submit(city, "汝州市开展危化品运输车辆检查\n11月17日，汝州市联合交警部门检查危化品运输车辆26台次，"
                          "查处违法行为3起。\n（汝州市应急管理局）", dt.date(2026, 11, 18))
    replaced: list[Repeated] = []
    assert _submit(city, "汝州市联合交警开展危化品运输车辆专项检查\n11月17日，汝州市联合交警部门检查危化品运输车辆28台次，"
                         "查处违法行为3起。\n（汝州市应急管理局）", dt.date(2026, 11, 19), replaced=replaced) is None
    assert [r.id for r in replaced] == [first.id]
    assert compute_stats(city, *NOVEMBER).row("汝州市").submitted == 1


def test_a_week_s_piece_in_last_week_s_words_is_another_piece(city):
    """卫东区 reports its weekly gas check in the same words each week, only the day and the
    figures differ: each week's is a piece of its own."""
    for day, count in ((5, 41), (12, 39), (19, 44)):
        _submit(city, f"卫东区开展燃气安全检查\n11月{day}日，卫东区排查餐饮场所燃气隐患{count}处，已全部整改。\n（卫东区应急管理局）",
                dt.date(2026, 11, day + 1))
    assert compute_stats(city, *NOVEMBER).row("卫东区").submitted == 3


def test_two_different_pieces_of_one_unit_under_the_same_title_are_two(city):
    """湛河区 titles every piece 湛河区安全生产信息: two pieces of different news under that
    title are two pieces, not a correction of one another."""
    first = _submit(city, "湛河区安全生产信息\n11月6日，湛河区召开“铸安”行动推进会。\n（湛河区应急管理局）", dt.date(2026, 11, 7))
    second = _submit(city, "湛河区安全生产信息\n11月19日，湛河区对辖区加油站开展安全检查，检查加油站14座。\n（湛河区应急管理局）",
                     dt.date(2026, 11, 20))
    assert second is not None and second.id != first.id
    assert compute_stats(city, *NOVEMBER).row("湛河区").submitted == 2


# -- 专刊 and scoring ---------------------------------------------------------------------------------

def test_a_special_issue_s_items_are_counted_with_the_others_left_out_or_alone(city):
    """In the year the bulletin printed its regular issues and one 防汛专刊. By default the clerk
    expects 汝州市's item in the 专刊 counted among its 采用 (the 专刊 is the office's bulletin
    too) and shown in the 其中专刊 column. Asked for the regular issues alone (exclude), the
    专刊's items are not counted anywhere — 鲁山县, printed only in the 专刊, has nothing — and
    the lead and the table's note say 不含专刊; asked for the 专刊 alone (only), the reverse.
    A piece adopted only into the 专刊 is 报送中已采用 with it, not without it."""
    city.add_issue(_issue(41, dt.date(2026, 6, 10), "6月8日，**汝州市**开展防汛演练。"))
    special = city.add_issue(_issue(1, dt.date(2026, 7, 20), "7月18日，**汝州市**转移安置群众230人。", special="防汛专刊"))
    piece = _submit(city, "鲁山县抢修水毁道路\n7月19日，鲁山县抢修水毁道路3处。\n（鲁山县应急管理局）", dt.date(2026, 7, 19))
    adopt_into(city, piece.id, city.load_issue(special), "县区动态")
    report = compute_stats(city, *YEAR)
    assert (report.row("汝州市").adopted, report.row("汝州市").special) == (2, 1)
    assert (report.row("鲁山县").adopted, report.row("鲁山县").adopted_submissions) == (1, 1)
    assert report.total.adopted == 4 and report.special == "include" and "专刊" not in report.table_note()
    regular = compute_stats(city, *YEAR, special="exclude")
    assert (regular.row("汝州市").adopted, regular.row("汝州市").special) == (1, 0)
    assert (regular.row("鲁山县").adopted, regular.row("鲁山县").adopted_submissions, regular.row("鲁山县").submitted) \
        == (0, 0, 1)
    assert "不含专刊" in regular.lead() and "不含专刊" in regular.table_note() and regular.to_dict()["special"] == "exclude"
    alone = compute_stats(city, *YEAR, special="only")
    assert (alone.row("汝州市").adopted, alone.row("鲁山县").adopted, alone.total.adopted) == (1, 1, 2)
    assert "专刊" in alone.lead() and "只统计专刊" in alone.table_note("section")
    assert regular.total.adopted + alone.total.adopted == report.total.adopted


def test_adopted_counts_entries_and_the_points_weigh_them_as_the_scoring_says(city):
    """A long article and a one-line item each count as one adopted piece (采用 is a count);
    the points follow the scoring the clerk set (an article 3, an item 1 by default; an
    article set to 5 counts 5), never the length of the text."""
    issue = _issue(41, dt.date(2026, 11, 25), "11月24日，**宝丰县**开展检查。")
    from bulletin_desktop.core.model import Article

    issue.sections[1].entries.append(Article(title="郏县构建安全生产“网格化”监管体系", paragraphs=[
        parse_markup("**郏县**" + "今年以来，郏县坚持网格化监管，" * 40)]))
    city.add_issue(issue)
    report = compute_stats(city, *NOVEMBER)
    assert (report.row("宝丰县").adopted, report.row("郏县").adopted) == (1, 1)
    assert (report.row("宝丰县").points, report.row("郏县").points) == (1, 3)
    set_points(city, "article", 5)
    assert compute_stats(city, *NOVEMBER).row("郏县").points == 5
