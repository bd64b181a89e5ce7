"""The command line, driven as the clerk (or a script) would."""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from bulletin_desktop.cli import main
from bulletin_desktop.core.archive import Archive

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, env: dict | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bulletin_desktop", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout, env={**os.environ, **(env or {})})


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "archive.sqlite"


@pytest.fixture
def sample_file(tmp_path, sample_text) -> Path:
    path = tmp_path / "luohe-052.txt"
    path.write_text(sample_text, encoding="utf-8")
    return path


def imported_sample(tmp_path: Path, sample_text: str) -> Path:
    """An archive holding the sample, imported through the command line."""
    db = tmp_path / "archive.sqlite"
    sample = tmp_path / "052.txt"
    sample.write_text(sample_text, encoding="utf-8")
    assert main(["import", "--db", str(db), str(sample)]) == 0
    return db


def run_in(db: Path, capsys, *argv: str) -> tuple[int, str, str]:
    """``bulletin-desktop ARGV --db DB`` in this process: its exit code, stdout and stderr."""
    try:
        code = main([*argv, "--db", str(db)])
    except SystemExit as exited:
        code = int(exited.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def show_json(db: Path, ref: str, capsys) -> dict:
    assert main(["show", "--db", str(db), ref, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_import_then_show_json(db, sample_file, capsys):
    assert main(["import", "--db", str(db), str(sample_file)]) == 0
    out = capsys.readouterr().out
    issue_id = int(out.split("\t")[0])
    data = show_json(db, "52", capsys)
    assert data["id"] == issue_id
    assert (data["series"], data["number"], data["date"]) == ("漯河安全生产简报", 52, "2022-11-21")
    assert data["special"] == {"name": "安全生产大检查专刊", "number": 34}
    assert data["office"] == "漯河市安全生产委员会办公室"
    assert [len(s["entries"]) for s in data["sections"]] == [3, 1, 3, 1, 1]
    article = data["sections"][4]["entries"][0]
    assert article["kind"] == "article" and article["title"] == "源汇区老街街道聚力打造智慧消防安全防线"
    third = data["sections"][0]["entries"][2]
    assert third["markup"].startswith("11月18日，**西城区**")
    assert (third["date"], third["unit"]) == ("11月18日", "西城区") and third["body"].startswith("组织召开")
    assert data["signoff"] == {"editors": ["卜丹", "赵贺龙"], "reviewers": ["翟红伟"], "signers": ["孙全忠"], "others": []}
    assert [d["label"] for d in data["distribution"]] == ["送", "发"]
    assert show_json(db, f"id:{issue_id}", capsys) == data
    assert show_json(db, "漯河安全生产简报:52", capsys) == data


def test_import_export_txt_import_is_identical(db, tmp_path, sample_file, capsys):
    assert main(["import", "--db", str(db), str(sample_file)]) == 0
    capsys.readouterr()
    first = show_json(db, "52", capsys)
    out = tmp_path / "exported.txt"
    assert main(["export", "--db", str(db), "52", "--format", "txt", "-o", str(out)]) == 0
    second_db = tmp_path / "second.sqlite"
    capsys.readouterr()
    assert main(["import", "--db", str(second_db), str(out)]) == 0
    capsys.readouterr()
    second = show_json(second_db, "52", capsys)
    first.pop("id"), second.pop("id")
    assert first == second


def test_duplicate_import_is_refused_unless_replace(db, sample_file, capsys):
    assert main(["import", "--db", str(db), str(sample_file)]) == 0
    capsys.readouterr()
    assert main(["import", "--db", str(db), str(sample_file)]) == 1
    err = capsys.readouterr().err
    assert "第52期" in err and "--replace" in err
    assert main(["import", "--db", str(db), "--replace", str(sample_file)]) == 0
    capsys.readouterr()
    assert main(["list", "--db", str(db), "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1


def test_ambiguous_number_lists_candidates(db, tmp_path, sample_text, sample_file, capsys):
    other = tmp_path / "other.txt"
    other.write_text(sample_text.replace("漯河安全生产简报", "另一份简报", 1), encoding="utf-8")
    assert main(["import", "--db", str(db), str(sample_file), str(other)]) == 0
    capsys.readouterr()
    assert main(["show", "--db", str(db), "52", "--json"]) == 1
    err = capsys.readouterr().err
    assert "漯河安全生产简报:52" in err and "另一份简报:52" in err
    assert show_json(db, "另一份简报:52", capsys)["series"] == "另一份简报"


def test_list_and_search(db, sample_file, capsys):
    assert main(["import", "--db", str(db), str(sample_file)]) == 0
    capsys.readouterr()
    assert main(["list", "--db", str(db)]) == 0
    assert "漯河安全生产简报 第52期" in capsys.readouterr().out
    for query in ("燃气", "消防安全"):
        assert main(["search", "--db", str(db), query, "--json"]) == 0
        hits = json.loads(capsys.readouterr().out)
        assert hits, query
        assert all(query in h["snippet"][h["match_start"]:h["match_end"]] for h in hits)
    assert main(["search", "--db", str(db), "燃气"]) == 0
    assert "【燃气】" in capsys.readouterr().out


def test_explicit_db_starts_empty_default_db_holds_the_sample(db, sample_file, capsys):
    assert main(["import", "--db", str(db), str(sample_file)]) == 0
    assert main(["list", "--db", str(db), "--json"]) == 0
    capsys.readouterr()
    fresh = db.parent / "fresh.sqlite"
    assert main(["list", "--db", str(fresh), "--json"]) == 1  # an explicit path is not created by reading
    assert main(["import", "--db", str(fresh), str(sample_file)]) == 0  # importing creates it, empty but for this
    capsys.readouterr()
    assert main(["list", "--db", str(fresh), "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1
    assert main(["list", "--json"]) == 0  # the default archive, created on first use with the sample
    rows = json.loads(capsys.readouterr().out)
    assert [(r["series"], r["number"]) for r in rows] == [("漯河安全生产简报", 52)]


def test_read_commands_on_a_missing_archive_fail_clearly(tmp_path, capsys):
    assert main(["list", "--db", str(tmp_path / "nope.sqlite")]) == 1
    assert "档案库文件不存在" in capsys.readouterr().err
    assert not (tmp_path / "nope.sqlite").exists()


def _bad_inputs(tmp_path: Path) -> list[Path]:
    rng = random.Random(3)
    files = []

    def add(name: str, data: bytes) -> None:
        path = tmp_path / name
        path.write_bytes(data)
        files.append(path)

    add("empty.txt", b"")
    add("blank.txt", b"\n \n\t\n")
    add("binary.bin", bytes(rng.randrange(256) for _ in range(4096)))
    add("random-unicode.txt", "".join(chr(rng.randint(0x20, 0x2FFFF)) for _ in range(3000))
        .encode("utf-8", "surrogatepass").decode("utf-8", "replace").encode())
    add("latin1.txt", "Café bulletin n°5 ÿ".encode("latin-1"))
    add("masthead-only.txt", "某某简报\n\n第3期\n\n某某办公室\n\n2024年3月5日\n".encode())
    add("fake.docx", b"PK\x03\x04 not really a docx")
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as handle:  # sparse: several hundred MB without using the disk
        handle.truncate(400 * 1024 * 1024)
    files.append(huge)
    return files


def test_bad_inputs_end_in_clear_messages_and_leave_the_archive_sound(db, tmp_path, sample_file):
    assert run_cli("import", "--db", str(db), str(sample_file)).returncode == 0
    for path in _bad_inputs(tmp_path):
        result = run_cli("import", "--db", str(db), str(path))
        assert "Traceback" not in result.stderr, (path.name, result.stderr)
        if result.returncode == 0:
            assert path.name == "masthead-only.txt"
        else:
            assert result.returncode == 1
            assert result.stderr.startswith("未导入"), result.stderr
            assert any("\u4e00" <= ch <= "\u9fff" for ch in result.stderr)
    with Archive.open(db, readonly=True) as archive:
        assert archive.integrity_check() == "ok"
        assert sorted(s.number for s in archive.list_issues()) == [3, 52]


def test_usage_errors_are_chinese():
    result = run_cli("export", "52")
    assert result.returncode == 2
    assert "缺少参数" in result.stderr and "Traceback" not in result.stderr
    result = run_cli("frobnicate")
    assert result.returncode == 2 and "无效" in result.stderr


def test_version():
    import tomllib

    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    result = run_cli("--version")
    assert result.returncode == 0 and version in result.stdout


@pytest.mark.slow
def test_kill_during_long_import_loses_nothing_committed(db, tmp_path, sample_text):
    files = []
    for n in range(1, 301):
        path = tmp_path / f"issue-{n}.txt"
        path.write_text(sample_text.replace("第52期", f"第{n}期", 1), encoding="utf-8")
        files.append(str(path))
    proc = subprocess.Popen([sys.executable, "-m", "bulletin_desktop", "import", "--db", str(db), *files],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    reported = []
    for line in proc.stdout:
        reported.append(int(line.split("\t")[0]))
        if len(reported) == 40:
            break
    # (a second command waits for the first: test_cli_lock_wait.py)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    with Archive.open(db) as archive:  # the stale lock of the killed process is recovered
        assert archive.integrity_check() == "ok"
        stored = {s.id for s in archive.list_issues()}
    assert set(reported) <= stored
    assert len(stored) < 300


def test_export_errors_are_plain_chinese(db, tmp_path, sample_file, capsys):
    assert main(["import", "--db", str(db), str(sample_file)]) == 0
    capsys.readouterr()
    out = tmp_path / "x.docx"
    assert main(["export", "--db", str(db), "52", "-o", str(out), "--option", "red_rule_pt=thick"]) == 1
    err = capsys.readouterr().err
    assert "red_rule_pt" in err and "内部错误" not in err
    (tmp_path / "a-file").write_text("x", encoding="utf-8")  # a missing folder is made (test_export_folders_cli)
    assert main(["export", "--db", str(db), "52", "-o", str(tmp_path / "a-file" / "x.docx")]) == 1
    assert "路径中的某一级是文件" in capsys.readouterr().err
    assert main(["export", "--db", str(db), "99", "-o", str(out)]) == 1
    assert "第99期" in capsys.readouterr().err
    assert not out.exists()
    assert main(["export", "--db", str(db), "52", "-o", str(out), "--option", "red_rule_pt=3"]) == 0
    assert out.stat().st_size > 0


def test_import_word_and_dry_run_json(db, tmp_path, sample_issue, capsys):
    from bulletin_desktop.export.docx.writer import write_docx

    word = tmp_path / "第52期.docx"
    write_docx(sample_issue, word)
    assert main(["import", "--dry-run", "--json", str(word)]) == 0
    dry = json.loads(capsys.readouterr().out)
    assert dry.pop("warnings") == []
    assert dry.pop("layout") == {}  # 【】 headings, as the defaults print them
    assert not db.exists()  # nothing stored, no archive made
    assert main(["import", "--db", str(db), str(word)]) == 0
    capsys.readouterr()
    stored = show_json(db, "52", capsys)
    for key in ("id", "series_id"):  # the ids the archive gives
        stored.pop(key), dry.pop(key)
    assert (stored.pop("status_history"), stored.pop("exports")) == ([], [])  # what the archive records
    assert stored == dry


def test_import_reports_each_refusal_and_exits_1(db, tmp_path, sample_file, capsys):
    picture = tmp_path / "照片.docx"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    broken = tmp_path / "坏.docx"
    broken.write_bytes(b"PK\x03\x04 broken")
    assert main(["import", "--db", str(db), str(picture), str(sample_file), str(broken)]) == 1
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()[0].split("\t")) == 4
    refusals = captured.err.strip().splitlines()
    assert len(refusals) == 2 and "照片.docx" in refusals[0] and "坏.docx" in refusals[1]


def test_import_names_a_bulletin_whose_masthead_prints_no_name(tmp_path, capsys):
    """--series names the bulletin when the masthead has no name in text (a picture)."""
    source = tmp_path / "7.txt"
    source.write_text("第7期\n某某县应急管理局　　2024年3月5日\n【动态】\n3月1日，某县开会。\n", encoding="utf-8")
    db = tmp_path / "named.sqlite"
    assert main(["import", "--db", str(db), str(source)]) == 1
    assert "报头是图片时" in capsys.readouterr().err
    assert main(["import", "--db", str(db), "--series", "某某县安全生产简报", str(source)]) == 0
    out, err = capsys.readouterr()
    assert "某某县安全生产简报\t第7期" in out and "名称记为“某某县安全生产简报”" in err  # a note, on stderr


def test_dry_run_of_a_folder_lists_every_file(tmp_path, sample_text, capsys):
    folder = tmp_path / "往期"
    folder.mkdir()
    (folder / "a.txt").write_text(sample_text, encoding="utf-8")
    (folder / "b.txt").write_text(sample_text.replace("第52期", "第53期"), encoding="utf-8")
    (folder / "notes.md").write_text("不是简报", encoding="utf-8")
    assert main(["import", "--dry-run", "--json", str(folder)]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert [(d["number"], Path(d["file"]).name) for d in shown] == [(52, "a.txt"), (53, "b.txt")]


def test_import_word_from_the_command_line_process(db, tmp_path, sample_issue):
    from bulletin_desktop.export.docx.writer import write_docx

    word = tmp_path / "b.docx"
    write_docx(sample_issue, word)
    done = run_cli("import", "--db", str(db), str(word), str(tmp_path / "missing.docx"))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.strip().count("\n") == 0 and "missing.docx" in done.stderr


def test_search_filters_and_several_terms(db, tmp_path, sample_text, capsys):
    files = []
    for number, date in ((50, "2021年11月7日"), (51, "2022年11月14日"), (52, "2022年11月21日")):
        text = sample_text.replace("第52期", f"第{number}期").replace("2022年11月21日", date)
        path = tmp_path / f"{number}.txt"
        path.write_text(text, encoding="utf-8")
        files.append(str(path))
    assert main(["import", "--db", str(db), *files]) == 0
    capsys.readouterr()

    def numbers(*args: str) -> list[int]:
        assert main(["search", "--db", str(db), *args, "--json", "--limit", "500"]) == 0
        return sorted({h["number"] for h in json.loads(capsys.readouterr().out)})

    assert numbers("燃气") == [50, 51, 52]
    assert numbers("燃气", "--year", "2022") == [51, 52]
    assert numbers("燃气", "--from", "2022-11-15") == [52]
    assert numbers("燃气", "--to", "2022-11-14") == [50, 51]
    assert numbers("燃气", "--series", "漯河安全生产简报", "--year", "2021") == [50]
    assert main(["search", "--db", str(db), "燃气", "--series", "别的简报"]) == 1  # no such bulletin: said, not "no hits"
    assert "别的简报" in capsys.readouterr().err
    with Archive.open(db, readonly=True) as archive:
        some_unit = next(u for u in archive.known_units())
        section = archive.load_issue(archive.list_issues()[0].id).sections[0].title
    assert main(["search", "--db", str(db), "，", "--unit", some_unit, "--json", "--limit", "500"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits and sorted(h["number"] for h in hits) == sorted([50, 51, 52] * (len(hits) // 3))
    with Archive.open(db, readonly=True) as archive:
        for hit in hits:
            section_of_hit, row = archive.load_issue(hit["issue_id"]).find_entry(hit["entry_uid"])
            entry = section_of_hit.entries[row]
            # its bold unit, or the unit its text names as the unit directory counts it
            assert entry.unit == some_unit or some_unit in entry.text
    assert all(h["section"] == section for h in json.loads(
        run_cli("search", "--db", str(db), "安全 检查", "--section", section, "--json").stdout))
    # several terms: every one is in each hit, each marked in the text output
    assert main(["search", "--db", str(db), "燃气 安全", "--year", "2021"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all("【燃气】" in line and "【安全】" in line for line in lines)
    for bad, message in ((["--year", "2022", "--from", "2022-01-01"], "不能与"),
                         (["--from", "2022-13-01"], "无法识别日期“2022-13-01”"),
                         (["--from", "2022-12-01", "--to", "2022-01-01"], "晚于")):
        result = run_cli("search", "--db", str(db), "燃气", *bad)
        assert result.returncode != 0 and message in result.stderr and "Traceback" not in result.stderr


def test_export_several_issues_into_a_folder_and_a_year_compilation(db, tmp_path, sample_text, capsys):
    from bulletin_desktop.export.file_names import compilation_file_name

    files = []
    for number, date in ((51, "2021年12月27日"), (52, "2022年11月21日"), (53, "2022年11月28日")):
        path = tmp_path / f"{number}.txt"
        path.write_text(sample_text.replace("第52期", f"第{number}期").replace("2022年11月21日", date), encoding="utf-8")
        files.append(str(path))
    assert main(["import", "--db", str(db), *files]) == 0
    capsys.readouterr()
    out = tmp_path / "导出"
    assert main(["export", "--db", str(db), "52", "53", "--dir", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "漯河安全生产简报第52期（安全生产大检查专刊第34期）.docx", "漯河安全生产简报第53期（安全生产大检查专刊第34期）.docx"]
    assert capsys.readouterr().out.count("已导出") == 2
    exports = show_json(db, "53", capsys)["exports"]  # each file recorded with its SHA-256
    assert [(e["format"], Path(e["file"]).name) for e in exports] == [("docx", "漯河安全生产简报第53期（安全生产大检查专刊第34期）.docx")]
    assert main(["export", "--db", str(db), "51", "--dir", str(out), "--format", "txt"]) == 0
    assert len(list(out.glob("*.txt"))) == 1

    year = tmp_path / compilation_file_name("漯河安全生产简报", 2022)
    assert main(["export-year", "--db", str(db), "2022", "-o", str(year)]) == 0
    assert "共 2 期" in capsys.readouterr().out
    import zipfile
    with zipfile.ZipFile(year) as package:
        document = package.read("word/document.xml").decode("utf-8")
    assert document.count("PAGEREF") == 2 and "2022年度汇编" in document
    import hashlib
    digest = hashlib.sha256(year.read_bytes()).hexdigest()
    for number, before in (("52", 1), ("53", 1)):  # each issue in the compilation records it after its own file
        exports = show_json(db, number, capsys)["exports"]
        assert len(exports) == before + 1
        assert (exports[-1]["file"], exports[-1]["sha256"]) == (str(year.absolute()), digest)
        assert exports[-1]["settings"]["compilation"] == "漯河安全生产简报 2022年度汇编"
    assert [e["format"] for e in show_json(db, "51", capsys)["exports"]] == ["txt"]  # 2021: not in it

    for args, message in ((["export", "52", "53", "-o", str(tmp_path / "x.docx")], "--dir"),
                          (["export", "52"], "缺少参数，需要以下之一"),
                          (["export-year", "2019", "-o", str(tmp_path / "y.docx")], "没有"),
                          (["export-year", "2022", "-o", str(tmp_path / "y.docx"), "--series", "别的简报"], "别的简报")):
        result = run_cli(*args, "--db", str(db))
        assert result.returncode != 0 and message in result.stderr and "Traceback" not in result.stderr, result.stderr
    assert not (tmp_path / "x.docx").exists() and not (tmp_path / "y.docx").exists()
    capsys.readouterr()
    twice = tmp_path / "两次"  # the same issue named two ways is one file
    assert main(["export", "--db", str(db), "51", "第51期", "--dir", str(twice)]) == 0
    assert len(list(twice.iterdir())) == 1 and capsys.readouterr().out.count("已导出") == 1


def test_export_while_the_window_holds_the_archive_stands_unrecorded(db, tmp_path, sample_text):
    sample = tmp_path / "sample.txt"
    sample.write_text(sample_text, encoding="utf-8")
    assert run_cli("import", "--db", str(db), str(sample)).returncode == 0
    out = tmp_path / "52.docx"
    with Archive.open(db, auto_backup=False) as holder:  # as the window holds it
        done = run_cli("export", "52", "--db", str(db), "-o", str(out))
        assert done.returncode == 0, done.stderr
        assert "没有记入档案库" in done.stderr and out.exists()
        assert holder.issue_history(holder.list_issues()[0].id)["exports"] == []
