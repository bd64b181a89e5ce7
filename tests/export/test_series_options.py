"""A series' stored layout changes to LayoutOptions and back."""
from __future__ import annotations

import json

from bulletin_desktop.export.layout_options import LayoutOptions
from bulletin_desktop.export.series_options import changed_options, series_options


def test_changes_round_trip_through_json():
    options = LayoutOptions().with_changes({"margin_top_mm": 30, "masthead_fallback_sizes_pt": "30,24",
                                            "page_number_position": "center"})
    changes = changed_options(options)
    assert changes == {"margin_top_mm": 30.0, "masthead_fallback_sizes_pt": [30.0, 24.0],
                       "page_number_position": "center"}
    assert series_options(json.loads(json.dumps(changes))) == options
    assert changed_options(LayoutOptions()) == {}


def test_a_key_this_version_does_not_know_or_cannot_read_is_skipped(caplog):
    options = series_options({"no_such_option": 1, "red_rule_pt": "thick", "margin_left_mm": 20})
    assert options == LayoutOptions(margin_left_mm=20.0)
    assert "no_such_option" in caplog.text and "red_rule_pt" in caplog.text


def test_series_options_build_on_a_base():
    base = LayoutOptions(red_rule_pt=3.0)
    assert series_options({"margin_top_mm": 30}, base) == LayoutOptions(red_rule_pt=3.0, margin_top_mm=30.0)
