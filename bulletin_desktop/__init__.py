"""Bulletin Desktop (简报编辑器)."""
from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("bulletin-desktop")
except _metadata.PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0.1.0"
