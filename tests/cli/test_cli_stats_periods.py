"""stats --period: a named period (2024Q4, 2024-10, 2024) or the one just ended."""
from __future__ import annotations

import json

from bulletin_desktop.cli import main


def test_stats_for_a_named_period(tmp_path, capsys, sample_text):
    sample = tmp_path / "luohe-052.txt"
    sample.write_text(sample_text, encoding="utf-8")
    db = str(tmp_path / "a.sqlite")
    assert main(["import", "--db", db, str(sample)]) == 0
    capsys.readouterr()
    for period in ("2022Q4", "2022年第四季度", "2022-11", "2022"):
        assert main(["stats", "--db", db, "--period", period]) == 0
        report = json.loads(capsys.readouterr().out)
        assert report["total"]["adopted"] == 5 and report["from"] <= "2022-11-21" <= report["to"]
    assert main(["stats", "--db", db, "--period", "2022Q5"]) == 1
    assert "2024Q4" in capsys.readouterr().err
    assert main(["stats", "--db", db, "--period", "last-year"]) == 0
