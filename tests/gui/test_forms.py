"""The generated ui_*.py files are exactly what pyside6-uic makes of forms/*.ui."""
from __future__ import annotations

import pytest

from bulletin_desktop.gui import devtools

FORMS = sorted(devtools.FORMS_DIR.glob("*.ui"))


def _without_header(code: str) -> list[str]:
    # the banner names the uic version; everything else must match
    return [line for line in code.splitlines() if not line.startswith("## ")]


def test_every_form_has_generated_code():
    generated = {p.name for p in devtools.GENERATED_DIR.glob("ui_*.py")}
    assert generated == {devtools.generated_name(f) for f in FORMS}


@pytest.mark.parametrize("ui_file", FORMS, ids=lambda p: p.name)
def test_generated_code_is_up_to_date(ui_file):
    expected = devtools.generate_form(ui_file)
    actual = (devtools.GENERATED_DIR / devtools.generated_name(ui_file)).read_text(encoding="utf-8")
    assert _without_header(actual) == _without_header(expected), (
        f"{ui_file.name} changed: run `python -m bulletin_desktop.gui.devtools forms`")
