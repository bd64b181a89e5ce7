"""What the Word-reading tests share."""
from __future__ import annotations

import pytest

from bulletin_desktop.core import libreoffice


@pytest.fixture(scope="module")
def soffice():
    """LibreOffice's program: the test is skipped on a machine without it."""
    found = libreoffice.libreoffice_path()
    if found is None:
        pytest.skip("LibreOffice is needed")
    return found
