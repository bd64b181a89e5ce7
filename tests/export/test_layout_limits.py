"""Every layout option is checked where it is defined: finite numbers in each option's range,
colours as hexadecimal RGB, font names on one line; settings files read with a size cap and
Chinese messages. A layout that passes can be printed."""
from __future__ import annotations

import os

import pytest

from bulletin_desktop.export.layout_options import LIMITS, LayoutOptionError, LayoutOptions, load_options
from bulletin_desktop.export.series_options import series_options


@pytest.mark.parametrize("key, value", [
    ("red_rule_pt", "nan"), ("red_rule_pt", "inf"), ("red_rule_pt", float("nan")), ("body_size_pt", "0"),
    ("body_size_pt", 0), ("lines_per_page", "100000"), ("lines_per_page", 10 ** 30), ("lines_per_page", "0"),
    ("page_width_mm", "0"), ("page_height_mm", "1e309"), ("red_rule_pt", "abc"), ("masthead_fallback_sizes_pt", "abc"),
    ("masthead_fallback_sizes_pt", "36,0"), ("masthead_fallback_sizes_pt", [36, "x"]), ("red", "notacolor"),
    ("red", "FF00"), ("body_font", "仿宋\n宋体"), ("body_font", "a\x01b"), ("body_font", ""), ("body_font", 3),
    ("lines_per_page", "22.5"), ("lines_per_page", True), ("closing_size_pt", {"a": 1}),
])
def test_a_value_out_of_range_or_of_the_wrong_kind_is_refused_in_chinese(key, value):
    with pytest.raises(LayoutOptionError) as refused:
        LayoutOptions().with_changes({key: value})
    message = refused.value.message
    assert key in message
    for english in ("float", "int", "tuple", "str", "could not", "invalid"):
        assert english not in message


def test_the_message_names_the_range():
    with pytest.raises(LayoutOptionError, match="5 到 72 磅"):
        LayoutOptions().with_changes({"body_size_pt": "0"})
    with pytest.raises(LayoutOptionError, match="5 到 60 行之间的整数"):
        LayoutOptions().with_changes({"lines_per_page": "100000"})


def test_margins_that_leave_no_type_area_are_refused():
    with pytest.raises(LayoutOptionError, match="版心"):
        LayoutOptions().with_changes({"margin_left_mm": 100, "margin_right_mm": 100})


def test_values_in_range_are_taken_and_colours_are_normalised():
    options = LayoutOptions().with_changes({"red": "#e60012", "lines_per_page": "30", "body_size_pt": 15,
                                            "masthead_fallback_sizes_pt": "36，26"})
    assert (options.red, options.lines_per_page, options.body_size_pt) == ("E60012", 30, 15.0)
    assert options.masthead_fallback_sizes_pt == (36.0, 26.0)
    assert LayoutOptions().with_changes({"lines_per_page": 20.0}).lines_per_page == 20


def test_the_defaults_are_inside_the_limits():
    defaults = LayoutOptions()
    for key, (low, high, _) in LIMITS.items():
        value = getattr(defaults, key)
        for v in value if isinstance(value, tuple) else (value,):
            assert low <= v <= high, key
    assert LayoutOptions().with_changes(defaults.to_dict()) == defaults


def test_a_stored_value_out_of_range_is_skipped_not_printed():
    """An archive written before the checks may hold body_size_pt=0: its exports use the default."""
    assert series_options({"body_size_pt": 0, "red_rule_pt": 3}) == LayoutOptions(red_rule_pt=3.0)


@pytest.mark.parametrize("content, expected", [
    (b"{bad", "不是有效的 JSON"), (b"\xff\xfe{", "不是 UTF-8"), (b"[1]", "JSON 对象"),
    (b'{"red_rule_pt": NaN}', "red_rule_pt"),
])
def test_a_malformed_settings_file_is_explained_in_chinese(tmp_path, content, expected):
    settings = tmp_path / "s.json"
    settings.write_bytes(content)
    with pytest.raises(LayoutOptionError, match=expected) as refused:
        load_options(settings)
    assert "Expecting" not in refused.value.message and "codec" not in refused.value.message


def test_a_settings_file_that_is_missing_a_folder_or_not_a_file_is_refused(tmp_path):
    with pytest.raises(LayoutOptionError, match="版式设置文件不能用：找不到文件"):
        load_options(tmp_path / "missing.json")
    with pytest.raises(LayoutOptionError, match="是一个文件夹"):
        load_options(tmp_path)
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    with pytest.raises(LayoutOptionError, match="不是普通文件"):  # read, it would block for ever
        load_options(fifo)
    with pytest.raises(LayoutOptionError, match="不是普通文件"):
        load_options("/dev/zero")


def test_a_huge_settings_file_is_not_read(tmp_path):
    settings = tmp_path / "big.json"
    settings.write_text('{"red_rule_pt": 3' + " " * (2 * 1024 * 1024) + "}")
    with pytest.raises(LayoutOptionError, match="过大"):
        load_options(settings)
