"""Regenerate what is built from source files in the repository.

    python -m bulletin_desktop.gui.devtools forms         # forms/*.ui -> gui/forms/ui_*.py
    python -m bulletin_desktop.gui.devtools translations  # update .ts from the code, compile .qm

Both use the Qt tools that come with PySide6 (pyside6-uic, pyside6-lupdate, pyside6-lrelease).
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORMS_DIR = ROOT / "forms"
GENERATED_DIR = Path(__file__).resolve().parent / "forms"
GUI_DIR = Path(__file__).resolve().parent
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "en")


def tool(name: str) -> str:
    """A PySide6 tool next to the running Python (the venv), else from PATH."""
    candidate = Path(sys.executable).with_name(name)
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found; install PySide6")
    return found


def generated_name(ui_file: Path) -> str:
    return f"ui_{ui_file.stem}.py"


def generate_form(ui_file: Path) -> str:
    code = subprocess.run([tool("pyside6-uic"), str(ui_file)], check=True, capture_output=True,
                          text=True, encoding="utf-8").stdout
    return only_used_imports(code)


_QT_IMPORT = re.compile(r"^from (PySide6\.\w+) import (\([^)]*\)|[^\n]*)\n", re.MULTILINE)


def only_used_imports(code: str) -> str:
    """uic imports some forty Qt classes into every form whatever it uses. PySide6 builds
    a class, with all of its enums, when it is first imported, so the unused ones cost
    start-up time and memory (QGradient's enum alone has 180 members): keep the used ones."""
    body = re.sub(r"#.*", "", _QT_IMPORT.sub("", code))  # "Qt" in the header comment is no use of Qt

    def used(match: re.Match) -> str:
        names = [n.strip() for n in match.group(2).strip("()").split(",") if n.strip()]
        kept = [n for n in names if re.search(rf"\b{n}\b", body)]
        return f"from {match.group(1)} import {', '.join(kept)}\n" if kept else ""

    return _QT_IMPORT.sub(used, code)


def build_forms() -> None:
    for ui_file in sorted(FORMS_DIR.glob("*.ui")):
        target = GENERATED_DIR / generated_name(ui_file)
        target.write_text(generate_form(ui_file), encoding="utf-8")
        print(f"{ui_file.relative_to(ROOT)} -> {target.relative_to(ROOT)}")


def ts_path(lang: str) -> Path:
    return TRANSLATIONS_DIR / f"bulletin_desktop_{lang}.ts"


def qm_path(lang: str) -> Path:
    return TRANSLATIONS_DIR / f"bulletin_desktop_{lang}.qm"


def translation_sources() -> list[Path]:
    sources = [p for p in sorted(GUI_DIR.rglob("*.py")) if not p.name.startswith("ui_")]
    return sources + sorted(FORMS_DIR.glob("*.ui"))


def compile_translation(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)


def build_translations() -> None:
    sources = [str(p) for p in translation_sources()]
    for lang in LANGUAGES:
        subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", "-source-language", "en",
                        "-target-language", lang, *sources, "-ts", str(ts_path(lang))], check=True)
        compile_translation(ts_path(lang), qm_path(lang))
        print(f"{ts_path(lang).relative_to(ROOT)} -> {qm_path(lang).relative_to(ROOT)}")


def main(argv: list[str]) -> int:
    what = argv[0] if argv else ""
    if what == "forms":
        build_forms()
    elif what == "translations":
        build_translations()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
