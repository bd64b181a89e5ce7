"""``--db``: a writing command makes an archive that is not there yet, but never the folders
for it: a folder that is not there is a mistyped path or a USB stick pulled out, and an empty
archive made there helps no one."""
from __future__ import annotations

import pytest

from bulletin_desktop.cli import main


@pytest.mark.parametrize("argv", [["series", "add", "防汛简报"], ["terms", "add", "县应急局", "县应急管理局"],
                                  ["proofread-settings", "--max-age-days", "40"]])
def test_an_archive_in_a_folder_that_is_not_there_is_not_made(tmp_path, capsys, argv):
    db = tmp_path / "U 盘" / "简报" / "档案库.sqlite"
    assert main([argv[0], "--db", str(db), *argv[1:]]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("错误：") and "不存在" in err and err.count("\n") == 1
    assert not (tmp_path / "U 盘").exists()


def test_an_archive_not_there_in_a_folder_that_is_is_made(tmp_path, capsys):
    db = tmp_path / "新档案库.sqlite"
    assert main(["series", "add", "--db", str(db), "防汛简报"]) == 0
    assert capsys.readouterr().out.startswith("已新建刊物") and db.is_file()
