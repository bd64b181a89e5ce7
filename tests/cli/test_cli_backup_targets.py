"""Where ``archive backup`` may put its copy: never over the archive itself (the copy is
renamed over its target, and a window still writing to the archive would then damage it),
never over a file already there unless asked, and ``archive restore`` of the archive onto
itself is refused."""
from __future__ import annotations

from pathlib import Path

import pytest

from bulletin_desktop.cli import main
from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.archive.file_ops import check_file

from test_cli import imported_sample


@pytest.fixture
def db(tmp_path, sample_text) -> Path:
    return imported_sample(tmp_path, sample_text)


def refused(capsys, *argv: str) -> str:
    assert main(list(argv)) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.startswith("错误：") and "Traceback" not in captured.err
    return captured.err


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", ".lock"])
def test_a_backup_onto_the_archive_or_its_side_files_is_refused_while_a_window_writes(db, tmp_path, capsys,
                                                                                       sample_text, suffix):
    target = db.with_name(db.name + suffix)
    with Archive.open(db, auto_backup=False) as window:  # holds the lock, its log not yet folded in
        window.save_issue(window.load_issue(1))
        before = target.read_bytes() if target.exists() else None
        err = refused(capsys, "archive", "--db", str(db), "backup", str(target))
        assert "档案库本身" in err and "没有备份" in err
        assert (target.read_bytes() if target.exists() else None) == before
        sample = tmp_path / "053.txt"
        sample.write_text(sample_text.replace("第52期", "第53期"), encoding="utf-8")
        from bulletin_desktop.core.importing import read_file

        window.add_issue(read_file(sample).issue)
    assert check_file(db).ok
    with Archive.open(db, readonly=True) as archive:
        assert sorted(s.number for s in archive.list_issues()) == [52, 53]


def test_a_backup_onto_the_archive_through_another_path_is_refused(db, tmp_path, capsys):
    link = tmp_path / "link.sqlite"
    link.symlink_to(db)
    err = refused(capsys, "archive", "--db", str(db), "backup", str(link))
    assert "档案库本身" in err
    assert link.is_symlink() and check_file(db).ok


def test_an_existing_file_is_kept_unless_overwrite_is_given(db, tmp_path, capsys):
    kept = tmp_path / "报告.sqlite"
    kept.write_text("别的文件", encoding="utf-8")
    err = refused(capsys, "archive", "--db", str(db), "backup", str(kept))
    assert "已经存在" in err and "--overwrite" in err
    assert kept.read_text(encoding="utf-8") == "别的文件"
    assert main(["archive", "--db", str(db), "backup", "--overwrite", str(kept)]) == 0
    assert str(kept) in capsys.readouterr().out
    with Archive.open(kept, readonly=True) as copy:
        assert [s.number for s in copy.list_issues()] == [52]


def test_restoring_the_archive_from_itself_is_refused_and_nothing_is_set_aside(db, tmp_path, capsys):
    err = refused(capsys, "archive", "--db", str(db), "restore", str(db))
    assert "档案库本身" in err
    assert not list(tmp_path.glob("archive-replaced-*"))


def test_salvage_does_not_write_the_new_archive_as_a_side_file_of_the_damaged_one(db, tmp_path, capsys):
    journal = db.with_name(db.name + "-journal")
    err = refused(capsys, "archive", "--db", str(db), "salvage", str(journal))
    assert "新的档案库" in err and not journal.exists()
