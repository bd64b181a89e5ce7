"""Exit codes say what kind of failure it was: 2 for a command written wrongly (options that
exclude each other), 1 for one the archive or the files refused; one Chinese line either way."""
from __future__ import annotations

import errno

import pytest

from bulletin_desktop.cli import main

from test_cli import imported_sample


@pytest.fixture
def db(tmp_path, sample_text):
    return imported_sample(tmp_path, sample_text)


@pytest.mark.parametrize("argv, said", [
    (["export", "52", "52", "-o", "{tmp}/x.docx"], "--dir"),
    (["export", "52", "-o", "{tmp}/x.txt", "--engine", "qt"], "--engine"),
    (["export", "52", "-o", "-", "--format", "docx"], "标准输出"),
    (["export", "52", "-o", "{tmp}/x.odt"], "--format"),
    (["export", "52", "-o", "{tmp}/x.pdf", "--format", "docx"], "扩展名"),
    (["search", "安全", "--year", "2022", "--to", "2022-12-31"], "--year"),
])
def test_options_that_do_not_go_together_are_a_usage_error(db, tmp_path, capsys, argv, said):
    assert main([argv[0], "--db", str(db), *(a.format(tmp=tmp_path) for a in argv[1:])]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("错误：") and said in err and err.count("\n") == 1
    assert list(tmp_path.glob("x.*")) == []


def test_export_onto_a_folder_says_it_is_a_folder_and_names_dir(db, tmp_path, capsys):
    folder = tmp_path / "出口 文件夹"
    folder.mkdir()
    assert main(["export", "--db", str(db), "52", "-o", str(folder)]) == 1
    err = capsys.readouterr().err
    assert "是一个文件夹" in err and "--dir" in err and "--format" not in err
    assert list(folder.iterdir()) == []


def test_a_file_error_without_a_file_name_has_no_empty_brackets(db, capsys, monkeypatch):
    from bulletin_desktop.cli import commands

    def fails(args):
        raise OSError(errno.ENOSPC, "No space left on device")  # writing to standard output

    monkeypatch.setitem(commands.COMMANDS, "list", fails)
    assert main(["list", "--db", str(db)]) == 1
    assert capsys.readouterr().err == "错误：文件操作失败：磁盘空间已满\n"


def test_a_refusal_to_replace_a_table_names_the_table_it_would_keep_both_as(db, tmp_path, capsys):
    table = tmp_path / "通报.csv"
    table.write_text("clerk's own", encoding="utf-8")
    assert main(["stats", "--db", str(db), "--period", "year", "--format", "csv", "-o", str(table)]) == 1
    err = capsys.readouterr().err
    assert "（如“通报（2）.csv”）请加 --keep-both" in err and ".docx" not in err


@pytest.mark.parametrize("argv", [["stats", "--from", "2022-13-01", "--to", "2023-01-01"],
                                  ["inbox", "list", "--from", "2022年2月30日"]])
def test_a_date_that_does_not_exist_is_a_usage_error_in_stats_and_the_inbox_too(db, capsys, argv):
    with pytest.raises(SystemExit) as stopped:
        main([argv[0], *argv[1:2], "--db", str(db), *argv[2:]] if argv[0] == "inbox" else [argv[0], "--db", str(db), *argv[1:]])
    assert stopped.value.code == 2 and "无法识别日期" in capsys.readouterr().err


def test_stats_names_a_bulletin_by_its_id_as_search_does(db, capsys):
    assert main(["stats", "--db", str(db), "--series", "id:1", "--from", "2022-11-01", "--to", "2022-11-30",
                 "--format", "json"]) == 0
    assert '"series": "漯河安全生产简报"' in capsys.readouterr().out
    assert main(["stats", "--db", str(db), "--series", "id:9", "--period", "2022"]) == 1
    assert "内部编号为 9" in capsys.readouterr().err
