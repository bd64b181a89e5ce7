"""``export --format pdf --engine qt|libreoffice``: the two renderers side by side.

The Qt engine runs in this process: those tests take pytest-qt's ``qapp`` so that the
application is a QApplication, as the widget tests after them need."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from bulletin_desktop.cli import main
from bulletin_desktop.export import pdf


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


@pytest.fixture
def db(tmp_path, sample_text, capsys) -> Path:
    source = tmp_path / "luohe-052.txt"
    source.write_text(sample_text, encoding="utf-8")
    path = tmp_path / "archive.sqlite"
    assert main(["import", "--db", str(path), str(source)]) == 0
    capsys.readouterr()
    return path


@pytest.mark.skipif(not shutil.which("pdfinfo"), reason="poppler-utils (pdfinfo) is not installed")
def test_engine_qt_sets_the_pdf_itself_even_with_libreoffice_installed(db, tmp_path, monkeypatch, qapp):
    monkeypatch.setattr(pdf, "convert_docx_to_pdf", lambda *a, **k: pytest.fail("LibreOffice was used"))
    out = tmp_path / "qt.pdf"
    assert main(["export", "--db", str(db), "52", "--format", "pdf", "--engine", "qt", "-o", str(out)]) == 0
    assert pdf_info(out)["Creator"] == "简报编辑器"


def test_engine_libreoffice_without_libreoffice_fails_in_one_chinese_sentence(db, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(pdf, "libreoffice_path", lambda: None)
    out = tmp_path / "lo.pdf"
    assert main(["export", "--db", str(db), "52", "--format", "pdf", "--engine", "libreoffice", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "LibreOffice" in err and "--engine qt" in err and "Traceback" not in err
    assert not out.exists()


def test_engine_is_for_pdf_only(db, tmp_path, capsys):
    out = tmp_path / "x.docx"
    assert main(["export", "--db", str(db), "52", "--format", "docx", "--engine", "qt", "-o", str(out)]) == 2
    assert "--engine" in capsys.readouterr().err and not out.exists()


def test_default_engine_falls_back_to_qt_without_libreoffice(db, tmp_path, monkeypatch, qapp):
    monkeypatch.setattr(pdf, "libreoffice_path", lambda: None)
    out = tmp_path / "auto.pdf"
    assert main(["export", "--db", str(db), "52", "--format", "pdf", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.slow
@pytest.mark.skipif(pdf.libreoffice_path() is None or not shutil.which("pdfinfo"),
                    reason="LibreOffice and poppler are needed")
def test_engine_libreoffice_converts_the_docx(db, tmp_path):
    out = tmp_path / "lo.pdf"
    assert main(["export", "--db", str(db), "52", "--format", "pdf", "--engine", "libreoffice", "-o", str(out)]) == 0
    assert "LibreOffice" in pdf_info(out)["Producer"]
