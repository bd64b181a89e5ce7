"""The offline bundle: build it with scripts/build-installer, then use the frozen program the way
the clerk does (version, import, Word export, the window, the first-run archive). Also the
application icon and the Linux menu entry, which ship with it.

The bundle is built once per set of inputs (sources, resources, spec, installed packages) and
kept in pytest's cache, so a second run without changes reuses it; ``--cache-clear`` rebuilds.
"""
from __future__ import annotations

import configparser
import hashlib
import os
import platform
import re
import shutil
import struct
import subprocess
import sys
import tarfile
import zipfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APP = "bulletin-desktop"
ICON_DIR = ROOT / "resources" / "icons" / "app"
ICON_SIZES = (16, 32, 48, 64, 128, 256)
IS_WINDOWS = sys.platform == "win32"
IS_LINUX = sys.platform.startswith("linux")
BUILD_INPUTS = ["build_installer.spec", "pyproject.toml", "scripts/pyinstaller_entry.py",
                "scripts/build-installer", "scripts/install-menu-entry.sh", "bulletin_desktop", "resources", "forms"]
SIZE_LIMIT_MB = 150  # Linux target for the unpacked folder


def pyproject_version() -> str:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    project = text.split("[project]", 1)[1].split("\n[", 1)[0]
    return re.search(r'^version\s*=\s*"([^"]+)"', project, re.M).group(1)


# --- building (once per set of inputs) ----------------------------------------------------------

def inputs_fingerprint() -> str:
    digest = hashlib.sha256()
    for name in BUILD_INPUTS:
        path = ROOT / name
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for file in files:
            if "__pycache__" in file.parts or file.suffix == ".pyc":
                continue
            digest.update(file.relative_to(ROOT).as_posix().encode() + b"\0" + file.read_bytes() + b"\0")
    installed = sorted(f"{d.metadata['Name']}=={d.version}" for d in metadata.distributions())
    digest.update("\n".join([sys.version, *installed]).encode())
    return digest.hexdigest()[:16]


@dataclass
class Bundle:
    dist: Path
    build_output: str

    @property
    def folder(self) -> Path:
        return self.dist / APP

    @property
    def program(self) -> Path:
        # On Windows the windowed .exe has no console; the subcommands are run through the console twin.
        return self.folder / (f"{APP}-cli.exe" if IS_WINDOWS else APP)

    def run(self, *args: str, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
        full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
        return subprocess.run([str(self.program), *map(str, args)], capture_output=True, text=True,
                              encoding="utf-8", errors="replace", env=full_env, timeout=timeout)


@pytest.fixture(scope="session")
def bundle(pytestconfig, tmp_path_factory) -> Bundle:
    cache = pytestconfig.cache.mkdir("installer-bundle") if pytestconfig.cache else tmp_path_factory.mktemp("bundle")
    key = inputs_fingerprint()
    done = cache / key
    if not (done / "build-output.txt").exists():
        for old in cache.iterdir():  # bundles of earlier inputs: ~120 MB each, never reused
            shutil.rmtree(old, ignore_errors=True)
        partial = cache / f"{key}.partial"
        result = subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "build-installer"),
             "--dist", str(partial / "dist"), "--work", str(partial / "work")],
            capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=1200,
        )
        assert result.returncode == 0, f"build failed:\n{result.stdout}\n{result.stderr}"
        shutil.rmtree(partial / "work", ignore_errors=True)
        (partial / "build-output.txt").write_text(result.stdout, encoding="utf-8")
        partial.rename(done)
    return Bundle(dist=done / "dist", build_output=(done / "build-output.txt").read_text(encoding="utf-8"))


@pytest.fixture
def sample_archive(bundle, tmp_path) -> Path:
    db = tmp_path / "archive.sqlite"
    result = bundle.run("import", "--db", db, ROOT / "resources" / "sample-luohe-052.txt")
    assert result.returncode == 0, result.stderr
    assert "第52期" in result.stdout
    return db


# --- the bundle ----------------------------------------------------------------------------------

@pytest.mark.slow
def test_build_packs_the_bundle_and_reports_its_sizes(bundle):
    version = pyproject_version()
    machine = {"amd64": "x86_64", "aarch64": "arm64"}.get(platform.machine().lower(), platform.machine().lower())
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    archive = bundle.dist / f"{APP}-{version}-{system}-{machine}.{'zip' if IS_WINDOWS else 'tar.gz'}"
    assert archive.is_file()
    unpacked_mb = float(re.search(r"解压后大小：([\d.]+) MB", bundle.build_output).group(1))
    archive_mb = float(re.search(r"安装包大小：([\d.]+) MB", bundle.build_output).group(1))
    assert archive_mb == pytest.approx(archive.stat().st_size / 1024 / 1024, abs=0.1)
    assert 0 < archive_mb < unpacked_mb
    if IS_LINUX:
        assert unpacked_mb < SIZE_LIMIT_MB
    if IS_WINDOWS:
        with zipfile.ZipFile(archive) as zf:
            names = set(zf.namelist())
    else:
        with tarfile.open(archive) as tf:
            names = set(tf.getnames())
    assert f"{APP}/{APP}{'.exe' if IS_WINDOWS else ''}" in names
    assert f"{APP}/_internal/resources/sample-luohe-052.txt" in names
    assert f"{APP}/使用说明.txt" in names


@pytest.mark.slow
def test_frozen_program_reports_the_version_of_pyproject(bundle):
    result = bundle.run("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["简报编辑器", pyproject_version()]


@pytest.mark.slow
def test_bundle_carries_only_the_qt_parts_in_use(bundle):
    files = [p.relative_to(bundle.folder).as_posix() for p in bundle.folder.rglob("*") if p.is_file()]
    for unwanted in ("WebEngine", "Quick", "Multimedia", "Qt6Qml", "Qt6Network", "Qt6Pdf", "qgtk3", "qwayland"):
        assert not [f for f in files if unwanted in f], unwanted
    names = {Path(f).name for f in files}
    platform_plugin = {"win32": "qwindows.dll", "darwin": "libqcocoa.dylib"}.get(sys.platform, "libqxcb.so")
    suffix = {"win32": ".dll", "darwin": ".dylib"}.get(sys.platform, ".so")
    prefix = "" if IS_WINDOWS else "lib"
    for needed in (platform_plugin, f"{prefix}qoffscreen{suffix}", f"{prefix}qsvgicon{suffix}", f"{prefix}qsvg{suffix}"):
        assert needed in names
    # of PySide6-Addons only Qt Charts, for the statistics view
    assert [f for f in files if "Charts" in f and "Qml" not in f], "Qt Charts missing"
    for unwanted in ("VirtualKeyboard", "ChartsQml", "Qt6Graphs", "Qt63D", "DataVisualization"):
        assert not [f for f in files if unwanted in f], unwanted
    qt_translations = sorted(Path(f).name for f in files if f.startswith("_internal/PySide6/") and f.endswith(".qm"))
    assert qt_translations == ["qt_en.qm", "qt_zh_CN.qm", "qtbase_en.qm", "qtbase_zh_CN.qm"]
    for resource in ("resources/translations/bulletin_desktop_zh_CN.qm", "resources/icons/app/bulletin-desktop-32.png",
                     "resources/bulletin-template.docx", "forms/main_window.ui"):
        assert f"_internal/{resource}" in files, resource


@pytest.mark.slow
def test_frozen_program_imports_and_exports_word(bundle, sample_archive, sample_issue, tmp_path):
    import docx

    out = tmp_path / "第52期.docx"
    result = bundle.run("export", "--db", sample_archive, "52", "--format", "docx", "-o", out)
    assert result.returncode == 0, result.stderr
    document = docx.Document(str(out))
    text = "\n".join(p.text for p in document.paragraphs)
    text += "\n".join(cell.text for table in document.tables for row in table.rows for cell in row.cells)
    assert sample_issue.series in text
    for section in sample_issue.sections:
        assert section.title in text


@pytest.mark.slow
def test_frozen_program_reads_word_files(bundle, sample_issue, tmp_path):
    import json

    from bulletin_desktop.export.docx.writer import write_docx

    path = tmp_path / "第52期.docx"
    write_docx(sample_issue, path)
    result = bundle.run("import", "--dry-run", "--json", path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["series"], data["number"], data["warnings"]) == (sample_issue.series, 52, [])
    bomb = tmp_path / "照片.docx"
    bomb.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    refused = bundle.run("import", "--dry-run", "--json", bomb)
    assert refused.returncode == 1 and "照片.docx" in refused.stderr and "Traceback" not in refused.stderr


@pytest.mark.slow
def test_frozen_program_exports_pdf(bundle, sample_archive, tmp_path):
    # LibreOffice runs as a child of the frozen program (or Qt draws the PDF where it is missing)
    out = tmp_path / "第52期.pdf"
    result = bundle.run("export", "--db", sample_archive, "52", "-o", out)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:5] == b"%PDF-"


@pytest.mark.slow
def test_frozen_program_saves_a_screenshot_of_the_window(bundle, sample_archive, tmp_path):
    from PySide6.QtGui import QImage

    shot = tmp_path / "window.png"
    result = bundle.run("gui", "--db", sample_archive, "--issue", "52", "--screenshot", shot)
    assert result.returncode == 0, result.stderr
    assert shot.stat().st_size > 10_000
    image = QImage(str(shot))
    assert image.width() >= 600 and image.height() >= 400
    # a real window, not a blank picture: many different colours across a diagonal
    colours = {image.pixel(i * image.width() // 200, i * image.height() // 200) for i in range(200)}
    assert len(colours) > 5


@pytest.mark.slow
def test_first_run_creates_the_archive_holding_the_sample(bundle, tmp_path):
    data_dir = tmp_path / "empty-user-data"
    data_dir.mkdir()
    result = bundle.run("list", env={"BULLETIN_DESKTOP_DATA_DIR": str(data_dir)})
    assert result.returncode == 0, result.stderr
    assert "漯河安全生产简报 第52期" in result.stdout
    assert (data_dir / "bulletin-archive.sqlite").is_file()


@pytest.mark.slow
@pytest.mark.skipif(not IS_LINUX, reason="menu entries of the freedesktop kind exist on Linux only")
def test_menu_entry_script_points_the_menu_at_the_unpacked_program(bundle, tmp_path):
    data = tmp_path / "xdg-data"
    script = bundle.folder / "install-menu-entry.sh"
    result = subprocess.run(["sh", str(script)], capture_output=True, text=True,
                            env={**os.environ, "XDG_DATA_HOME": str(data)})
    assert result.returncode == 0, result.stderr
    entry = read_desktop_entry(data / "applications" / f"{APP}.desktop")
    assert entry["Exec"] == f'"{bundle.folder / APP}"'
    assert entry["Name"] == "简报编辑器"
    for size in ICON_SIZES:
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP}.png").is_file()
    result = subprocess.run(["sh", str(script), "--remove"], capture_output=True, text=True,
                            env={**os.environ, "XDG_DATA_HOME": str(data)})
    assert result.returncode == 0, result.stderr
    assert not (data / "applications" / f"{APP}.desktop").exists()


# --- the icon and the desktop entry (no build needed) --------------------------------------------

def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


def read_desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive in desktop entries
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_app_icon_comes_in_every_size_the_desktop_asks_for():
    assert (ICON_DIR / f"{APP}.svg").is_file()
    for size in ICON_SIZES:
        assert png_size(ICON_DIR / f"{APP}-{size}.png") == (size, size)


def test_windows_icon_holds_every_size():
    data = (ICON_DIR / f"{APP}.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind, count) == (0, 1, len(ICON_SIZES))
    sizes = []
    for i in range(count):
        width, height, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        assert data[offset:offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(data)
        sizes.append(width or 256)
    assert sizes == list(ICON_SIZES)


def test_icon_pictures_are_rendered_from_the_current_svg():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "render_app_icons.py"), "--check"],
                            capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, f"run scripts/render_app_icons.py:\n{result.stdout}{result.stderr}"


def test_desktop_entry_names_the_program_in_chinese():
    entry = read_desktop_entry(ROOT / "resources" / f"{APP}.desktop")
    assert entry["Type"] == "Application"
    assert entry["Name"] == "简报编辑器"
    assert entry["Exec"] == APP
    assert entry["Icon"] == APP
    assert "Office" in entry["Categories"].split(";")
    assert entry["Terminal"] == "false"
