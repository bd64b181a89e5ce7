"""archive salvage names every issue it could not salvage: the summary the first few, the
lines after it (or --json) all of them, so the clerk knows which to import again."""
from __future__ import annotations

import json
import random
import shutil

from archive_pages import entry_leaf_pages

from bulletin_desktop.cli import main


def _damaged(tmp_path, source):
    damaged = tmp_path / "damaged.sqlite"
    shutil.copyfile(source, damaged)
    rng = random.Random(7)
    with open(damaged, "r+b") as handle:
        for page in rng.sample(entry_leaf_pages(damaged), 12):
            handle.seek((page - 1) * 4096)
            handle.write(rng.randbytes(4096))
    return damaged


def test_every_lost_issue_is_listed_in_text_and_json(tmp_path, two_hundred_issue_archive, capsys):
    damaged = _damaged(tmp_path, two_hundred_issue_archive)
    assert main(["archive", "--db", str(damaged), "salvage", str(tmp_path / "saved.sqlite"), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    lost = report["issues_lost"]
    assert len(lost) > 10 and report["issues"] + len(lost) == 200 and report["output"].endswith("saved.sqlite")

    assert main(["archive", "--db", str(damaged), "salvage", str(tmp_path / "again.sqlite")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"抢救出 {report['issues']} 期") and lines[0].endswith("等。")
    assert lines[1] == f"新档案库：{tmp_path / 'again.sqlite'}"
    assert lines[2] == f"未能抢救的 {len(lost)} 期：" and lines[3:] == lost
