"""``export -o``, ``export --dir`` and ``export-year -o`` all make the missing folders of
what they write, and refuse a file in the way in the same words."""
from __future__ import annotations

import pytest

from bulletin_desktop.cli import main

from test_cli import imported_sample


@pytest.mark.parametrize("argv, written", [
    (["export-year", "2022", "-o", "新建/二级/汇编.docx"], "新建/二级/汇编.docx"),
    (["export", "52", "-o", "新建/二级/第52期.docx"], "新建/二级/第52期.docx"),
    (["export", "52", "--dir", "新建/二级"], "新建/二级"),
])
def test_missing_folders_are_made_and_a_file_in_the_way_refused(tmp_path, sample_text, capsys, argv, written):
    db = imported_sample(tmp_path, sample_text)
    capsys.readouterr()
    assert main(["--db", str(db), *(str(tmp_path / a) if "/" in a else a for a in argv)]) == 0
    assert (tmp_path / written).exists()
    assert capsys.readouterr().out.startswith("已导出：")
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    in_the_way = [str(tmp_path / a.replace("新建", "afile")) if "/" in a else a for a in argv]
    assert main(["--db", str(db), *in_the_way]) == 1
    err = capsys.readouterr().err
    assert err.startswith("错误：无法写入 ") and err.endswith("：路径中的某一级是文件，不是文件夹。\n")
