"""Issues and series in and out of the archive: round trips, in-place saves, duplicates,
the next issue, and the small helpers the editor uses."""
from __future__ import annotations

import copy
import datetime as dt
import re

import pytest

from bulletin_desktop.core.archive import (
    Archive, ArchiveError, DuplicateIssueError, IssueNotFoundError,
)
from bulletin_desktop.core.model import Article, DistributionLine, Item, Section, Series, Signoff, item
from bulletin_desktop.core.richtext import Run

from test_archive_support import SERIES, plain_issue, rich_issue, uids

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def archive(tmp_path):
    with Archive.open(tmp_path / "data" / "archive.sqlite", auto_backup=False) as opened:
        yield opened


def test_rich_issue_round_trips_with_uids(archive):
    issue = rich_issue()
    issue_id = archive.add_issue(issue)
    assert issue.id == issue_id
    loaded = archive.load_issue(issue_id)
    assert loaded == issue
    assert loaded.id == issue_id
    assert uids(loaded) == uids(issue)
    article = loaded.sections[2].entries[0]
    assert isinstance(article, Article) and article.paragraphs[1][1] == Run("一是搭建消防安全智慧平台。", True)
    assert loaded.sections[1].entries[1].body == (Run("星号*、双星号**、反斜杠\\与结尾反斜杠\\"),)


def test_round_trip_survives_closing_and_reopening(tmp_path):
    path = tmp_path / "archive.sqlite"
    issue = rich_issue()
    with Archive.open(path, auto_backup=False) as archive:
        issue_id = archive.add_issue(issue)
    with Archive.open(path, readonly=True) as archive:
        assert archive.load_issue(issue_id) == issue


def test_save_issue_edits_in_place_keeping_ids_and_uids(archive):
    issue = rich_issue()
    issue_id = archive.save_issue(issue)
    other_id = archive.save_issue(plain_issue(7, dt.date(2022, 1, 1), ["另一期的条目。"]))

    edited = archive.load_issue(issue_id)
    kept = uids(edited)
    edited.sections.reverse()  # reorder sections
    moved = edited.sections[1].entries.pop(0)  # move an entry to another section
    edited.sections[2].entries.insert(1, moved)
    first = edited.sections[2].entries[0]
    assert isinstance(first, Item)
    first.body = (Run("改写后的"), Run("条目", True), Run("内容。"))  # edit
    first.unit = "召陵区"
    removed = edited.sections[0].entries.pop()  # delete the article
    edited.sections[0].entries.append(item("11月20日，新增的一条。"))  # add
    edited.sections[0].title = "经验交流"
    edited.date = dt.date(2022, 11, 22)
    edited.special = None
    edited.signoff.signers = ["新签发人"]
    edited.distribution.append(DistributionLine("抄送", "市政府办公室。"))

    assert archive.save_issue(edited) == issue_id
    assert edited.id == issue_id
    reloaded = archive.load_issue(issue_id)
    assert reloaded == edited
    assert uids(reloaded) == uids(edited)
    assert set(kept) - {removed.uid} <= set(uids(reloaded))
    assert [s.id for s in archive.list_issues()] == [issue_id, other_id]
    assert archive.load_issue(other_id).sections[0].entries[0].text == "另一期的条目。"


def test_saving_a_new_issue_inserts_and_saving_again_updates(archive):
    issue = plain_issue(1, dt.date(2023, 3, 1), ["第一条。"])
    assert issue.id is None
    issue_id = archive.save_issue(issue)
    issue.sections[0].entries.append(item("第二条。"))
    assert archive.save_issue(issue) == issue_id
    assert len(archive.list_issues()) == 1
    assert archive.list_issues()[0].entry_count == 2


def test_repeated_uids_within_an_issue_are_made_unique(archive):
    issue = plain_issue(1, dt.date(2023, 3, 1), ["原条目。"])
    twin = copy.deepcopy(issue.sections[0].entries[0])
    issue.sections[0].entries.append(twin)  # pasted twice: same uid
    archive.save_issue(issue)
    loaded = archive.load_issue(issue.id)
    assert loaded == issue and len(set(uids(loaded))) == 3 and uids(loaded) == uids(issue)


def test_duplicate_number_is_refused_unless_replaced(archive):
    first = rich_issue()
    first_id = archive.add_issue(first)
    again = plain_issue(52, dt.date(2022, 11, 30), ["重新导入的内容。"])
    with pytest.raises(DuplicateIssueError) as refused:
        archive.add_issue(again)
    assert refused.value.existing.id == first_id and refused.value.existing.number == 52
    assert "第52期" in refused.value.message and str(refused.value) == refused.value.message
    assert again.id is None
    assert archive.load_issue(first_id) == first

    assert archive.add_issue(again, replace=True) == first_id
    assert again.id == first_id
    assert archive.load_issue(first_id) == again
    assert len(archive.list_issues()) == 1
    # the same number in another series is another issue
    assert archive.add_issue(plain_issue(52, dt.date(2022, 11, 30), ["别的刊物。"], series="西城区工作简报")) != first_id


def test_save_issue_refuses_a_number_taken_by_another_issue(archive):
    archive.save_issue(plain_issue(1, dt.date(2023, 1, 1), ["第一期。"]))
    second = plain_issue(2, dt.date(2023, 1, 8), ["第二期。"])
    second_id = archive.save_issue(second)
    second.number = 1
    second.sections[0].entries[0].body = (Run("改过的第二期。"),)
    with pytest.raises(DuplicateIssueError) as refused:
        archive.save_issue(second)
    assert refused.value.existing.number == 1
    stored = archive.load_issue(second_id)
    assert stored.number == 2 and stored.sections[0].entries[0].text == "第二期。"


def test_next_issue_continues_the_latest(archive):
    first = rich_issue(number=51, date=dt.date(2022, 11, 14))
    archive.save_issue(first)  # creates the series, taking its defaults from this issue
    latest = rich_issue(number=52)
    latest.sections = [Section("临时栏目", [item("只在这一期。")])]
    archive.save_issue(latest)
    archive.save_issue(plain_issue(3, dt.date(2023, 1, 1), ["另一刊物。"], series="西城区工作简报"))

    nxt = archive.next_issue(SERIES, today=dt.date(2022, 11, 28))
    assert nxt.id is None and nxt.series == SERIES and nxt.number == 53
    assert nxt.date == dt.date(2022, 11, 28)
    assert nxt.special is not None and (nxt.special.name, nxt.special.number) == ("安全生产大检查专刊", 35)
    assert nxt.office == latest.office and nxt.signoff == latest.signoff and nxt.distribution == latest.distribution
    assert nxt.signoff is not latest.signoff
    assert [s.title for s in nxt.sections] == ["安排部署", "隐患排查", "工作交流"]  # the series' defaults
    assert all(not s.entries for s in nxt.sections)
    assert len(archive.list_issues()) == 3  # not saved

    # without series defaults, the latest issue's section titles
    series = archive.get_series(SERIES)
    series.default_sections = []
    archive.save_series(series)
    assert [s.title for s in archive.next_issue(SERIES).sections] == ["临时栏目"]
    # "latest" is the highest number, not the newest date
    archive.save_issue(plain_issue(60, dt.date(2020, 1, 1), ["补录的旧期。"]))
    assert archive.next_issue(SERIES).number == 61
    assert archive.next_issue(SERIES).special is None  # 60 had no special series


def test_saved_defaults_give_new_issues_their_office_and_closing_block(archive):
    """存为本刊默认设置 promises that new issues start from what it saved: after it, a
    change made in one issue's closing block stays in that issue."""
    first = rich_issue(number=51, date=dt.date(2022, 11, 14))
    archive.save_issue(first)
    archive.save_defaults_from(first)
    latest = rich_issue(number=52)
    latest.office = "临时代发单位"
    latest.signoff = Signoff(["临时编辑"], ["临时审核"], ["临时签发"])
    latest.distribution = [DistributionLine("送", "只送这一期的单位。")]
    archive.save_issue(latest)
    nxt = archive.next_issue(SERIES, today=dt.date(2022, 11, 28))
    assert (nxt.office, nxt.signoff, nxt.distribution) == (first.office, first.signoff, first.distribution)
    assert nxt.number == 53  # the numbers still continue the latest issue
    # letting the defaults go: new issues follow the latest issue again
    series = archive.get_series(SERIES)
    series.numbering = None
    archive.save_series(series)
    again = archive.next_issue(SERIES, today=dt.date(2022, 11, 28))
    assert (again.office, again.signoff, again.distribution) == (latest.office, latest.signoff, latest.distribution)


def test_next_issue_without_a_series_name_and_in_an_empty_archive(archive):
    empty = archive.next_issue(today=dt.date(2024, 5, 6))
    assert empty.number == 1 and empty.date == dt.date(2024, 5, 6) and empty.sections == []
    archive.save_series(Series("新刊物", office="某办公室", default_sections=["要闻", "动态"]))
    fresh = archive.next_issue()
    assert (fresh.series, fresh.number, fresh.office) == ("新刊物", 1, "某办公室")
    assert [s.title for s in fresh.sections] == ["要闻", "动态"]
    archive.save_issue(plain_issue(9, dt.date(2023, 1, 1), ["唯一的一期。"]))
    assert (archive.next_issue().series, archive.next_issue().number) == (SERIES, 10)


def test_series_are_created_from_their_first_issue_and_can_be_edited(archive):
    assert archive.list_series() == [] and archive.get_series(SERIES) is None
    issue = rich_issue()
    archive.save_issue(issue)
    series = archive.get_series(SERIES)
    assert series == Series(SERIES, issue.office, ["安排部署", "隐患排查", "工作交流"], issue.signoff,
                            issue.distribution)
    series.signoff = Signoff(["新编辑"], [], [])
    archive.save_series(series)
    assert archive.get_series(SERIES).signoff.editors == ["新编辑"]
    archive.save_issue(rich_issue(number=53))  # an existing series keeps its settings
    assert archive.list_series() == [series]


def test_list_and_find_issues(archive):
    archive.save_issue(plain_issue(5, dt.date(2023, 2, 1), ["甲。", "乙。"]))
    archive.save_issue(plain_issue(6, dt.date(2023, 3, 1), ["丙。"]))
    archive.save_issue(plain_issue(7, dt.date(2023, 3, 1), ["丁。"]))
    archive.save_issue(plain_issue(6, dt.date(2022, 1, 1), ["戊。"], series="西城区工作简报"))
    listed = archive.list_issues()
    assert [(s.series, s.number) for s in listed] == [(SERIES, 7), (SERIES, 6), (SERIES, 5), ("西城区工作简报", 6)]
    assert [s.entry_count for s in listed] == [1, 1, 2, 1]
    assert listed[0].date == dt.date(2023, 3, 1) and listed[0].status == "draft" and listed[0].updated_at
    assert [s.series for s in archive.find_issues(6)] == [SERIES, "西城区工作简报"]
    assert [s.series for s in archive.find_issues(6, "西城区工作简报")] == ["西城区工作简报"]
    assert archive.find_issues(99) == []


def test_latest_issue_is_the_one_listed_first(archive):
    assert archive.latest_issue_id() is None
    archive.save_issue(plain_issue(9, dt.date(2023, 2, 1), ["甲。"]))
    newest = archive.save_issue(plain_issue(8, dt.date(2023, 3, 1), ["乙。"]))  # a later date beats a higher number
    assert archive.latest_issue_id() == newest == archive.list_issues()[0].id
    tie = archive.save_issue(plain_issue(10, dt.date(2023, 3, 1), ["丙。"]))  # same date: the higher number
    assert archive.latest_issue_id() == tie == archive.list_issues()[0].id


def test_delete_and_missing_issues(archive):
    issue_id = archive.save_issue(rich_issue())
    keep_id = archive.save_issue(plain_issue(1, dt.date(2021, 1, 1), ["保留的一期。"]))
    archive.delete_issue(issue_id)
    assert [s.id for s in archive.list_issues()] == [keep_id]
    assert archive.search("回头看") == []
    for call in (lambda: archive.load_issue(issue_id), lambda: archive.delete_issue(issue_id)):
        with pytest.raises(IssueNotFoundError) as missing:
            call()
        assert CJK.search(missing.value.message) and str(missing.value) == missing.value.message
    ghost = rich_issue()
    ghost.id = issue_id
    with pytest.raises(IssueNotFoundError):
        archive.save_issue(ghost)


def test_known_units_most_used_first(archive):
    archive.save_issue(plain_issue(1, dt.date(2023, 1, 1), [
        "1月2日，**舞阳县**开展检查。", "1月3日，**郾城区**召开会议。", "1月4日，**舞阳县**组织演练。",
        "没有单位的条目。",
    ]))
    archive.save_issue(plain_issue(2, dt.date(2023, 1, 8), ["1月5日，**舞阳县**复查。", "1月6日，**召陵区**检查。",
                                                             "1月7日，**召陵区**督导。"]))
    assert archive.known_units() == ["舞阳县", "召陵区", "郾城区"]


def test_readonly_archive_reads_but_refuses_writes(tmp_path):
    path = tmp_path / "archive.sqlite"
    with pytest.raises(ArchiveError) as missing:
        Archive.open(path, readonly=True)
    assert "不存在" in missing.value.message and not path.exists()
    with Archive.open(path, auto_backup=False) as archive:
        issue_id = archive.add_issue(rich_issue())
    with Archive.open(path, readonly=True) as archive:
        assert archive.readonly and archive.load_issue(issue_id) == rich_issue()
        for write in (lambda: archive.save_issue(rich_issue(number=53)), lambda: archive.delete_issue(issue_id),
                      lambda: archive.save_series(Series("新刊物"))):
            with pytest.raises(ArchiveError) as refused:
                write()
            assert "只读" in refused.value.message
        assert len(archive.list_issues()) == 1


def test_closed_archive_says_so(tmp_path):
    archive = Archive.open(tmp_path / "archive.sqlite", auto_backup=False)
    archive.close()
    archive.close()  # twice is fine
    with pytest.raises(ArchiveError) as closed:
        archive.list_issues()
    assert "已关闭" in closed.value.message


def test_an_items_number_is_stored_found_and_shown(archive):
    """The mark before an item's date (1．, ◆) survives the archive, edits of it are saved, it
    is in the JSON the command line shows, and the entry is counted for its unit."""
    from bulletin_desktop.core.issue_json import issue_from_dict, issue_to_dict

    issue = rich_issue()
    issue.sections[0].entries.append(Item(body=(Run("开展检查。"),), date="6月11日", unit="蔡都街道", mark="1．"))
    issue_id = archive.add_issue(issue)
    loaded = archive.load_issue(issue_id)
    assert loaded.sections[0].entries[-1].mark == "1．" and loaded == issue
    loaded.sections[0].entries[-1].mark = "◆"
    archive.save_issue(loaded)
    assert archive.load_issue(issue_id).sections[0].entries[-1].text == "◆6月11日，蔡都街道开展检查。"
    data = issue_to_dict(archive.load_issue(issue_id))
    shown = data["sections"][0]["entries"][-1]
    assert (shown["mark"], shown["date"], shown["unit"]) == ("◆", "6月11日", "蔡都街道")
    assert issue_from_dict(data) == archive.load_issue(issue_id)
    assert [hit.issue_id for hit in archive.search("蔡都街道")] == [issue_id]
