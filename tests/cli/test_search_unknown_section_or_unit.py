"""``search --section`` / ``--unit`` name a section or unit exactly, as the window's pick
lists do; one that no issue in the archive has is refused with the names nearest to it,
as a misspelt ``--series`` is, rather than read as "没有找到"."""
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
        for number, unit in ((1, "临颍县"), (2, "临颍县应急管理局"), (3, "郾城区")):
            items = [Item.from_rich(parse_markup(f"3月{number}日，**{unit}**排查燃气管道隐患。"))]
            archive.add_issue(Issue(series="工作简报", number=number, date=dt.date(2024, 3, number),
                                    sections=[Section("基层动态", items)]))
    return path


def search(db, capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["search", "--db", str(db), "燃气", *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("argv,said", [
    (["--unit", "临颍"], "档案库中没有报送单位“临颍”，相近的有：临颍县、临颍县应急管理局。"),
    (["--unit", "舞阳县"], "档案库中没有报送单位“舞阳县”。"),
    (["--section", "基层"], "档案库中没有栏目“基层”，相近的有：基层动态。"),
    (["--section", "工作动态", "--json"], "档案库中没有栏目“工作动态”。"),
])
def test_a_name_no_issue_has_is_refused(db, capsys, argv, said):
    code, out, err = search(db, capsys, *argv)
    assert code == 1 and out == ""
    assert said in err and "Traceback" not in err


def test_names_the_archive_has_still_filter(db, capsys):
    code, out, _err = search(db, capsys, "--unit", "临颍县", "--section", "基层动态", "--json")
    # the unit directory counts 临颍县应急管理局 as 临颍县 (as the statistics do): both are its entries
    assert code == 0 and [hit["number"] for hit in json.loads(out)] == [2, 1]
    code, out, _err = search(db, capsys, "--unit", "郾城区", "--json")
    assert code == 0 and [hit["number"] for hit in json.loads(out)] == [3]
