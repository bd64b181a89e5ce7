"""Shared fixtures: Qt offscreen, an isolated data folder, the reference sample."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from numbered_archive import numbered_archive

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_PATH = ROOT / "resources" / "sample-luohe-052.txt"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    """No test may touch the real user's archive."""
    monkeypatch.setenv("BULLETIN_DESKTOP_DATA_DIR", str(tmp_path_factory.mktemp("userdata")))


@pytest.fixture
def sample_text() -> str:
    return SAMPLE_PATH.read_text(encoding="utf-8")


@pytest.fixture
def year_form_text() -> str:
    """A short bulletin numbered within its year next to its running number, with a print note."""
    return ("某某县应急管理工作简报\n2026年第6期（总第60期）\n某某县应急管理局　　2026年3月5日\n【动态】\n"
            "3月1日，某县开会。\n送：各乡镇。\n（共印35份）\n")


@pytest.fixture
def sample_issue(sample_text):
    from bulletin_desktop.core.textformat import read_text

    return read_text(sample_text)


@pytest.fixture(autouse=True)
def _clipboard_left_empty():
    """Mime data a test hands to the clipboard was created from Python; the clipboard would
    delete it only at process exit, after the interpreter is gone, and crash."""
    yield
    import sys

    if "PySide6.QtGui" in sys.modules:
        from PySide6.QtGui import QGuiApplication

        if QGuiApplication.instance() is not None:
            QGuiApplication.clipboard().clear()


@pytest.fixture(scope="session")
def thousand_issue_archive(tmp_path_factory) -> Path:
    """A 1,000-issue archive built once per session (one transaction: a few seconds).
    Tests copy it before touching it."""
    return numbered_archive(tmp_path_factory.mktemp("big") / "thousand.sqlite", 1000)


@pytest.fixture(scope="session")
def three_hundred_issue_archive(tmp_path_factory) -> Path:
    """Enough issues for the archive checks to run while the clerk switches issues."""
    return numbered_archive(tmp_path_factory.mktemp("three") / "three-hundred.sqlite", 300)


@pytest.fixture(scope="session")
def two_hundred_issue_archive(tmp_path_factory) -> Path:
    """Enough issues for a salvage to take a moment the window must live through."""
    return numbered_archive(tmp_path_factory.mktemp("mid") / "two-hundred.sqlite", 200)


@pytest.fixture
def answers_archive(tmp_path) -> Path:
    """Four issues for the clerk's answers to the archive checks: 郾城区 reports in each of
    the first three; number 4 has 偃城区 spelt once, an entry dated 40 days before the issue
    (10月12日 in an issue of 11月21日), and an inspection reused from number 1."""
    import datetime as dt

    from bulletin_desktop.core.archive import Archive
    from bulletin_desktop.core.model import Issue, Item, Section
    from bulletin_desktop.core.richtext import from_plain

    def entry(date: str, unit: str, body: str) -> Item:
        return Item(body=from_plain(body), date=date, unit=unit)

    inspection = "组织专家对金大地、永银化工等5家企业重大危险源问题隐患整改情况进行复查，对发现的问题现场交办。"
    weekly = ["召开燃气安全联席会议，部署本周燃气安全检查工作。", "组织粉尘涉爆企业负责人培训，参训80人。",
              "开展危化品运输车辆夜查，查处违规车辆3辆。"]
    path = tmp_path / "answers.sqlite"
    with Archive.open(path, auto_backup=False) as archive:
        for number, text in enumerate(weekly, 1):
            date = dt.date(2022, 10, 3) + dt.timedelta(days=7 * number)
            entries = [entry(f"{date.month}月{date.day - 1}日", "郾城区", text)]
            if number == 1:
                entries.append(entry("10月8日", "舞阳县", inspection))
            archive.add_issue(Issue("漯河安全生产简报", number, date, sections=[Section("隐患排查", entries)]))
        archive.add_issue(Issue("漯河安全生产简报", 4, dt.date(2022, 11, 21), sections=[Section("隐患排查", [
            entry("11月17日", "偃城区", "完成老旧小区燃气管道改造验收。"),
            entry("10月12日", "市消防救援支队", "开展高层建筑消防演练。"),
            entry("11月18日", "舞阳县", inspection.replace("复查", "抽查")),
        ])]))
    return path
