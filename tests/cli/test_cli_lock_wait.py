"""Two commands writing one archive at once (a script running them side by side): the second
waits for the first instead of being refused; the window, which holds the archive for as long
as it is open, is not waited for, and each refusal says which of the two holds it."""
from __future__ import annotations

import subprocess
import sys
import time

import pytest

from bulletin_desktop.cli import commands, main
from bulletin_desktop.core.archive import Archive

from test_cli import ROOT

HOLD = """
import sys, time
from bulletin_desktop.core.archive import Archive, lock
lock.holder_kind = sys.argv[2]
with Archive.open(sys.argv[1], auto_backup=False):
    print("held", flush=True)
    time.sleep(float(sys.argv[3]))
"""


def holding(db, kind: str, seconds: float) -> subprocess.Popen:
    """Another process holding ``db`` for writing, as a command or as the window does."""
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(db), kind, str(seconds)], cwd=ROOT,
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline() == "held\n"
    return holder


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "档案 库.sqlite"
    with Archive.open(path, auto_backup=False):
        pass
    return path


def test_a_command_waits_for_another_command_to_finish(db, capsys):
    holder = holding(db, "command", 1.5)
    started = time.monotonic()
    try:
        assert main(["series", "add", "--db", str(db), "防汛简报"]) == 0
    finally:
        holder.wait(timeout=30)
    assert time.monotonic() - started >= 0.5  # it did wait, and then did its work
    out, err = capsys.readouterr()
    assert out.startswith("已新建刊物") and err == ""


def test_a_command_held_up_too_long_says_to_wait_not_to_close_a_window(db, capsys, monkeypatch):
    monkeypatch.setattr(commands, "LOCK_WAIT_SECONDS", 0.3)
    holder = holding(db, "command", 20)
    try:
        assert main(["series", "add", "--db", str(db), "防汛简报"]) == 1
    finally:
        holder.kill()
        holder.wait(timeout=30)
    err = capsys.readouterr().err
    assert "命令" in err and "请等它完成后再试" in err and "窗口" not in err and err.count("\n") == 1


def test_the_window_is_not_waited_for(db, capsys):
    holder = holding(db, "window", 20)
    started = time.monotonic()
    try:
        assert main(["series", "add", "--db", str(db), "防汛简报"]) == 1
    finally:
        holder.kill()
        holder.wait(timeout=30)
    assert time.monotonic() - started < commands.LOCK_WAIT_SECONDS / 2
    err = capsys.readouterr().err
    assert "请先关闭那个窗口再试" in err and f"进程号 {holder.pid}" in err  # the holder named


def test_a_command_done_leaves_this_process_holding_archives_as_the_window(db, capsys):
    from bulletin_desktop.core.archive import lock

    assert main(["series", "add", "--db", str(db), "防汛简报"]) == 0
    assert lock.holder_kind == "window"


def test_an_export_while_a_command_holds_the_archive_too_long_stands_unrecorded_and_says_why(
        db, tmp_path, capsys, monkeypatch, sample_text):
    source = tmp_path / "052.txt"
    source.write_text(sample_text, encoding="utf-8")
    assert main(["import", "--db", str(db), str(source)]) == 0
    capsys.readouterr()
    monkeypatch.setattr(commands, "LOCK_WAIT_SECONDS", 0.3)
    holder = holding(db, "command", 20)
    try:
        assert main(["export", "--db", str(db), "52", "-o", str(tmp_path / "第52期.txt")]) == 0
    finally:
        holder.kill()
        holder.wait(timeout=30)
    err = capsys.readouterr().err
    assert (tmp_path / "第52期.txt").is_file()
    assert "没有记入档案库" in err and "命令" in err and "窗口" not in err
