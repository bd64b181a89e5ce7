"""Units registry, inbox and statistics over a real archive file."""
from __future__ import annotations

import copy
import datetime as dt

import pytest

from bulletin_desktop.core.archive import Archive, ReadOnlyArchiveError
from bulletin_desktop.core.inbox import add_submissions, decline, get_submission, list_rows
from bulletin_desktop.core.inbox.adopt import adopt_into, entries_for
from bulletin_desktop.core.inbox.candidates import candidate_entries
from bulletin_desktop.core.inbox.reading import make_submission, paragraphs_from_text
from bulletin_desktop.core.inbox.submissions import InboxError
from bulletin_desktop.core.model import Section
from bulletin_desktop.core.stats import StatsRangeError, compute_stats, period_title, set_entry_flag, set_points
from bulletin_desktop.core.units import registry
from bulletin_desktop.core.units.registry import UnitError, UnknownUnitError

YEAR = (dt.date(2022, 1, 1), dt.date(2022, 12, 31))


@pytest.fixture
def archive(tmp_path, sample_issue):
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        archive.add_issue(sample_issue)
        yield archive


def _submit(archive, text: str, unit: str | None, received=dt.date(2022, 11, 19), source="粘贴") -> int:
    unit_id = registry.resolve_unit(archive, unit).id if unit else None
    item = make_submission(paragraphs_from_text(text), source=source, received=received, unit_id=unit_id,
                           names=registry.unit_names(archive))
    return add_submissions(archive, [item])[0]


def test_sample_issue_alone_seeds_registry_and_counts_imported_entries(archive):
    assert [u.name for u in registry.list_units(archive)] == ["西城区", "市应急管理局", "舞阳县"]
    report = compute_stats(archive, *YEAR)
    counts = {r.name: (r.adopted, r.direct, r.submitted, r.rate) for r in report.rows}
    assert counts == {"舞阳县": (2, 2, 0, None), "市应急管理局": (2, 2, 0, None), "西城区": (1, 1, 0, None)}
    assert all("报送数未知" in r.note for r in report.rows)
    # 市安委会印发…, 源汇区…, 郾城区…, and the article of 源汇区老街街道 name no registered unit
    assert report.unattributed == 4
    assert report.total.adopted == 5


def test_registering_a_unit_counts_the_entries_that_open_with_its_name(archive):
    registry.add_unit(archive, "源汇区", category="县区", aliases=["源汇区老街街道"])
    report = compute_stats(archive, *YEAR)
    assert report.row("源汇区").adopted == 2  # 源汇区燃气… and the article 源汇区老街街道聚力打造…
    assert report.row("源汇区").articles == 1
    assert report.unattributed == 2
    with archive.transaction("重新统计") as conn:  # counting from scratch gives the same
        registry.recount_entries(conn)
    assert compute_stats(archive, *YEAR).to_dict() == report.to_dict()


LEADS = ["（一）西平县：5月3日，西平县开展燃气安全专项检查。", "近日，禹州市开展春季森林防火检查。",
         "【长葛市】3月6日，市应急管理局组织开展应急演练。", "今年以来，鄢陵县共检查企业46家。", "上蔡县今年以来，共整改隐患12处。",
         "为进一步加强安全管理，汝南县召开推进会。"]


def test_a_unit_named_after_a_numbering_a_bracket_or_a_time_phrase_is_counted(archive):
    from test_archive_support import plain_issue

    for name in ("西平县", "禹州市", "长葛市", "鄢陵县", "上蔡县", "汝南县"):
        registry.add_unit(archive, name, category="县区")
    archive.add_issue(plain_issue(60, dt.date(2022, 12, 1), LEADS, series="县区工作简报"))
    counts = {r.name: r.adopted for r in compute_stats(archive, *YEAR).rows}
    assert {name: counts[name] for name in ("西平县", "禹州市", "长葛市", "鄢陵县", "上蔡县")} == dict.fromkeys(
        ("西平县", "禹州市", "长葛市", "鄢陵县", "上蔡县"), 1)
    assert counts["汝南县"] == 0  # named in the middle of a sentence: not said to be its report
    # a unit registered after the entries were stored finds them the same way
    registry.add_unit(archive, "叶县", category="县区")
    archive.add_issue(plain_issue(61, dt.date(2022, 12, 8), ["近日，叶县组织开展演练。"], series="县区工作简报"))
    archive.add_issue(plain_issue(62, dt.date(2022, 12, 15), ["（二）宝丰县开展检查。"], series="县区工作简报"))
    registry.add_unit(archive, "宝丰县", category="县区")  # after the entry: the registry's trigger counts it
    report = compute_stats(archive, *YEAR)
    assert report.row("叶县").adopted == 1 and report.row("宝丰县").adopted == 1
    with archive.transaction("重新统计") as conn:  # counting from scratch gives the same
        registry.recount_entries(conn)
    assert compute_stats(archive, *YEAR).to_dict() == report.to_dict()


def test_an_entry_or_article_signed_by_a_unit_is_counted_for_it(archive):
    from test_archive_support import plain_issue

    from bulletin_desktop.core.model import Article, Section
    from bulletin_desktop.core.richtext import Run

    for name in ("西平县", "上蔡县", "汝南县", "鄢陵县", "遂平县", "确山县", "正阳县"):
        registry.add_unit(archive, name, category="县区")
    issue = plain_issue(70, dt.date(2022, 12, 20), [
        "全面开展燃气安全检查，整改隐患12处。（西平县应急管理局）",
        "组织开展应急演练。（供稿：上蔡县应急局 张三）",
        "召开安全生产推进会。——汝南县应急管理局",
        "共排查隐患12处（鄢陵县5处、遂平县7处）。",  # a bracket inside the sentence names no sender
        "◆正阳县：6月2日，正阳县组织开展消防应急演练。",  # a bullet stands where a numbering may
    ], series="县区工作简报")
    issue.sections.append(Section("工作交流", [
        Article(title="夯实基础 强化监管", paragraphs=[[Run("确山县应急管理局")], [Run("一、压实责任。……")]])]))
    archive.add_issue(issue)
    counts = {r.name: r.adopted for r in compute_stats(archive, *YEAR).rows}
    assert {name: counts[name] for name in ("西平县", "上蔡县", "汝南县", "确山县", "正阳县")} == dict.fromkeys(
        ("西平县", "上蔡县", "汝南县", "确山县", "正阳县"), 1)
    assert counts["鄢陵县"] == counts["遂平县"] == 0
    assert compute_stats(archive, *YEAR).row("确山县").articles == 1
    with archive.transaction("重新统计") as conn:  # counting from scratch gives the same
        registry.recount_entries(conn)
    assert {r.name: r.adopted for r in compute_stats(archive, *YEAR).rows} == counts


def test_a_submission_signed_by_its_unit_is_its_units_though_it_opens_with_another(archive):
    """The opening often names the unit inspected (督导组到舞阳县…); the sender is the one the
    text is signed with: a 报送单位 line, or ……。（西城区应急管理局供稿） at the end."""
    labelled = _submit(archive, "督导组到舞阳县检查\n11月19日，市督导组到舞阳县开展检查。\n"
                                "报送单位：西城区应急管理局  联系人：张三", None)
    signed = _submit(archive, "督导组到舞阳县检查\n11月19日，市督导组到舞阳县开展检查。（西城区应急管理局供稿）", None)
    plain_text = _submit(archive, "督导组到舞阳县检查\n11月19日，市督导组到舞阳县开展检查。", None)
    named = _submit(archive, "督导组到舞阳县检查\n11月20日，市督导组到舞阳县开展检查。", None, source="西城区信息.docx")
    assert [get_submission(archive, sid).unit for sid in (labelled, signed, plain_text, named)] == [
        "西城区", "西城区", "舞阳县", "西城区"]


def test_submission_adopted_counts_until_its_entry_is_gone(archive):
    sid = _submit(archive, "舞阳县来稿\n11月19日，舞阳县组织开展燃气安全检查。\n11月20日，舞阳县召开防汛会议。", None)
    submission = get_submission(archive, sid)
    assert submission.unit == "舞阳县" and submission.title == "舞阳县来稿"
    candidates = entries_for(archive, submission)
    assert [(e.date, e.unit, e.text) for e in candidates] == [
        ("11月19日", "舞阳县", "11月19日，舞阳县组织开展燃气安全检查。"),
        ("11月20日", "舞阳县", "11月20日，舞阳县召开防汛会议。")]
    issue = archive.load_issue(archive.list_issues()[0].id)
    entries = adopt_into(archive, sid, issue, "隐患排查", candidate=2)
    assert get_submission(archive, sid).status == "adopted"
    assert get_submission(archive, sid).places == ["第52期【隐患排查】"]
    row = compute_stats(archive, *YEAR).row("舞阳县")
    assert (row.submitted, row.adopted_submissions, row.adopted, row.direct, row.rate) == (1, 1, 3, 2, 1.0)
    # editing the entry keeps the link
    issue = archive.load_issue(issue.id)
    section, index = issue.find_entry(entries[0].uid)
    section.entries[index].date = "11月21日"
    archive.save_issue(issue)
    assert get_submission(archive, sid).status == "adopted"
    # deleting the entry takes the adoption back
    del section.entries[index]
    archive.save_issue(issue)
    assert get_submission(archive, sid).status == "pending"
    assert compute_stats(archive, *YEAR).row("舞阳县").adopted == 2
    # putting it back (an undo) adopts again; deleting the issue takes it back again
    section.entries.insert(index, entries[0])
    archive.save_issue(issue)
    assert get_submission(archive, sid).status == "adopted"
    archive.delete_issue(issue.id)
    assert get_submission(archive, sid).status == "pending"
    assert compute_stats(archive, *YEAR).row("舞阳县").adopted == 0
    with archive.reading() as conn:  # the count the triggers keep equals the one a join finds
        assert conn.execute("SELECT count(*) FROM submissions s WHERE live != (SELECT count(*) FROM adoptions a "
                            "JOIN entries e ON e.uid = a.entry_uid WHERE a.submission_id = s.id)").fetchone()[0] == 0


def test_decline_and_filters(archive):
    a = _submit(archive, "西城区组织召开会议，部署冬季安全生产。", "西城区", dt.date(2022, 11, 1))
    b = _submit(archive, "11月2日，市应急局开展检查。", "市应急管理局", dt.date(2022, 11, 2))
    decline(archive, a, "内容重复")
    assert get_submission(archive, a).status == "declined" and get_submission(archive, a).reason == "内容重复"
    with pytest.raises(InboxError):
        decline(archive, b, " ")
    assert [r.id for r in list_rows(archive)] == [b, a]
    assert [r.id for r in list_rows(archive, status="declined")] == [a]
    assert [r.id for r in list_rows(archive, unit_id=registry.find_unit(archive, "市应急管理局").id)] == [b]
    assert [r.id for r in list_rows(archive, date_from=dt.date(2022, 11, 2))] == [b]
    assert [r.id for r in list_rows(archive, search="冬季")] == [a]
    report = compute_stats(archive, *YEAR)
    assert (report.row("西城区").submitted, report.row("西城区").rate) == (1, 0.0)


def test_merge_moves_everything_and_totals_add_up(archive):
    registry.add_unit(archive, "舞阳县应急管理局", category="县区")
    sid = _submit(archive, "11月19日，舞阳县应急管理局开展检查。", "舞阳县应急管理局")
    issue = archive.load_issue(archive.list_issues()[0].id)
    adopt_into(archive, sid, issue, "督导检查")
    before = compute_stats(archive, *YEAR)
    a, b = before.row("舞阳县"), before.row("舞阳县应急管理局")
    merged = registry.merge_units(archive, "舞阳县应急管理局", "舞阳县")
    assert "舞阳县应急管理局" in merged.aliases
    after = compute_stats(archive, *YEAR)
    assert after.row("舞阳县应急管理局") is None
    row = after.row("舞阳县")
    for field in ("submitted", "adopted_submissions", "adopted", "articles", "direct", "points"):
        assert getattr(row, field) == getattr(a, field) + getattr(b, field)
    assert after.total.to_dict() == before.total.to_dict()
    assert get_submission(archive, sid).unit == "舞阳县"


def test_rename_keeps_old_name_as_alias_and_refuses_clashes(archive):
    unit = registry.rename_unit(archive, "市应急管理局", "市应急局")
    assert unit.name == "市应急局" and unit.aliases == ["市应急管理局"]
    assert compute_stats(archive, *YEAR).row("市应急局").adopted == 2
    with pytest.raises(UnitError):
        registry.rename_unit(archive, "西城区", "舞阳县")
    with pytest.raises(UnitError):
        registry.add_unit(archive, "市应急管理局")
    with pytest.raises(UnknownUnitError):
        registry.merge_units(archive, "东城区", "西城区")
    registry.retire_unit(archive, "西城区")
    assert [u.name for u in registry.list_units(archive, include_retired=False)] == ["市应急局", "舞阳县"]


def test_points_follow_the_scoring_table_and_flags(archive):
    issue = archive.load_issue(archive.list_issues()[0].id)
    wuyang = [e for _, e in issue.entries() if e.text.startswith("11月16日，舞阳县")][0]
    assert compute_stats(archive, *YEAR).row("舞阳县").points == 4  # 2 items + 2 special-issue entries
    set_points(archive, "special", 0)
    set_entry_flag(archive, wuyang.uid, "领导批示")
    assert compute_stats(archive, *YEAR).row("舞阳县").points == 2 + 5
    set_entry_flag(archive, wuyang.uid, "领导批示", on=False)
    assert compute_stats(archive, *YEAR).row("舞阳县").points == 2


def test_bad_ranges_and_readonly(archive, tmp_path):
    with pytest.raises(StatsRangeError):
        compute_stats(archive, dt.date(2022, 12, 1), dt.date(2022, 11, 1))
    sid = _submit(archive, "西城区组织召开会议。", "西城区")
    path = archive.path
    archive.close()
    with Archive.open(path, readonly=True) as ro:
        with pytest.raises(ReadOnlyArchiveError):
            registry.add_unit(ro, "东城区")
        issue = ro.load_issue(ro.list_issues()[0].id)
        with pytest.raises(ReadOnlyArchiveError):
            adopt_into(ro, sid, issue, "隐患排查")
        assert get_submission(ro, sid).status == "pending" and len(ro.load_issue(issue.id).sections[2].entries) == 3
        with pytest.raises(ReadOnlyArchiveError):
            registry.merge_units(ro, "西城区", "舞阳县")


def test_candidates_single_item_and_article():
    received = dt.date(2024, 5, 6)
    (only,) = candidate_entries("标题", "舞阳县组织专家复查隐患。", received, "舞阳县")
    assert (only.date, only.unit, only.text) == ("5月6日", "舞阳县", "5月6日，舞阳县组织专家复查隐患。")
    (article,) = candidate_entries("老街街道打造消防防线", "第一段。\n第二段。", received, "源汇区")
    assert article.kind == "article" and article.title == "老街街道打造消防防线" and len(article.paragraphs) == 2


def test_candidates_leave_out_the_lines_about_the_sender():
    received = dt.date(2024, 5, 6)
    contact = "报送单位：舞阳县应急管理局  联系人：张三  电话：13800000000\n审核人：李四"
    first, last = candidate_entries("标题", "5月3日，舞阳县召开推进会。\n5月4日，舞阳县开展演练。\n" + contact,
                                    received, "舞阳县")
    assert last.text == "5月4日，舞阳县开展演练。"
    (only,) = candidate_entries("标题", "舞阳县组织专家复查隐患。\n联系人：张三  电话：13800000000", received, "舞阳县")
    assert only.kind == "item" and only.text == "5月6日，舞阳县组织专家复查隐患。"
    (article,) = candidate_entries("老街街道打造消防防线", "第一段。\n第二段。\n源汇区老街街道办事处\n2024年5月6日",
                                   received, "源汇区")
    assert [p for p in article.text.split("\n")[1:]] == ["第一段。", "第二段。"]
    # a date inside the news, or a short line that does not close over a date, stays
    (article,) = candidate_entries("标题", "第一段。\n工作成效\n第二段。", received, "源汇区")
    assert len(article.paragraphs) == 3


def test_numbered_news_items_are_separate_candidates_without_their_numbers():
    """1.11月20日，… 2.11月21日，… ③11月22日，…: one entry each, dated, numbers left out;
    a numbered line that is not dated news keeps its number."""
    received = dt.date(2022, 11, 22)
    body = ("1.11月20日，临颍县召开全县安全生产工作会议。\n（2）11月21日，临颍县开展消防安全检查。\n"
            "◆11月22日，临颍县组织开展应急演练。")
    entries = candidate_entries("标题", body, received, "临颍县")
    assert [(e.date, e.unit, e.text) for e in entries] == [
        ("11月20日", "临颍县", "11月20日，临颍县召开全县安全生产工作会议。"),
        ("11月21日", "临颍县", "11月21日，临颍县开展消防安全检查。"),
        ("11月22日", "临颍县", "11月22日，临颍县组织开展应急演练。")]
    (article,) = candidate_entries("标题", "一、强化组织领导。\n二、压实工作责任。", received, "临颍县")
    assert article.text.split("\n")[1:] == ["一、强化组织领导。", "二、压实工作责任。"]
    from bulletin_desktop.core.inbox.reading import make_submission
    from bulletin_desktop.core.richtext import from_plain

    submission = make_submission([from_plain(line) for line in body.split("\n")], source="来稿.txt",
                                 received=received, unit_id=None)
    assert submission.title.startswith("11月20日，临颍县召开")  # named by its news, not by its number


def test_a_candidate_that_says_when_itself_is_kept_as_written():
    from bulletin_desktop.core.richtext import to_markup

    received = dt.date(2024, 5, 6)
    (item,) = candidate_entries("标题", "近日，舞阳县组织开展应急演练。", received, "舞阳县")
    # (its lead and unit read into their fields as import reads 近日，**舞阳县**…)
    assert (item.date, item.unit, to_markup(item.rich)) == ("近日", "舞阳县", "近日，**舞阳县**组织开展应急演练。")
    (item,) = candidate_entries("标题", "5月3日以来，全县共排查隐患36处。", received, "舞阳县")
    assert to_markup(item.rich) == "5月3日以来，全县共排查隐患36处。"
    (item,) = candidate_entries("标题", "舞阳县召开会议。", received, "舞阳县")  # as before: the received date
    assert to_markup(item.rich) == "5月6日，**舞阳县**召开会议。"


def test_the_title_of_a_submission_is_not_its_sender_line():
    item = make_submission(paragraphs_from_text("报送单位：舞阳县应急管理局\n舞阳县扎实开展汛前隐患排查\n近日，舞阳县开展排查。"),
                           source="信息.docx", received=dt.date(2024, 5, 6), unit_id=None)
    assert item.title == "舞阳县扎实开展汛前隐患排查"
    assert item.body == "报送单位：舞阳县应急管理局\n近日，舞阳县开展排查。"


def test_period_titles():
    assert period_title(dt.date(2024, 4, 1), dt.date(2024, 6, 30)) == "2024年第二季度"
    assert period_title(dt.date(2024, 1, 1), dt.date(2024, 12, 31)) == "2024年"
    assert period_title(dt.date(2024, 5, 1), dt.date(2024, 5, 31)) == "2024年5月"
    assert period_title(dt.date(2024, 5, 3), dt.date(2024, 5, 9)) == "2024年5月3日至2024年5月9日"


def test_entry_editor_completion_offers_registered_units(archive):
    registry.add_unit(archive, "临颍县", category="县区")
    registry.retire_unit(archive, "西城区")
    names = archive.known_units()
    assert names[-1] == "临颍县" and {"舞阳县", "市应急管理局", "西城区"} <= set(names)


def test_an_issue_back_from_the_trash_brings_its_adoptions_and_counts(archive):
    sid = _submit(archive, "11月19日，舞阳县开展检查。", "舞阳县")
    issue = archive.load_issue(archive.list_issues()[0].id)
    adopt_into(archive, sid, issue, "隐患排查")
    before = compute_stats(archive, *YEAR).to_dict()
    item = archive.delete_issue(issue.id)
    assert get_submission(archive, sid).status == "pending"
    assert compute_stats(archive, *YEAR).total.adopted == 0
    archive.restore_from_trash(item)
    assert get_submission(archive, sid).status == "adopted"
    assert compute_stats(archive, *YEAR).to_dict() == before


def test_salvage_keeps_registry_submissions_and_statistics(archive, tmp_path):
    from bulletin_desktop.core.archive.salvage import salvage

    sid = _submit(archive, "11月19日，舞阳县开展检查。", "舞阳县")
    issue = archive.load_issue(archive.list_issues()[0].id)
    adopt_into(archive, sid, issue, "隐患排查")
    before = compute_stats(archive, *YEAR).to_dict()
    path = archive.path
    archive.close()
    report = salvage(path, tmp_path / "salvaged.sqlite")
    assert report.issues == 1
    with Archive.open(tmp_path / "salvaged.sqlite", auto_backup=False) as copy:
        assert compute_stats(copy, *YEAR).to_dict() == before
        assert get_submission(copy, sid).status == "adopted"


def test_where_a_submission_went_is_named_as_the_issue_prints_its_number(archive):
    from bulletin_desktop.core.model import YearNumber

    issue = archive.load_issue(archive.list_issues()[0].id)
    issue.year_number = YearNumber(11, 2022, True)  # 2022年第11期（总第52期）
    archive.save_issue(issue)
    sid = _submit(archive, "舞阳县来稿\n11月19日，舞阳县组织开展燃气安全检查。", None)
    adopt_into(archive, sid, archive.load_issue(issue.id), "隐患排查", candidate=1)
    assert get_submission(archive, sid).places == ["2022年第11期（总第52期）【隐患排查】"]


def test_unattributed_entries_suggest_their_units_and_registering_counts_them(archive):
    from test_archive_support import plain_issue

    from bulletin_desktop.core.stats.unattributed import unattributed_entries
    from bulletin_desktop.core.units.registry import add_units_named

    from bulletin_desktop.core.model import YearNumber

    issue = plain_issue(70, dt.date(2022, 12, 20), [
        "全面开展燃气安全检查。（西平县应急管理局供稿）",  # signed: the county it names first
        "近日，老街街道开展消防演练。",  # after a time phrase
        "全县共排查隐患36处。",  # 全县 is no unit's name
        "11月3日，**舞阳县**召开会议。",  # a registered bold unit: counted, not listed
    ], series="县区工作简报")
    issue.year_number = YearNumber(6, 2022)
    archive.add_issue(issue)
    found = unattributed_entries(archive, *YEAR, series="县区工作简报")
    assert [(e.number, e.section, e.suggestion) for e in found] == [
        (70, "工作动态", "西平县"), (70, "工作动态", "老街街道"), (70, "工作动态", "")]
    assert found[0].number_line == "2022年第6期（总第70期）"  # as the masthead prints it
    assert len(unattributed_entries(archive, *YEAR)) == compute_stats(archive, *YEAR).unattributed
    added = add_units_named(archive, ["西平县", "老街街道", "舞阳县", "西平县"])  # 舞阳县 is known: left alone
    assert [(u.name, u.category) for u in added] == [("西平县", "县区"), ("老街街道", "乡镇街道")]
    assert [e.text for e in unattributed_entries(archive, *YEAR, series="县区工作简报")] == ["全县共排查隐患36处。"]
    assert compute_stats(archive, *YEAR).row("西平县").adopted == 1


def test_an_empty_period_says_when_the_newest_issue_came_out(archive, tmp_path):
    from bulletin_desktop.core.model import Issue
    from bulletin_desktop.core.stats import empty_period_note, newest_outside

    def note(opened, start, end, series=None) -> str:
        newest = newest_outside(opened, compute_stats(opened, start, end, series))
        return empty_period_note(newest) if newest else ""

    spring = (dt.date(2025, 1, 1), dt.date(2025, 3, 31))
    assert "没有报送或采用" in note(archive, *spring) and "2022年11月21日的漯河安全生产简报第52期" in note(archive, *spring)
    assert note(archive, *YEAR) == ""  # the sample's entries count
    archive.add_issue(Issue(series="防汛工作动态", number=7, date=dt.date(2023, 6, 1), sections=[]))
    assert "2023年6月1日的防汛工作动态第7期" in note(archive, *spring)
    assert "漯河安全生产简报第52期" in note(archive, *spring, "漯河安全生产简报")  # the newest of the chosen series
    with Archive.open(tmp_path / "new.sqlite", auto_backup=False) as new:
        assert note(new, *YEAR) == ""


@pytest.mark.parametrize("text, suggestion", [
    ("县第二高级中学举办心理健康教育月活动。", "县第二高级中学"),
    ("5月16日，城关镇中心学校组织防溺水教育。", "城关镇"),  # the town first: the shortest name
    ("近日，县实验小学开展课后服务。", "县实验小学"),
    ("东风路社区开展消防演练。", "东风路社区"),
    ("长葛市 6月3日，市应急局开展检查。", "长葛市"),  # the unit written before the date
    ("（长葛市）市应急局开展检查。", "长葛市"),  # (before a date the brackets hold the unit itself)
])
def test_schools_communities_and_units_before_the_date_are_suggested(archive, text, suggestion):
    from test_archive_support import plain_issue

    from bulletin_desktop.core.stats.unattributed import unattributed_entries

    archive.add_issue(plain_issue(71, dt.date(2022, 12, 27), [text], series="教育工作简报"))
    [found] = unattributed_entries(archive, *YEAR, series="教育工作简报")
    assert found.suggestion == suggestion


def test_a_submission_signed_by_a_unit_not_yet_registered_is_not_the_one_it_mentions(archive):
    """按照市应急管理局部署，… signed （临颍县教育局供稿）: the sender is the new unit the
    text is signed with, not the registered unit its opening names; signed （县教育局安全股供稿）
    in a city's bulletins, it is no unit until the clerk says which county's it is."""
    sid = _submit(archive, "校园安全检查\n按照市应急管理局统一部署，11月19日，临颍县教育局开展校园安全检查。（临颍县教育局供稿）", None)
    assert get_submission(archive, sid).unit == "临颍县"  # registered from its signature, without 供稿
    sid = _submit(archive, "校园安全检查\n按照市应急管理局统一部署，11月19日，县教育局开展校园安全检查。（县教育局安全股供稿）", None)
    assert get_submission(archive, sid).unit == "" and registry.find_unit(archive, "县教育局安全股") is None
    item = make_submission(paragraphs_from_text("校园安全检查\n按照市应急管理局统一部署，县教育局开展检查。\n供稿：西平县住房和城乡建设局"),
                           source="粘贴", received=dt.date(2022, 11, 19), unit_id=None, names=registry.unit_names(archive))
    assert (item.unit_id, item.stated_unit) == (None, "西平县住房和城乡建设局")


def test_a_candidate_dated_further_on_is_not_dated_again():
    from bulletin_desktop.core.richtext import to_markup

    (item,) = candidate_entries("标题", "按照市应急管理局、市住建局统一部署，3月13日，县住建局组织开展检查。", dt.date(2026, 12, 1),
                                "县住建局")
    assert (item.date, item.unit, to_markup(item.rich)) == ("", "", "按照市应急管理局、市住建局统一部署，3月13日，县住建局组织开展检查。")


@pytest.mark.parametrize("above", ["人和乡人民政府", "县委办：\n现将我乡森林防火工作情况报送如下：", "人和乡人民政府　2025年3月5日",
                                   "发件人: 人和乡人民政府 <rhx@163.com>\n主题: 信息"])
def test_what_comes_above_a_submissions_title_is_neither_its_title_nor_its_news(above):
    item = make_submission(paragraphs_from_text(f"{above}\n人和乡开展春季森林防火宣传\n3月5日，人和乡开展宣传。"),
                           source="粘贴", received=dt.date(2025, 3, 6), unit_id=None, names=())
    assert item.title == "人和乡开展春季森林防火宣传"
    entries = candidate_entries(item.title, item.body, dt.date(2025, 3, 6))
    assert [e.text for e in entries] == ["3月5日，人和乡开展宣传。"]
    if above.startswith("人和乡人民政府"):
        assert item.stated_unit == "人和乡人民政府"


@pytest.mark.parametrize("body, unit, names, expected", [
    # its own subject: not given the sender's name before it
    ("11月9日，县安委办组织督导组开展检查。", "上蔡县", ("上蔡县",), ("11月9日", "", "11月9日，县安委办组织督导组开展检查。")),
    ("11月24日，市应急管理局督导组到西平县检查。", "西平县", ("西平县",), ("11月24日", "", "11月24日，市应急管理局督导组到西平县检查。")),
    # no subject: the sender is its subject; the sender's name as written stays as written
    ("11月9日，组织督导组开展检查。", "上蔡县", ("上蔡县",), ("11月9日", "上蔡县", "11月9日，上蔡县组织督导组开展检查。")),
    ("11月23日，市住建局组织燃气管道排查。", "市住房和城乡建设局", ("市住房和城乡建设局", "市住建局"),
     ("11月23日", "市住建局", "11月23日，市住建局组织燃气管道排查。")),
    # the unit before the date, in brackets, spaced off or with a colon
    ("【上蔡县】11月19日，上蔡县组织防溺水巡查。", "上蔡县", ("上蔡县",), ("11月19日", "上蔡县", "11月19日，上蔡县组织防溺水巡查。")),
    ("（出山镇）11月19日，西平县出山镇组织巡查。", "出山镇", ("出山镇", "西平县出山镇"),
     ("11月19日", "西平县出山镇", "11月19日，西平县出山镇组织巡查。")),
    ("上蔡县　11月20日，组织燃气安全检查。", "上蔡县", ("上蔡县",), ("11月20日", "上蔡县", "11月20日，上蔡县组织燃气安全检查。")),
    ("【出山镇】11月19日，组织巡查。", "西平县", ("西平县",), ("11月19日", "出山镇", "11月19日，出山镇组织巡查。")),
])
def test_a_candidate_s_unit_is_the_one_it_names_and_its_text_the_submission_s(body, unit, names, expected):
    (item,) = candidate_entries("标题", body, dt.date(2026, 12, 1), unit, names)
    assert (item.date, item.unit, item.text) == expected


def test_what_is_no_news_is_left_out_of_the_candidates():
    """A unit's own red header (信息专报 / 第23期 / office and date), a picture's caption, the
    sender's attribution and a report's closing formula are neither title nor news: a title
    and one news paragraph are an entry, not an article."""
    text = ("信息专报\n第23期\n上蔡县应急管理局　　2026年11月10日\n上蔡县开展冬季安全生产大检查\n"
            "11月8日，上蔡县召开冬季安全生产工作会议。\n图为会议现场\n11月9日，上蔡县组织督导组开展检查。\n")
    item = make_submission(paragraphs_from_text(text), source="粘贴", received=None, unit_id=None, names=())
    assert (item.title, item.received) == ("上蔡县开展冬季安全生产大检查", dt.date(2026, 11, 10))
    assert [e.text for e in candidate_entries(item.title, item.body, item.received)] == [
        "11月8日，上蔡县召开冬季安全生产工作会议。", "11月9日，上蔡县组织督导组开展检查。"]
    for closing in ("（上蔡县应急管理局供稿）", "特此报告。", "妥否，请批示。"):
        item = make_submission(paragraphs_from_text(f"上蔡县开展有限空间整治\n11月24日，上蔡县开展专项整治。\n{closing}"),
                               source="粘贴", received=dt.date(2026, 11, 25), unit_id=None, names=())
        entries = candidate_entries(item.title, item.body, item.received)
        assert [(e.kind, e.text) for e in entries] == [("item", "11月24日，上蔡县开展专项整治。")]


@pytest.mark.parametrize("line", ["报送时间：2026-11-27", "报送时间：2026.11.27", "报送日期：2026/11/27", "2026-11-27"])
def test_the_day_sent_written_in_figures(line):
    item = make_submission(paragraphs_from_text(f"杨集镇开展检查\n11月26日，杨集镇开展检查。\n{line}"),
                           source="粘贴", received=None, unit_id=None, names=())
    assert item.received == dt.date(2026, 11, 27)


def test_a_mail_s_numbered_items_on_lines_of_their_own_are_two_entries_and_its_subject_the_title():
    long = "对辖区15家道路运输企业主要负责人进行集中约谈，通报近期典型事故案例和整改要求。"
    text = (f"发件人：确山县应急管理局<qs@163.com>\n主题：确山县安全生产信息（11月第3期）\n"
            f"1. 11月16日，确山县组织开展道路运输企业安全生产约谈会，{long}\n"
            f"2. 11月17日，确山县应急管理局执法大队对竹沟镇3家非煤矿山企业开展检查，{long}\n")
    item = make_submission(paragraphs_from_text(text), source="粘贴", received=None, unit_id=None, names=())
    assert item.title == "确山县安全生产信息（11月第3期）"
    assert [e.date for e in candidate_entries(item.title, item.body, dt.date(2026, 11, 18))] == ["11月16日", "11月17日"]


def test_a_department_of_the_place_the_bulletins_are_issued_in_is_registered_as_the_bulletin_names_it(
        archive, sample_issue):
    """驻马店市气象局 in a 驻马店市 bulletin is 市气象局, a 市直单位; another city's office is
    filed under its place, as a county's is."""
    issue = copy.deepcopy(sample_issue)
    issue.number, issue.office, issue.date = 99, "驻马店市安全生产委员会办公室", dt.date(2026, 11, 30)
    archive.add_issue(issue)
    sid = _submit(archive, "气象服务\n11月20日，驻马店市气象局召开会商会。\n报送单位：驻马店市气象局", None)
    unit = registry.find_unit(archive, "驻马店市气象局")
    assert (get_submission(archive, sid).unit, unit.name, unit.category) == ("市气象局", "市气象局", "市直单位")
    sid = _submit(archive, "水利\n11月21日，信阳市水利局召开会议。\n报送单位：信阳市水利局", None)
    assert get_submission(archive, sid).unit == "信阳市"


def test_a_submission_of_one_range_adopted_in_the_next_is_explained_where_its_rate_is(archive):
    """Received in 2022, adopted into an issue of 2023: 2022 shows it submitted and adopted by
    rate, with no entry of 2022's issues; the table says by which date each column counts."""
    sid = _submit(archive, "舞阳县来稿\n12月28日，舞阳县组织开展燃气安全检查。", None, received=dt.date(2022, 12, 29))
    issue = archive.next_issue(today=dt.date(2023, 1, 5))
    issue.sections = [Section("工作动态")]
    archive.add_issue(issue)
    adopt_into(archive, sid, archive.load_issue(archive.find_issues(issue.number)[0].id), "工作动态")
    report = compute_stats(archive, dt.date(2022, 12, 1), dt.date(2022, 12, 31))
    row = report.row("舞阳县")
    assert (row.submitted, row.adopted_submissions, row.adopted - row.direct, row.rate) == (1, 1, 0, 1.0)
    header, rows = report.table("unit")
    shown = dict(zip(header, rows[0]))
    assert (shown["报送（按收稿日期）"], shown["报送中已采用"], shown["采用率"], shown["采用（按刊发日期）"]) == (1, 1, "100.0%", 0)
    assert "按收稿日期" in report.table_note("unit") and "按刊发日期" in report.table_note("unit")
    later = compute_stats(archive, dt.date(2023, 1, 1), dt.date(2023, 1, 31)).row("舞阳县")
    assert (later.submitted, later.adopted, later.note) == (0, 1, "")


def test_a_committee_s_office_is_suggested_by_its_whole_name():
    from bulletin_desktop.core.model import unit_name_at_start

    assert [unit_name_at_start(t) for t in ("市安委办督导组到某县", "县委办公室开展", "市安委会成员单位", "县委宣传部开展")] == [
        "市安委办", "县委办公室", "市安委会", "县委"]


def test_a_pipe_is_not_read_as_a_submission(tmp_path):
    import os

    from bulletin_desktop.core.inbox.reading import SubmissionFileError, read_paragraphs

    pipe = tmp_path / "来稿.txt"
    os.mkfifo(pipe)
    with pytest.raises(SubmissionFileError, match="不是普通文件"):
        read_paragraphs(pipe)  # (reading it would wait for a writer for ever)


def test_a_chat_s_line_of_emoji_is_no_news():
    text = "正阳县冬季防火宣传\n12月1日，正阳县开展冬季防火宣传进村入户活动。\n👍👍👍\n🔥🔥\n"
    item = make_submission(paragraphs_from_text(text), source="粘贴", received=dt.date(2026, 12, 1), unit_id=None, names=())
    entries = candidate_entries(item.title, item.body, item.received)
    assert [(e.kind, e.text) for e in entries] == [("item", "12月1日，正阳县开展冬季防火宣传进村入户活动。")]
