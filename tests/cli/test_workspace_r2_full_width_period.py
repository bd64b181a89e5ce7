"""``search --period`` typed in an input method's full-width mode reads as typed in
half-width: ２０２２－１１ is 2022-11, ２０２２Ｑ４ is 2022Q4, ｌａｓｔ－ｍｏｎｔｈ is last-month."""
from __future__ import annotations

import pytest

from bulletin_desktop.cli import main
from bulletin_desktop.core.archive import Archive


@pytest.fixture
def db(tmp_path, sample_issue):
    path = tmp_path / "a.sqlite"
    with Archive.open(path, auto_backup=False) as archive:
        archive.add_issue(sample_issue)
    return path


def _search(db, capsys, *options: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["search", "--db", str(db), "检查", *options])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("full, half", [("２０２２－１１", "2022-11"), ("２０２２Ｑ４", "2022Q4"), ("２０２２ｈ２", "2022H2"),
                                        ("２０２２", "2022"), ("２０２３－０１", "2023-01")])
def test_a_full_width_period_finds_what_the_half_width_one_finds(db, capsys, sample_issue, full, half):
    assert sample_issue.date.year == 2022 and sample_issue.date.month == 11
    code, out, err = _search(db, capsys, "--period", half)
    assert code == 0
    assert _search(db, capsys, "--period", full) == (code, out, err)


def test_a_full_width_preset_is_the_preset(db, capsys):
    assert _search(db, capsys, "--period", "ｌａｓｔ－ｍｏｎｔｈ") == _search(db, capsys, "--period", "last-month")
