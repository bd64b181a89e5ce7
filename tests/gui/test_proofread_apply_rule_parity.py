"""应用建议 in the window and ``check --apply`` on the command line follow one rule
(``core.edits.suggestion_changes``): the same suggestions leave the same issue (``show --json``),
in an entry's body and fields, an article's title and paragraphs, a section title, the masthead
and the closing block, with bold around the fixed text and inside it kept alike. The window
makes each fix one undo step."""
from __future__ import annotations

import copy
import datetime as dt
import json
import shutil

import pytest

from bulletin_desktop.cli import main
from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.model import (
    Article, DistributionLine, Issue, Item, Section, Signoff, Special,
)
from bulletin_desktop.core.positions import Position
from bulletin_desktop.core.proofread import report
from bulletin_desktop.core.richtext import parse_markup
from bulletin_desktop.gui.proofread.controller import Item as Finding

BODY = ("召开防汛调度会，研判当前**防汛形式**，接待**群众来**放3批次，下达整改通知书4分，"
        "要求各乡镇必**需**落实到位。")
LEAD = "**一是强化会商研判。**截止目前已组织会商6次,发布预警信息**12条**。"
# the text checks' suggestions in BODY and LEAD, by what each found
REAL = {"形式": "形势", "群众来放": "群众来访", "分": "份", "必需": "必须", "截止": "截至", ",": "，"}


def bulletin() -> Issue:
    return Issue(
        series="舞阳县防汛抗旱工作简报", number=17, date=dt.date(2026, 7, 14),
        office="舞阳县防汛抗旱指挥部办工室", marking="内部资料　注意报存",
        special=Special("讯期专刊", 3),
        signoff=Signoff(editors=["李敏"], reviewers=["王刚"], signers=["张建国"], others=["主编：赵晓锋"]),
        distribution=[DistributionLine("报：", "市防指办公室"),
                      DistributionLine("送：", "县委办、县政府办,各乡镇人民政府")],
        sections=[
            Section("工作动太", [
                Item(body=parse_markup(BODY), date="7月10号", unit="县水力局", mark="1."),
                Item(body=parse_markup("巡查河道堤防**46公里**，未发现险情。"), date="7月11日", unit="北舞渡镇"),
            ]),
            Section("经验交流", [
                Article(title="县应急局扎实推进汛期安全监官",
                        paragraphs=[parse_markup(LEAD), parse_markup("**二是**压实**包保责任**。")]),
            ]),
        ])


def run(db, capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main([argv[0], "--db", str(db), *argv[1:]])
    except SystemExit as exited:
        code = int(exited.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def shown(db, capsys) -> dict:
    code, out, _err = run(db, capsys, "show", "17", "--json")
    assert code == 0
    return json.loads(out)


@pytest.fixture
def twin_archives(tmp_path):
    """Two archives holding the same issue (the same ids and uids): one for the window, one
    for the command line."""
    window_db, cli_db = tmp_path / "window.sqlite", tmp_path / "cli.sqlite"
    with Archive.open(window_db, auto_backup=False, backup_on_close=False) as archive:
        archive.add_issue(bulletin())
    shutil.copyfile(window_db, cli_db)
    return window_db, cli_db


@pytest.fixture
def open_window(qtbot):
    from bulletin_desktop.gui.main_window import MainWindow

    opened = []

    def open_on(path):
        win = MainWindow()
        qtbot.addWidget(win)
        win.resize(1400, 900)
        assert win.open_archive(path)
        win.show()
        qtbot.waitExposed(win)
        qtbot.waitUntil(lambda: win.document.issue is not None and win.proofreading is not None)
        opened.append(win)
        return win

    yield open_on
    for win in opened:
        win.close()


def _closed(window) -> None:
    window.save_now()
    window.close()


# -- the text checks' own suggestions -------------------------------------------------

def test_the_checks_suggestions_leave_the_same_issue_in_the_window_and_on_the_command_line(
        qtbot, twin_archives, open_window, capsys):
    window_db, cli_db = twin_archives
    code, out, _err = run(cli_db, capsys, "check", "17", "--json")
    numbers = [f["number"] for f in json.loads(out) if REAL.get(f["found"]) == f["suggestion"]]
    assert len(numbers) == len(REAL)
    code, out, _err = run(cli_db, capsys, "check", "17", "--apply", *map(str, numbers), "--json")
    assert sorted(f["found"] for f in json.loads(out)["applied"]) == sorted(REAL)

    window = open_window(window_db)
    controller = window.proofreading
    stack = window.document.undo_stack
    for found, suggestion in REAL.items():
        qtbot.waitUntil(lambda: any((i.found, i.suggestion) == (found, suggestion)  # noqa: B023
                                    for i in controller.items))
        item = next(i for i in controller.items if (i.found, i.suggestion) == (found, suggestion))
        steps = stack.index()
        assert controller.apply(item)
        assert stack.index() == steps + 1  # one step for each fix
    _closed(window)

    issue = shown(window_db, capsys)
    assert issue == shown(cli_db, capsys)
    body, lead = issue["sections"][0]["entries"][0]["markup"], issue["sections"][1]["entries"][0]["paragraphs"][0]
    # bold around the fix stays round it; a fix across a bold edge takes its first character's weight
    assert "**防汛形势**" in body and "**群众来访**3批次" in body and "4份" in body and "必须落实" in body
    assert lead == "**一是强化会商研判。**截至目前已组织会商6次，发布预警信息**12条**。"


# -- places the text checks do not read yet: the same rule applies there ---------------

def _places(issue: Issue) -> list[tuple[Position, str, str]]:
    """(where, what is there, what goes in its place) in every kind of field."""
    dynamics, exchange = issue.sections
    entry, article = dynamics.entries[0], exchange.entries[0]

    def at(uid: str, field: str, text: str, found: str, suggestion: str, paragraph: int = 0):
        start = text.index(found)
        return Position(uid, field, start, start + len(found), paragraph), found, suggestion

    return [
        at(dynamics.uid, "section", dynamics.title, "动太", "动态"),
        at(entry.uid, "mark", entry.mark, ".", "．"),
        at(entry.uid, "date", entry.date, "号", "日"),
        at(entry.uid, "unit", entry.unit, "水力", "水利"),
        at(article.uid, "title", article.title, "监官", "监管"),
        at(article.uid, "paragraph", "二是压实包保责任。", "压实", "压紧压实", 1),  # bold on both sides
        at("", "marking", issue.marking, "报存", "保存"),
        at("", "special", issue.special.name if issue.special else "", "讯期", "汛期"),
        at("", "office", issue.office, "办工室", "办公室"),
        at("", "others", issue.signoff.others[0], "锋", "峰"),
        at("", "signers", issue.signoff.signers[0], "张建国", "张建华"),
        at("", "distribution", issue.distribution[1].text, ",", "，", 1),
    ]


def _finding(number: int, place: Position, found: str, suggestion: str) -> dict:
    return {"number": number, "section": None, "entry_index": 0, "entry_uid": place.uid, "field": place.field,
            "paragraph": place.paragraph, "found": found, "start": place.start, "end": place.end,
            "kind": "confusable", "rule": "TEST", "message": "测试用的提示", "suggestion": suggestion,
            "severity": "error"}


def _report_only(monkeypatch, places) -> None:
    """The command line's check reports these places (a check of those fields would)."""
    found = [(_finding(n, *place), None) for n, place in enumerate(places, 1)]
    monkeypatch.setattr(report, "issue_findings", lambda archive, issue, max_age=None: copy.deepcopy(found))


def test_every_kind_of_field_is_fixed_alike(qtbot, twin_archives, open_window, capsys, monkeypatch):
    window_db, cli_db = twin_archives
    window = open_window(window_db)
    issue = window.document.issue
    places = _places(issue)
    assert [_text(issue, place) for place, _f, _s in places] == [found for _p, found, _s in places]
    original = copy.deepcopy(issue)
    stack, controller = window.document.undo_stack, window.proofreading
    for place, found, suggestion in places:
        steps = stack.index()
        assert controller.apply(Finding("confusable", "TEST", "", found, suggestion, "error", None, 0, place, {}))
        assert stack.index() == steps + 1
    fixed = copy.deepcopy(window.document.issue)
    for _ in places:  # each fix is undone on its own, back to what was there
        stack.undo()
    assert window.document.issue == original
    for _ in places:
        stack.redo()
    assert window.document.issue == fixed
    _closed(window)

    _report_only(monkeypatch, places)
    code, out, err = run(cli_db, capsys, "check", "17", "--apply", *(str(n) for n in range(1, len(places) + 1)))
    assert code in (0, 1), err
    monkeypatch.undo()
    result = shown(window_db, capsys)
    assert result == shown(cli_db, capsys)
    assert result["sections"][0]["title"] == "工作动态"
    assert result["sections"][1]["entries"][0]["paragraphs"][1] == "**二是**压紧压实**包保责任**。"
    assert (result["office"], result["special"]["name"]) == ("舞阳县防汛抗旱指挥部办公室", "汛期专刊")


def _text(issue: Issue, place: Position) -> str:
    from bulletin_desktop.core.positions import text_at

    return text_at(issue, place)


def test_a_fix_that_no_longer_fits_is_refused_alike(qtbot, twin_archives, open_window, capsys, monkeypatch):
    """The text changed since it was checked, or the place is one only found (the bulletin's
    name): nothing changes, no undo step in the window, an error on the command line."""
    window_db, cli_db = twin_archives
    window = open_window(window_db)
    issue = window.document.issue
    stale = (Position(issue.sections[0].uid, "section", 2, 4), "动台", "动态")  # not what is there
    name = (Position("", "series", 0, 2), "舞阳", "舞钢")
    steps = window.document.undo_stack.index()
    for place, found, suggestion in (stale, name):
        assert not window.proofreading.apply(Finding("confusable", "TEST", "", found, suggestion, "error", None, 0,
                                                     place, {}))
    assert window.document.undo_stack.index() == steps
    _closed(window)

    _report_only(monkeypatch, [stale, name])
    for number in (1, 2):
        code, _out, err = run(cli_db, capsys, "check", "17", "--apply", str(number))
        assert code == 2 and "没有可以直接改正的建议" in err
    monkeypatch.undo()
    assert shown(cli_db, capsys) == shown(window_db, capsys)
