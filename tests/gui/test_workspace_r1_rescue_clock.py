"""The files a rescue or a restore leaves beside the archive (the damaged file, the file a
backup replaced, the salvaged copy while it is made) are named by the archive's clock, as
every other date the archive stores is: a test that sets the time knows their names."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.archive import salvage as salvage_module
from bulletin_desktop.gui.archive_tools.ages import age_text

from rescue_answers import answer_rescue, archive_with_a_backup, scribble_over_the_middle

SET_TIME = dt.datetime(2031, 7, 15, 8, 30, 5)  # far from any day the tests run on
STAMP = "20310715-083005"


@pytest.fixture
def clocked(monkeypatch):
    """Every ``Archive.open`` the window makes gets the test's clock."""
    opening = Archive.open.__func__  # type: ignore[attr-defined]

    def open_at_set_time(cls, path, **options):
        return opening(cls, path, **{**options, "clock": lambda: SET_TIME})

    monkeypatch.setattr(Archive, "open", classmethod(open_at_set_time))


def _damaged_window(qtbot, tmp_path, sample_issue, choose: str):
    from bulletin_desktop.gui.main_window import MainWindow

    path = tmp_path / "archive.sqlite"
    archive_with_a_backup(path, sample_issue, count=12)
    scribble_over_the_middle(path)
    win = MainWindow()
    qtbot.addWidget(win)
    answer_rescue(choose, {})
    assert win.open_archive(path)
    return win


def test_restoring_a_damaged_archive_keeps_it_under_the_clocks_time(qtbot, tmp_path, sample_issue, clocked):
    win = _damaged_window(qtbot, tmp_path, sample_issue, "restoreButton")
    assert [p.name for p in tmp_path.glob("archive-damaged-*.sqlite")] == [f"archive-damaged-{STAMP}.sqlite"]
    win.close()


def test_salvage_names_its_copy_and_the_damaged_file_by_the_clock(qtbot, tmp_path, sample_issue, clocked,
                                                                    monkeypatch):
    written = []
    real = salvage_module.salvage

    def salvage(source, output, **options):
        written.append(output.name)
        return real(source, output, **options)

    monkeypatch.setattr(salvage_module, "salvage", salvage)
    win = _damaged_window(qtbot, tmp_path, sample_issue, "salvageButton")
    assert written == [f"archive-salvaged-{STAMP}.sqlite"]
    assert [p.name for p in tmp_path.glob("archive-damaged-*.sqlite")] == [f"archive-damaged-{STAMP}.sqlite"]
    win.close()


def test_a_restored_backup_keeps_the_current_file_under_the_clocks_time(qtbot, archive_path, clocked, monkeypatch):
    from bulletin_desktop.gui.archive_tools.backup_dialog import BackupDialog
    from bulletin_desktop.gui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_archive(archive_path)
    dialog = BackupDialog(win)
    qtbot.addWidget(dialog)
    dialog.backup_now()
    assert age_text(SET_TIME, SET_TIME) in dialog.ui.backupList.topLevelItem(0).text(0)  # 刚才: by the archive's clock
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert dialog.restore_selected()
    assert [p.name for p in archive_path.parent.glob("archive-replaced-*.sqlite")] == [f"archive-replaced-{STAMP}.sqlite"]
    win.close()


def test_a_file_already_under_the_salvaged_name_is_kept_and_another_name_taken(qtbot, tmp_path, sample_issue,
                                                                               clocked, monkeypatch):
    """An earlier rescue at the same time (a clock that stands still, a process killed half-way)
    left its copy: the salvage neither refuses for it nor deletes it."""
    earlier = tmp_path / f"archive-salvaged-{STAMP}.sqlite"
    earlier.write_bytes(b"the clerk's earlier copy")
    written = []
    real = salvage_module.salvage

    def salvage(source, output, **options):
        written.append(output.name)
        return real(source, output, **options)

    monkeypatch.setattr(salvage_module, "salvage", salvage)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    win = _damaged_window(qtbot, tmp_path, sample_issue, "salvageButton")
    assert shown == [] and written == [f"archive-salvaged-{STAMP}-2.sqlite"]
    assert earlier.read_bytes() == b"the clerk's earlier copy"
    assert len(win.session.summaries()) > 0 and not win.session.archive.readonly
    win.close()


@pytest.mark.parametrize("with_backup", [True, False])
def test_enter_takes_the_way_offered_first(qtbot, tmp_path, sample_issue, with_backup):
    """The dialog opens with its default button focused: Enter restores the backup (or salvages
    when there is none), never opens 详细信息, the first button in the row."""
    from bulletin_desktop.core.archive import ArchiveCorruptError
    from bulletin_desktop.gui.archive_tools.rescue import RescueDialog

    path = tmp_path / "archive.sqlite"
    archive_with_a_backup(path, sample_issue, count=2)
    if not with_backup:
        for copy in (tmp_path / "archive-backups").iterdir():
            copy.unlink()
    dialog = RescueDialog(ArchiveCorruptError(path, "Page 3: btreeInitPage() returns error code 11", None))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    offered = dialog.ui.restoreButton if with_backup else dialog.ui.salvageButton
    assert dialog.focusWidget() is offered and offered.isDefault()
    qtbot.keyClick(offered, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.choice == ("restore" if with_backup else "salvage")
