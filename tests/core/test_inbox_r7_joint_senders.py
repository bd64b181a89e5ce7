"""Submissions several units send together, named on a sender's line or in the signature
rather than at the start of the news: each unit is credited with the submission and with
what is adopted from it, once in the totals; archives from before keep every submission and
get the co-senders their texts name."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from bulletin_desktop.core.archive import Archive, connection, schema
from bulletin_desktop.core.inbox import add_submissions, get_submission, list_rows
from bulletin_desktop.core.inbox.adopt import adopt_into
from bulletin_desktop.core.inbox.reading import make_submission, paragraphs_from_text
from bulletin_desktop.core.inbox.submissions import edit_submission
from bulletin_desktop.core.stats import compute_stats
from bulletin_desktop.core.units import registry
from bulletin_desktop.core.units.detect import joint_senders

YEAR = (dt.date(2022, 1, 1), dt.date(2022, 12, 31))


@pytest.mark.parametrize(("text", "names"), [
    ("报送单位：市应急管理局、市消防救援支队\n11月22日，开展联合检查。", ["市应急管理局", "市消防救援支队"]),
    ("联合报送：舞阳县应急管理局　舞阳县教育局\n11月23日，检查校车。", ["舞阳县应急管理局", "舞阳县教育局"]),
    ("标题\n报送单位：源汇区应急管理局/郾城区应急管理局", ["源汇区应急管理局", "郾城区应急管理局"]),
    ("报送单位：市住房和城乡建设局和市应急管理局", ["市住房和城乡建设局", "市应急管理局"]),
    ("11月24日，开展检查。\n（市交通运输局　市公安局交警支队）", ["市交通运输局", "市公安局交警支队"]),
    ("供稿单位：县文广旅局，县公安局　联系人：何静　电话：0395-7654321", ["县文广旅局", "县公安局"]),
    ("报送单位：市应急管理局 和 市消防救援支队", ["市应急管理局", "市消防救援支队"]),
    ("报送单位：市应急管理局、 市消防救援支队", ["市应急管理局", "市消防救援支队"]),
    ("报送单位：市应急管理局与市消防救援支队联合报送", ["市应急管理局", "市消防救援支队"]),
    ("供稿：县住建局 和平路社区", ["县住建局", "和平路社区"]),
])
def test_senders_named_together_are_read_in_their_order(text, names):
    assert joint_senders(text) == names


@pytest.mark.parametrize("text", [
    "报送单位：西城区应急管理局　联系人：张三　电话：0395-1234567",
    "报送单位：市住房和城乡建设局",
    "11月24日，县住建局和县交通局联合开展道路施工安全检查。\n（县住建局）",
    "报送单位：舞阳县应急管理局、（盖章）",
    # a unit's own bulletin lists where it is sent: no senders
    "北舞渡镇安全生产简报\n第9期\n11月26日，北舞渡镇开展检查。\n报送：县应急管理局、县委办公室\n发：各村委会",
])
def test_one_sender_is_no_joint_submission(text):
    assert joint_senders(text) == []


@pytest.fixture
def archive(tmp_path, sample_issue):
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        archive.add_issue(sample_issue)  # 漯河市's: 西城区, 市应急管理局, 舞阳县 registered
        yield archive


def _submit(archive, text: str, received=dt.date(2022, 11, 22)) -> int:
    item = make_submission(paragraphs_from_text(text), source="粘贴", received=received, unit_id=None,
                           names=registry.unit_names(archive))
    registered: list[str] = []
    [sid] = add_submissions(archive, [item], registered)
    return sid


def _adopt(archive, sid: int, section: str = "督导检查") -> None:
    adopt_into(archive, sid, archive.load_issue(archive.list_issues()[0].id), section)


JOINT = ("高层建筑消防安全联合检查\n报送单位：市应急管理局、市消防救援支队\n"
         "11月22日，对城区15栋高层住宅开展消防安全联合检查，发现消防通道堵塞等隐患27处。")


def test_each_sender_named_together_is_credited_with_the_submission_and_its_entry(archive):
    before = compute_stats(archive, *YEAR)
    sid = _submit(archive, JOINT)
    submission = get_submission(archive, sid)
    assert (submission.unit, submission.joint_units) == ("市应急管理局", ["市消防救援支队"])
    fire = registry.find_unit(archive, "市消防救援支队")
    assert [r.id for r in list_rows(archive, unit_id=fire.id)] == [sid]  # found under either sender
    _adopt(archive, sid)
    report = compute_stats(archive, *YEAR)
    city, brigade = report.row("市应急管理局"), report.row("市消防救援支队")
    was = before.row("市应急管理局")
    assert (city.submitted, city.adopted_submissions, city.adopted - was.adopted) == (1, 1, 1)
    assert (brigade.submitted, brigade.adopted_submissions, brigade.adopted, brigade.direct) == (1, 1, 1, 0)
    # one submission and one entry in the totals, and in their category (both 市直单位)
    assert (report.total.submitted, report.total.adopted_submissions) == (1, 1)
    assert report.total.adopted == before.total.adopted + 1
    category = next(c for c in report.categories if c.name == "市直单位")
    assert (category.submitted, category.adopted_submissions) == (1, 1)
    assert report.joint_submissions == 1 and "1篇来稿由几个单位联合报送" in report.table_note("unit")
    assert report.to_dict()["joint_submissions"] == 1


def test_units_the_news_is_about_are_not_its_senders(archive):
    sid = _submit(archive, "报送单位：舞阳县人民政府\n11月24日，舞阳县住建局、舞阳县交通运输局联合开展道路施工安全检查。")
    assert get_submission(archive, sid).joint_units == []


def test_the_clerk_changes_and_clears_the_co_senders_and_a_merge_keeps_one_credit(archive):
    sid = _submit(archive, JOINT)
    west = registry.find_unit(archive, "西城区")
    edit_submission(archive, sid, co_senders=[west.id, registry.find_unit(archive, "市消防救援支队").id])
    assert get_submission(archive, sid).joint_units == ["西城区", "市消防救援支队"]
    edit_submission(archive, sid, unit_id=west.id)  # the unit itself is no co-sender of its own
    assert (get_submission(archive, sid).unit, get_submission(archive, sid).joint_units) == ("西城区", ["市消防救援支队"])
    registry.merge_units(archive, "市消防救援支队", "西城区")
    assert get_submission(archive, sid).joint_units == []
    assert compute_stats(archive, *YEAR).row("西城区").submitted == 1
    edit_submission(archive, sid, co_senders=[])
    assert get_submission(archive, sid).joint_units == []


def test_an_archive_from_before_is_upgraded_in_place_and_its_joint_submissions_credit_each(tmp_path, sample_issue):
    from tests.older_archive import older_archive

    path = tmp_path / "old.sqlite"
    older_archive(path, sample_issue, version=19)  # as the version before co-senders were kept left it
    conn = sqlite3.connect(path, isolation_level=None)
    connection.register_functions(conn)
    conn.execute("BEGIN")
    for name in ("市应急管理局", "市消防救援支队", "临颍县"):
        conn.execute("INSERT OR IGNORE INTO units (name, category, created_at) VALUES (?, '', '2022-11-01 08:00:00')",
                     (name,))
        conn.execute("INSERT OR IGNORE INTO unit_names (name, unit_id) SELECT name, id FROM units WHERE name = ?",
                     (name,))
    city = conn.execute("SELECT id FROM units WHERE name = '市应急管理局'").fetchone()[0]
    lin = conn.execute("SELECT id FROM units WHERE name = '临颍县'").fetchone()[0]
    for unit_id, title, body in (
            (city, "高层建筑消防安全联合检查", "报送单位：市应急管理局、市消防救援支队\n11月22日，开展消防安全联合检查。"),
            (lin, "临颍县开展检查", "报送单位：临颍县应急管理局\n11月23日，临颍县开展危化品检查。"),
            (None, "未识别", "报送单位：县应急局、县住建局\n11月24日，开展检查。")):
        conn.execute("INSERT INTO submissions (received, unit_id, title, body, source, created_at) "
                     "VALUES ('2022-11-25', ?, ?, ?, '粘贴', '2022-11-25 09:00:00')", (unit_id, title, body))
    conn.execute("COMMIT")
    conn.close()
    with Archive.open(path, auto_backup=False) as archive:
        assert archive.schema_version == schema.SCHEMA_VERSION
        assert [get_submission(archive, sid).joint_units for sid in (1, 2, 3)] == [["市消防救援支队"], [], []]
        assert [row.title for row in list_rows(archive)] == ["未识别", "临颍县开展检查", "高层建筑消防安全联合检查"]
        _adopt(archive, 1)
        report = compute_stats(archive, *YEAR)
        assert (report.row("市消防救援支队").submitted, report.row("市消防救援支队").adopted) == (1, 1)
        assert report.total.submitted == 2 and report.without_unit == 1


def test_what_the_statistics_count_is_said_with_them(archive):
    """Received in November, adopted into a December issue: November's rate counts it, the
    December issue's adoptions count its entry; the heads, the note and the JSON say so."""
    sid = _submit(archive, "11月28日，舞阳县开展冬季道路交通安全专项整治。\n（舞阳县应急管理局）", received=dt.date(2022, 11, 28))
    issue = archive.load_issue(archive.list_issues()[0].id)
    issue.id, issue.number, issue.date = None, 53, dt.date(2022, 12, 5)
    for section in issue.sections:
        section.entries.clear()
    archive.add_issue(issue)
    adopt_into(archive, sid, archive.load_issue(archive.find_issues(53)[0].id), "隐患排查")
    november = compute_stats(archive, dt.date(2022, 11, 1), dt.date(2022, 11, 30))
    december = compute_stats(archive, dt.date(2022, 12, 1), dt.date(2022, 12, 31))
    header, rows = november.table("month")
    assert header == ["月份", "报送（按收稿日期）", "报送中已采用", "采用率", "采用（按刊发日期）", "其中未经来稿登记"]
    assert rows[0][:4] == ["2022年11月", 1, 1, "100.0%"]
    assert december.table("month")[1][0][:5] == ["2022年12月", 0, 0, "—", 1]
    for report in (november, december):
        note = report.table_note("unit")
        assert "按收稿日期" in note and "按刊发日期" in note
        data = report.to_dict()
        assert set(data["counting"]) == {"submitted", "adopted_submissions", "rate", "adopted"}
        assert {"submitted", "adopted", "rate", "adopted_submissions"} <= set(data["units"][0])  # as before
    assert november.to_dict()["months"][0]["rate"] == 1.0
    assert "按收稿日期" in november.lead() and "按刊发日期" in november.lead()


def test_the_same_news_sent_again_by_one_of_the_joint_senders_alone_is_not_registered_again(archive):
    from bulletin_desktop.core.inbox import Repeated

    sid = _submit(archive, JOINT)
    again = make_submission(paragraphs_from_text(
        "市消防救援支队 张伟 2022-11-22 17:30\n11月22日，对城区15栋高层住宅开展消防安全联合检查，发现消防通道堵塞等隐患27处。"),
        source="粘贴", received=None, unit_id=None, names=registry.unit_names(archive), today=dt.date(2022, 11, 30))
    repeated: list[Repeated] = []
    assert add_submissions(archive, [again], repeated=repeated) == [] and repeated == [Repeated(0, sid)]


def test_the_inbox_list_names_every_sender_of_a_joint_submission(tmp_path):
    """The list (window and ``inbox list``) shows A、B where the submission says 报送单位：A、B."""
    from bulletin_desktop.core.archive import Archive
    from bulletin_desktop.core.inbox.reading import make_submission, paragraphs_from_text
    from bulletin_desktop.core.units import registry

    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        for name in ("临颍县应急管理局", "临颍县消防救援大队"):
            registry.add_unit(archive, name)
        text = "高层建筑消防安全联合检查\n报送单位：临颍县应急管理局、临颍县消防救援大队\n6月3日，两部门联合检查高层建筑12栋。"
        add_submissions(archive, [make_submission(paragraphs_from_text(text), source="来稿.txt", received=None,
                                                  unit_id=None, names=registry.unit_names(archive))])
        row, = list_rows(archive)
    assert row.unit == "临颍县应急管理局" and row.joint_units == ("临颍县消防救援大队",)
    assert row.senders == "临颍县应急管理局、临颍县消防救援大队"
