"""The folders an export's file goes into are made when missing, whether one issue goes to
a file, several into a folder or a year into one compilation; a failure to make them is
told in the same words, and folders made for nothing written are taken back."""
from __future__ import annotations

import errno
from pathlib import Path

import pytest

from bulletin_desktop.core.safe_write import WriteError
from bulletin_desktop.export.errors import ExportCancelled
from bulletin_desktop.export.layout_options import LayoutOptions
from bulletin_desktop.export.recorded import export_each, export_one, export_year


@pytest.fixture
def issue(sample_issue):
    sample_issue.id = 1
    return sample_issue


def _exports(issue, records):
    return {
        "one": lambda base: export_one(issue, base / "x.docx", "docx", LayoutOptions(), records.extend),
        "each": lambda base: export_each([issue], base, "docx", [LayoutOptions()], records.extend),
        "year": lambda base: export_year([issue], base / "y.docx", "漯河安全生产简报", 2022, LayoutOptions(),
                                         records.extend),
    }


@pytest.mark.parametrize("kind", ["one", "each", "year"])
def test_missing_folders_are_made(tmp_path, issue, kind):
    records: list = []
    _exports(issue, records)[kind](tmp_path / "新建" / "二级")
    [(_issue_id, _fmt, path, _settings)] = records
    assert path.is_file() and path.parent == tmp_path / "新建" / "二级"


@pytest.mark.parametrize("kind", ["one", "each", "year"])
def test_a_file_in_the_way_is_told_alike(tmp_path, issue, kind):
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    with pytest.raises(WriteError, match="路径中的某一级是文件，不是文件夹") as caught:
        _exports(issue, [])[kind](tmp_path / "afile" / "sub")
    assert caught.value.message.startswith("无法写入 ")


@pytest.mark.parametrize("kind", ["one", "each", "year"])
def test_an_unwritable_place_is_told_alike_and_nothing_is_left(tmp_path, issue, kind, monkeypatch):
    def refuse(self, *args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(Path, "mkdir", refuse)
    with pytest.raises(WriteError, match="没有写入权限"):
        _exports(issue, [])[kind](tmp_path / "new")
    monkeypatch.undo()
    assert list(tmp_path.iterdir()) == []


def test_a_cancelled_compilation_takes_back_the_folders_it_made(tmp_path, issue):
    with pytest.raises(ExportCancelled):
        export_year([issue], tmp_path / "a" / "b" / "y.docx", "漯河安全生产简报", 2022, LayoutOptions(),
                    lambda records: None, progress=lambda done, total: False)
    assert list(tmp_path.iterdir()) == []
