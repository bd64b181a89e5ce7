"""Golden files for the sample's word/document.xml and word/styles.xml.

A change to the writer shows up here as a readable diff. When the change is intended,
refresh the files and review them in the commit:

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/export/test_docx_golden.py
"""
import difflib
import os
from pathlib import Path

import pytest

from bulletin_desktop.export.docx.writer import docx_bytes

from docx_readback import parts, pretty

GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize("name", ["document.xml", "styles.xml"])
def test_sample_matches_golden(sample_issue, name):
    actual = pretty(parts(docx_bytes(sample_issue))[f"word/{name}"])
    golden = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.write_text(actual, encoding="utf-8")
        pytest.skip(f"refreshed {golden}")
    expected = golden.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                            f"golden/{name}", f"exported {name}", n=2))
        pytest.fail(f"word/{name} differs from the golden file "
                    f"(UPDATE_GOLDEN=1 refreshes it if the change is intended):\n{diff[:6000]}", pytrace=False)
