"""``--json`` is for scripts: every command that takes it prints JSON, whole, in the shape
its help names (import without --dry-run; new as show --json prints the issue)."""
from __future__ import annotations

import json

import pytest

from bulletin_desktop.cli import main

from test_cli import imported_sample, show_json


@pytest.fixture
def db(tmp_path, sample_text):
    return imported_sample(tmp_path, sample_text)


def test_import_json_lists_each_file_imported_or_refused(db, tmp_path, sample_text, capsys):
    again = tmp_path / "again.txt"
    again.write_text(sample_text, encoding="utf-8")
    other = tmp_path / "第53期 副本.txt"
    other.write_text(sample_text.replace("第52期", "第53期"), encoding="utf-8")
    capsys.readouterr()
    assert main(["import", "--db", str(db), str(again), str(other), "--json"]) == 1
    out, err = capsys.readouterr()
    rows = json.loads(out)
    assert [set(row) for row in rows] == [{"file", "id", "series", "number", "number_line", "date", "warnings",
                                           "error"}] * 2
    refused, imported = rows
    assert refused["id"] is None and "--replace" in refused["error"] and refused["error"] in err
    assert imported["file"] == str(other) and imported["error"] is None
    assert (imported["series"], imported["number"], imported["date"]) == ("漯河安全生产简报", 53, "2022-11-21")
    assert show_json(db, f"id:{imported['id']}", capsys)["number"] == 53


def test_import_json_of_nothing_imported_is_an_empty_list(db, tmp_path, capsys):
    empty = tmp_path / "空文件夹"
    empty.mkdir()
    capsys.readouterr()
    assert main(["import", "--db", str(db), str(empty), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_new_json_is_show_json_of_the_new_issue(db, capsys):
    capsys.readouterr()
    assert main(["new", "--db", str(db), "--json"]) == 0
    made = json.loads(capsys.readouterr().out)
    assert made == show_json(db, f"id:{made['id']}", capsys)
    assert made["status_history"] == [] and made["exports"] == []


def test_list_json_names_each_issue_as_show_json_does(db, tmp_path, year_form_text, capsys):
    source = tmp_path / "第60期.txt"
    source.write_text(year_form_text, encoding="utf-8")
    assert main(["import", "--db", str(db), str(source)]) == 0
    capsys.readouterr()
    assert main(["list", "--db", str(db), "--json"]) == 0
    for row in json.loads(capsys.readouterr().out):
        shown = show_json(db, f"id:{row['id']}", capsys)
        for key in ("series", "series_id", "number", "number_line", "year_number", "special", "date", "office",
                    "status"):
            assert row[key] == shown[key], key


def test_a_folder_with_nothing_to_import_is_said_on_stderr(db, tmp_path, sample_text, capsys):
    drop = tmp_path / "来稿 汇总"
    (drop / "2022年").mkdir(parents=True)
    (drop / "2022年" / "第53期.txt").write_text(sample_text.replace("第52期", "第53期"), encoding="utf-8")
    (drop / "照片.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    capsys.readouterr()
    assert main(["import", "--db", str(db), str(drop), "--json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out) == []
    assert err.count("\n") == 1 and str(drop) in err and "没有可以导入的文件" in err and "1 个子文件夹" in err


def test_what_to_check_after_an_import_goes_to_stderr_and_stdout_keeps_the_rows(db, tmp_path, sample_text, capsys):
    text = sample_text.replace("2022年11月21日", "2022年11月21日\n\n送：市委办公室、市政府办公室", 1)
    source = tmp_path / "第78期.txt"
    source.write_text(text.replace("第52期", "第78期"), encoding="utf-8")
    capsys.readouterr()
    assert main(["import", "--db", str(db), str(source), "--dry-run"]) == 0
    out, err = capsys.readouterr()
    assert "注意" not in out and err.startswith("注意：第78期.txt：") and "分送名单" in err
    assert main(["import", "--db", str(db), str(source)]) == 0
    out, err = capsys.readouterr()
    assert [len(row.split("\t")) for row in out.splitlines()] == [4]
    assert err.startswith("注意：第78期.txt：") and "分送名单" in err
