"""Offline proofreading for 简报 text: anchored rules that stay quiet on correct official prose.

Nothing here is imported at start-up; the lists under ``resources/proofread/`` are read on
the first check. No Qt.
"""
from __future__ import annotations

from .engine import check
from .findings import ARCHIVE_KINDS, KIND_LABELS, TEXT_KINDS, CheckContext, Finding, Term

__all__ = ["check", "CheckContext", "Finding", "Term", "TEXT_KINDS", "ARCHIVE_KINDS", "KIND_LABELS"]
