"""Finding the files under ``resources/`` and ``forms/`` wherever the program runs."""
from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates(kind: str) -> list[Path]:
    roots = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # PyInstaller bundle
        roots.append(Path(bundle) / kind)
    roots.append(_PACKAGE_DIR / kind)  # installed wheel: force-included into the package
    roots.append(_PACKAGE_DIR.parent / kind)  # source checkout or editable install
    return roots


def _find(kind: str, *parts: str) -> Path:
    for root in _candidates(kind):
        path = root.joinpath(*parts)
        if path.exists():
            return path
    return _candidates(kind)[-1].joinpath(*parts)


def resource_path(*parts: str) -> Path:
    return _find("resources", *parts)


def form_path(name: str) -> Path:
    return _find("forms", name)


def sample_bulletin_path() -> Path:
    return resource_path("sample-luohe-052.txt")
