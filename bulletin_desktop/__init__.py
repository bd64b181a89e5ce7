"""Bulletin Desktop (简报编辑器)."""
from __future__ import annotations


def __getattr__(name: str) -> str:
    # Read on first use: importlib.metadata costs tens of milliseconds at start-up.
    if name == "__version__":
        from importlib import metadata

        try:
            version = metadata.version("bulletin-desktop")
        except metadata.PackageNotFoundError:  # a checkout that was never installed
            version = "0.1.0"
        globals()["__version__"] = version
        return version
    raise AttributeError(name)
