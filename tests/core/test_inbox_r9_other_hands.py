"""Submissions by other hands, round 9: 新乡市's counties, towns and departments (none used
before). Units written short (卫辉市应急局, 市市场监管局, 市住建局), two towns called 城关镇 in
two counties, a town raised from 乡 to 镇 in the middle of the year (撤乡设镇), an office
under its name from before the reform (市安监局), news forwarded twice, a submission adopted
into two issues of two bulletins across the new year, one adopted and taken back, one whose
entry the clerk rewrote, one sent back and mended, an issue deleted and restored, and a
year with nothing in it. What the clerk expects is written before each check."""
from __future__ import annotations

import datetime as dt

import pytest

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.inbox import add_submissions, decline, get_submission, list_rows
from bulletin_desktop.core.inbox.adopt import adopt_into
from bulletin_desktop.core.inbox.reading import make_submission, paragraphs_from_text
from bulletin_desktop.core.model import Issue, Item, Section
from bulletin_desktop.core.richtext import parse_markup
from bulletin_desktop.core.stats import compute_stats
from bulletin_desktop.core.units import registry
from bulletin_desktop.core.units.same_unit import likely_same

TODAY = dt.date(2025, 3, 31)
COUNTIES = ("卫辉市", "辉县市", "长垣市", "获嘉县", "原阳县", "延津县", "封丘县", "新乡县", "红旗区", "牧野区")
BULLETIN, FLOODS = "新乡应急管理信息", "新乡防汛工作专报"


def _issue(number: int, date: dt.date, series: str = BULLETIN) -> Issue:
    return Issue(series=series, number=number, date=date, office="新乡市应急管理局",
                 sections=[Section("工作动态", [Item.from_rich(parse_markup(
                     f"{date.month}月{date.day}日，**市应急管理局**召开安全生产调度会。"))]),
                           Section("基层动态", [])])


@pytest.fixture
def city(tmp_path):
    with Archive.open(tmp_path / "xinxiang.sqlite", auto_backup=False) as archive:
        archive.add_issue(_issue(1, dt.date(2024, 1, 8)))
        for name in COUNTIES:
            registry.add_unit(archive, name, category="县区")
        for name in ("市市场监督管理局", "市住房和城乡建设局"):
            registry.add_unit(archive, name, category="市直单位")
        for name in ("获嘉县城关镇", "延津县城关镇"):  # the clerk keeps these two towns apart
            registry.add_unit(archive, name, category="乡镇街道")
        yield archive


@pytest.fixture
def county(tmp_path):
    with Archive.open(tmp_path / "yanjin.sqlite", auto_backup=False) as archive:
        archive.add_issue(Issue(series="延津县安全生产简报", number=1, date=dt.date(2024, 1, 8), office="延津县应急管理局",
                                sections=[Section("工作动态", [Item.from_rich(parse_markup(
                                    "1月5日，**县应急管理局**召开例会。"))])]))
        yield archive


def _item(archive, text: str, received: dt.date | None = None):
    return make_submission(paragraphs_from_text(text), source="粘贴", received=received, unit_id=None,
                           names=registry.unit_names(archive), today=TODAY)


def _submit(archive, text: str, received: dt.date | None = None, **lists):
    ids = add_submissions(archive, [_item(archive, text, received)], **lists)
    return get_submission(archive, ids[0]) if ids else None


@pytest.mark.parametrize(("text", "unit"), [
    ("卫辉市开展燃气安全检查\n5月6日，卫辉市对城区燃气企业开展检查。\n（卫辉市应急局）", "卫辉市"),
    ("市场监管系统开展电梯安全检查\n5月7日，检查电梯120台。\n报送单位：市市场监管局", "市市场监督管理局"),
    ("住建系统开展脚手架专项检查\n5月8日，对在建工地开展检查。\n（市住建局）", "市住房和城乡建设局"),
    ("城关镇开展防汛演练\n6月4日，城关镇组织开展防汛演练。\n（获嘉县城关镇人民政府）", "获嘉县城关镇"),
    ("城关镇排查自建房\n6月5日，城关镇排查自建房45栋。\n（延津县城关镇）", "延津县城关镇"),
])
def test_a_unit_written_short_or_with_its_county_is_the_registered_one(city, text, unit):
    assert _submit(city, text).unit == unit


def test_a_town_whose_name_two_counties_share_is_given_to_neither(city):
    """Signed 城关镇 alone: 获嘉县's or 延津县's cannot be told; the clerk is told and gives it."""
    unplaced: list = []
    submission = _submit(city, "城关镇开展防溺水宣传\n6月3日，城关镇在辖区河道设立警示牌20块。\n（城关镇人民政府）",
                         unplaced=unplaced)
    assert submission.unit == "" and [u.name for u in unplaced] == ["城关镇人民政府"]
    assert registry.find_unit(city, "城关镇") is None


def test_towns_the_clerk_registered_on_their_own_are_not_offered_to_merge_into_their_counties(city):
    assert likely_same(city) == []


def test_an_office_under_its_name_from_before_the_reform_is_offered_to_merge(city):
    _submit(city, "市安监局部署复工复产\n2月20日，市安监局部署复工复产安全工作。\n（市安监局）", dt.date(2024, 2, 21))
    assert [(p.source, p.target) for p in likely_same(city)] == [("市安监局", "市应急管理局")]


def test_a_town_raised_from_xiang_to_zhen_mid_year_is_offered_and_counts_once_merged(county):
    """Before 撤乡设镇 马庄乡 sent two pieces, after it 马庄镇 one: the statistics show two
    units until the clerk merges them, and the registry says that they are likely one."""
    for text, received in (("马庄乡开展秸秆禁烧巡查\n3月2日，马庄乡组织巡查。\n（马庄乡人民政府）", dt.date(2024, 3, 3)),
                           ("马庄乡排查农村自建房\n4月8日，马庄乡排查自建房30栋。\n（马庄乡人民政府）", dt.date(2024, 4, 9)),
                           ("马庄镇开展安全生产检查\n9月2日，马庄镇组织检查。\n（马庄镇人民政府）", dt.date(2024, 9, 3))):
        _submit(county, text, received)
    year = (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    report = compute_stats(county, *year)
    assert (report.row("马庄乡").submitted, report.row("马庄镇").submitted) == (2, 1)
    assert [(p.source, p.target) for p in likely_same(county)] == [("马庄乡", "马庄镇")]
    registry.merge_units(county, "马庄乡", "马庄镇")
    report = compute_stats(county, *year)
    assert report.row("马庄乡") is None and report.row("马庄镇").submitted == 3
    assert likely_same(county) == []
    # a late piece still signed with the old name is the town's
    assert _submit(county, "马庄乡补报\n10月9日，马庄乡开展检查。\n（马庄乡人民政府）").unit == "马庄镇"


@pytest.mark.parametrize(("old", "new", "same"), [
    ("马庄乡", "马庄镇", True), ("延津县马庄乡", "延津县马庄镇", True), ("城关镇", "城关街道", True),
    ("长垣县", "长垣市", True), ("马庄镇", "马庄乡", False), ("马庄乡", "马庄村", False),
    ("县应急局", "市应急局", False), ("马庄乡", "牛庄镇", False),
])
def test_which_names_are_a_place_raised_a_level(old, new, same):
    from bulletin_desktop.core.units.level_renamed import level_renamed

    assert level_renamed(old, new) is same


def test_the_city_and_the_county_named_after_it_are_not_offered_as_one(tmp_path):
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        archive.add_issue(_issue(1, dt.date(2024, 1, 8)))  # 新乡市's bulletin
        for name in ("新乡县", "新乡市"):
            registry.add_unit(archive, name, category="县区")
        assert likely_same(archive) == []


FORWARDED = """发件人：封丘县应急管理局
发送时间：2024年7月10日 09:00
主题：转发：封丘县开展防汛隐患排查
转发一条，请审阅。
---------- 转发邮件 ----------
发件人：封丘县应急管理局
主题：封丘县开展防汛隐患排查
7月9日，封丘县组织对黄河滩区开展防汛隐患排查，发现隐患6处。"""


def test_news_forwarded_twice_and_sent_plain_is_registered_once(city):
    first = _submit(city, FORWARDED)
    assert (first.unit, first.received, first.title) == ("封丘县", dt.date(2024, 7, 10), "封丘县开展防汛隐患排查")
    for again in (FORWARDED.replace("转发：", "转发：转发：").replace("7月10日", "7月11日"),
                  "封丘县开展防汛隐患排查\n7月9日，封丘县组织对黄河滩区开展防汛隐患排查，发现隐患6处。\n"
                  "封丘县应急管理局\n2024年7月10日"):
        repeated: list = []
        assert _submit(city, again, repeated=repeated) is None and [r.id for r in repeated] == [first.id]
    assert compute_stats(city, dt.date(2024, 7, 1), dt.date(2024, 7, 31)).row("封丘县").submitted == 1


def test_a_copy_sent_back_and_mended_is_pending_again(city):
    """退回 to be mended: the 修改稿 takes its place and waits to be judged, not among the sent back."""
    first = _submit(city, "封丘县开展危化品检查\n1月8日，封丘县检查危化品企业5家。\n（封丘县应急管理局）", dt.date(2025, 1, 9))
    decline(city, first.id, "数据有误，请核实后重报", returned=True)
    replaced: list = []
    assert _submit(city, "封丘县开展危化品检查（修改稿）\n1月8日，封丘县检查危化品企业6家，发现隐患11处。\n"
                         "（封丘县应急管理局）", dt.date(2025, 1, 12), replaced=replaced) is None
    assert [(r.id, r.reopened) for r in replaced] == [(first.id, "退回")]
    mended = get_submission(city, first.id)
    assert (mended.status, mended.reason, mended.received) == ("pending", "", dt.date(2025, 1, 9))
    assert "隐患11处" in mended.body and [r.id for r in list_rows(city, status="pending")] == [first.id]
    # a correction of a pending copy says nothing of that
    other = _submit(city, "卫辉市开展检查\n1月8日，卫辉市检查企业3家。\n（卫辉市应急管理局）", dt.date(2025, 1, 9))
    replaced.clear()
    _submit(city, "【更正稿】卫辉市开展检查\n1月8日，卫辉市检查企业4家。\n（卫辉市应急管理局）", replaced=replaced)
    assert [(r.id, r.reopened) for r in replaced] == [(other.id, "")]


@pytest.fixture
def adopted(city):
    """December 2024 and January 2025 issues of the bulletin, and a January flood report."""
    dec = city.add_issue(_issue(40, dt.date(2024, 12, 20)))
    jan = city.add_issue(_issue(41, dt.date(2025, 1, 6)))
    floods = city.add_issue(_issue(3, dt.date(2025, 1, 10), FLOODS))
    # received before the new year, adopted after it into both bulletins
    late = _submit(city, "卫辉市开展岁末年初安全检查\n12月27日，卫辉市对辖区烟花爆竹经营点开展检查。\n（卫辉市应急局）",
                   dt.date(2024, 12, 28))
    adopt_into(city, late.id, city.load_issue(jan), "基层动态")
    adopt_into(city, late.id, city.load_issue(floods), "基层动态")
    # adopted in December, then rewritten by the clerk so that it names another county
    rewritten = _submit(city, "辉县市开展冬季防火检查\n12月16日，辉县市组织检查林区。\n（辉县市应急管理局）",
                        dt.date(2024, 12, 17))
    adopt_into(city, rewritten.id, city.load_issue(dec), "基层动态")
    issue = city.load_issue(dec)
    entry = issue.sections[1].entries[0]
    new = Item.from_rich(parse_markup("12月16日，**长垣市**组织检查南太行林区。"))
    new.uid = entry.uid
    issue.sections[1].entries[0] = new
    city.save_issue(issue)
    # the unit withdrew this one (the clerk marks it 未采用)
    withdrawn = _submit(city, "获嘉县开展检查\n12月18日，获嘉县开展检查。\n（获嘉县应急管理局）", dt.date(2024, 12, 18))
    decline(city, withdrawn.id, "报送单位撤稿")
    # adopted, then taken out of the issue again
    taken_back = _submit(city, "原阳县开展检查\n12月19日，原阳县开展检查。\n（原阳县应急管理局）", dt.date(2024, 12, 19))
    adopt_into(city, taken_back.id, city.load_issue(dec), "基层动态")
    issue = city.load_issue(dec)
    issue.sections[1].entries = [e for e in issue.sections[1].entries if "原阳县" not in e.text]
    city.save_issue(issue)
    return {"dec": dec, "jan": jan, "floods": floods, "late": late.id, "rewritten": rewritten.id,
            "withdrawn": withdrawn.id, "taken_back": taken_back.id}


def _counts(report, name):
    row = report.row(name)
    return (row.submitted, row.adopted_submissions, row.adopted) if row else None


def test_each_year_counts_what_it_received_and_what_its_issues_printed(city, adopted):
    y2024 = compute_stats(city, dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    # 2024 received four; two were adopted (in whichever issue); December's issue printed one of them
    assert (y2024.total.submitted, y2024.total.adopted_submissions) == (4, 2)
    assert _counts(y2024, "卫辉市") == (1, 1, 0)  # adopted only in 2025
    assert _counts(y2024, "辉县市") == (1, 1, 1)  # rewritten, still its adoption
    assert _counts(y2024, "获嘉县") == (1, 0, 0) and _counts(y2024, "原阳县") == (1, 0, 0)
    assert _counts(y2024, "长垣市") == (0, 0, 0)  # named by the rewritten entry, not its sender
    y2025 = compute_stats(city, dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert y2025.total.submitted == 0 and _counts(y2025, "卫辉市") == (0, 0, 2)  # two bulletins printed it
    assert get_submission(city, adopted["rewritten"]).status == "adopted"
    assert get_submission(city, adopted["taken_back"]).status == "pending"
    assert get_submission(city, adopted["withdrawn"]).status == "declined"


def test_a_range_across_the_new_year_by_month_and_quarter(city, adopted):
    report = compute_stats(city, dt.date(2024, 12, 1), dt.date(2025, 1, 31))
    assert [(m.month, m.submitted, m.adopted_submissions, m.adopted) for m in report.months] == [
        ("2024-12", 4, 2, 2), ("2025-01", 0, 0, 4)]
    header, rows = report.table("quarter")
    # each quarter only as far as the range goes into it: named by the months it counts
    assert [row[0] for row in rows] == ["2024年12月", "2025年1月"]
    header, _ = report.table("category-quarter")
    assert header[2:4] == ["2024年12月报送（按收稿日期）", "2024年12月采用（按刊发日期）"]
    _, rows = report.table("unit-quarter")
    assert rows[-1] == ["合计", 2, 4, 6]


def test_one_bulletin_counts_its_own_adoptions(city, adopted):
    span = (dt.date(2024, 12, 1), dt.date(2025, 1, 31))
    floods = compute_stats(city, *span, FLOODS)
    assert _counts(floods, "卫辉市") == (1, 1, 1) and _counts(floods, "辉县市") == (1, 0, 0)
    bulletin = compute_stats(city, *span, BULLETIN)
    assert _counts(bulletin, "卫辉市") == (1, 1, 1) and _counts(bulletin, "辉县市") == (1, 1, 1)


def test_an_issue_deleted_and_restored_takes_its_counts_and_brings_them_back(city, adopted):
    span = (dt.date(2024, 12, 1), dt.date(2025, 1, 31))
    before = compute_stats(city, *span).to_dict()
    item = city.delete_issue(adopted["dec"])
    assert get_submission(city, adopted["rewritten"]).status == "pending"
    report = compute_stats(city, *span)
    assert _counts(report, "辉县市") == (1, 0, 0) and report.total.adopted == 4
    item = city.delete_issue(adopted["floods"])  # the January bulletin still holds 卫辉市's
    assert get_submission(city, adopted["late"]).status == "adopted"
    for restored in city.trash_items():
        city.restore_from_trash(restored.id)
    assert compute_stats(city, *span).to_dict() == before
    assert item  # (both came back)


def test_an_empty_year_is_noughts_in_every_table(city, adopted):
    report = compute_stats(city, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert report.total.submitted == report.total.adopted == 0 and len(report.months) == 12
    _, units = report.table("unit")
    assert units[-1][1] == "合计" and units[-1][3:8] == [0, 0, "—", 0, 0]
    for by in ("section", "unit-month", "unit-quarter"):
        _, rows = report.table(by)
        assert rows == [["合计", *[0] * (len(rows[0]) - 1)]]
    _, quarters = report.table("quarter")
    assert [row[0] for row in quarters] == ["2026年第一季度", "2026年第二季度", "2026年第三季度", "2026年第四季度"]


PIECE = "封丘县开展危化品检查\n1月8日，封丘县检查危化品企业5家。\n（封丘县应急管理局）"


@pytest.mark.parametrize("notice", [
    "关于撤回《封丘县开展危化品检查》信息的函\n市应急管理局：\n我局1月9日报送的《封丘县开展危化品检查》信息因数据需进一步"
    "核实，申请撤回。\n封丘县应急管理局\n2025年1月10日",
    "撤稿说明\n我局报送的《封丘县开展危化品检查》一稿数据有误，现予撤回，原稿作废。\n（封丘县应急管理局）",
    "市局：《封丘县开展危化品检查》一文请撤稿，谢谢！",  # from the chat, no signature: the title is one piece's
    "【撤稿】封丘县开展危化品检查\n（封丘县应急管理局）",
    "《封丘县开展危化品检查》一稿数据待核实，请勿刊用。\n封丘县应急管理局",
])
def test_a_notice_withdrawing_a_piece_sets_it_aside_and_is_no_submission(city, notice):
    """The unit takes its piece back: the piece is 未采用 (the unit withdrew it), still counted as
    sent (it was received); the notice is neither news nor a second piece."""
    piece = _submit(city, PIECE, dt.date(2025, 1, 9))
    withdrawn: list = []
    assert _submit(city, notice, dt.date(2025, 1, 10), withdrawn=withdrawn) is None
    assert [(w.id, w.title, w.places) for w in withdrawn] == [(piece.id, "封丘县开展危化品检查", ())]
    taken = get_submission(city, piece.id)
    assert (taken.status, taken.reason) == ("declined", "报送单位于1月10日撤稿")
    assert [r.id for r in list_rows(city)] == [piece.id]
    assert _counts(compute_stats(city, dt.date(2025, 1, 1), dt.date(2025, 1, 31)), "封丘县") == (1, 0, 0)


def test_a_withdrawn_piece_already_adopted_is_left_for_the_clerk(city):
    issue = city.add_issue(_issue(2, dt.date(2025, 1, 15)))
    piece = _submit(city, PIECE, dt.date(2025, 1, 9))
    adopt_into(city, piece.id, city.load_issue(issue), "基层动态")
    withdrawn: list = []
    _submit(city, "撤稿说明\n我局报送的《封丘县开展危化品检查》一稿数据有误，现予撤回。\n（封丘县应急管理局）",
            withdrawn=withdrawn)
    assert [w.places for w in withdrawn] == [("第2期【基层动态】",)]
    assert get_submission(city, piece.id).status == "adopted"


@pytest.mark.parametrize("text", [
    # news about withdrawing things is news
    "县市场监管局撤销违规广告\n1月5日，县市场监管局撤销3家企业违规发布的广告信息。\n（封丘县应急管理局）",
    # a notice naming a piece the inbox does not hold is kept, not lost
    "撤稿说明\n我局报送的《封丘县开展烟花爆竹检查》一稿现予撤回。\n（封丘县应急管理局）",
])
def test_what_withdraws_no_piece_of_the_inbox_is_registered(city, text):
    _submit(city, PIECE, dt.date(2025, 1, 9))
    withdrawn: list = []
    assert _submit(city, text, withdrawn=withdrawn) is not None and withdrawn == []


def test_a_candidate_adopted_and_edited_since_is_not_adopted_again_unasked(city):
    """The clerk rewrote the adopted item (a figure, the unit in bold); adopting that candidate
    to the same section again would print it twice. Its other candidate may still join."""
    from bulletin_desktop.core.inbox.adopt import AlreadyAdoptedError

    issue = city.add_issue(_issue(2, dt.date(2024, 6, 10)))
    piece = _submit(city, "卫辉市本周信息\n6月5日，卫辉市开展燃气安全检查。\n6月6日，卫辉市组织防汛应急演练，300人参加。\n"
                          "（卫辉市应急管理局）", dt.date(2024, 6, 7))
    adopt_into(city, piece.id, city.load_issue(issue), "基层动态", candidate=1)
    edited = city.load_issue(issue)
    entry = edited.sections[1].entries[0]
    new = Item.from_rich(parse_markup("6月5日，**卫辉市**开展城镇燃气安全专项检查，排查隐患12处。"))
    new.uid = entry.uid
    edited.sections[1].entries[0] = new
    city.save_issue(edited)
    with pytest.raises(AlreadyAdoptedError):
        adopt_into(city, piece.id, city.load_issue(issue), "基层动态", candidate=1)
    adopt_into(city, piece.id, city.load_issue(issue), "基层动态", candidate=2)
    assert len(city.load_issue(issue).sections[1].entries) == 2
    assert _counts(compute_stats(city, dt.date(2024, 6, 1), dt.date(2024, 6, 30)), "卫辉市") == (1, 1, 2)


FORWARDED_ON = """发件人：市委办公室
发送时间：2024年7月12日 10:00
主题：转发：转发：封丘县开展防汛隐患排查
请市应急局阅处。
---------- 转发邮件 ----------
发件人：市政府办公室
发送时间：2024年7月11日 16:00
主题：转发：封丘县开展防汛隐患排查
转市委办。
---------- 转发邮件 ----------
发件人：封丘县应急管理局
发送时间：2024年7月10日 09:00
主题：封丘县开展防汛隐患排查
7月9日，封丘县组织对黄河滩区开展防汛隐患排查，发现隐患6处。"""


def test_news_forwarded_on_by_two_offices_is_its_writer_s(city):
    """Each office that passed it on wrote a word above it; the news is 封丘县's, once."""
    registry.add_unit(city, "市委办公室", category="市直单位")
    first = _submit(city, FORWARDED_ON)
    assert (first.unit, first.received, first.title) == ("封丘县", dt.date(2024, 7, 12), "封丘县开展防汛隐患排查")
    from bulletin_desktop.core.inbox.adopt import entries_for

    assert [e.text for e in entries_for(city, first)] == ["7月9日，封丘县组织对黄河滩区开展防汛隐患排查，发现隐患6处。"]
    assert "市政府办公室" not in first.body  # (the office between passed it on, no more)
    repeated: list = []
    _submit(city, FORWARD_PLAIN, repeated=repeated)
    assert [r.id for r in repeated] == [first.id]


FORWARD_PLAIN = "封丘县开展防汛隐患排查\n7月9日，封丘县组织对黄河滩区开展防汛隐患排查，发现隐患6处。\n（封丘县应急管理局）"


@pytest.mark.parametrize("line", ["请市应急局阅处。", "转市委办。", "烦请审核", "请信息科编用"])
def test_a_word_above_a_mail_passed_on_is_no_news(line):
    from bulletin_desktop.core.inbox.candidates import is_news

    assert not is_news(line)


@pytest.mark.parametrize("line", ["请各乡镇于7月15日前完成隐患整改。", "转移群众1200人。", "转运物资30吨。", "转变作风抓落实",
                                  "转作风　提效能"])
def test_news_opening_like_such_a_word_is_news(line):
    from bulletin_desktop.core.inbox.candidates import is_news

    assert is_news(line)


def test_a_chat_message_tagged_as_forwarded_is_its_poster_s(city):
    submission = _submit(city, "【转发】获嘉县应急局-李强 2024-07-15 08:30\n7月14日，获嘉县开展汛期地质灾害隐患点巡查，巡查点位28处。")
    assert submission.unit == "获嘉县" and registry.find_unit(city, "转发】获嘉县") is None


@pytest.mark.parametrize(("signed", "unit"), [
    ("（辉县市应急管理局）", "辉县市"),  # not the city's 市应急管理局, nor a 辉县 of its own
    ("报送单位：新乡县应急管理局", "新乡县"),  # not a 新乡 of its own
    ("（新乡市气象局）", "市气象局"),  # the city's own department, as its bulletin names it
])
def test_a_county_level_city_s_office_is_its_own_not_the_city_s_department(tmp_path, signed, unit):
    with Archive.open(tmp_path / "bare.sqlite", auto_backup=False) as archive:
        archive.add_issue(_issue(1, dt.date(2024, 6, 10)))  # only 市应急管理局 registered
        submission = _submit(archive, f"开展检查\n6月2日，组织开展安全检查。\n{signed}")
        assert submission.unit == unit
        assert not {"辉县", "新乡"} & {u.name for u in registry.list_units(archive)}


def test_joint_senders_one_a_county_level_city(city):
    submission = _submit(city, "卫辉市应急局 辉县市应急局联合开展跨区域应急演练\n7月20日，卫辉市、辉县市联合开展跨区域防汛应急演练。\n"
                               "报送单位：卫辉市应急管理局、辉县市应急管理局")
    assert (submission.unit, submission.joint_units) == ("卫辉市", ["辉县市"])
    assert registry.find_unit(city, "辉县") is None


@pytest.mark.parametrize(("signed", "unit"), [
    ("（卫辉应急局）", "卫辉市"), ("（辉县应急局）", "辉县市"), ("报送单位：长垣应急管理局", "长垣市"),
    ("（红旗区渠东街道办事处）", "红旗区"),  # a town of a registered district: the district's, in the city's statistics
])
def test_a_place_written_without_its_level_is_the_registered_place(city, signed, unit):
    registered: list = []
    submission = _submit(city, f"开展燃气检查\n6月2日，组织开展燃气安全检查。\n{signed}", registered=registered)
    assert submission.unit == unit and registered == []


def test_a_short_place_two_registered_places_share_is_neither(city):
    """新乡县 is registered and the bulletins are 新乡市's: 新乡应急局 may be either."""
    registered: list = []
    submission = _submit(city, "开展燃气检查\n6月2日，组织开展燃气安全检查。\n（新乡应急局）", registered=registered)
    assert submission.unit != "新乡县"


def test_an_entry_or_a_section_deleted_and_restored_brings_its_adoption_back(city):
    issue = city.add_issue(_issue(2, dt.date(2024, 6, 10)))
    piece = _submit(city, "卫辉市开展检查\n6月5日，卫辉市开展燃气检查。\n（卫辉市应急管理局）", dt.date(2024, 6, 6))
    adopt_into(city, piece.id, city.load_issue(issue), "基层动态")
    june = (dt.date(2024, 6, 1), dt.date(2024, 6, 30))
    for cut in (lambda i: setattr(i.sections[1], "entries", []), lambda i: setattr(i, "sections", i.sections[:1])):
        edited = city.load_issue(issue)
        cut(edited)
        city.save_issue(edited)
        assert get_submission(city, piece.id).status == "pending"
        assert _counts(compute_stats(city, *june), "卫辉市") == (1, 0, 0)
        for item in city.trash_items():
            city.restore_from_trash(item.id)
        assert get_submission(city, piece.id).status == "adopted"
        assert _counts(compute_stats(city, *june), "卫辉市") == (1, 1, 1)


def test_where_a_piece_went_names_each_bulletin_when_there_are_two(city, adopted):
    """第3期 of the flood report is not 第3期 of the bulletin: each place says whose it is."""
    assert get_submission(city, adopted["late"]).places == [f"《{BULLETIN}》第41期【基层动态】", f"《{FLOODS}》第3期【基层动态】"]


@pytest.mark.parametrize(("source", "text"), [
    ("新乡市应急管理局信息.docx", "开展检查\n6月2日，组织开展安全检查。"),
    ("粘贴", "新乡市应急管理局开展检查\n6月3日，新乡市应急管理局组织开展安全检查。"),
])
def test_the_city_s_own_department_written_with_the_city_s_name_is_its_department(tmp_path, source, text):
    with Archive.open(tmp_path / "bare.sqlite", auto_backup=False) as archive:
        archive.add_issue(_issue(1, dt.date(2024, 6, 10)))  # 新乡市's: 市应急管理局 registered
        item = make_submission(paragraphs_from_text(text), source=source, received=None, unit_id=None,
                               names=registry.unit_names(archive), today=TODAY)
        assert get_submission(archive, add_submissions(archive, [item])[0]).unit == "市应急管理局"
