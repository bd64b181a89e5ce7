"""``export`` and ``export-year`` never replace a file already there unless told:
without ``--overwrite`` or ``--keep-both`` they refuse, naming the files, and write nothing."""
from __future__ import annotations

import pytest

from bulletin_desktop.cli import main

from test_cli import imported_sample

HAND_EDITED = b"the clerk's own edits"


def names(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_folder_export_refuses_to_replace_and_names_the_files(tmp_path, sample_text, capsys):
    db = imported_sample(tmp_path, sample_text)
    folder = tmp_path / "导出"
    assert main(["--db", str(db), "export", "52", "--dir", str(folder)]) == 0
    [edited] = list(folder.iterdir())
    edited.write_bytes(HAND_EDITED)
    capsys.readouterr()

    assert main(["--db", str(db), "export", "52", "--dir", str(folder)]) == 1
    err = capsys.readouterr().err
    assert "已有 1 个同名的文件" in err and edited.name in err and "--overwrite" in err and "--keep-both" in err
    assert edited.read_bytes() == HAND_EDITED and names(folder) == [edited.name]
    kept = edited.with_name(edited.stem + "（2）.docx")
    assert f"（如“{kept.name}”）请加 --keep-both" in err  # the very name it would be kept under

    assert main(["--db", str(db), "export", "52", "--dir", str(folder), "--keep-both"]) == 0
    assert edited.read_bytes() == HAND_EDITED and kept.exists()
    assert capsys.readouterr().out == f"已导出：{kept}\n"

    assert main(["--db", str(db), "export", "52", "--dir", str(folder), "--overwrite"]) == 0
    assert edited.read_bytes() != HAND_EDITED and names(folder) == sorted([edited.name, kept.name])


@pytest.mark.parametrize("argv", [["export", "52", "-o", "第52期.docx"], ["export-year", "2022", "-o", "汇编.docx"]])
def test_one_file_is_not_replaced_unasked(tmp_path, sample_text, capsys, argv):
    db = imported_sample(tmp_path, sample_text)
    target = tmp_path / argv[-1]
    target.write_bytes(HAND_EDITED)
    args = ["--db", str(db), *argv[:-1], str(target)]
    assert main(args) == 1
    assert target.name in capsys.readouterr().err and target.read_bytes() == HAND_EDITED
    assert main([*args, "--keep-both"]) == 0
    assert target.read_bytes() == HAND_EDITED and target.with_name(target.stem + "（2）.docx").exists()
    assert main([*args, "--overwrite"]) == 0
    assert target.read_bytes() != HAND_EDITED


def test_the_options_are_in_the_help(capsys):
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    out = capsys.readouterr().out
    assert "--overwrite" in out and "--keep-both" in out
