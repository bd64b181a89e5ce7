"""--help tells what the arguments are and what the exit codes mean; series layout takes
--json like the other commands whose output is JSON."""
from __future__ import annotations

import json

import pytest

from bulletin_desktop.cli import main


def help_of(capsys, *argv: str) -> str:
    with pytest.raises(SystemExit) as exit_:
        main([*argv, "--help"])
    assert exit_.value.code == 0
    return capsys.readouterr().out


def test_the_top_level_help_lists_the_exit_codes(capsys):
    text = help_of(capsys)
    for code in ("0 完成", "1 出错或被拒绝", "2 命令写法有误", "130 按 Ctrl+C 中断", "141"):
        assert code in text


@pytest.mark.parametrize("argv, said", [
    (["import"], "要导入的文件，或文件夹"), (["export-year"], "汇编这一年"),
    (["archive", "restore"], "archive backups 列出的备份"), (["archive", "salvage"], "新档案库的文件名"),
    (["archive", "backup"], "--overwrite"),
])
def test_positional_arguments_are_explained(capsys, argv, said):
    assert said in help_of(capsys, *argv)


def test_series_layout_accepts_json(tmp_path, sample_text, capsys):
    db = tmp_path / "archive.sqlite"
    sample = tmp_path / "052.txt"
    sample.write_text(sample_text, encoding="utf-8")
    assert main(["import", "--db", str(db), str(sample)]) == 0
    capsys.readouterr()
    assert main(["series", "layout", "--db", str(db), "漯河安全生产简报", "--option", "red_rule_pt=3", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"red_rule_pt": 3.0}
