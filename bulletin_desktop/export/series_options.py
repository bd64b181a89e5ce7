"""A series' layout: the options it changes from the defaults, stored by the archive as
a JSON object, turned into ``LayoutOptions`` and back.

Reading is forgiving on purpose: an archive outlives program versions, so a stored key
this version no longer has (or a value it cannot read) is skipped with a log line
rather than making every export of that series fail.
"""
from __future__ import annotations

import dataclasses
import logging
from typing import Any, Mapping

from .layout_options import LayoutOptionError, LayoutOptions

log = logging.getLogger(__name__)


def series_options(changes: Mapping[str, Any], base: LayoutOptions | None = None) -> LayoutOptions:
    """``base`` (default: the defaults) with a series' stored changes applied."""
    options = base or LayoutOptions()
    for key, value in changes.items():
        try:
            options = options.with_changes({key: value})
        except LayoutOptionError as exc:
            log.warning("series layout option %s=%r skipped: %s", key, value, exc.message)
    return options


def changed_options(options: LayoutOptions, base: LayoutOptions | None = None) -> dict[str, Any]:
    """The options that differ from ``base`` (default: the defaults), JSON-ready."""
    base = base or LayoutOptions()
    changes: dict[str, Any] = {}
    for field in dataclasses.fields(options):
        value = getattr(options, field.name)
        if value != getattr(base, field.name):
            changes[field.name] = list(value) if isinstance(value, tuple) else value
    return changes
