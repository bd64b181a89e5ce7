"""units similar: the units that look like one, for units merge."""
from __future__ import annotations

import json

from bulletin_desktop.cli import main


def test_units_similar_lists_pairs_to_merge(tmp_path, capsys):
    db = str(tmp_path / "a.sqlite")
    for name in ("市住建局", "市住房和城乡建设局"):
        assert main(["units", "add", "--db", db, name]) == 0
    capsys.readouterr()
    assert main(["units", "similar", "--db", db]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split("\t")[:2] == ["市住建局", "市住房和城乡建设局"]
    assert "units merge" in out
    assert main(["units", "similar", "--db", db, "--json"]) == 0
    assert [(p["source"], p["target"]) for p in json.loads(capsys.readouterr().out)] == [("市住建局", "市住房和城乡建设局")]
    assert main(["units", "merge", "--db", db, "市住建局", "市住房和城乡建设局"]) == 0
    capsys.readouterr()
    assert main(["units", "similar", "--db", db]) == 0
    assert "没有看来是同一单位" in capsys.readouterr().out
