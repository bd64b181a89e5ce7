"""``archive backup`` to a folder that is not there (a USB stick pulled out) is refused: no
file named like the folder is written beside where it was, and none of its folders made."""
from __future__ import annotations

import pytest

from bulletin_desktop.cli import main

from test_cli import imported_sample


@pytest.mark.parametrize("written", ["gone_usb/", "gone_usb", "gone_usb/备份/副本.sqlite"])
def test_a_missing_folder_is_refused(tmp_path, sample_text, capsys, written):
    db = imported_sample(tmp_path, sample_text)
    capsys.readouterr()
    assert main(["archive", "--db", str(db), "backup", f"{tmp_path}/{written}"]) == 1
    captured = capsys.readouterr()
    assert "gone_usb 不存在（U 盘拔出了吗？）" in captured.err and captured.out == ""
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("gone_usb")]


def test_a_folder_there_gets_the_copy_and_a_file_name_is_the_copy(tmp_path, sample_text, capsys):
    db = imported_sample(tmp_path, sample_text)
    usb = tmp_path / "usb"
    usb.mkdir()
    capsys.readouterr()
    assert main(["archive", "--db", str(db), "backup", f"{usb}/"]) == 0
    [copy] = list(usb.iterdir())
    assert capsys.readouterr().out == f"已备份到：{copy}\n" and copy.name.startswith("archive-")
    assert main(["archive", "--db", str(db), "backup", str(usb / "副本.sqlite")]) == 0
    assert (usb / "副本.sqlite").is_file()
