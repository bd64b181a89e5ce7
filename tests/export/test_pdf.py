"""PDF export: finding LibreOffice, converting with a private profile, failing clearly,
and falling back to the Qt renderer when there is no LibreOffice."""
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

from bulletin_desktop.core import libreoffice
from bulletin_desktop.export import pdf
from bulletin_desktop.export.errors import ExportError
from bulletin_desktop.export.layout_options import LayoutOptions

from docx_readback import have_libreoffice, page_count, pdftotext

posix_only = pytest.mark.skipif(os.name != "posix", reason="the stand-in LibreOffice is a shell script")

FAKE_OK = """#!/bin/sh
printf '%s\\n' "$@" > "$FAKE_ARGS"
outdir=""; prev=""
for a in "$@"; do [ "$prev" = "--outdir" ] && outdir="$a"; prev="$a"; done
mkdir -p "$outdir" && printf '%%PDF-1.4 stand-in' > "$outdir/bulletin.pdf"
"""
FAKE_KEEPS_PROFILE = """#!/bin/sh
for a in "$@"; do
  case "$a" in -env:UserInstallation=file://*) profile="${a#-env:UserInstallation=file://}";; esac
done
cp "$profile/user/registrymodifications.xcu" "$FAKE_XCU"
exit 1
"""
FAKE_FAILS = """#!/bin/sh
echo "Error: source file could not be loaded" >&2
exit 1
"""
FAKE_SILENT = "#!/bin/sh\nexit 0\n"
FAKE_HANGS = """#!/bin/sh
echo $$ > "$FAKE_PIDS"
sleep 60 &
echo $! >> "$FAKE_PIDS"
wait
"""


def fake_soffice(folder: Path, script: str, name: str = "soffice") -> Path:
    path = folder / name
    path.write_text(script, encoding="utf-8")
    path.chmod(0o755)
    return path


@pytest.fixture
def no_libreoffice(monkeypatch):
    monkeypatch.delenv(pdf.SOFFICE_ENV, raising=False)
    monkeypatch.setattr(pdf.shutil, "which", lambda name: None)
    monkeypatch.setattr(libreoffice, "_install_locations", lambda: [])


def test_finds_libreoffice_on_path(tmp_path, monkeypatch):
    monkeypatch.delenv(pdf.SOFFICE_ENV, raising=False)
    program = fake_soffice(tmp_path, FAKE_OK)
    monkeypatch.setenv("PATH", str(tmp_path))
    assert pdf.libreoffice_path() == program


def test_finds_the_libreoffice_name_too(tmp_path, monkeypatch):
    monkeypatch.delenv(pdf.SOFFICE_ENV, raising=False)
    program = fake_soffice(tmp_path, FAKE_OK, "libreoffice")
    monkeypatch.setenv("PATH", str(tmp_path))
    assert pdf.libreoffice_path() == program


def test_environment_names_a_portable_install(tmp_path, monkeypatch):
    program = fake_soffice(tmp_path, FAKE_OK, "soffice-portable")
    monkeypatch.setenv(pdf.SOFFICE_ENV, str(program))
    assert pdf.libreoffice_path() == program


def test_windows_install_locations(tmp_path, monkeypatch):
    monkeypatch.setenv("PROGRAMFILES", str(tmp_path))
    candidates = pdf._windows_candidates()
    assert candidates[0] == tmp_path / "LibreOffice" / "program" / "soffice.exe"
    assert Path(r"C:\Program Files (x86)") / "LibreOffice" / "program" / "soffice.exe" in candidates


def test_none_when_absent(no_libreoffice):
    assert pdf.libreoffice_path() is None


def test_falls_back_to_the_qt_renderer(no_libreoffice, sample_issue, tmp_path, monkeypatch):
    calls = []
    fake = types.ModuleType("bulletin_desktop.export.qt_render")
    fake.write_pdf_qt = lambda issue, path, options: calls.append((issue, path, options))
    monkeypatch.setitem(sys.modules, "bulletin_desktop.export.qt_render", fake)
    options = LayoutOptions().with_changes({"red_rule_pt": "3"})
    pdf.write_pdf(sample_issue, tmp_path / "x.pdf", options)
    assert calls == [(sample_issue, tmp_path / "x.pdf", options)]


@posix_only
def test_converts_with_a_private_throwaway_profile(sample_issue, tmp_path, monkeypatch):
    args_file = tmp_path / "args.txt"
    monkeypatch.setenv("FAKE_ARGS", str(args_file))
    monkeypatch.setenv(pdf.SOFFICE_ENV, str(fake_soffice(tmp_path, FAKE_OK)))
    target = tmp_path / "out" / "简报.pdf"
    target.parent.mkdir()
    pdf.write_pdf(sample_issue, target)
    assert target.read_bytes() == b"%PDF-1.4 stand-in"
    args = args_file.read_text(encoding="utf-8").splitlines()
    assert "--headless" in args and args[args.index("--convert-to") + 1] == "pdf"
    [profile] = [a for a in args if a.startswith("-env:UserInstallation=file:///")]
    work = Path(args[-1]).parent
    assert profile.endswith(str(work / "profile")) and Path(args[-1]).name == "bulletin.docx"
    assert not work.exists()  # the temporary folder and its profile are gone
    assert sorted(p.name for p in target.parent.iterdir()) == ["简报.pdf"]


@posix_only
@pytest.mark.parametrize("script, detail", [(FAKE_FAILS, "source file could not be loaded"), (FAKE_SILENT, "退出码 0")])
def test_failed_conversion_is_a_clear_error_and_keeps_the_old_file(sample_issue, tmp_path, monkeypatch,
                                                                    script, detail):
    monkeypatch.setenv(pdf.SOFFICE_ENV, str(fake_soffice(tmp_path, script)))
    target = tmp_path / "old.pdf"
    target.write_bytes(b"%PDF old")
    with pytest.raises(ExportError) as caught:
        pdf.write_pdf(sample_issue, target)
    assert "LibreOffice 未能把简报转换为 PDF" in caught.value.message and detail in caught.value.message
    assert target.read_bytes() == b"%PDF old"


def test_missing_faces_get_installed_stand_ins(monkeypatch):
    monkeypatch.setattr(pdf, "_on_windows", lambda: False)
    monkeypatch.setattr(pdf, "installed_font_families",
                        lambda: {"黑体", "Noto Serif CJK SC", "Noto Sans CJK SC", "DejaVu Sans"})
    subs = pdf.font_substitutes(LayoutOptions())
    assert subs == {"仿宋_GB2312": "Noto Serif CJK SC", "楷体_GB2312": "Noto Serif CJK SC",
                    "方正小标宋简体": "Noto Serif CJK SC", "宋体": "Noto Serif CJK SC"}  # 黑体 is installed
    monkeypatch.setattr(pdf, "installed_font_families", lambda: {"Noto Serif CJK SC", "Tinos", "Liberation Serif"})
    assert pdf.font_substitutes(LayoutOptions())["Times New Roman"] == "Liberation Serif"  # same widths as Word's
    monkeypatch.setattr(pdf, "installed_font_families", lambda: {"Noto Serif CJK SC", "Times New Roman"})
    assert "Times New Roman" not in pdf.font_substitutes(LayoutOptions())
    monkeypatch.setattr(pdf, "installed_font_families", lambda: {"DejaVu Sans"})
    assert pdf.font_substitutes(LayoutOptions()) == {}  # no stand-in installed: leave it to LibreOffice
    monkeypatch.setattr(pdf, "_on_windows", lambda: True)
    monkeypatch.setattr(pdf, "installed_font_families", lambda: {"Noto Serif CJK SC"})
    assert pdf.font_substitutes(LayoutOptions()) == {}


@posix_only
def test_stand_ins_go_into_the_private_profile(sample_issue, tmp_path, monkeypatch):
    from lxml import etree

    xcu = tmp_path / "seen.xcu"
    monkeypatch.setenv("FAKE_XCU", str(xcu))
    program = fake_soffice(tmp_path, FAKE_KEEPS_PROFILE)
    with pytest.raises(ExportError):
        pdf.convert_docx_to_pdf(b"PK", program, substitutes={"仿宋_GB2312": "Noto Serif CJK SC", "<&>": "x"})
    root = etree.fromstring(xcu.read_bytes())
    values = [v.text for v in root.iter("value")]
    assert values == ["true", "true", "false", "仿宋_GB2312", "Noto Serif CJK SC", "true", "false", "<&>", "x"]


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return "gone"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to check the processes")
def test_hung_conversion_is_stopped_with_everything_it_started(sample_issue, tmp_path, monkeypatch):
    pids = tmp_path / "pids"
    monkeypatch.setenv("FAKE_PIDS", str(pids))
    monkeypatch.setenv(pdf.SOFFICE_ENV, str(fake_soffice(tmp_path, FAKE_HANGS)))
    with pytest.raises(ExportError, match="没有完成 PDF 转换"):
        pdf.write_pdf(sample_issue, tmp_path / "x.pdf", timeout=1)
    started = [int(x) for x in pids.read_text().split()]
    assert len(started) == 2
    assert all(_state(pid) in ("gone", "Z", "X") for pid in started)
    assert not (tmp_path / "x.pdf").exists()


def test_program_that_cannot_start(sample_issue, tmp_path, monkeypatch):
    program = tmp_path / "soffice"
    program.write_text("not a program", encoding="utf-8")
    program.chmod(0o644)
    monkeypatch.setenv(pdf.SOFFICE_ENV, str(program))
    with pytest.raises(ExportError, match="无法启动 LibreOffice"):
        pdf.write_pdf(sample_issue, tmp_path / "x.pdf")


@pytest.mark.slow
@pytest.mark.skipif(not have_libreoffice(), reason="LibreOffice and poppler are needed")
def test_real_conversion(sample_issue, tmp_path, monkeypatch):
    monkeypatch.delenv(pdf.SOFFICE_ENV, raising=False)
    target = tmp_path / "简报第52期.pdf"
    pdf.write_pdf(sample_issue, target)
    assert target.read_bytes()[:5] == b"%PDF-"
    assert page_count(target) >= 3
    assert "漯河安全生产简报" in pdftotext(target, 1)
    if pdf.font_substitutes(LayoutOptions()).get("仿宋_GB2312") == "Noto Serif CJK SC":
        fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True).stdout
        assert "NotoSerifCJK" in fonts and "NotoSansCJK" in fonts  # 仿宋 and 黑体 stand-ins both used
