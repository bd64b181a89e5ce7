"""``search`` takes a term beginning with a dash (-, －) as a term, not as an unknown
option; ``--`` and the command's own options work as before, and other commands still
refuse an unknown option in Chinese."""
from __future__ import annotations

import datetime as dt

import pytest

from bulletin_desktop.cli import main
from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.model import Issue, Item, Section
from bulletin_desktop.core.richtext import parse_markup


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "archive.sqlite"
    with Archive.open(path, auto_backup=False) as archive:
        items = [Item.from_rich(parse_markup(text)) for text in ("编号为JX-安全的检查表已下发。", "全市开展（－2024）专项整治。")]
        archive.add_issue(Issue(series="工作简报", number=1, date=dt.date(2024, 5, 6), sections=[Section("动态", items)]))
    return path


@pytest.mark.parametrize("argv, found", [
    (["-安全"], "编号为JX【-安全】的检查表已下发。"),
    (["-安"], "编号为JX【-安】全的检查表已下发。"),
    (["－2024"], "全市开展（【－2024】）专项整治。"),
    (["--", "-安全"], "编号为JX【-安全】的检查表已下发。"),
    (["-安全", "--limit", "1"], "编号为JX【-安全】的检查表已下发。"),
    (["--year", "2024", "-安全"], "编号为JX【-安全】的检查表已下发。"),
])
def test_a_term_beginning_with_a_dash_is_searched_for(db, capsys, argv, found):
    assert main(["search", "--db", str(db), *argv]) == 0
    out = capsys.readouterr().out
    assert out.endswith(f"】 {found}\n") and out.count("\n") == 1


def test_options_and_their_errors_stay_as_they_were(db, capsys):
    assert main(["search", "--db", str(db), "-安全", "--json"]) == 0
    assert capsys.readouterr().out.startswith("[")
    with pytest.raises(SystemExit):
        main(["search", "--db", str(db), "-安全", "--limit", "x"])
    assert "参数 --limit" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["search", "--db", str(db)])
    assert "缺少参数：关键词" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["list", "--db", str(db), "-安全"])
    assert "无法识别的参数：-安全" in capsys.readouterr().err
