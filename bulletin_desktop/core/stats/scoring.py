"""The scoring table (计分办法) the clerk edits, and bonus flags (领导批示) set on entries."""
from __future__ import annotations

from dataclasses import dataclass

from ..archive import Archive
from ..errors import BulletinError

FLAG_PREFIX = "flag:"


@dataclass(frozen=True)
class ScoreRule:
    key: str  # item, article, special, or flag:<name>
    label: str
    points: float

    @property
    def flag(self) -> str | None:
        return self.key[len(FLAG_PREFIX):] if self.key.startswith(FLAG_PREFIX) else None


def list_scoring(archive: Archive) -> list[ScoreRule]:
    with archive.reading() as conn:
        return [ScoreRule(*r) for r in conn.execute("SELECT key, label, points FROM scoring ORDER BY position, key")]


def set_points(archive: Archive, key: str, points: float, label: str | None = None) -> None:
    """Change a rule's points, or add a bonus flag rule (``flag:名称``)."""
    if not 0 <= points <= 1000:  # (NaN is refused too: it compares false with everything)
        shown = "nan" if points != points else f"{points:g}"
        raise BulletinError(f"分值 {shown} 不合理，应在 0 到 1000 之间。")
    with archive.transaction("修改计分办法") as conn:
        known = conn.execute("SELECT 1 FROM scoring WHERE key = ?", (key,)).fetchone()
        if known:
            conn.execute("UPDATE scoring SET points = ?, label = coalesce(?, label) WHERE key = ?", (points, label, key))
        elif key.startswith(FLAG_PREFIX) and len(key) > len(FLAG_PREFIX):
            conn.execute("INSERT INTO scoring (key, label, points, position) "
                         "VALUES (?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM scoring))",
                         (key, label or key[len(FLAG_PREFIX):], points))
        else:
            raise BulletinError(f"计分办法中没有“{key}”一项。")


def set_entry_flag(archive: Archive, entry_uid: str, flag: str, on: bool = True) -> None:
    """Mark (or unmark) an entry with a bonus such as 领导批示; kept by uid, so editing the
    entry keeps it."""
    with archive.transaction("设置加分标记") as conn:
        if on:
            if conn.execute("SELECT 1 FROM scoring WHERE key = ?", (FLAG_PREFIX + flag,)).fetchone() is None:
                raise BulletinError(f"计分办法中没有加分项“{flag}”。")
            conn.execute("INSERT OR IGNORE INTO entry_flags (entry_uid, flag) VALUES (?, ?)", (entry_uid, flag))
        else:
            conn.execute("DELETE FROM entry_flags WHERE entry_uid = ? AND flag = ?", (entry_uid, flag))


def entry_flags(archive: Archive, entry_uid: str) -> set[str]:
    """The bonus flags the entry carries."""
    with archive.reading() as conn:
        return {r[0] for r in conn.execute("SELECT flag FROM entry_flags WHERE entry_uid = ?", (entry_uid,))}
