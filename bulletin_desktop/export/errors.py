"""Typed failures of the writers that are not about the target file itself.

Problems writing the output file are ``core.safe_write.WriteError``; everything else an
export can run into (LibreOffice missing or failing, a converter that produced nothing)
is an ``ExportError`` whose ``message`` is shown to the clerk as it is.
"""
from __future__ import annotations

from ..core.errors import BulletinError


class ExportError(BulletinError):
    """An export that could not be completed; ``message`` says why, in plain Chinese."""


class ExportCancelled(ExportError):
    """The clerk cancelled an export of several issues; nothing half-written was left
    behind. ``written`` names the whole files written before (one file per issue)."""

    def __init__(self, message: str, written: list | None = None):
        super().__init__(message)
        self.written = list(written or [])
