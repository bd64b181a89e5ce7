"""Faces that stand in for the Windows Latin faces a bulletin names, width for width.

Word sets digits and Latin letters in ``latin_font`` (Times New Roman). Where that face is
missing (Linux), a metric-compatible face has the same advance for every character, so
lines break where Word breaks them. Both the Qt typesetter (``screen_fonts``) and the
LibreOffice conversion (``pdf.font_substitutes``) take the stand-in from here. Qt-free.
"""
from __future__ import annotations

METRIC_COMPATIBLE: dict[str, tuple[str, ...]] = {
    "times new roman": ("Liberation Serif", "Tinos", "Nimbus Roman", "Nimbus Roman No9 L", "TeX Gyre Termes"),
    "arial": ("Liberation Sans", "Arimo", "Nimbus Sans", "TeX Gyre Heros"),
    "courier new": ("Liberation Mono", "Cousine", "Nimbus Mono PS", "TeX Gyre Cursor"),
}


def metric_compatible(name: str) -> tuple[str, ...]:
    """Faces with the same advances as ``name``, best first; empty when none is known."""
    return METRIC_COMPATIBLE.get(name.casefold(), ())
