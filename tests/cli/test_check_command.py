"""``check``: the sample issue, a text file checked line by line, and the exit statuses."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bulletin_desktop.cli import main

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bulletin_desktop", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, env=dict(os.environ))


@pytest.fixture
def sample_db(tmp_path, sample_text, capsys) -> Path:
    """An archive holding the sample issue (No. 52), imported through the command line."""
    db = tmp_path / "a.sqlite"
    source = tmp_path / "s.txt"
    source.write_text(sample_text, encoding="utf-8")
    assert main(["import", "--db", str(db), str(source)]) == 0
    capsys.readouterr()
    return db


def test_sample_issue_finds_the_situation_word(sample_db, capsys):
    db = sample_db
    assert main(["check", "--db", str(db), "52", "--json"]) == 1
    items = json.loads(capsys.readouterr().out)
    situation = [i for i in items if i["kind"] == "confusable"]
    assert [(i["found"], i["suggestion"], i["section"]) for i in situation] == [("形式", "形势", "安排部署")]
    artefacts = [i for i in items if i["kind"] == "spacing"]
    assert len(artefacts) == 39
    assert len(items) - len(artefacts) <= 2
    assert main(["check", "--db", str(db), "52"]) == 1
    out = capsys.readouterr().out
    assert "【安排部署】第1条\t形式\t此处“形式”应为“形势”（建议：形势）" in out


def test_text_file_one_json_object_per_line(tmp_path):
    path = tmp_path / "lines.txt"
    path.write_text("确保全市安全生产形式持续稳定向好。\n申报截止日期为11月30日。\n𠀾会议要求,各单位自查。\n",
                    encoding="utf-8")
    result = run_cli("check", "--text-file", str(path), "--json")
    assert result.returncode == 1, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 3
    assert [(f["start"], f["end"], f["kind"], f["suggestion"], f["severity"]) for f in lines[0]["findings"]] == [
        (8, 10, "confusable", "形势", "error")]
    assert lines[1] == {"findings": []}
    # offsets count code points, so a character outside the BMP counts once
    assert [(f["start"], f["end"]) for f in lines[2]["findings"]] == [(5, 6)]
    assert set(lines[0]["findings"][0]) >= {"start", "end", "kind", "message", "suggestion", "severity"}


def test_text_file_plain_output_names_the_line_of_each_finding(tmp_path):
    path = tmp_path / "lines.txt"
    path.write_text("各地采取多种形式开展安全宣传。\n申报截止日期为11月30日。\n会议要求,各单位自查。\n", encoding="utf-8")
    result = run_cli("check", "--text-file", str(path))
    assert result.returncode == 1, result.stderr
    assert result.stdout.splitlines() == ["第3行\t4-5\t,\t中文语句中应使用全角标点“，”（建议：，）", "共 1 处。"]
    path.write_text("各地采取多种形式开展安全宣传。\n", encoding="utf-8")
    clean = run_cli("check", "--text-file", str(path))
    assert clean.returncode == 0 and clean.stdout == "没有发现问题。\n"


def test_text_file_in_gbk_and_heading_numbers_across_its_lines(tmp_path):
    """A file saved by an office machine's Notepad (GBK) reads as import reads it, and heading
    numbers are followed across the lines as across an article's paragraphs."""
    path = tmp_path / "gbk.txt"
    path.write_bytes("一、加强组织领导\n二、压实工作责任\n四、强化督导检查\n".encode("gbk"))
    result = run_cli("check", "--text-file", str(path))
    assert result.returncode == 1, result.stderr
    assert result.stdout.splitlines() == ["第3行\t0-1\t四\t层次序数不连贯：这里应是“三”（建议：三）", "共 1 处。"]


def test_clean_file_exits_zero_and_errors_exit_two(tmp_path):
    path = tmp_path / "clean.txt"
    path.write_text("各地采取多种形式开展安全宣传。\n", encoding="utf-8")
    assert run_cli("check", "--text-file", str(path), "--json").returncode == 0
    missing = run_cli("check", "--text-file", str(tmp_path / "none.txt"), "--json")
    assert missing.returncode == 2 and "找不到文件" in missing.stderr and "Traceback" not in missing.stderr
    nothing = run_cli("check", "--db", str(tmp_path / "none.sqlite"), "52")
    assert nothing.returncode == 2 and nothing.stderr.startswith("错误：")


def test_term_list_and_ignores_from_the_command_line(sample_db, capsys):
    db = sample_db
    assert main(["terms", "add", "--db", str(db), "九小门店", "“九小”场所", "--note", "（市政府文件提法）"]) == 0
    assert main(["terms", "add", "--db", str(db), "一把手"]) == 0
    capsys.readouterr()
    assert main(["terms", "list", "--db", str(db), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == [
        {"wrong": "九小门店", "right": "“九小”场所", "note": "（市政府文件提法）"},
        {"wrong": "一把手", "right": "", "note": ""}]
    assert main(["check", "--db", str(db), "52", "--json"]) == 1
    terms = [i for i in json.loads(capsys.readouterr().out) if i["kind"] == "term"]
    assert [(i["found"], i["suggestion"]) for i in terms] == [("九小门店", "“九小”场所")]
    assert main(["terms", "remove", "--db", str(db), "一把手"]) == 0
    assert main(["terms", "remove", "--db", str(db), "一把手"]) == 1
    assert "词表中没有" in capsys.readouterr().err

    from bulletin_desktop.core.archive import Archive
    with Archive.open(db, auto_backup=False) as archive:
        archive.proofread().add_ignore("B:形式", "形式")
    assert main(["ignores", "list", "--db", str(db)]) == 0
    assert capsys.readouterr().out == "B:形式\t形式\n"
    assert main(["check", "--db", str(db), "52", "--json"]) == 1
    assert not [i for i in json.loads(capsys.readouterr().out) if i["kind"] == "confusable"]
    assert main(["ignores", "remove", "--db", str(db), "B:形式", "形式"]) == 0


def test_units_confirm_variant_same_or_different(answers_archive, capsys):
    db = str(answers_archive)

    def unit_findings() -> list[tuple[str, str]]:
        assert main(["check", "--db", db, "4", "--json"]) == 1
        return [(i["found"], i["suggestion"]) for i in json.loads(capsys.readouterr().out) if i["kind"] == "unit"]

    assert unit_findings() == [("偃城区", "郾城区")]
    assert main(["units", "confirm-variant", "--db", db, "偃城区", "郾城区", "--different"]) == 0
    assert "不是同一单位" in capsys.readouterr().out
    assert unit_findings() == []
    assert main(["units", "variants", "--db", db, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == [{"rare": "偃城区", "common": "郾城区"}]
    assert main(["units", "confirm-variant", "--db", db, "偃城区", "郾城区", "--same"]) == 0
    capsys.readouterr()
    assert unit_findings() == [("偃城区", "郾城区")]
    assert main(["units", "confirm-variant", "--db", db, "偃城区", "偃城区", "--same"]) == 1
    assert capsys.readouterr().err.strip() == "错误：请写出两种不同的单位名称写法。"
    with pytest.raises(SystemExit):  # one answer or the other is required
        main(["units", "confirm-variant", "--db", db, "偃城区", "郾城区"])


def test_lead_date_age_for_one_run_and_kept_in_the_archive(answers_archive, capsys):
    db = str(answers_archive)

    def lead_rules(*extra: str) -> list[str]:
        main(["check", "--db", db, "4", "--json", *extra])
        return [i["rule"] for i in json.loads(capsys.readouterr().out) if i["kind"] == "lead_date"]

    assert lead_rules() == ["A-LEAD-OLD"]  # 40 days, over the 30 days by default
    assert lead_rules("--max-age-days", "60") == []
    assert lead_rules() == ["A-LEAD-OLD"]  # that was for one run only
    assert main(["proofread-settings", "--db", db, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"max_age_days": 30}
    assert main(["proofread-settings", "--db", db, "--max-age-days", "45"]) == 0
    assert capsys.readouterr().out == "条目日期早于本期日期 45 天以上时提示。\n"
    assert lead_rules() == []
    assert lead_rules("--max-age-days", "39") == ["A-LEAD-OLD"]
    for argv in (["proofread-settings", "--db", db, "--max-age-days", "0"],
                 ["check", "--db", db, "4", "--max-age-days", "-3"]):  # a usage error in both, said alike
        with pytest.raises(SystemExit) as exited:
            main(argv)
        err = capsys.readouterr().err
        assert exited.value.code == 2 and "参数 --max-age-days：天数" in err and "不在 1 到 36500 之间" in err


def test_ignore_here_from_the_command_line_is_kept_listed_and_taken_back(sample_db, capsys):
    db = sample_db
    assert main(["check", "--db", str(db), "52"]) == 1
    lines = capsys.readouterr().out.splitlines()
    [situation] = [line for line in lines if "\t形式\t" in line]
    number = situation.split("\t")[0]
    assert situation == f"{number}\t【安排部署】第1条\t形式\t此处“形式”应为“形势”（建议：形势）"

    assert main(["check", "--db", str(db), "52", "--ignore-here", number]) == 1  # the artefacts remain
    out = capsys.readouterr().out
    assert out.startswith("已在第52期这一处忽略：形式\t") and "\t形式\t" not in out
    assert main(["check", "--db", str(db), "52", "--json"]) == 1
    assert not [i for i in json.loads(capsys.readouterr().out) if i["found"] == "形式"]

    assert main(["ignores", "list", "--db", str(db), "--issue", "52", "--json"]) == 0
    [kept] = json.loads(capsys.readouterr().out)
    assert (kept["rule"], kept["found"], kept["field"], kept["before"], kept["after"]) == (
        "B:形式", "形式", "body", "全市安全生产", "持续稳定向好")
    assert main(["ignores", "list", "--db", str(db), "--issue", "52"]) == 0
    assert capsys.readouterr().out == f"{kept['id']}\tB:形式\t全市安全生产【形式】持续稳定向好\n"
    assert main(["ignores", "list", "--db", str(db)]) == 0  # ignoring everywhere is another list
    assert capsys.readouterr().out == "没有全部忽略的提示。\n"

    assert main(["ignores", "remove-here", "--db", str(db), "52", str(kept["id"])]) == 0
    assert "已取消忽略" in capsys.readouterr().out
    assert main(["check", "--db", str(db), "52", "--json"]) == 1
    assert [i["found"] for i in json.loads(capsys.readouterr().out) if i["kind"] == "confusable"] == ["形式"]
    for args, message in ((["check", "52", "--ignore-here", "999"], "没有编号为 999 的提示"),
                          (["ignores", "remove-here", "52", str(kept["id"])], "没有编号为")):
        result = run_cli(*args, "--db", str(db))
        assert result.returncode != 0 and message in result.stderr and "Traceback" not in result.stderr, result.stderr


def test_clean_removes_the_layout_traces_and_saves_the_issue(sample_db, sample_text, capsys, tmp_path):
    """The window's 清理排版痕迹 from the command line: the sample's 39 stray spaces go, the
    issue is saved, and what is left to proofread is listed; a second run has nothing to do."""
    assert main(["check", "--db", str(sample_db), "52", "--clean"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("已清理排版痕迹 39 处。\n") and "形式" in out
    assert main(["check", "--db", str(sample_db), "52", "--json"]) == 1
    assert [i for i in json.loads(capsys.readouterr().out) if i["kind"] == "spacing"] == []
    assert main(["check", "--db", str(sample_db), "52", "--clean"]) == 1
    assert capsys.readouterr().out.startswith("没有排版痕迹需要清理。\n")
    # a printed copy's entries get their dates once the spaces round the digits are gone
    sys.path.insert(0, str(Path(__file__).parents[1] / "core"))
    from test_wrapped_text import printed

    copy = tmp_path / "copy.txt"
    copy.write_text(printed(sample_text.replace("11月", "11 月")), encoding="utf-8")
    db = tmp_path / "copy.sqlite"
    assert main(["import", "--db", str(db), str(copy)]) == 0
    assert main(["check", "--db", str(db), "52", "--clean"]) == 1
    capsys.readouterr()
    assert main(["show", "--db", str(db), "52", "--json"]) == 0
    first = json.loads(capsys.readouterr().out)["sections"][0]["entries"][0]
    assert (first["date"], first["text"][:10]) == ("11月15日", "11月15日，市安委")
    final = tmp_path / "final.sqlite"  # a final issue is not changed, and says so
    assert main(["import", "--db", str(final), str(copy)]) == 0
    assert main(["finalize", "--db", str(final), "52"]) == 0
    capsys.readouterr()
    assert main(["check", "--db", str(final), "52", "--clean"]) == 2
    assert "已定稿" in capsys.readouterr().err


@pytest.mark.parametrize("command", [["check", "52"], ["list"], ["show", "52"], ["search", "安全"]])
def test_a_reader_that_stops_early_gets_no_error_message(sample_db, command):
    """``| head``: the output's reader has gone before the findings are written; that is not
    a file that could not be read."""
    proc = subprocess.Popen([sys.executable, "-m", "bulletin_desktop", command[0], "--db", str(sample_db), *command[1:]],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=dict(os.environ))
    proc.stdout.close()  # before the program has started: its first write meets a closed pipe
    stderr = proc.stderr.read().decode("utf-8")
    proc.wait(timeout=60)
    assert stderr == ""


def test_clean_with_json_says_how_many_places_it_cleaned(sample_db, capsys):
    """--clean and --ignore-here change the issue: --json says what they did beside what is
    left, as the text form's first lines do."""
    assert main(["check", "--db", str(sample_db), "52", "--clean", "--json"]) == 1
    first = json.loads(capsys.readouterr().out)
    assert first["cleaned"] == 39 and first["ignored"] == []
    assert first["findings"] and not [i for i in first["findings"] if i["kind"] == "spacing"]
    [situation] = [i for i in first["findings"] if i["found"] == "形式"]
    assert main(["check", "--db", str(sample_db), "52", "--clean", "--json", "--ignore-here",
                 str(situation["number"])]) == (1 if len(first["findings"]) > 1 else 0)
    again = json.loads(capsys.readouterr().out)
    assert again["cleaned"] == 0 and [i["found"] for i in again["ignored"]] == ["形式"]
    assert "形式" not in [i["found"] for i in again["findings"]]
    main(["check", "--db", str(sample_db), "52", "--json"])  # nothing asked to change: the list
    assert json.loads(capsys.readouterr().out) == again["findings"]
