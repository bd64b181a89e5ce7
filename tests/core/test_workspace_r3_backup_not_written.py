"""A command given one of an archive's backups with --db reads it (list, search, export) but
never writes to it: a backup changed is a backup no more. An export from it is not recorded
in it, and says so."""
from __future__ import annotations

from bulletin_desktop.cli import main
from bulletin_desktop.core.archive import Archive


def test_a_backup_is_read_and_exported_from_but_never_written(tmp_path, sample_issue, capsys):
    db = tmp_path / "a.sqlite"
    with Archive.open(db, auto_backup=False) as archive:
        archive.add_issue(sample_issue)
        taken = archive.backup_now(manual=True)
    before = taken.read_bytes()
    for argv in (["new"], ["delete", "52"], ["finalize", "52"], ["entry", "delete", "52", "1", "1"]):
        assert main([*argv, "--db", str(taken)]) == 1
        assert "的备份，不能修改" in capsys.readouterr().err
    assert main(["list", "--db", str(taken)]) == 0
    assert main(["export", "52", "--db", str(taken), "-o", str(tmp_path / "52.docx")]) == 0
    assert "这次导出没有记入其中" in capsys.readouterr().err
    assert (tmp_path / "52.docx").exists() and taken.read_bytes() == before
    with Archive.open(taken, readonly=True) as copy:
        assert copy.load_issue(copy.list_issues()[0].id).status == "draft"
