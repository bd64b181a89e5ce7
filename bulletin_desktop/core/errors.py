"""The one base of every error the clerk is shown."""
from __future__ import annotations


class BulletinError(Exception):
    """Something the clerk must be told; ``message`` (also ``str(exc)``) says what went wrong,
    and where it helps what to do, in plain Chinese. The GUI shows it in a message box and
    the command line prints it; neither ever shows a traceback for one of these."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message
