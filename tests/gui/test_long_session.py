"""Long sessions emit hundreds of thousands of signals; the program must outlive them.

PySide6 6.12.0 returned True from ``emit()`` without a reference of its own, and Python
3.10/3.11 aborted ("bool_dealloc") after a few thousand emits: a few minutes of typing.
That version is excluded in pyproject.toml; this test catches a binding with the same fault.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

EMIT_MANY = """
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
    result = subprocess.run([sys.executable, "-c", EMIT_MANY], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "alive"
