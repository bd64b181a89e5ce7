"""The trash, 定稿 and the archive file on the command line, as a clerk or a script uses them."""
from __future__ import annotations

import json
import shutil

import pytest

from bulletin_desktop.cli import main
from bulletin_desktop.core.archive import Archive

from test_cli import run_cli


@pytest.fixture
def db(tmp_path):
    return tmp_path / "archive.sqlite"


@pytest.fixture
def imported(db, tmp_path, sample_text):
    source = tmp_path / "luohe-052.txt"
    source.write_text(sample_text, encoding="utf-8")
    assert main(["import", "--db", str(db), str(source)]) == 0
    return source


def show(db, ref, capsys) -> dict:
    capsys.readouterr()
    assert main(["show", "--db", str(db), ref, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def trash_list(db, capsys) -> list[dict]:
    capsys.readouterr()
    assert main(["trash", "list", "--db", str(db), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_delete_then_restore_gives_back_the_identical_issue(db, imported, tmp_path, capsys):
    assert main(["export", "--db", str(db), "52", "-o", str(tmp_path / "52.txt")]) == 0
    assert main(["finalize", "--db", str(db), "52"]) == 0 and main(["reopen", "--db", str(db), "52"]) == 0
    before = show(db, "52", capsys)
    assert before["exports"] and len(before["status_history"]) == 2

    assert main(["delete", "--db", str(db), "52"]) == 0
    assert "移入回收站" in capsys.readouterr().out
    assert main(["show", "--db", str(db), "52", "--json"]) == 1
    assert "没有第52期" in capsys.readouterr().err
    [item] = trash_list(db, capsys)
    assert item["kind"] == "issue" and "第52期" in item["label"] and item["deleted_at"]

    assert main(["trash", "restore", "--db", str(db), str(item["id"])]) == 0
    assert show(db, "52", capsys) == before
    assert trash_list(db, capsys) == []


def test_restoring_onto_a_taken_number_is_asked_for_another(db, imported, capsys):
    assert main(["delete", "--db", str(db), "52"]) == 0
    assert main(["import", "--db", str(db), str(imported)]) == 0  # number 52 is used again
    [item] = trash_list(db, capsys)
    result = run_cli("trash", "restore", "--db", str(db), str(item["id"]))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "第52期已被另一期" in result.stderr and "--number 53" in result.stderr
    assert main(["trash", "restore", "--db", str(db), str(item["id"]), "--number", "53"]) == 0
    assert show(db, "53", capsys)["sections"] == show(db, "52", capsys)["sections"]


def test_empty_and_unknown_items(db, imported, capsys):
    assert main(["delete", "--db", str(db), "52"]) == 0
    assert main(["trash", "empty", "--db", str(db)]) == 0
    assert "1 项" in capsys.readouterr().out
    result = run_cli("trash", "restore", "--db", str(db), "7")
    assert result.returncode == 1 and "回收站中没有编号为 7" in result.stderr


def test_a_final_issue_refuses_changes_until_reopened(db, imported, tmp_path, capsys):
    assert main(["finalize", "--db", str(db), "52"]) == 0
    capsys.readouterr()
    assert main(["list", "--db", str(db)]) == 0
    assert capsys.readouterr().out.rstrip("\n").endswith("\t定稿")
    data = show(db, "52", capsys)
    assert data["status"] == "final" and data["status_history"][0]["action"] == "finalized"
    result = run_cli("import", "--db", str(db), "--replace", str(imported))
    assert result.returncode == 1 and "已定稿，不能修改" in result.stderr and "reopen" in result.stderr
    result = run_cli("delete", "--db", str(db), "52")
    assert result.returncode == 1 and "已定稿" in result.stderr and "Traceback" not in result.stderr
    assert main(["reopen", "--db", str(db), "52"]) == 0
    assert main(["import", "--db", str(db), "--replace", str(imported)]) == 0
    assert [e["action"] for e in show(db, "52", capsys)["status_history"]] == ["finalized", "reopened"]
    assert main(["list", "--db", str(db)]) == 0
    assert "定稿" not in capsys.readouterr().out


def test_export_records_name_the_file_and_reexport_gives_the_same_text(db, imported, tmp_path, capsys):
    from docx import Document
    import hashlib

    first, second = tmp_path / "first.docx", tmp_path / "second.docx"
    assert main(["export", "--db", str(db), "52", "-o", str(first), "--option", "red_rule_pt=3"]) == 0
    assert main(["finalize", "--db", str(db), "52"]) == 0
    assert main(["export", "--db", str(db), "52", "-o", str(second), "--option", "red_rule_pt=3"]) == 0
    records = show(db, "52", capsys)["exports"]
    assert [r["file"] for r in records] == [str(first), str(second)]
    assert records[0]["sha256"] == hashlib.sha256(first.read_bytes()).hexdigest()
    assert records[0]["format"] == "docx" and records[0]["settings"]["red_rule_pt"] == 3

    def text(path):
        return "\n".join(p.text for p in Document(str(path)).paragraphs)

    assert text(first) == text(second) and "第52期" in text(first).replace(" ", "")


def test_check_backups_backup_restore_and_salvage(db, imported, tmp_path, capsys):
    assert main(["archive", "check", "--db", str(db)]) == 0
    assert "完好" in capsys.readouterr().out
    assert main(["archive", "backup", "--db", str(db)]) == 0
    usb = tmp_path / "usb" / "copy.sqlite"
    usb.parent.mkdir()
    assert main(["archive", "backup", "--db", str(db), str(usb)]) == 0
    capsys.readouterr()
    assert main(["archive", "backups", "--db", str(db), "--json"]) == 0
    backups = json.loads(capsys.readouterr().out)  # the one asked for (kept), and the first automatic one
    assert sorted((b["issues"], b["kind"]) for b in backups) == [(1, "manual"), (1, "rotating")]
    assert all(b["size"] > 0 for b in backups)
    listed = backups[0]
    assert main(["archive", "backups", "--db", str(db)]) == 0  # the newest issue in each, as the window lists it
    assert f"1 期\t《漯河安全生产简报》第52期（2022年11月21日）\t{listed['path']}" in capsys.readouterr().out

    assert main(["delete", "--db", str(db), "52"]) == 0
    assert main(["archive", "restore", "--db", str(db), listed["path"]]) == 0
    out = capsys.readouterr().out
    kept = [p for p in tmp_path.glob("archive-replaced-*.sqlite")]
    assert len(kept) == 1 and str(kept[0]) in out
    with Archive.open(kept[0], readonly=True) as aside:  # the file that was replaced: as it was
        assert aside.list_issues() == [] and len(aside.trash_items()) == 1
    assert show(db, "52", capsys)["number"] == 52

    damaged = tmp_path / "damaged.sqlite"
    shutil.copyfile(usb, damaged)
    with open(damaged, "r+b") as handle:
        handle.seek(4096 * 2)
        handle.write(b"\xff" * 4096 * 3)
    result = run_cli("archive", "check", "--db", str(damaged))
    assert result.returncode == 1 and "已损坏" in result.stderr and "Traceback" not in result.stderr
    assert "btree" not in result.stderr.lower() and "archive salvage" in result.stderr
    result = run_cli("archive", "salvage", "--db", str(damaged), str(tmp_path / "saved.sqlite"))
    # the only issue was on the damaged pages: nothing to rescue, so no empty archive either
    assert result.returncode == 1 and "一期也没有读出" in result.stderr and "Traceback" not in result.stderr
    assert damaged.exists() and not (tmp_path / "saved.sqlite").exists()


def test_restore_is_refused_while_the_archive_is_open(db, imported, tmp_path):
    with Archive.open(db, auto_backup=False) as archive:
        backup = archive.backup_now()
        result = run_cli("archive", "restore", "--db", str(db), str(backup))
    assert result.returncode == 1 and "正被另一个简报编辑器使用" in result.stderr
    assert not list(tmp_path.glob("archive-replaced-*"))


def test_checking_an_archive_from_a_newer_version_does_not_offer_an_older_backup(db, imported, capsys):
    import sqlite3

    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    assert main(["archive", "check", "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "由更新版本的简报编辑器创建" in err and "请安装新版的简报编辑器" in err and "archive restore" not in err


def test_a_backup_into_a_folder_is_named_with_the_time_and_keeps_the_earlier_one(db, imported, tmp_path, capsys):
    usb = tmp_path / "U盘"
    usb.mkdir()
    earlier = usb / "archive-20200101-080000.sqlite"
    assert main(["archive", "backup", "--db", str(db), str(usb)]) == 0
    [copy] = usb.iterdir()
    assert copy.name.startswith("archive-") and copy.suffix == ".sqlite" and str(copy) in capsys.readouterr().out
    copy.rename(earlier)
    assert main(["archive", "backup", "--db", str(db), str(usb)]) == 0
    copies = sorted(usb.iterdir())
    assert len(copies) == 2 and earlier in copies
    for path in copies:
        with Archive.open(path, readonly=True) as archive:
            assert [s.number for s in archive.list_issues()] == [52]
