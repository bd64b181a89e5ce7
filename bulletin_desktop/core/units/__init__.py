"""The registry of reporting units (报送单位): canonical names, aliases, categories."""
from .registry import (
    CATEGORIES, Unit, UnitError, UnknownUnitError, add_unit, find_unit, list_units, merge_units, rename_unit,
    resolve_unit, retire_unit,
)
from .detect import detect_unit

__all__ = [
    "CATEGORIES", "Unit", "UnitError", "UnknownUnitError", "add_unit", "detect_unit", "find_unit", "list_units",
    "merge_units", "rename_unit", "resolve_unit", "retire_unit",
]
