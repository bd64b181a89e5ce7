"""Ordinary mistakes on the command line get one Chinese sentence on stderr and exit 1:
never a traceback, an English message, a Python type name or 内部错误."""
from __future__ import annotations

from pathlib import Path

import pytest

from bulletin_desktop.cli import main
from bulletin_desktop.core.archive import Archive

from test_cli import imported_sample


@pytest.fixture
def db(tmp_path, sample_text) -> Path:
    return imported_sample(tmp_path, sample_text)


def refused(capsys, *argv: str) -> str:
    """stderr of a command that must fail with exit code 1 and a plain Chinese message."""
    assert main(list(argv)) == 1
    err = capsys.readouterr().err
    assert err.startswith(("错误：", "未导入")), err
    assert "内部错误" not in err and "Traceback" not in err and "Errno" not in err
    return err


def test_series_layout_refuses_an_option_out_of_range(db, capsys):
    err = refused(capsys, "series", "layout", "--db", str(db), "漯河安全生产简报", "--option", "body_size_pt=0")
    assert "body_size_pt" in err and "5 到 72" in err
    with Archive.open(db, readonly=True) as archive:
        assert archive.series_layout(archive.load_issue(1).series_id) == {}


@pytest.mark.parametrize("option", ["red_rule_pt=nan", "lines_per_page=100000", "red=notacolor", "page_width_mm=0",
                                    "masthead_fallback_sizes_pt=abc"])
def test_export_refuses_a_bad_option_and_writes_nothing(db, tmp_path, capsys, option):
    out = tmp_path / "x.docx"
    err = refused(capsys, "export", "--db", str(db), "52", "-o", str(out), "--option", option)
    assert option.split("=")[0] in err and "应为float" not in err
    assert not out.exists()


def test_export_refuses_a_settings_file_that_is_not_a_regular_file(db, tmp_path, capsys):
    err = refused(capsys, "export", "--db", str(db), "52", "-o", str(tmp_path / "x.docx"), "--settings", "/dev/zero")
    assert "不是普通文件" in err
    err = refused(capsys, "export", "--db", str(db), "52", "-o", str(tmp_path / "x.docx"), "--settings", str(tmp_path))
    assert "文件夹" in err


HUGE = "99999999999999999999"


@pytest.mark.parametrize("argv", [
    ["show", HUGE], ["show", f"id:{HUGE}"], ["delete", HUGE], ["finalize", HUGE], ["reopen", HUGE],
    ["masthead", HUGE], ["series", "defaults", "--from-issue", HUGE], ["series", "layout", f"id:{HUGE}"],
])
def test_a_huge_issue_number_or_id_is_refused_in_chinese(db, capsys, argv):
    refused(capsys, argv[0], "--db", str(db), *argv[1:])


@pytest.mark.parametrize("argv", [
    ["trash", "restore", HUGE], ["trash", "restore", "1", "--number", "-7"], ["trash", "restore", "1", "--number", "0"],
    ["trash", "restore", "1", "--number", HUGE], ["inbox", "show", HUGE], ["inbox", "edit", HUGE, "--title", "x"],
    ["inbox", "adopt", HUGE, "--issue", "52", "--section", "x"], ["ignores", "remove-here", "52", HUGE],
    ["search", "安全", "--limit", HUGE], ["export-year", HUGE, "-o", "y.docx"],
])
def test_a_number_argument_out_of_range_is_a_usage_error_in_chinese(db, capsys, argv):
    with pytest.raises(SystemExit) as exited:
        main([argv[0], "--db", str(db), *argv[1:]])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "不在" in err or "没有这么大" in err
    assert "Overflow" not in err and "invalid" not in err


def test_import_refuses_the_file_with_a_huge_number_and_goes_on_with_the_batch(db, tmp_path, sample_text, capsys):
    copies = tmp_path / "copies.txt"
    copies.write_text(sample_text.replace("第52期", "第81期") + f"\n（共印{HUGE}份）\n", encoding="utf-8")
    zero = tmp_path / "zero.txt"
    zero.write_text(sample_text.replace("第52期", "第0期"), encoding="utf-8")
    good = tmp_path / "a80.txt"
    good.write_text(sample_text.replace("第52期", "第80期"), encoding="utf-8")
    assert main(["import", "--db", str(db), str(copies), str(zero), str(good)]) == 1
    captured = capsys.readouterr()
    assert "未导入：copies.txt：印数" in captured.err and "未导入：zero.txt：期号 0" in captured.err
    assert "第80期" in captured.out


def test_trash_restore_refuses_an_issue_number_out_of_range(db, capsys):
    assert main(["delete", "--db", str(db), "52"]) == 0
    capsys.readouterr()
    with pytest.raises(SystemExit):
        main(["trash", "restore", "--db", str(db), "1", "--number", "-7"])
    with Archive.open(db, readonly=True) as archive:
        assert archive.list_issues() == []


def test_export_onto_a_named_pipe_is_refused_and_a_link_is_written_through(db, tmp_path, capsys):
    import os

    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    err = refused(capsys, "export", "--db", str(db), "52", "--format", "txt", "-o", str(fifo))
    assert "不是普通文件" in err and fifo.is_fifo()
    real = tmp_path / "real.txt"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to("real.txt")
    assert main(["export", "--db", str(db), "52", "--format", "txt", "-o", str(link), "--overwrite"]) == 0
    assert link.is_symlink() and "漯河安全生产简报" in real.read_text(encoding="utf-8")


def test_a_screenshot_into_a_missing_folder_is_refused_as_export_refuses_it(tmp_path, capsys):
    out = tmp_path / "missing" / "x.png"
    assert main(["gui", "--db", str(tmp_path / "a.sqlite"), "--screenshot", str(out)]) == 1
    assert "文件夹不存在" in capsys.readouterr().err
    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize("argv", [["import", ""], ["inbox", "add", ""], ["check", "--text-file", ""],
                                  ["archive", "restore", ""], ["import", "--dry-run", ""]])
def test_an_empty_path_is_refused_not_taken_for_the_current_folder(db, tmp_path, sample_text, capsys, monkeypatch, argv):
    (tmp_path / "cwd").mkdir()
    (tmp_path / "cwd" / "s60.txt").write_text(sample_text.replace("第52期", "第60期"), encoding="utf-8")
    monkeypatch.chdir(tmp_path / "cwd")
    with pytest.raises(SystemExit) as exited:
        main([argv[0], "--db", str(db), *argv[1:]])
    assert exited.value.code == 2
    assert "路径是空的" in capsys.readouterr().err
    with Archive.open(db, readonly=True) as archive:
        assert len(archive.list_issues()) == 1


@pytest.mark.parametrize("argv", [["import", "--dry-run"], ["import"], ["inbox", "add"], ["check", "--text-file"]])
def test_a_named_pipe_or_a_device_is_refused_before_it_is_read(db, tmp_path, capsys, argv):
    import os

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    for target in (fifo, "/dev/zero"):
        code = main([argv[0], "--db", str(db), *argv[1:], str(target)])
        assert code in (1, 2)  # check's exit code for a refused run is 2
        err = capsys.readouterr().err
        assert "不是普通文件" in err and "Traceback" not in err


def test_check_text_file_on_a_folder_is_said_in_chinese(db, tmp_path, capsys):
    assert main(["check", "--db", str(db), "--text-file", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "这是一个文件夹" in err and "Is a directory" not in err


@pytest.mark.parametrize("argv", [["series", "add", "a\x01b"], ["series", "add", "字" * 30000],
                                  ["series", "rename", "漯河安全生产简报", "漯河安全\n【生产】简报"]])
def test_series_names_are_one_short_line(db, capsys, argv):
    refused(capsys, argv[0], "--db", str(db), *argv[1:])
    with Archive.open(db, readonly=True) as archive:
        assert [s.name for s in archive.list_series()] == ["漯河安全生产简报"]


def test_stats_refuses_a_date_past_the_years_it_counts(db, capsys):
    """A usage error, as a date that does not exist is: exit 2 with the usage line."""
    with pytest.raises(SystemExit) as stopped:
        main(["stats", "--db", str(db), "--from", "2022-01-01", "--to", "9999-12-31"])
    err = capsys.readouterr().err
    assert stopped.value.code == 2 and "9999-12-31" in err and "年份" in err and "Traceback" not in err


def test_scoring_refuses_nan(db, capsys):
    err = refused(capsys, "scoring", "--db", str(db), "set", "item", "nan")
    assert "NOT NULL" not in err and "0 到 1000" in err


@pytest.mark.parametrize("argv", [["archive", "check"], ["archive", "backups"], ["archive", "salvage", "{tmp}/new.sqlite"],
                                  ["archive", "restore", "{db}"]])
def test_archive_commands_on_a_folder_say_so_in_chinese(db, tmp_path, capsys, argv):
    folder = tmp_path / "adir"
    folder.mkdir()
    args = [a.format(tmp=tmp_path, db=db) for a in argv]
    err = refused(capsys, args[0], "--db", str(folder), *args[1:])
    assert "是一个文件夹，不是档案库文件" in err
    assert folder.is_dir() and list(folder.iterdir()) == []


def test_archive_restore_from_a_folder_is_refused(db, tmp_path, capsys):
    err = refused(capsys, "archive", "--db", str(db), "restore", str(tmp_path))
    assert "是一个文件夹" in err


@pytest.mark.parametrize("where, reason", [("afile/new.sqlite", "路径中的某一级是文件"), ("nodir/new.sqlite", "文件夹不存在")])
def test_salvage_into_a_place_that_cannot_hold_it_is_refused_before_it_starts(db, tmp_path, capsys, where, reason):
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    err = refused(capsys, "archive", "--db", str(db), "salvage", str(tmp_path / where))
    assert reason in err and "Not a directory" not in err


def test_a_salvage_that_reads_no_issue_fails(db, tmp_path, capsys, monkeypatch):
    from bulletin_desktop.core.archive import salvage as salvage_module

    def nothing_read(source, output, progress=None):
        raise salvage_module.NothingSalvaged(source, 2)

    monkeypatch.setattr(salvage_module, "salvage", nothing_read)
    err = refused(capsys, "archive", "--db", str(db), "salvage", str(tmp_path / "new.sqlite"))
    assert "一期也没有读出" in err and "2 期" in err


def test_export_year_refuses_a_name_of_another_format(db, tmp_path, capsys):
    err = refused(capsys, "export-year", "--db", str(db), "2022", "-o", str(tmp_path / "y.pdf"))
    assert ".docx" in err
    assert not (tmp_path / "y.pdf").exists()


def test_an_unexpected_file_error_is_said_in_chinese(db, capsys, monkeypatch):
    import errno

    from bulletin_desktop.cli import commands

    def fails(args):
        raise IsADirectoryError(errno.EISDIR, "Is a directory", "somewhere")

    monkeypatch.setitem(commands.COMMANDS, "list", fails)
    assert main(["list", "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert err == "错误：文件操作失败：这是一个文件夹（somewhere）\n"


def test_inbox_adopt_twice_into_the_same_section_needs_again(db, tmp_path, sample_text, capsys):
    sub = tmp_path / "sub.txt"
    sub.write_text(sample_text.replace("第52期", "第53期"), encoding="utf-8")
    assert main(["inbox", "--db", str(db), "add", str(sub)]) == 0
    assert main(["inbox", "--db", str(db), "adopt", "1", "--issue", "52", "--section", "安排部署"]) == 0
    capsys.readouterr()
    with Archive.open(db, readonly=True) as archive:
        entries = archive.list_issues()[0].entry_count
    err = refused(capsys, "inbox", "--db", str(db), "adopt", "1", "--issue", "52", "--section", "安排部署")
    assert "这篇来稿已采用到第52期【安排部署】" in err and "--again" in err
    with Archive.open(db, readonly=True) as archive:
        assert archive.list_issues()[0].entry_count == entries
    assert main(["inbox", "--db", str(db), "adopt", "1", "--issue", "52", "--section", "安排部署", "--again"]) == 0
