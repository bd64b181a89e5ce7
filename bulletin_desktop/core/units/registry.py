"""Units as rows: listing, adding, renaming, merging and retiring, each one transaction.

A unit is known by its canonical name and any number of aliases (all in ``unit_names``);
the archive's triggers count every entry for the unit its bold unit or its first words
name, so changing names here re-counts the history at once.
"""
from __future__ import annotations

import functools
import re
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from ..archive import Archive
from ..archive.schema import CATEGORY_OF_NAME, ENTRY_UNIT_MATCH
from ..archive.store import inserted_id, now_text
from ..errors import BulletinError
from ..model import PLACE_LEVELS, unit_name_at_start
from .short_names import matching_form

CATEGORIES = ("县区", "市直单位", "乡镇街道", "其他")
"""The usual categories; the clerk may use any other name as a category of their own."""


class UnitError(BulletinError):
    """A registry change that cannot be made as asked."""


class UnknownUnitError(UnitError):
    def __init__(self, name: str):
        missing = f"单位名录中没有“{name}”。"
        super().__init__(missing + "请先用 units add 登记，或用 units list 查看已有单位。",
                         missing + "请先在“单位名录与计分办法”中登记。")


@dataclass
class Unit:
    id: int
    name: str
    category: str = ""
    active: bool = True
    sort_order: int = 0
    aliases: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "category": self.category, "active": self.active,
                "sort_order": self.sort_order, "aliases": list(self.aliases)}


def read_units(conn: sqlite3.Connection, *, include_retired: bool = True) -> list[Unit]:
    """The registry's units in its order, inside a reading or transaction the caller holds."""
    return _units(conn, "" if include_retired else "u.active = 1")


def _units(conn: sqlite3.Connection, where: str = "", params: tuple = ()) -> list[Unit]:
    rows = conn.execute(
        "SELECT u.id, u.name, u.category, u.active, u.sort_order, "
        "  (SELECT group_concat(n.name, char(10)) FROM unit_names n WHERE n.unit_id = u.id AND n.name != u.name) "
        f"FROM units u {('WHERE ' + where) if where else ''} ORDER BY u.sort_order, u.id", params).fetchall()
    return [Unit(i, n, c, bool(a), s, sorted(al.split("\n")) if al else []) for i, n, c, a, s, al in rows]


def list_units(archive: Archive, *, include_retired: bool = True) -> list[Unit]:
    with archive.reading() as conn:
        return read_units(conn, include_retired=include_retired)


def _find(conn: sqlite3.Connection, name: str) -> Unit | None:
    found = _units(conn, "u.id = (SELECT unit_id FROM unit_names WHERE name = ?)", (name.strip(),))
    return found[0] if found else None


def find_in(conn: sqlite3.Connection, name: str) -> Unit | None:
    """The unit known by exactly ``name`` (canonical or alias), inside a reading or
    transaction the caller holds."""
    return _find(conn, name)


def read_unit(conn: sqlite3.Connection, unit_id: int) -> Unit:
    """The unit with the id ``unit_id``, which is there, inside a transaction the caller holds."""
    return _units(conn, "u.id = ?", (unit_id,))[0]


def find_unit(archive: Archive, name: str) -> Unit | None:
    """The unit known by ``name`` (canonical or alias), or by ``name`` written short or in
    full (市住房和城乡建设局 finds 市住建局), or None."""
    with archive.reading() as conn:
        return _find(conn, name) or _written_otherwise(conn, name.strip())


def resolve_unit(archive: Archive, name: str) -> Unit:
    unit = find_unit(archive, name)
    if unit is None:
        raise UnknownUnitError(name.strip())
    return unit


def _check_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise UnitError("单位名称不能为空。")
    if len(name) > 40 or any(ch in name for ch in "，。；：,;:\n\t"):
        raise UnitError(f"“{name}”不像一个单位名称（不超过 40 个字，不含标点）。")
    return name


def _free(conn: sqlite3.Connection, name: str, alias_of: str = "", new: bool = False) -> None:
    """Refused when a unit is known by ``name`` already. Wanted as an alias of the unit
    ``alias_of`` (``new``: being registered now), the clerk is told how to make the two one:
    often the other is the unit an imported issue's bold name registered on its own."""
    owner = _find(conn, name)
    if owner is None:
        return
    detail = "" if owner.name == name else f"（是“{owner.name}”的别名）"
    if not alias_of or owner.name == alias_of:
        advice = window = ""
    elif new:
        advice = f"如果是同一个单位，请用 units rename {owner.name} {alias_of} 改名（原名称保留为别名），再添加其他别名。"
        window = f"如果是同一个单位，请选中“{owner.name}”，用“改名”改为“{alias_of}”（原名称保留为别名），再添加其他别名。"
    else:
        advice = f"如果它和“{alias_of}”是同一个单位，请用 units merge {owner.name} {alias_of} 合并（来稿、条目和得分一并转移）。"
        window = (f"如果它和“{alias_of}”是同一个单位，请选中“{owner.name}”，用“并入”并入“{alias_of}”"
                  "（来稿、条目和得分一并转移）。")
    known = f"单位名录中已有“{name}”{detail}。"
    raise UnitError(known + advice, known + window)


def add_unit(archive: Archive, name: str, *, category: str = "", aliases: list[str] = (),  # type: ignore[assignment]
             sort_order: int | None = None) -> Unit:
    """Register a unit with its aliases; entries that name it are counted for it at once."""
    _check_name(name)  # refused before the archive is locked
    with archive.transaction("登记单位") as conn:
        unit = insert_unit(conn, name, category=category, aliases=aliases, sort_order=sort_order)
        alias_written_forms(conn, {unit.id})
        return _units(conn, "u.id = ?", (unit.id,))[0]


def add_units_named(archive: Archive, names: Iterable[str]) -> list[Unit]:
    """Register the units called ``names`` that the registry does not know yet (by name or
    alias), each in the category its name suggests (县区 for 西平县, 市直单位 for
    市应急管理局…), in one step; the entries that name them count for them at once. A
    name that is a registered unit's written short or in full becomes that unit's alias."""
    wanted = list(dict.fromkeys(_check_name(n) for n in names if n.strip()))
    added: list[Unit] = []
    with archive.transaction("登记单位") as conn:
        for name in wanted:
            if _find(conn, name) is not None:
                continue
            known = _written_otherwise(conn, name)
            if known is not None:  # 县市场监管局 where 县市场监督管理局 is registered: its alias
                conn.execute("INSERT INTO unit_names (name, unit_id) VALUES (?, ?)", (name, known.id))
            else:
                added.append(insert_unit(conn, name))
        alias_written_forms(conn, {unit.id for unit in added})
    return added


_PLACE = re.compile(r"(?:县|区|市|镇|乡|街道|旗)$")


# the place an office's name begins with (漯河市应急管理局 → 漯河市)
_OFFICE_PLACE = re.compile(r"^(\S{2,6}?(?:市|县|区))\S{2,}")
_HOME_ISSUES = 50


def home_place(conn: sqlite3.Connection) -> str:
    """The city (or county) the bulletins are issued in: the place most of the newest issues'
    offices name (漯河市 for 漯河市应急管理局), or ""."""
    places = Counter(m.group(1) for (office,) in conn.execute(
        "SELECT office FROM issues ORDER BY date DESC, id DESC LIMIT ?", (_HOME_ISSUES,))
        if (m := _OFFICE_PLACE.match(office or "")))
    return places.most_common(1)[0][0] if places else ""


# A county's, district's or town's office named by its level alone (县应急局, 区委宣传部, 镇政府)
_LEVEL_FIRST = re.compile(r"^(县|区|乡|镇)")


def says_its_place(stated: str, home: str) -> bool:
    """Whether ``stated`` tells which unit it is where the bulletins are issued in ``home``:
    县应急局 does in a county's own bulletins, not in a city's, where every county has one
    (registering it would count every county's 县应急局 as one unit); 縣應急局 written in
    traditional characters no more than it."""
    from ..traditional import simplified

    stated = simplified(stated)
    level = _LEVEL_FIRST.match(stated)
    if level is None:
        return True
    place = unit_name_at_start(stated)
    if _PLACE.search(place) and len(place) > 2 and not place.startswith(("县区", "区县", "乡镇")):
        return True  # 镇平县应急局: a place whose name begins with a level's character
    return home.endswith(level.group(1))


def register_bold_units(conn: sqlite3.Connection) -> None:
    """Register each bold unit the entries name that no unit is known by yet, in the order
    they first appear, with the category its name suggests: the registry follows what is
    imported. Each is read as the inbox reads a sender (unit_stated): another county's office
    is that county's alias (长葛市应急局 → 长葛市), a department written short or in full
    the alias of the unit known by the other form; a name that does not say which county or
    town it is where the bulletins are issued (says_its_place: 县应急局 in a city's) is left
    out, as the inbox leaves it: its entries count as without a unit."""
    from .joined import joined_names

    new_names = [name for (name,) in conn.execute(
        "SELECT unit FROM entries WHERE unit != '' AND unit NOT IN (SELECT name FROM unit_names) "
        "GROUP BY unit ORDER BY min(id)")]
    # units reporting together in one bold run (**县住建局、县应急局**): each is a unit, the run none
    new_names = list(dict.fromkeys(part for name in new_names for part in (joined_names(name) or [name])
                                   if _find(conn, part) is None))
    for name in new_names:
        try:
            _check_name(name)
            unit, _ = unit_stated(conn, name)
        except UnitError:  # no unit's name (too long, punctuated): its entries stay without a unit
            continue
        if unit is not None and name not in (unit.name, *unit.aliases):
            # 长葛市应急局 in a city's bulletin is 长葛市's, 市住建局 the 市住房和城乡建设局
            conn.execute("INSERT INTO unit_names (name, unit_id) VALUES (?, ?)", (name, unit.id))
    _alias_opening_names(conn)


def _alias_opening_names(conn: sqlite3.Connection, unit_ids: set[int] | None = None) -> None:
    """An entry without a bold unit that opens with, or is signed by, a registered unit's
    name written otherwise (县市场监管局 for 县市场监督管理局) counts for that unit: the
    writing becomes its alias. No unit is registered from such names: a name in the text
    may be of another unit the entry speaks of."""
    from .detect import unit_named_at_start

    opening = {unit_named_at_start(lead) for (lead,) in conn.execute(
        "SELECT e.lead FROM entry_units f JOIN entries e ON e.id = f.entry_id "
        "WHERE f.unit_id IS NULL AND f.submission_id IS NULL AND e.unit = ''")}
    opening.discard("")
    if not opening:
        return
    by_form: dict[str, int] = {}
    for name, unit_id in conn.execute("SELECT name, unit_id FROM unit_names ORDER BY unit_id"):
        by_form.setdefault(matching_form(name), unit_id)
    for name in sorted(opening):
        unit_id = by_form.get(matching_form(name))
        if unit_id is None or (unit_ids is not None and unit_id not in unit_ids) or _find(conn, name) is not None:
            continue
        try:
            _check_name(name)
        except UnitError:
            continue
        conn.execute("INSERT INTO unit_names (name, unit_id) VALUES (?, ?)", (name, unit_id))


def unit_stated(conn: sqlite3.Connection, stated: str) -> tuple[Unit | None, bool]:
    """The unit a text names itself as, as the registry names units: a department of the
    place the bulletins are issued in as the bulletin names its own (驻马店市气象局 → 市气象局
    where the bulletins are 驻马店市's), the place another local office belongs to (临颍县应急
    管理局 → 临颍县), a department as written (市委宣传部, 市应急管理局); the name as written
    its alias. Registered first if no unit is known by either name; None for a name that
    does not say which county or town it is (says_its_place) and is not registered. With
    whether it was registered now."""
    home = home_place(conn)
    short = _as_registered(stated, conn, home)
    known = _known_as(conn, stated, short)
    if known is not None:
        return known, False
    if not says_its_place(short, home):
        return None, False
    if _PLACE.search(short):
        # a town the registry knows under its county's name (西平县城关镇 for 城关镇): that one;
        # known in two counties, it cannot be told which
        within = _units(conn, "u.id IN (SELECT unit_id FROM unit_names WHERE name LIKE '%' || ? AND name != ?)",
                        (short, short))
        if len(within) > 1:
            return None, False
        if within:
            return within[0], False
    return insert_unit(conn, short, aliases=[stated]), True


# a level's character after a place's name goes on with it (辉县市, 新乡县: read 辉县, 新乡 alone,
# they end at 县 and 乡), but not into a word (县市场监督管理局, 城关镇市场监管所)
_LEVEL_GOES_ON = re.compile(r"[县市区](?!场)")


# a banner (Inner Mongolia's county): 阿荣旗, 鄂温克族自治旗, 科尔沁左翼中旗; a flag (红旗, 党旗) is none
BANNER = r"[^\s，。（）()、【】]{2,12}?(?<![红党国彩军锦会战])旗"
# the banner an office's name opens with: 阿荣旗应急管理局 → 阿荣旗; not 红旗区 (a district), nor 旗帜, 旗下 …
_BANNER_AT_START = "^" + BANNER + r"(?![县区市镇乡街帜下舰袍杆手号鼓开])(?=[^\s，。（）()、]{2,})"


def _place_at_start(stated: str) -> str:
    """The place ``stated`` opens with, as model.unit_name_at_start reads it, with a level's
    character that goes on with it (辉县市应急管理局 → 辉县市, not 辉县), or the banner it
    opens with (阿荣旗应急管理局 → 阿荣旗)."""
    place = unit_name_at_start(stated)
    banner = re.match(_BANNER_AT_START, stated)
    if banner and len(banner.group()) < len(place or stated):
        return banner.group()
    if place and place != stated and place[0] not in PLACE_LEVELS and _LEVEL_GOES_ON.match(stated, len(place)):
        return stated[:len(place) + 1]
    return place


def _as_registered(stated: str, conn: sqlite3.Connection, home: str) -> str:
    """``stated`` as the registry names its unit: a department of ``home`` as the bulletin
    names its own (驻马店市气象局 → 市气象局), another local office by its place."""
    place = _place_at_start(stated)
    if home and place == home and len(stated) > len(home):
        return home[-1] + stated[len(home):]
    return place_of(conn, stated) or stated


def known_unit(conn: sqlite3.Connection, stated: str) -> Unit | None:
    """The registered unit ``stated`` names, as ``unit_stated`` reads it (by name or alias,
    written short or in full, a local office by its place), registering nothing."""
    return _known_as(conn, stated, _as_registered(stated, conn, home_place(conn)))


def _known_as(conn: sqlite3.Connection, stated: str, short: str) -> Unit | None:
    """The unit known by ``stated`` itself, written so or with its ending short or in full
    (临颍县应急局 for a registered 临颍县应急管理局), else by ``short``, the name the registry
    would give it (its place): the office the clerk registered is not passed over for its
    county, registered anew."""
    return (_find(conn, stated) or _written_otherwise(conn, stated) or _find(conn, short)
            or _written_otherwise(conn, short))


def alias_typed_writing(archive: Archive, written: str) -> list[Unit]:
    """A unit written by hand into an entry's unit field (the window) in another writing of
    registered units becomes their alias, as an import's bold unit would (市住建局 for
    市住房和城乡建设局, 舞阳县应急管理局 for 舞阳县 in a city's bulletin; each of units joined in
    one name), so that the entry counts for them instead of as a 未登记 row of its own. No
    unit is registered: a name the registry cannot place stays as written. The units given
    an alias."""
    from .joined import joined_names

    def placed(conn: sqlite3.Connection) -> list[tuple[str, Unit]]:
        found = []
        for name in dict.fromkeys(joined_names(written) or [written]):
            try:
                name = _check_name(name)
            except UnitError:  # no unit's name (too long, punctuated)
                continue
            unit = None if _find(conn, name) is not None else known_unit(conn, name)
            if unit is not None:
                found.append((name, unit))
        return found

    with archive.reading() as conn:  # mostly a name known already: no write, no change sent round
        if not placed(conn):
            return []
    with archive.transaction("登记单位别名") as conn:
        found = placed(conn)
        conn.executemany("INSERT INTO unit_names (name, unit_id) VALUES (?, ?)", [(n, u.id) for n, u in found])
    return [unit for _name, unit in found]


def alias_written_forms(conn: sqlite3.Connection, unit_ids: set[int]) -> None:
    """The bold units of entries no unit is known by that name one of these units otherwise
    (市住建局 for 市住房和城乡建设局, 城关镇人民政府 for 城关镇) become its aliases, as do such
    names an entry without one opens with or is signed by: a unit registered or renamed
    after the entries were written (typed in, or registered by the clerk from the
    statistics' 未登记 rows) counts them at once. Only these units: an alias the clerk took
    from another unit does not come back. Inside a transaction."""
    for (name,) in conn.execute(
            "SELECT unit FROM entries WHERE unit != '' AND unit NOT IN (SELECT name FROM unit_names) "
            "GROUP BY unit ORDER BY min(id)").fetchall():
        unit = known_unit(conn, name)
        if unit is not None and unit.id in unit_ids and _find(conn, name) is None:
            conn.execute("INSERT INTO unit_names (name, unit_id) VALUES (?, ?)", (name, unit.id))
    _alias_opening_names(conn, unit_ids)


def place_of(conn: sqlite3.Connection, stated: str, names: set[str] | None = None) -> str:
    """The county, district or town a local office's name begins with (临颍县应急管理局 →
    临颍县, 马栏镇人民政府 → 马栏镇), or "". A name that begins with a level's character
    (市住房和城乡建设局, 县市场监督管理局) is its level's department, not a place's, unless
    the registry knows that place. ``names``: every registered name, when the caller has
    them (units.same_unit asks of each name in the registry)."""
    if names is None:
        names = {name for (name,) in conn.execute("SELECT name FROM unit_names")}
    # the longest registered place its name begins with (获嘉县城关镇 for 获嘉县城关镇人民政府)
    known = next((stated[:end] for end in range(len(stated) - 1, 1, -1)
                  if stated[:end] in names and _PLACE.search(stated[:end])), "")
    if known:
        return known
    if shortened := _written_without_level(conn, stated, names):
        return shortened
    if autonomous := _autonomous_written_short(stated, names):
        return autonomous
    place = _place_at_start(stated)
    if place == stated or not _PLACE.search(place):
        return ""
    if _find(conn, place) is not None:
        return place
    if place[0] in PLACE_LEVELS or (len(place) < 3 and not place.endswith("县")):  # 城乡建设局: no place
        return ""
    return place


def _written_without_level(conn: sqlite3.Connection, stated: str, names: set[str]) -> str:
    """The registered county, city or district ``stated`` begins with written without its
    level, as offices write their place short (卫辉应急局 for 卫辉市, 辉县应急局 for 辉县市, 长垣应急管理局
    for 长垣市); "" when none, or when two places share the name so written (新乡县 and 新乡市),
    or the name goes on with a level of its own (新乡市气象局 is not 新乡县's)."""
    if autonomous_short_name(stated):  # 围场满族蒙古族自治县 is a county of its own name, not 围场县's
        return ""
    written = {stated[:end] + level for end in range(2, len(stated)) for level in "县市区"
               if stated[end] not in PLACE_LEVELS and stated[:end] + level in names}
    if len(written) != 1 or home_place(conn)[:-1] == next(iter(written))[:-1]:
        return ""
    return next(iter(written))


def autonomous_short_name(name: str) -> str:
    """How an autonomous county or banner is written short, its peoples and 自治 left out:
    围场满族蒙古族自治县 → 围场县, 酉阳土家族苗族自治县 → 酉阳县, 鄂伦春自治旗 → 鄂伦春旗, and
    one named by its people alone, 鄂温克族自治旗 → 鄂温克旗; "" for any other name."""
    found = re.fullmatch(r"(.+?)自治([县旗])", name)
    if not found:
        return ""
    peoples = _peoples()
    place, people = found.group(1), ""
    while place.endswith("族") and (people := next((p for p in peoples if place.endswith(p + "族")), "")):
        place = place[:-len(people) - 1]
    place = place or people  # 鄂温克族自治旗: the people's name is the place's
    return place + found.group(2) if len(place) >= 2 else ""


@functools.cache
def _peoples() -> tuple[str, ...]:
    """China's peoples besides the Han, longest first: a name ending 族 ends with one of them.
    Sorted once, on first use (every registered name is asked whether it is autonomous)."""
    return tuple(sorted("蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 "
                        "纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 "
                        "鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺".split(), key=len, reverse=True))


def _autonomous_written_short(stated: str, names: set[str]) -> str:
    """The registered autonomous county or banner ``stated`` begins with written short
    (围场县应急管理局 for 围场满族蒙古族自治县), as its offices sign; "" when none, or when
    the short name is itself a registered place (then that one is meant)."""
    found = {name for name in names if (short := autonomous_short_name(name)) and stated.startswith(short)
             and short not in names}
    return next(iter(found)) if len(found) == 1 else ""


def _written_otherwise(conn: sqlite3.Connection, name: str) -> Unit | None:
    """The unit known by ``name`` written with its department's ending short or in full
    (市住建局 for 市住房和城乡建设局), or None."""
    wanted = matching_form(name)
    for known, unit_id in conn.execute("SELECT name, unit_id FROM unit_names"):
        if known != name and matching_form(known) == wanted:
            return _units(conn, "u.id = ?", (unit_id,))[0]
    return None


def insert_unit(conn: sqlite3.Connection, name: str, *, category: str = "",
                aliases: list[str] = (), sort_order: int | None = None) -> Unit:  # type: ignore[assignment]
    """``add_unit`` inside a transaction the caller holds, so that a unit registered for
    another change (the edit of a submission that names it) stands or falls with it.
    Without a category, the unit gets the one its name suggests (乡镇街道 for 城关镇)."""
    name = _check_name(name)
    aliases = [_check_name(a) for a in aliases if a.strip() and a.strip() != name]
    _free(conn, name)
    for alias in aliases:
        _free(conn, alias, name, new=True)
    if sort_order is None:
        sort_order = conn.execute("SELECT coalesce(max(sort_order), 0) + 1 FROM units").fetchone()[0]
    unit_id = inserted_id(conn.execute(
        "INSERT INTO units (name, category, sort_order, created_at) VALUES (?, ?, ?, ?)",
        (name, category.strip() or _local_category(conn, name), sort_order, now_text(conn))))
    conn.executemany("INSERT INTO unit_names (name, unit_id) VALUES (?, ?)",
                     [(each, unit_id) for each in dict.fromkeys((name, *aliases))])
    return _units(conn, "u.id = ?", (unit_id,))[0]


# Inner Mongolia's counties are banners (阿荣旗, 鄂伦春自治旗), its townships 苏木: the levels
# CATEGORY_OF_NAME (which a published migration used as it was) does not name
_BANNER_LEVELS = (("旗", "县区"), ("苏木", "乡镇街道"))


def _suggested_category(conn: sqlite3.Connection, name: str) -> str:
    category = conn.execute(f"SELECT {CATEGORY_OF_NAME.format(name=':name')}", {"name": name}).fetchone()[0]
    return _with_banners(name, category)


def _with_banners(name: str, category: str) -> str:
    if category == "其他":
        category = next((level for ending, level in _BANNER_LEVELS if name.endswith(ending)), category)
    return category


def _local_category(conn: sqlite3.Connection, name: str) -> str:
    """The category a unit's name suggests where the bulletins are issued: in a county's
    (or district's) own bulletins its departments, 县应急局 and 县住建局, are 县直单位 (区直单位),
    as a city's are 市直单位. Where the clerk has put every unit of the level in a category of
    their own naming (县区 renamed 旗市区), the new unit goes where they went, not alone into 县区."""
    home = home_place(conn)

    def by_rule(unit: str, category: str) -> str:
        category, level = _with_banners(unit, category), unit[:1]
        if category == "其他" and level in "县区" and home.endswith(level):
            return f"{level}直单位"
        return category

    category = by_rule(name, _suggested_category(conn, name))
    used = Counter(given for unit, given, suggested in conn.execute(
        f"SELECT name, category, {CATEGORY_OF_NAME.format(name='name')} FROM units") if by_rule(unit, suggested) == category)
    if used and not used[category]:  # (none of the level's units is left in it: renamed)
        return used.most_common(1)[0][0]
    return category


def category_for(archive: Archive, name: str) -> str:
    """The category a unit of this name would be registered in (insert_unit), for the units
    dialog to offer first."""
    with archive.reading() as conn:
        return _local_category(conn, name.strip())


def categories_in_use(archive: Archive) -> list[str]:
    """The categories the registry's units are in (the clerk's own names among them), in the
    order the units were registered, then the usual ones not in use."""
    with archive.reading() as conn:
        used = [c for (c,) in conn.execute("SELECT category FROM units GROUP BY category ORDER BY min(sort_order)")]
    return list(dict.fromkeys([*used, *CATEGORIES]))


def change_aliases(archive: Archive, unit_name: str, *, add: Iterable[str] = (), remove: Iterable[str] = ()) -> Unit:
    """Other ways of writing a unit's name, added or taken away in one change. Entries that
    print a name taken away are counted again (for no unit, or for another it names)."""
    with archive.transaction("修改单位别名") as conn:
        unit = _find(conn, unit_name)
        if unit is None:
            raise UnknownUnitError(unit_name)
        removed = [alias.strip() for alias in remove if alias.strip()]
        for alias in removed:
            if alias == unit.name:
                raise UnitError(f"“{alias}”是这个单位的名称，不是别名；要换名称请用改名。")
            if alias not in unit.aliases:
                raise UnitError(f"“{unit.name}”没有别名“{alias}”。")
            conn.execute("DELETE FROM unit_names WHERE name = ? AND unit_id = ?", (alias, unit.id))
        for alias in add:
            alias = _check_name(alias)
            owner = _find(conn, alias)
            if owner is not None and owner.id == unit.id:
                continue  # known by it already
            _free(conn, alias, unit.name)
            conn.execute("INSERT INTO unit_names (name, unit_id) VALUES (?, ?)", (alias, unit.id))
        if removed:
            recount_entries(conn)
        return _units(conn, "u.id = ?", (unit.id,))[0]


def rename_unit(archive: Archive, old: str, new: str) -> Unit:
    """The unit gets a new canonical name; the old one stays as an alias, so entries that
    still print it keep counting for the unit."""
    new = _check_name(new)
    with archive.transaction("单位改名") as conn:
        unit = _find(conn, old)
        if unit is None:
            raise UnknownUnitError(old)
        owner = _find(conn, new)
        if owner is not None and owner.id != unit.id:
            known = f"单位名录中已有“{new}”" + ("" if owner.name == new else f"（是“{owner.name}”的别名）")
            raise UnitError(
                f"{known}；如果是同一个单位（如机构改革后改名），请用 units merge {unit.name} {owner.name} "
                f"把“{unit.name}”并入“{owner.name}”（原名称保留为别名，来稿、条目和得分一并转移）。",
                f"{known}；如果是同一个单位，请用“并入”把“{unit.name}”并入“{owner.name}”。")
        if owner is None:
            conn.execute("INSERT INTO unit_names (name, unit_id) VALUES (?, ?)", (new, unit.id))
        conn.execute("UPDATE units SET name = ? WHERE id = ?", (new, unit.id))
        alias_written_forms(conn, {unit.id})
        return _units(conn, "u.id = ?", (unit.id,))[0]


def merge_units(archive: Archive, source: str, target: str) -> Unit:
    """``source`` becomes part of ``target``: its names turn into aliases of ``target`` and
    its submissions, adopted entries and points move with them; the archive keeps a record
    of the merge, to take it back (units.merges)."""
    from .merges import merge_units as merge_recorded

    return merge_recorded(archive, source, target)[0]


def retire_unit(archive: Archive, name: str, active: bool = False) -> Unit:
    """A retired unit keeps its history but is no longer offered for new submissions."""
    with archive.transaction("停用单位" if not active else "启用单位") as conn:
        unit = _find(conn, name)
        if unit is None:
            raise UnknownUnitError(name)
        conn.execute("UPDATE units SET active = ? WHERE id = ?", (int(active), unit.id))
        return _units(conn, "u.id = ?", (unit.id,))[0]


def set_category(archive: Archive, name: str, category: str) -> Unit:
    with archive.transaction("设置单位类别") as conn:
        unit = _find(conn, name)
        if unit is None:
            raise UnknownUnitError(name)
        conn.execute("UPDATE units SET category = ? WHERE id = ?", (_category_name(category), unit.id))
        return _units(conn, "u.id = ?", (unit.id,))[0]


def _category_name(category: str) -> str:
    category = category.strip() or "其他"
    if len(category) > 20 or any(ch in "\n\r\t" for ch in category):
        raise UnitError(f"类别名称“{category[:20]}…”太长或含有换行，请写一个简短的名称。")
    return category


def rename_category(archive: Archive, old: str, new: str) -> list[Unit]:
    """Every unit of the category ``old`` put into ``new`` (县区 called 旗市区 as a league calls
    its banners and cities): the units so moved. A unit registered after goes there too, as
    its level's units went (_local_category)."""
    with archive.transaction("修改类别名称") as conn:
        old, new = old.strip(), _category_name(new)
        ids = [i for (i,) in conn.execute("SELECT id FROM units WHERE category = ? ORDER BY sort_order", (old,))]
        if not ids:
            used = "、".join(c for (c,) in conn.execute("SELECT DISTINCT category FROM units ORDER BY category"))
            raise UnitError(f"名录中没有类别为“{old}”的单位。" + (f"现有类别：{used}。" if used else ""))
        conn.executemany("UPDATE units SET category = ? WHERE id = ?", [(new, i) for i in ids])
        return [_units(conn, "u.id = ?", (i,))[0] for i in ids]


def recount_entries(conn: sqlite3.Connection, *, of_unit: int | None = None) -> None:
    """Count every entry again from scratch (after names were taken away), or only those
    counted for the unit ``of_unit`` (after some of its names were given to another);
    inside a transaction."""
    conn.execute(f"UPDATE entry_units SET unit_id = (SELECT {ENTRY_UNIT_MATCH.format(e='e')} FROM entries e "
                 f"WHERE e.id = entry_units.entry_id)" + ("" if of_unit is None else " WHERE unit_id = ?"),
                 () if of_unit is None else (of_unit,))


def unit_names(archive: Archive) -> list[tuple[str, int]]:
    """Every name (canonical and alias) with its unit id, longest first, for detection. A
    department of the place the bulletins are issued in is also known with that place's
    name before it (市应急管理局 as 漯河市应急管理局, as the office writes its own name in
    full): detection does not take another place's (辉县市应急管理局) for it."""
    with archive.reading() as conn:
        names = [(n, i) for n, i in conn.execute(
            "SELECT n.name, n.unit_id FROM unit_names n JOIN units u ON u.id = n.unit_id "
            "ORDER BY length(n.name) DESC, u.active DESC")]
        home = home_place(conn)
    if home:
        known = {name for name, _unit in names}
        names += [(home + name[1:], unit) for name, unit in names
                  if name[:1] == home[-1] and len(name) > 2 and home + name[1:] not in known]
        names.sort(key=lambda pair: -len(pair[0]))  # (stable: the active first among the same length)
    return names
