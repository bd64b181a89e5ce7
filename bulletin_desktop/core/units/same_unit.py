"""Units the registry holds apart that are likely one: a department written short and in
full (市住建局, 市住房和城乡建设局), another county's office and the county (长葛市应急管理局,
长葛市), an office and the one a reform gave its work to (县安监局, 县应急管理局), a place
and itself raised a level (马庄乡, 马庄镇: level_renamed). Archives filled before imports
registered such names as aliases hold them as units of their own; the clerk merges them
(units similar lists them, the merge dialog offers them first)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from ..archive import Archive
from .level_renamed import place_level
from .reformed import successors
from .registry import Unit, autonomous_short_name, home_place, place_of, read_units
from .short_names import matching_form, short_form


# a town's name (获嘉县城关镇, 马庄乡人民政府, 城关街道办事处)
_TOWN = re.compile(r"(?:镇|乡|街道)(?:办事处|人民政府|政府)?$")


@dataclass(frozen=True)
class LikelySame:
    source: str  # the unit to merge …
    target: str  # … into this one
    reason: str

    def to_dict(self) -> dict:
        return {"source": self.source, "target": self.target, "reason": self.reason}


def likely_same(archive: Archive) -> list[LikelySame]:
    """Pairs of active units that look like one, each unit once as a source, in the
    registry's order."""
    with archive.reading() as conn:
        units = read_units(conn, include_retired=False)
        home = home_place(conn)
        owner = {name: unit for unit in units for name in (unit.name, *unit.aliases)}
        # every name's short form and raised-place key once, with the units (in the registry's
        # order) known by it: a registry of hundreds of units is not read pair by pair
        by_short: dict[str, list[Unit]] = {}
        by_folded: dict[str, list[Unit]] = {}  # (with traditional characters simplified)
        by_place: dict[tuple[str, int], list[tuple[int, Unit]]] = {}
        for unit in units:
            for name in (unit.name, *unit.aliases):
                by_short.setdefault(short_form(name), []).append(unit)
                by_folded.setdefault(matching_form(name), []).append(unit)
                if name != home and (level := place_level(name)) is not None:
                    by_place.setdefault(level[:2], []).append((level[2], unit))
        order = {unit.id: index for index, unit in enumerate(units)}
        registered = {name for (name,) in conn.execute("SELECT name FROM unit_names")}

        def first(candidates: Iterable[Unit], unit: Unit) -> Unit | None:
            return min((o for o in candidates if o.id != unit.id), key=lambda o: order[o.id], default=None)

        # an autonomous county or banner registered a second time under its short name (围场县
        # for 围场满族蒙古族自治县, from pieces read before the short name was known as its)
        autonomous = {short: unit for unit in units if (short := autonomous_short_name(unit.name))}
        found: list[LikelySame] = []
        for unit in units:
            full = autonomous.get(unit.name)
            if full is not None and full.id != unit.id:
                found.append(LikelySame(unit.name, full.name, f"“{unit.name}”是{full.name}的简称"))
                continue
            for name in (unit.name, *unit.aliases):
                place = place_of(conn, name, registered)
                # (a town the clerk registered on its own, 获嘉县城关镇, is no office of its county;
                # 花都街道办事处 is 花都街道's)
                a_town_in_it = bool(_TOWN.search(name)) and not _TOWN.search(place)
                county = owner.get(place) if place and place != home and not a_town_in_it else None
                if county is not None and county.id != unit.id:
                    found.append(LikelySame(unit.name, county.name, f"“{name}”属于{county.name}"))
                    break
                other = first(by_short.get(short_form(name), ()), unit)
                # the full form is kept: the other way round the pair is listed once, from the short one
                if other is not None and (len(other.name), -other.id) > (len(unit.name), -unit.id):
                    found.append(LikelySame(unit.name, other.name, f"“{name}”与“{other.name}”是简称与全称"))
                    break
                # a name written in traditional characters, registered on its own before the
                # registry folded them (縣應急管理局 beside 县应急管理局): into the simplified one
                folded = matching_form(name)
                other = first((o for o in by_folded.get(folded, ()) if short_form(o.name) == matching_form(o.name)),
                              unit) if short_form(name) != folded else None
                if other is not None:
                    found.append(LikelySame(unit.name, other.name, f"“{name}”与“{other.name}”只是繁简写法不同"))
                    break
                old, new, written = successors(name)
                successor = first((o for form in written for o in by_short.get(form, ())), unit)
                if successor is not None:
                    found.append(LikelySame(unit.name, successor.name, f"机构改革后{old}的职责划入{new}"))
                    break
                # (新乡市 and 新乡县 where the bulletins are 新乡市's: two places)
                level = place_level(name) if name != home else None
                raised = level and first((o for rank, o in by_place.get(level[:2], ()) if rank > level[2]), unit)
                if raised:
                    found.append(LikelySame(unit.name, raised.name,
                                            f"“{name}”可能已改称“{raised.name}”（撤乡设镇、撤县设市等）"))
                    break
        return found


def likely_targets(archive: Archive, name: str) -> list[str]:
    """The units ``name`` is likely to be merged into, most likely first."""
    return [pair.target for pair in likely_same(archive) if pair.source == name]
