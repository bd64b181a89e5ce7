"""Units the statistics show in two rows that are likely one (units.same_unit): a town raised
from 乡 to 镇 during the year, an office under its name from before a reform, a department
written short and in full. The figures stay as the registry has them (the clerk merges, the
program never does), but the clerk is told, so that a split unit is not taken for two."""
from __future__ import annotations

from ..archive import Archive
from .report import StatsReport


def split_units(archive: Archive, report: StatsReport) -> list[tuple[str, str, str]]:
    """(unit, the unit it is likely one with, why) for each such pair both of which have
    figures in ``report``."""
    from ..units.same_unit import likely_same  # (the statistics' first refresh only)

    counted = {row.name for row in report.rows if row.submitted or row.adopted}
    return [(pair.source, pair.target, pair.reason) for pair in likely_same(archive)
            if pair.source in counted and pair.target in counted]


def split_note(pairs: list[tuple[str, str, str]]) -> str:
    """What the clerk is told of them; "" for none."""
    if not pairs:
        return ""
    named = "；".join(f"“{one}”与“{other}”（{why}）" for one, other, why in pairs)
    return f"表中以下单位可能是同一单位，各占一行：{named}。是同一单位的，在单位名录中并入后合为一行。"
