"""Which registered unit a submission comes from: its file name, then its first lines."""
from __future__ import annotations

from typing import Iterable

# Only the opening of a submission names its unit (标题 or 报送单位); later mentions are of
# other units (检查了某某区…).
_FIRST_CHARS = 200


def detect_unit(names: Iterable[tuple[str, int]], file_name: str = "", text: str = "") -> int | None:
    """The id of the unit whose name (or alias) appears first in the file name, else earliest in
    the first lines of the text; the longest name wins at the same place. ``names`` as
    ``units.registry.unit_names`` gives them."""
    names = list(names)
    for haystack in (file_name, text[:_FIRST_CHARS]):
        best: tuple[int, int, int] | None = None
        for name, unit_id in names:
            at = haystack.find(name)
            if at >= 0:
                key = (at, -len(name), unit_id)
                if best is None or key < best:
                    best = key
        if best is not None:
            return best[2]
    return None
