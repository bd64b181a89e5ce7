"""``search``'s and ``list``'s filters: dates in the forms the clerk writes them (as ``stats`` and
``masthead --date`` read them), a wrong one a usage error (2) as a wrong ``--year`` is, and
a bulletin's name the archive does not have refused instead of reading as "no hits"."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from bulletin_desktop.cli import main
from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.model import Issue, Item, Section
from bulletin_desktop.core.richtext import parse_markup


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "archive.sqlite"
    with Archive.open(path, auto_backup=False) as archive:
        for number, day in ((1, dt.date(2023, 3, 2)), (2, dt.date(2024, 5, 6))):
            items = [Item.from_rich(parse_markup(f"全市开展第{number}轮安全检查。"))]
            archive.add_issue(Issue(series="工作简报", number=number, date=day, sections=[Section("动态", items)]))
    return path


def search(db, capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(["search", "--db", str(db), "安全检查", *argv])
    except SystemExit as exited:  # argparse's own refusal
        code = int(exited.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("written", ["2024-01-01", "2024年1月1日", "2024/1/1", "2024.01.01"])
def test_a_date_is_read_in_the_forms_the_clerk_writes_it(db, capsys, written):
    code, out, err = search(db, capsys, "--from", written)
    assert code == 0 and err == ""
    assert "第2轮" in out and "第1轮" not in out


@pytest.mark.parametrize("argv", [["--from", "2024-13-01"], ["--to", "明天"], ["--year", "1800"],
                                  ["--year", "2024", "--from", "2024-01-01"],
                                  ["--from", "2024-06-01", "--to", "2024-01-01"]])
def test_a_wrong_date_or_year_is_a_usage_error_in_chinese(db, capsys, argv):
    code, out, err = search(db, capsys, *argv)
    assert code == 2 and out == ""
    assert "Traceback" not in err and "invalid" not in err and err.count("\n") <= 2


def test_an_empty_term_is_a_usage_error(db, capsys):
    assert main(["search", "--db", str(db), "  "]) == 2
    assert capsys.readouterr().err == "错误：检索词不能为空。\n"


def test_a_bulletin_the_archive_does_not_have_is_refused_not_searched(db, capsys):
    code, out, err = search(db, capsys, "--series", "工作简极")
    assert code == 1 and out == ""
    assert "工作简极" in err and "series list" in err
    code, out, _err = search(db, capsys, "--series", "工作简报")
    assert code == 0 and out.count("\n") == 2


def test_a_bulletin_is_named_by_its_id_too_as_the_series_commands_name_it(db, capsys):
    code, out, _err = search(db, capsys, "--series", "id:1")
    assert code == 0 and out.count("\n") == 2
    code, out, err = search(db, capsys, "--series", "id:7")
    assert code == 1 and out == "" and "7" in err


def test_export_year_names_a_bulletin_by_its_id_and_refuses_an_unknown_one(db, tmp_path, capsys):
    book = tmp_path / "2024年度汇编.docx"
    assert main(["export-year", "--db", str(db), "2024", "--series", "id:1", "-o", str(book)]) == 0
    assert book.is_file() and "工作简报 2024 年，共 1 期" in capsys.readouterr().out
    assert main(["export-year", "--db", str(db), "2024", "--series", "工作简极", "-o", str(tmp_path / "y.docx")]) == 1
    assert "工作简极" in capsys.readouterr().err and not (tmp_path / "y.docx").exists()


def test_a_list_cut_short_by_limit_says_so_on_stderr(db, capsys):
    code, out, err = search(db, capsys, "--limit", "1", "--json")
    assert code == 0 and len(json.loads(out)) == 1
    assert "只列出了前 1 条" in err and "--limit" in err
    code, out, err = search(db, capsys, "--limit", "2")
    assert code == 0 and out.count("\n") == 2 and err == ""



def test_a_very_long_term_not_found_is_quoted_short(db, capsys):
    assert main(["search", "--db", str(db), "检" * 20000]) == 0
    out = capsys.readouterr().out
    assert out.startswith("没有找到“检") and out.endswith("…”。\n") and len(out) < 60


def test_list_is_narrowed_to_a_bulletin_and_a_year(db, capsys):
    assert main(["series", "add", "--db", str(db), "防汛简报"]) == 0
    capsys.readouterr()
    assert main(["list", "--db", str(db), "--year", "2024", "--json"]) == 0
    assert [row["number"] for row in json.loads(capsys.readouterr().out)] == [2]
    assert main(["list", "--db", str(db), "--series", "id:1"]) == 0
    assert capsys.readouterr().out.count("\n") == 2
    assert main(["list", "--db", str(db), "--series", "防汛简报"]) == 0
    assert capsys.readouterr().out == "没有符合条件的一期。\n"
    assert main(["list", "--db", str(db), "--series", "工作简极"]) == 1
    assert "工作简极" in capsys.readouterr().err
