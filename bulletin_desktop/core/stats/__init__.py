"""Adoption statistics (信息报送采用情况): per unit, per category, per month, with points."""
from .periods import DEFAULT_PRESET, PRESETS, StatsRangeError, parse_date, period_title, preset_range
from .query import compute_stats, empty_period_note, newest_outside, office_of
from .report import CategoryStats, MonthStats, QuarterStats, StatsReport, UnitStats
from .scoring import ScoreRule, list_scoring, set_entry_flag, set_points

__all__ = [
    "CategoryStats", "MonthStats", "QuarterStats", "ScoreRule", "StatsRangeError", "StatsReport", "UnitStats", "compute_stats", "empty_period_note", "newest_outside", "office_of",
    "list_scoring", "DEFAULT_PRESET", "PRESETS", "parse_date", "period_title", "preset_range", "set_entry_flag", "set_points",
]
