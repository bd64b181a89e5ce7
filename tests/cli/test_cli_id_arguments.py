"""An id below 1 (inbox show -1, trash restore 0) is refused as such, without the largest
number SQLite can hold in the sentence."""
from __future__ import annotations

import pytest

from bulletin_desktop.cli import main


@pytest.mark.parametrize("argv", [["inbox", "show", "-1"], ["trash", "restore", "0"], ["inbox", "decline", "0"]])
def test_an_id_below_one_is_refused_in_plain_words(tmp_path, capsys, argv):
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(tmp_path / "a.sqlite"), *argv])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "编号从 1 起，没有 " in err and "9223372036854775807" not in err
