"""How old a backup is, in the window's language (“5 hours ago”, “5 小时前”): the
command line's Chinese words (``file_ops.age_text``) would show in an English window."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from ...core.archive import file_ops


def age_text(then: dt.datetime, now: dt.datetime | None = None) -> str:
    count, unit = file_ops.age(then, now)
    translate = QCoreApplication.translate
    # the English source is the English window's text (it has no translator): one and many apart
    if unit == "day":
        text = translate("BackupAge", "1 day ago") if count == 1 else translate("BackupAge", "{n} days ago")
    elif unit == "hour":
        text = translate("BackupAge", "1 hour ago") if count == 1 else translate("BackupAge", "{n} hours ago")
    elif unit == "minute":
        text = translate("BackupAge", "1 minute ago") if count == 1 else translate("BackupAge", "{n} minutes ago")
    else:
        text = translate("BackupAge", "just now")
    return text.format(n=count)
