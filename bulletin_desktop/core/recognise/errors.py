from __future__ import annotations

from ..errors import BulletinError


class BulletinFormatError(BulletinError):
    """The text is not a bulletin the reader can understand (no masthead it can read, a
    file that is not a document); ``message`` says why in Chinese."""
