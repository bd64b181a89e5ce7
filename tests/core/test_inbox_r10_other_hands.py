"""Submissions by other hands, round 10: a prefecture of banners (旗), autonomous banners and
counties (自治旗, 自治县) and a development zone (开发区), none used before; one piece sent by
mail and again as a Word file; a submission of three items of which two were adopted; an
adopted item moved to another section and to another issue; an issue renumbered; a month with
submissions and no issue; a township merged into a town mid-year (撤并); categories renamed.
What the clerk expects is written before each check."""
from __future__ import annotations

import datetime as dt

import pytest

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.edits import move_entry
from bulletin_desktop.core.inbox import add_submissions, get_submission
from bulletin_desktop.core.inbox.adopt import adopt_into
from bulletin_desktop.core.inbox.reading import make_submission, paragraphs_from_text, read_submissions
from bulletin_desktop.core.model import Issue, Item, Section
from bulletin_desktop.core.richtext import parse_markup
from bulletin_desktop.core.stats import compute_stats
from bulletin_desktop.core.units import merges, registry

from plain_docx import plain_docx

TODAY = dt.date(2026, 11, 30)
BULLETIN = "呼伦贝尔应急管理信息"
BANNERS = ("鄂伦春自治旗", "莫力达瓦达斡尔族自治旗", "阿荣旗", "新巴尔虎左旗", "扎兰屯市", "海拉尔区",
           "呼伦贝尔经济技术开发区")
YEAR = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def _issue(number: int, date: dt.date, series: str = BULLETIN) -> Issue:
    return Issue(series=series, number=number, date=date, office="呼伦贝尔市应急管理局",
                 sections=[Section("工作动态", [Item.from_rich(parse_markup(
                     f"{date.month}月{date.day}日，**市应急管理局**召开森林草原防火调度会。"))]),
                           Section("旗市区动态", []), Section("经验交流", [])])


@pytest.fixture
def league(tmp_path):
    with Archive.open(tmp_path / "hulunbuir.sqlite", auto_backup=False) as archive:
        archive.add_issue(_issue(1, dt.date(2026, 1, 9)))
        for name in BANNERS:  # registered as the clerk adds them: no category given
            registry.add_unit(archive, name)
        yield archive


def _submit(archive, text: str, received: dt.date | None = None, **lists):
    item = make_submission(paragraphs_from_text(text), source="粘贴", received=received, unit_id=None,
                           names=registry.unit_names(archive), today=TODAY)
    ids = add_submissions(archive, [item], **lists)
    return get_submission(archive, ids[0]) if ids else None


def _counts(report, name):
    row = report.row(name)
    return (row.submitted, row.adopted_submissions, row.adopted) if row else None


# -- banners, autonomous banners and counties, a development zone ------------------------------

@pytest.mark.parametrize("name", [*BANNERS, "围场满族蒙古族自治县", "承德高新技术产业开发区", "阿拉善盟"])
def test_a_banner_an_autonomous_county_and_a_development_zone_are_county_level(league, name):
    """旗 and 自治旗 are counties of Inner Mongolia, a development zone is run as one: the clerk
    expects them among the 县区, not under 其他."""
    expected = "县区" if name != "阿拉善盟" else "其他"  # a league is a prefecture, no county
    unit = registry.find_unit(league, name) or registry.add_unit(league, name)
    assert unit.category == expected


@pytest.mark.parametrize(("signed", "unit"), [
    ("（阿荣旗应急管理局）", "阿荣旗"),
    ("（鄂伦春自治旗应急管理局）", "鄂伦春自治旗"),
    ("（扎兰屯市应急局）", "扎兰屯市"),
    ("报送单位：新巴尔虎左旗应急管理局", "新巴尔虎左旗"),
    ("（呼伦贝尔经济技术开发区安全生产监督管理局）", "呼伦贝尔经济技术开发区"),
    ("（鄂伦春旗应急管理局）", "鄂伦春自治旗"),  # written short, 自治 left out, as people there say it
    ("（阿荣旗林业和草原局）", "阿荣旗"),
    ("（呼伦贝尔经开区管委会）", "呼伦贝尔经济技术开发区"),  # a development zone written short, as everyone does
    ("报送单位：呼伦贝尔经开区应急管理局", "呼伦贝尔经济技术开发区"),
])
def test_a_banner_s_office_is_counted_for_its_banner(league, signed, unit):
    text = f"开展森林草原防火检查\n3月12日，组织开展森林草原防火专项检查。\n{signed}"
    assert _submit(league, text, dt.date(2026, 3, 12)).unit == unit


def test_a_banner_s_office_not_yet_registered_registers_the_banner(tmp_path):
    """In a registry that does not know them yet, 陈巴尔虎旗应急管理局 and 鄂温克族自治旗林业和草原局
    register their banners (as 牙克石市应急管理局 registers 牙克石市), county-level, the office's
    name kept as the banner's alias; a later piece signed 鄂温克旗 is 鄂温克族自治旗's."""
    with Archive.open(tmp_path / "new.sqlite", auto_backup=False) as archive:
        archive.add_issue(_issue(1, dt.date(2026, 1, 9)))
        for day, (signed, unit) in enumerate((
                ("报送单位：陈巴尔虎旗应急管理局", "陈巴尔虎旗"), ("（鄂温克族自治旗林业和草原局）", "鄂温克族自治旗"),
                ("（牙克石市应急管理局）", "牙克石市"), ("（鄂温克旗应急管理局）", "鄂温克族自治旗")), 2):
            registered: list = []
            text = f"开展防火检查\n3月{day}日，开展防火检查{day}次。\n{signed}"
            assert _submit(archive, text, dt.date(2026, 3, 3), registered=registered).unit == unit, signed
            assert registry.find_unit(archive, unit).category == "县区"
        assert registry.find_unit(archive, "红旗区") is None and registry.find_unit(archive, "鄂温克旗") is None


def test_an_autonomous_county_written_without_its_peoples_is_the_registered_county(tmp_path):
    """Offices of 围场满族蒙古族自治县 sign 围场县应急管理局, as everyone there says it: the
    clerk expects the county, not a new unit 围场县."""
    with Archive.open(tmp_path / "chengde.sqlite", auto_backup=False) as archive:
        archive.add_issue(Issue(series="承德应急管理信息", number=1, date=dt.date(2026, 1, 9), office="承德市应急管理局",
                                sections=[Section("工作动态", [])]))
        for name in ("围场满族蒙古族自治县", "丰宁满族自治县", "承德县"):
            registry.add_unit(archive, name)
        for signed, unit in (("（围场县应急管理局）", "围场满族蒙古族自治县"), ("（丰宁县应急局）", "丰宁满族自治县"),
                             ("（承德县应急管理局）", "承德县")):
            text = f"{unit[:2]}开展防汛检查\n6月3日，组织开展防汛检查。\n{signed}"
            assert _submit(archive, text, dt.date(2026, 6, 3)).unit == unit
        assert registry.find_unit(archive, "围场县") is None or registry.find_unit(archive, "围场县").name == \
            "围场满族蒙古族自治县"


def test_a_year_of_the_banners_by_month_quarter_and_category(league):
    """Each banner sends one piece a month from March to October, 阿荣旗 two in July: a year's
    report has every month, each quarter the sum of its months, every unit under 县区."""
    received = [dt.date(2026, month, 10) for month in range(3, 11)]
    for name in ("阿荣旗", "鄂伦春自治旗", "扎兰屯市"):
        for day in received:
            _submit(league, f"{name}防火动态{day.month}月\n{day.month}月{day.day}日，{name}开展防火巡查{day.month}次。\n"
                            f"（{name}应急管理局）", day)
    _submit(league, "阿荣旗防汛动态\n7月20日，阿荣旗开展防汛演练。\n（阿荣旗应急管理局）", dt.date(2026, 7, 20))
    report = compute_stats(league, *YEAR)
    assert [r.name for r in report.rows if r.category == "县区"][:3] == ["阿荣旗", "鄂伦春自治旗", "扎兰屯市"]
    assert _counts(report, "阿荣旗") == (9, 0, 0) and report.total.submitted == 25
    assert [m.submitted for m in report.months] == [0, 0, 3, 3, 3, 3, 4, 3, 3, 3, 0, 0]
    assert [q.submitted for q in report.quarters] == [3, 9, 10, 3]
    assert [(c.name, c.units, c.submitted) for c in report.categories] == [("市直单位", 1, 0), ("县区", 7, 25)]


# -- one piece by mail and as a Word file --------------------------------------------------------

def test_the_same_piece_by_mail_and_as_a_word_file_is_registered_once(league, tmp_path):
    """阿荣旗 mails its piece and, the next day, sends the same as a Word file: one submission,
    the clerk told the second is the first's number."""
    mail = ("发件人：阿荣旗应急管理局\n发送时间：2026年4月7日 9:12\n主题：阿荣旗开展春季防火检查\n\n"
            "4月6日，阿荣旗组织开展春季森林草原防火检查，排查隐患12处。\n（阿荣旗应急管理局）")
    first = _submit(league, mail)
    word = plain_docx(tmp_path / "阿荣旗开展春季防火检查.docx",
                      ["阿荣旗开展春季防火检查", "4月6日，阿荣旗组织开展春季森林草原防火检查，排查隐患12处。",
                       "（阿荣旗应急管理局）"])
    items = read_submissions([word], registry.unit_names(league), None, today=TODAY)
    repeated: list = []
    assert add_submissions(league, items, repeated=repeated) == []
    assert [r.id for r in repeated] == [first.id]
    assert _counts(compute_stats(league, *YEAR), "阿荣旗") == (1, 0, 0)


# -- several items, some adopted; moved; renumbered ------------------------------------------------

THREE = ("鄂伦春自治旗应急管理局信息三则\n1．5月6日，鄂伦春自治旗开展防火宣传进社区活动。\n"
         "2．5月7日，鄂伦春自治旗组织森林消防队伍开展拉动演练。\n3．5月8日，鄂伦春自治旗召开防火工作推进会。\n"
         "（鄂伦春自治旗应急管理局）")


@pytest.fixture
def three(league):
    """A submission of three items; the clerk adopts the first and the third into issue 5."""
    submission = _submit(league, THREE, dt.date(2026, 5, 9))
    issue_id = league.add_issue(_issue(5, dt.date(2026, 5, 15)))
    adopt_into(league, submission.id, league.load_issue(issue_id), "旗市区动态", candidate=1)
    adopt_into(league, submission.id, league.load_issue(issue_id), "旗市区动态", candidate=3)
    return submission.id, issue_id


def test_a_submission_with_two_of_its_three_items_adopted_is_one_sent_one_adopted_two_printed(league, three):
    """报送 counts pieces sent (one), 报送中已采用 that piece (one, rate 100%), 采用 the items
    printed (two): the clerk expects neither three nor one item."""
    report = compute_stats(league, *YEAR)
    assert _counts(report, "鄂伦春自治旗") == (1, 1, 2) and report.row("鄂伦春自治旗").rate == 1.0
    assert report.row("鄂伦春自治旗").by_section == {"旗市区动态": 2}
    assert get_submission(league, three[0]).status == "adopted"


def test_an_adopted_item_moved_to_another_section_is_counted_there(league, three):
    submission_id, issue_id = three
    issue = league.load_issue(issue_id)
    moved = issue.sections[1].entries[1]
    move_entry(issue, moved.uid, issue.sections[2].uid, 0)
    league.save_issue(issue)
    report = compute_stats(league, *YEAR)
    assert report.row("鄂伦春自治旗").by_section == {"旗市区动态": 1, "经验交流": 1}
    assert _counts(report, "鄂伦春自治旗") == (1, 1, 2)
    _, rows = report.table("section")
    assert rows[-1][0] == "合计" and sum(rows[-1][1:-1]) == rows[-1][-1] == report.total.adopted
    assert get_submission(league, submission_id).status == "adopted"


def test_an_adopted_item_moved_to_the_next_issue_counts_in_that_issue_s_month(league, three):
    """The clerk cuts one item from May's issue 5 and pastes it into June's issue 6: May prints
    one of the unit's items, June one; the piece stays adopted, now in both issues."""
    submission_id, may_id = three
    june_id = league.add_issue(_issue(6, dt.date(2026, 6, 12)))
    may, june = league.load_issue(may_id), league.load_issue(june_id)
    entry = may.sections[1].entries.pop(1)
    league.save_issue(may)
    june.sections[1].entries.append(entry)
    league.save_issue(june)
    report = compute_stats(league, *YEAR)
    assert report.row("鄂伦春自治旗").by_month == {"2026-05": 1, "2026-06": 1}
    assert _counts(report, "鄂伦春自治旗") == (1, 1, 2)
    assert get_submission(league, submission_id).status == "adopted"
    assert len(get_submission(league, submission_id).places) == 2


def test_an_issue_renumbered_keeps_its_counts_and_the_place_names_the_new_number(league, three):
    submission_id, issue_id = three
    before = compute_stats(league, *YEAR).to_dict()
    issue = league.load_issue(issue_id)
    issue.number = 7
    league.save_issue(issue)
    assert compute_stats(league, *YEAR).to_dict() == before
    places = get_submission(league, submission_id).places
    assert places and all("第7期" in place for place in places) and not any("第5期" in p for p in places)


# -- a month with submissions and no issue ------------------------------------------------------

def test_a_month_without_an_issue_counts_what_was_sent_and_nothing_printed(league, three):
    """August: two pieces came in, no issue was printed; one of them goes into September's.
    August's report: 报送 2, 报送中已采用 1 (adopted since), 采用 0."""
    first = _submit(league, "阿荣旗开展防汛检查\n8月3日，阿荣旗开展防汛检查。\n（阿荣旗应急管理局）", dt.date(2026, 8, 4))
    _submit(league, "扎兰屯市开展防汛检查\n8月5日，扎兰屯市开展防汛检查。\n（扎兰屯市应急管理局）", dt.date(2026, 8, 6))
    september = league.add_issue(_issue(6, dt.date(2026, 9, 10)))
    adopt_into(league, first.id, league.load_issue(september), "旗市区动态")
    august = compute_stats(league, dt.date(2026, 8, 1), dt.date(2026, 8, 31))
    assert (august.total.submitted, august.total.adopted_submissions, august.total.adopted) == (2, 1, 0)
    assert _counts(august, "阿荣旗") == (1, 1, 0) and _counts(august, "扎兰屯市") == (1, 0, 0)
    assert "共采用信息0篇" in august.lead()
    _, rows = august.table("unit-month")
    assert rows == [["合计", 0, 0]]


# -- a township merged into a town mid-year (撤并) ---------------------------------------------

def test_a_township_merged_into_a_town_mid_year_counts_once_for_the_town(tmp_path):
    """阿荣旗's 三岔河乡 is merged into 那吉镇 in July (撤并). Before, 三岔河乡 sent two pieces, one
    adopted; after, 那吉镇 sends one. Once the clerk merges the two in the registry, the year
    shows 那吉镇 with three sent, one adopted; the first half alone too (history moves)."""
    with Archive.open(tmp_path / "arong.sqlite", auto_backup=False) as archive:
        archive.add_issue(Issue(series="阿荣旗安全生产简报", number=1, date=dt.date(2026, 1, 9), office="阿荣旗应急管理局",
                                sections=[Section("乡镇动态", [])]))
        for name in ("三岔河乡", "那吉镇", "霍尔奇镇"):
            registry.add_unit(archive, name)
        first = _submit(archive, "三岔河乡开展防火巡查\n3月2日，三岔河乡开展防火巡查。\n（三岔河乡人民政府）", dt.date(2026, 3, 3))
        _submit(archive, "三岔河乡排查自建房\n5月8日，三岔河乡排查自建房20栋。\n（三岔河乡人民政府）", dt.date(2026, 5, 9))
        _submit(archive, "那吉镇开展安全检查\n9月2日，那吉镇开展安全检查。\n（那吉镇人民政府）", dt.date(2026, 9, 3))
        issue = archive.add_issue(Issue(series="阿荣旗安全生产简报", number=2, date=dt.date(2026, 3, 10),
                                        office="阿荣旗应急管理局", sections=[Section("乡镇动态", [])]))
        adopt_into(archive, first.id, archive.load_issue(issue), "乡镇动态")
        registry.merge_units(archive, "三岔河乡", "那吉镇")
        year = compute_stats(archive, *YEAR)
        assert year.row("三岔河乡") is None and _counts(year, "那吉镇") == (3, 1, 1)
        half = compute_stats(archive, dt.date(2026, 1, 1), dt.date(2026, 6, 30))
        assert _counts(half, "那吉镇") == (2, 1, 1)
        # a late piece signed with the old name is the town's
        assert _submit(archive, "三岔河乡补报\n10月9日，三岔河乡开展检查。\n（三岔河乡人民政府）").unit == "那吉镇"


# -- categories renamed --------------------------------------------------------------------------

def test_categories_renamed_by_the_clerk_are_the_report_s(league, three):
    """The clerk calls the county level 旗市区 as the league does: every table and the JSON name
    it so, none says 县区; 开发区 kept apart as 功能区 is a row of its own."""
    for name in BANNERS[:-1]:
        registry.set_category(league, name, "旗市区")
    registry.set_category(league, "呼伦贝尔经济技术开发区", "功能区")
    report = compute_stats(league, *YEAR)
    _, rows = report.table("category")
    assert [row[0] for row in rows] == ["旗市区", "市直单位", "功能区", "合计"]
    assert [row[1] for row in rows] == [6, 1, 1, 8]
    _, rows = report.table("category-quarter")
    assert [row[0] for row in rows] == ["旗市区", "市直单位", "功能区", "合计"]
    assert "县区" not in str(report.to_dict())


# -- a merge taken back ----------------------------------------------------------------------------

def test_a_merge_made_by_mistake_is_taken_back_and_every_figure_is_as_before(league, three):
    """The clerk meant to merge 鄂伦春旗 into 鄂伦春自治旗 but picked 海拉尔区 → 扎兰屯市 and undoes it at
    once: 海拉尔区 is back with its names, its pieces (one sent with 扎兰屯市), its printed item and
    its place in every table; a later piece signed by it is its own again."""
    _submit(league, "海拉尔区开展燃气检查\n4月2日，海拉尔区检查燃气企业8家。\n（海拉尔区应急管理局）", dt.date(2026, 4, 3))
    joint = _submit(league, "城区联合开展消防检查\n4月9日，开展联合检查。\n报送单位：海拉尔区应急管理局、扎兰屯市应急管理局",
                    dt.date(2026, 4, 10))
    assert joint.unit == "海拉尔区" and list(joint.joint_units) == ["扎兰屯市"]
    _submit(league, "扎兰屯市开展防汛检查\n4月12日，扎兰屯市开展防汛检查。\n（扎兰屯市应急管理局）", dt.date(2026, 4, 13))
    issue_id = league.add_issue(_issue(4, dt.date(2026, 4, 20)))
    issue = league.load_issue(issue_id)
    issue.sections[1].entries.append(Item.from_rich(parse_markup("4月15日，**海拉尔区**开展应急演练。")))
    league.save_issue(issue)
    registry.change_aliases(league, "海拉尔区", add=["海区"])
    before = compute_stats(league, *YEAR).to_dict()
    names_before = {u.name: (u.category, sorted(u.aliases)) for u in registry.list_units(league)}
    assert _counts(compute_stats(league, *YEAR), "海拉尔区") == (2, 0, 1)

    _, merge = merges.merge_units(league, "海拉尔区", "扎兰屯市")
    merged = compute_stats(league, *YEAR)
    assert merged.row("海拉尔区") is None and _counts(merged, "扎兰屯市") == (3, 0, 1)
    restored = merges.undo_merge(league, merge)
    assert restored.name == "海拉尔区"
    assert {u.name: (u.category, sorted(u.aliases)) for u in registry.list_units(league)} == names_before
    assert compute_stats(league, *YEAR).to_dict() == before
    assert list(get_submission(league, joint.id).joint_units) == ["扎兰屯市"]
    assert _submit(league, "海拉尔区补报\n5月9日，海拉尔区开展检查。\n（海拉尔区应急管理局）").unit == "海拉尔区"


def test_a_unit_registered_after_the_categories_were_renamed_goes_into_the_renamed_one(league):
    """Once every banner and city is 旗市区, the next one registered — by the clerk or from a
    submission's signature — is 旗市区 too, not a lone 县区; a town still goes to 乡镇街道, a
    department to 市直单位."""
    for name in BANNERS:
        registry.set_category(league, name, "旗市区")
    assert registry.add_unit(league, "陈巴尔虎旗").category == "旗市区"
    registered: list = []
    submission = _submit(league, "牙克石市开展防火检查\n4月3日，牙克石市开展防火检查。\n报送单位：牙克石市应急管理局",
                         dt.date(2026, 4, 3), registered=registered)
    assert submission.unit == "牙克石市" and registry.find_unit(league, "牙克石市").category == "旗市区"
    assert registry.add_unit(league, "那吉镇").category == "乡镇街道"
    assert registry.add_unit(league, "市林业和草原局").category == "市直单位"
    report = compute_stats(league, *YEAR)
    assert "县区" not in [c.name for c in report.categories]


def test_an_autonomous_county_registered_twice_is_offered_to_merge_into_its_full_name(tmp_path):
    """Pieces read before the short name was known as the county's registered 围场县 and 鄂温克旗
    too: the registry offers to merge each into the full name, never the other way round."""
    from bulletin_desktop.core.units.same_unit import likely_same

    with Archive.open(tmp_path / "old.sqlite", auto_backup=False) as archive:
        for name in ("围场满族蒙古族自治县", "鄂温克族自治旗", "红旗区"):
            registry.add_unit(archive, name)
        with archive.transaction("登记单位") as conn:  # as an earlier version registered them
            for name in ("围场县", "鄂温克旗"):
                registry.insert_unit(conn, name)
        assert {(p.source, p.target) for p in likely_same(archive)} == {
            ("围场县", "围场满族蒙古族自治县"), ("鄂温克旗", "鄂温克族自治旗")}


def test_a_piece_of_no_known_sender_is_explained_in_each_table_that_shows_it_or_leaves_it_out(league):
    """A piece nobody signed came in May beside 阿荣旗's: May received two, 阿荣旗 sent one. The
    by-month table (and a CSV of it) counts both and says so; the by-unit table counts one and
    says the other is left out — each file explains its own sums."""
    _submit(league, "阿荣旗开展检查\n5月3日，阿荣旗开展检查。\n（阿荣旗应急管理局）", dt.date(2026, 5, 4))
    _submit(league, "开展防火宣传\n5月5日，开展防火宣传。", dt.date(2026, 5, 6))
    report = compute_stats(league, dt.date(2026, 5, 1), dt.date(2026, 5, 31))
    _, months = report.table("month")
    assert months[0][1] == 2 and report.total.submitted == 1
    assert "另有1篇来稿尚未确定报送单位，已计入各月的报送数" in report.table_note("month")
    assert "另有1篇来稿尚未确定报送单位，未计入报送数" in report.table_note("unit")
    assert "尚未确定报送单位" not in report.table_note("unit", counting=False)  # the 通报's lead says it
    assert "尚未确定报送单位" in report.lead()


@pytest.mark.parametrize(("text", "unit", "printed"), [
    ("【阿荣旗】4月5日，旗应急管理局组织开展防火巡查。", "阿荣旗", "4月5日，阿荣旗应急管理局组织开展防火巡查。"),
    ("【鄂温克族自治旗】4月6日，开展防火宣传。", "鄂温克族自治旗", "4月6日，鄂温克族自治旗开展防火宣传。"),
    ("阿荣旗　4月7日，旗应急管理局组织开展防火演练。", "阿荣旗", "4月7日，阿荣旗应急管理局组织开展防火演练。"),
])
def test_a_banner_in_brackets_before_the_date_is_the_item_s_unit_not_a_section(league, text, unit, printed):
    """A chat's 【阿荣旗】4月5日，旗应急管理局… names the banner as 【上蔡县】 names a county: the
    item is dated first and printed with the banner's office, under no section called 阿荣旗."""
    from bulletin_desktop.core.inbox.adopt import entries_for

    registry.add_unit(league, "鄂温克族自治旗")
    sections: list = []
    submission = _submit(league, text, dt.date(2026, 4, 8))
    entries = entries_for(league, submission, sections=sections)
    assert submission.unit == unit and [e.text for e in entries] == [printed] and sections == [""]


def test_items_listed_under_a_section_are_still_under_it(league):
    from bulletin_desktop.core.inbox.adopt import entries_for

    sections: list = []
    submission = _submit(league, "阿荣旗防火信息\n【隐患排查】\n4月5日，阿荣旗排查隐患12处。\n【流动红旗】\n4月6日，阿荣旗获评流动红旗单位。\n"
                                 "（阿荣旗应急管理局）", dt.date(2026, 4, 8))
    entries_for(league, submission, sections=sections)
    assert sections == ["隐患排查", "流动红旗"]
