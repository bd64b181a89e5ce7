from __future__ import annotations

from ..errors import BulletinError


class BulletinFormatError(BulletinError):
    """The text is not a bulletin the reader can understand (no masthead it can read, a
    file that is not a document); ``message`` says why in Chinese."""


class UnnamedMastheadError(BulletinFormatError):
    """The masthead prints no name in text (it is a picture, say): given the bulletin's name,
    the same file may read."""
