"""Long sessions emit hundreds of thousands of signals; the program must outlive them."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

EMIT_MANY = """
import sys
{setup}
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class Source(QObject):
    changed = Signal(str)
source = Source()
source.changed.connect(lambda text: None)
for _ in range(200_000):
    source.changed.emit("x")
print("alive")
"""


@pytest.mark.slow
def test_emitting_many_signals_does_not_abort_the_program():
    code = EMIT_MANY.format(setup="import bulletin_desktop.gui")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "alive"


def test_the_fix_is_applied_where_python_counts_references_to_true():
    from bulletin_desktop.gui.qt_workarounds import keep_bools_alive

    applied = keep_bools_alive()
    assert applied == (sys.version_info < (3, 12) and sys.implementation.name == "cpython")
    if applied:
        assert sys.getrefcount(True) > 1 << 39
