"""The search's unit filter follows the unit directory, as the statistics count: a unit's
registered name finds the entries that write it under an alias (临颍县 finds 临颍县应急管理局),
and the name as written still finds them; both are offered in the pick list."""
from __future__ import annotations

import datetime as dt

from bulletin_desktop.cli import main
from bulletin_desktop.core.archive import Archive, SearchFilters

from test_archive_support import plain_issue


def _archive(tmp_path):
    db = tmp_path / "a.sqlite"
    with Archive.open(db, auto_backup=False) as archive:
        archive.save_issue(plain_issue(7, dt.date(2024, 3, 15), [
            "3月2日，**临颍县应急管理局**开展燃气安全检查。", "3月5日，**舞阳县**开展燃气管道排查。"]))
        archive.save_issue(plain_issue(19, dt.date(2025, 4, 9), ["4月1日，**临颍县应急管理局**召开燃气安全会议。"]))
    assert main(["units", "add", "临颍县", "--db", str(db), "--alias", "临颍县应急管理局"]) == 0
    return db


def test_a_registered_unit_finds_its_aliases_entries_over_the_years(tmp_path, capsys):
    db = _archive(tmp_path)
    capsys.readouterr()
    assert main(["search", "--db", str(db), "燃气", "--unit", "临颍县", "--json"]) == 0
    out = capsys.readouterr().out
    assert out.count('"number": 7') == 1 and out.count('"number": 19') == 1 and "舞阳县" not in out
    with Archive.open(db, readonly=True) as archive:
        as_written = archive.search("燃气", filters=SearchFilters(unit="临颍县应急管理局"))
        assert len(as_written) == 2
        assert archive.search("燃气", filters=SearchFilters.year(2025, unit="临颍县"))[0].number == 19
        assert {"临颍县", "临颍县应急管理局", "舞阳县"} <= set(archive.search_choices().units)
