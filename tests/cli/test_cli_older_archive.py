"""An archive written by an older version of the program: the first command that reads it
upgrades it (after a copy into its backups folder), as the window does on opening, instead
of refusing every reading command until the window has opened it once."""
from __future__ import annotations

import json

import pytest
from older_archive import older_archive

from bulletin_desktop.cli import main
from bulletin_desktop.core.archive import Archive, backup
from bulletin_desktop.core.textformat import read_text


@pytest.fixture
def db(tmp_path, sample_text):
    path = tmp_path / "旧 档案库.sqlite"
    older_archive(path, read_text(sample_text))
    return path


@pytest.mark.parametrize("argv", [["list", "--json"], ["show", "52", "--json"], ["search", "化工园区", "--json"]])
def test_a_reading_command_upgrades_an_older_archive_and_reads_it(db, capsys, argv):
    assert main([argv[0], "--db", str(db), *argv[1:]]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)
    assert err.startswith("注意：") and "已升级" in err and err.count("\n") == 1
    assert list(backup.backups_dir_for(db).glob("*before*"))  # the copy before the upgrade
    with Archive.open(db, readonly=True, auto_backup=False) as archive:
        assert [s.number for s in archive.list_issues()] == [52]
    assert main([argv[0], "--db", str(db), *argv[1:]]) == 0
    assert capsys.readouterr().err == ""  # upgraded once


def test_a_copy_of_an_older_archive_is_written(db, tmp_path, capsys):
    copy = tmp_path / "副本.sqlite"
    assert main(["archive", "backup", "--db", str(db), str(copy)]) == 0
    with Archive.open(copy, readonly=True, auto_backup=False) as archive:
        assert [s.number for s in archive.list_issues()] == [52]
