"""What the registry answers inside a reading another module holds: its units, and the
place a local office's name begins with. Other modules ask through these, never through
the registry's own helpers."""
from __future__ import annotations

import ast
from pathlib import Path

import bulletin_desktop
from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.units import registry

PACKAGE = Path(bulletin_desktop.__file__).parent


def test_units_are_read_in_the_registry_s_order_with_or_without_the_retired(tmp_path):
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        for name in ("临颍县", "市住建局", "市气象局"):
            registry.add_unit(archive, name)
        registry.retire_unit(archive, "市住建局")
        with archive.reading() as conn:
            every = [u.name for u in registry.read_units(conn)]
            active = [u.name for u in registry.read_units(conn, include_retired=False)]
    assert every == ["临颍县", "市住建局", "市气象局"]
    assert active == ["临颍县", "市气象局"]


def test_the_place_an_office_s_name_begins_with(tmp_path):
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        registry.add_unit(archive, "临颍县")
        with archive.reading() as conn:
            assert registry.place_of(conn, "临颍县应急管理局") == "临颍县"
            assert registry.place_of(conn, "马栏镇人民政府") == "马栏镇"
            assert registry.place_of(conn, "市住房和城乡建设局") == ""  # the city's department, no place
            assert registry.place_of(conn, "临颍县") == ""  # the place itself


def test_no_module_reaches_into_the_registry_s_own_helpers():
    reaching = []
    for path in PACKAGE.rglob("*.py"):
        if path.name == "registry.py" and path.parent.name == "units":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").endswith("registry") and (
                    "units" in (node.module or "") or path.parent.name == "units"):
                reaching += [f"{path.relative_to(PACKAGE)}: {a.name}" for a in node.names if a.name.startswith("_")]
    assert reaching == []
