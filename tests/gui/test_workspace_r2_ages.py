"""How old a backup is reads in the window's language: an English window says “5 hours
ago”, never the command line's “5 小时前”; the Chinese window keeps its Chinese."""
from __future__ import annotations

import datetime as dt

import pytest

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.gui.application import install_translators

TAKEN = dt.datetime(2030, 3, 4, 9, 0, 0)


@pytest.fixture
def english(qapp):
    install_translators(qapp, "en")
    yield
    install_translators(qapp, "zh_CN")


@pytest.mark.parametrize(("later", "said"), [
    (dt.timedelta(days=3, hours=2), "3 days ago"),
    (dt.timedelta(days=1), "1 day ago"),
    (dt.timedelta(hours=5, minutes=59), "5 hours ago"),
    (dt.timedelta(minutes=1, seconds=30), "1 minute ago"),
    (dt.timedelta(seconds=20), "just now"),
])
def test_an_english_window_says_a_backups_age_in_english(english, later, said):
    from bulletin_desktop.gui.archive_tools.ages import age_text

    assert age_text(TAKEN, TAKEN + later) == said


def test_the_backup_list_of_an_english_window_has_no_chinese_age(english, qtbot, tmp_path, sample_issue, monkeypatch):
    from bulletin_desktop.gui.archive_tools.backup_dialog import BackupDialog
    from bulletin_desktop.gui.main_window import MainWindow

    path = tmp_path / "archive.sqlite"
    with Archive.open(path, auto_backup=False, clock=lambda: TAKEN) as archive:
        archive.add_issue(sample_issue)
        archive.backup_now()
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_archive(path)
    win.session.archive.clock = lambda: TAKEN + dt.timedelta(hours=5, minutes=3)
    dialog = BackupDialog(win)
    qtbot.addWidget(dialog)
    taken = dialog.ui.backupList.topLevelItem(0).text(0)
    assert "5 hours ago" in taken and "小时" not in taken
    win.close()


def test_the_command_line_keeps_its_chinese_age():
    from bulletin_desktop.core.archive.file_ops import age_text

    assert age_text(TAKEN, TAKEN + dt.timedelta(hours=5)) == "5 小时前"
    assert age_text(TAKEN, TAKEN + dt.timedelta(seconds=5)) == "刚才"
