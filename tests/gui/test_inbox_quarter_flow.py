"""The inbox and the statistics view through the window, as a clerk works a quarter: files
as units send them (a chat paste, a mail with attachments, a red-headed Word file, two
counties both signing 县应急局), adopted into the issue of the last day of March and the
first of April, the figures cut at the quarter's end, the tables and the 通报 exported."""
from __future__ import annotations

import csv
import datetime as dt

import pytest
from PySide6.QtWidgets import QInputDialog

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.importing import read_file
from bulletin_desktop.core.inbox import get_submission
from bulletin_desktop.core.units import registry
from plain_docx import plain_docx

ISSUE = """驻马店安全生产简报

第{number}期

驻马店市安全生产委员会办公室

{date}

【工作动态】

{own}

【督导检查】

编辑：王伟 审核：李强 签发：张军
"""


@pytest.fixture
def archive_path(tmp_path):
    path = tmp_path / "archive.sqlite"
    with Archive.open(path, auto_backup=False) as archive:
        # registered before the issues come in, which would register each bold unit as printed
        for name, aliases in (("西平县", ["西平县应急管理局", "西平县应急局"]), ("上蔡县", ["上蔡县应急管理局", "上蔡县应急局"]),
                              ("市应急管理局", ["市应急局"])):
            registry.add_unit(archive, name, aliases=aliases)
        for number, date, own in ((4, "2026年3月31日", "3月27日，**西平县应急管理局**开展安全生产执法检查。"),
                                  (5, "2026年4月1日", "3月31日，**市应急局**召开一季度安全生产形势分析会。")):
            text = tmp_path / f"驻马店安全生产简报第{number}期.txt"
            text.write_text(ISSUE.format(number=number, date=date, own=own), encoding="utf-8")
            archive.add_issue(read_file(text).issue)
    return path




@pytest.fixture
def files(tmp_path):
    folder = tmp_path / "来稿"
    folder.mkdir()
    chat = folder / "微信.txt"
    chat.write_text("上蔡县应急局王芳 2026-03-30 09:12\n各位领导好，报送一条信息\n"
                    "3月29日，上蔡县应急管理局对5家“九小场所”开展消防安全检查。\n👍👍\n", encoding="utf-8")
    mail = folder / "邮件.txt"
    mail.write_text("发件人：西平县应急局 <xp@163.com>\n主题：西平县开展燃气安全检查\n"
                    "各位好：附件是我局本周信息，请查收。\n附件：1.西平县开展燃气安全检查.docx\n2.现场照片.jpg\n"
                    "西平县开展燃气安全检查\n3月19日，西平县对城区12家餐饮场所开展燃气安全检查。\n"
                    "县应急局 李明 电话：0396-6221234\n2026年3月20日\n", encoding="utf-8")
    word = plain_docx(folder / "上蔡县信息专报.docx", [
        "上蔡县应急管理局", "安全生产信息", "第3期", "上蔡县应急管理局　　2026年4月1日", "上蔡县召开安全生产月筹备会",
        "4月1日，上蔡县召开安全生产月活动筹备会。", "（县应急局供稿）"])
    unplaced = folder / "无名.txt"
    unplaced.write_text("开展冬季消防检查\n3月22日，县应急局对商场开展消防检查。\n县应急局\n2026年3月23日\n", encoding="utf-8")
    return chat, mail, word, unplaced


def _issue_id(window, number):
    return next(s.id for s in window.session.archive.list_issues() if s.number == number)


def _adopt(window, dock, monkeypatch, submission_id, issue_number, section):
    window.open_issue(_issue_id(window, issue_number))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (f"【{section}】", True))
    assert dock.adopt_to(submission_id)


def _figures(view, unit):
    row = view.report.row(unit)
    return None if row is None else (row.submitted, row.adopted_submissions, row.adopted, row.direct, row.points)


def test_a_quarter_of_submissions_adopted_counted_and_exported(qtbot, window, files, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr("bulletin_desktop.gui.dialogs.QMessageBox.warning", lambda p, t, text, *a: shown.append(text))
    window.show_view("inbox")
    dock = window.inbox_dock.content()
    ids = dock.import_files([files[0].parent])  # the folder, its files by name
    archive = window.session.archive
    got = {get_submission(archive, i).source: get_submission(archive, i) for i in ids}
    chat, mail, word, unplaced = (got[f.name] for f in files)
    assert (chat.unit, chat.received) == ("上蔡县", dt.date(2026, 3, 30))
    assert (mail.unit, mail.received, mail.title) == ("西平县", dt.date(2026, 3, 20), "西平县开展燃气安全检查")
    assert (word.unit, word.received) == ("上蔡县", dt.date(2026, 4, 1))
    assert unplaced.unit == "" and registry.find_unit(archive, "县应急局") is None
    assert shown == [f"第{unplaced.id}号来稿署名“县应急局”：落款没有写明是哪个县（区、乡镇）的单位，未登记为新单位"
                     "（各县都有同名单位）。请为它选择报送单位。"]

    _adopt(window, dock, monkeypatch, chat.id, 4, "工作动态")
    _adopt(window, dock, monkeypatch, mail.id, 4, "督导检查")
    _adopt(window, dock, monkeypatch, word.id, 5, "工作动态")
    window.save_now()
    entries = [e for _s, e in window.document.issue.entries()]
    assert [(e.kind, e.text) for e in entries][-1] == ("item", "4月1日，上蔡县召开安全生产月活动筹备会。")

    window.show_view("statistics")
    view = window.statistics_dock.content()
    view.set_range(dt.date(2026, 3, 1), dt.date(2026, 3, 31))  # March: 第4期, not 第5期 of April 1st
    assert _figures(view, "上蔡县") == (1, 1, 1, 0, 1)
    assert _figures(view, "西平县") == (1, 1, 2, 1, 2)
    assert _figures(view, "市应急管理局") == (0, 0, 0, 0, 0)
    # the one signed 县应急局 alone is in no unit's row, and the lead says so until its unit is given
    assert (view.report.total.submitted, view.report.total.adopted, view.report.without_unit) == (2, 3, 1)
    assert "另有1篇来稿尚未确定报送单位" in view.ui.leadValue.text()
    view.set_range(dt.date(2026, 4, 1), dt.date(2026, 6, 30))
    assert _figures(view, "上蔡县") == (1, 1, 1, 0, 1)
    assert _figures(view, "市应急管理局") == (0, 0, 1, 1, 1)
    view.set_range(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert _figures(view, "上蔡县") == (2, 2, 2, 0, 2) and view.report.row("上蔡县").rate == 1.0
    assert (view.report.total.submitted, view.report.total.adopted_submissions, view.report.total.adopted) == (3, 3, 5)

    # the clerk gives the unsigned one its unit: it counts for it at once
    from bulletin_desktop.core.inbox.submissions import edit_submission

    edit_submission(archive, unplaced.id, unit_id=registry.find_unit(archive, "西平县").id)
    qtbot.waitUntil(lambda: view.report.without_unit == 0 and _figures(view, "西平县") == (2, 1, 2, 1, 2), timeout=5000)

    view.ui.byCombo.setCurrentIndex(view.ui.byCombo.findData("category"))
    header, rows = view.table()
    counties = dict(zip(header, rows[[r[0] for r in rows].index("县区")]))
    assert (counties["单位数"], counties["报送（按收稿日期）"], counties["采用（按刊发日期）"]) == (2, 4, 4)
    out = tmp_path / "统计.csv"
    assert view.export(out, "csv")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle))[0] == header
    assert view.export(tmp_path / "统计.xlsx", "xlsx")
    notice = tmp_path / "通报.docx"
    assert view.export(notice, "docx")
    from docx import Document

    text = "\n".join(p.text for p in Document(str(notice)).paragraphs)
    assert "2026年各单位信息报送采用情况通报" in text and "共报送信息4篇" in text
