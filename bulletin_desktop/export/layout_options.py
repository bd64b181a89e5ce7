"""Every number of the printed layout, in one frozen dataclass.

Defaults follow GB/T 9704-2012 where it speaks and common 简报 practice where it does
not (see docs/layout.md). The .docx writer, the Qt renderer behind the preview and the
PDF fallback all read the same options, so a changed setting changes every output.
"""
from __future__ import annotations

import dataclasses
import json
import math
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

from ..core.errors import BulletinError
from ..core.input_files import InputFileError, read_bytes_limited
from ..core.model import SECTION_HEADING_DEFAULT, SECTION_HEADING_STYLES

PT_PER_MM = 72 / 25.4
TWIPS_PER_MM = 1440 / 25.4

# Where the page number's line sits, in ems of its size: GB/T 9704 places the dashes of
# "— 1 —" (about 0.35 em above the baseline) page_number_gap_mm below the type area. A
# word processor sets the baseline of a footer line its face's descent above the line's
# foot, and the footer distance is measured to that foot: 0.288 em for the Noto CJK faces
# that print 宋体 where it is not installed (SimSun's own is 0.141 em, half a millimetre
# lower on paper at 4号).
PAGE_NUMBER_DASH_EM = 0.35
PAGE_NUMBER_DESCENT_EM = 0.288


def mm_to_twips(mm: float) -> int:
    """Word's unit (1/20 pt), rounded as the .docx stores it."""
    return round(mm * TWIPS_PER_MM)


class LayoutOptionError(BulletinError):
    """A layout setting that does not exist, has a value of the wrong kind or out of its
    range, or a settings file that cannot be read."""


@dataclass(frozen=True)
class LayoutOptions:
    """The page, fonts and spacing an issue is set with (GB/T 9704 by default)."""
    # Page (GB/T 9704)
    page_width_mm: float = 210.0
    page_height_mm: float = 297.0
    margin_top_mm: float = 37.0
    margin_bottom_mm: float = 35.0
    margin_left_mm: float = 28.0
    margin_right_mm: float = 26.0
    # The grid: lines_per_page lines fill the type area (the pitch follows, see
    # line_pitch_pt); chars_per_line body characters fill a line.
    lines_per_page: int = 22
    chars_per_line: int = 28

    # Fonts: the names the clerk's Word and WPS know; they go into w:eastAsia.
    title_font: str = "方正小标宋简体"
    body_font: str = "仿宋_GB2312"
    heading_font: str = "黑体"
    kai_font: str = "楷体_GB2312"
    page_number_font: str = "宋体"
    latin_font: str = "Times New Roman"

    # Sizes in points (3号 = 16, 4号 = 14, 2号 = 22, 初号 = 42)
    body_size_pt: float = 16.0
    masthead_size_pt: float = 42.0
    masthead_fallback_sizes_pt: tuple[float, ...] = (36.0, 26.0)
    issue_line_size_pt: float = 16.0
    article_title_size_pt: float = 22.0
    closing_size_pt: float = 14.0
    page_number_size_pt: float = 14.0

    # Masthead
    red: str = "FF0000"
    red_rule_pt: float = 2.25
    red_rule_gap_mm: float = 4.0

    # Closing block rules (mm)
    closing_outer_rule_mm: float = 0.35
    closing_inner_rule_mm: float = 0.25
    # Closing lines start this many characters in from each side (GB/T 9704 版记: 左右各空一字)
    closing_indent_chars: float = 1.0

    # Page numbers: "outside" (odd right, even left) or "center"
    page_number_position: str = "outside"
    page_number_gap_mm: float = 7.0

    # Section titles: "bracket" 【安排部署】, "numbered" 一、安排部署, "plain" 安排部署
    section_heading: str = SECTION_HEADING_DEFAULT

    @property
    def type_width_mm(self) -> float:
        return self.page_width_mm - self.margin_left_mm - self.margin_right_mm

    @property
    def type_height_mm(self) -> float:
        return self.page_height_mm - self.margin_top_mm - self.margin_bottom_mm

    @property
    def type_width_twips(self) -> int:
        return mm_to_twips(self.page_width_mm) - mm_to_twips(self.margin_left_mm) - mm_to_twips(self.margin_right_mm)

    @property
    def line_pitch_pt(self) -> float:
        """The grid pitch: lines_per_page lines fill the type area. Whole twips (Word's
        unit), rounded down so that the last line always fits: 225 mm / 22 = 28.95 pt."""
        height = mm_to_twips(self.page_height_mm) - mm_to_twips(self.margin_top_mm) - mm_to_twips(self.margin_bottom_mm)
        return math.floor(height / max(1, self.lines_per_page)) / 20

    @property
    def page_number_baseline_pt(self) -> float:
        """From the foot of the type area down to the page number's baseline."""
        return self.page_number_gap_mm * PT_PER_MM + PAGE_NUMBER_DASH_EM * self.page_number_size_pt

    @property
    def page_number_footer_mm(self) -> float:
        """Word's footer distance: from the paper's bottom edge up to the foot of the page
        number's line, so that its baseline lands page_number_baseline_pt below the type area."""
        below_type_pt = self.page_number_baseline_pt + PAGE_NUMBER_DESCENT_EM * self.page_number_size_pt
        return max(0.0, self.margin_bottom_mm - below_type_pt / PT_PER_MM)

    def masthead_size_for(self, name: str) -> float:
        """The largest masthead size at which the name fits one line of the type area.
        CJK glyphs are one em wide; Latin letters and digits about half that."""
        width_pt = self.type_width_mm * PT_PER_MM
        ems = self.name_ems(name)
        for size in (self.masthead_size_pt, *self.masthead_fallback_sizes_pt):
            if ems * size <= width_pt:
                return size
        return min((self.masthead_size_pt, *self.masthead_fallback_sizes_pt))

    @staticmethod
    def name_ems(name: str) -> float:
        """About how many ems a masthead's name takes (at least one)."""
        return sum(0.5 if ord(ch) < 0x2E80 else 1.0 for ch in name) or 1.0

    def with_changes(self, values: Mapping[str, Any]) -> "LayoutOptions":
        """Options with ``values`` applied; strings are converted to each field's type,
        so ``--option red_rule_pt=3`` and a JSON settings file both work."""
        fields = {f.name: f for f in dataclasses.fields(self)}
        changes: dict[str, Any] = {}
        for key, raw in values.items():
            if key not in fields:
                raise LayoutOptionError(f"没有名为“{key}”的版式设置。可用设置：{'、'.join(fields)}")
            current = getattr(self, key)
            changes[key] = _coerce(key, raw, current)
        if changes.get("page_number_position", self.page_number_position) not in ("outside", "center"):
            raise LayoutOptionError("page_number_position 只能是 outside（单页居右、双页居左）或 center（居中）")
        if changes.get("section_heading", self.section_heading) not in SECTION_HEADING_STYLES:
            raise LayoutOptionError("section_heading 只能是 bracket（【栏目】）、numbered（一、栏目）或 plain（只印栏目名）")
        changed = dataclasses.replace(self, **changes)
        _check_type_area(changed)
        return changed

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


# The range each number may take, with its unit (docs/layout.md; the layout spec's sizes run
# from 四号 to 初号, rules from a hairline to Word's thickest border): a value outside it is
# refused where it is set, so no series stores a layout that cannot be printed.
LIMITS: dict[str, tuple[float, float, str]] = {
    "page_width_mm": (100.0, 550.0, "毫米"),
    "page_height_mm": (100.0, 550.0, "毫米"),
    "margin_top_mm": (0.0, 200.0, "毫米"),
    "margin_bottom_mm": (0.0, 200.0, "毫米"),
    "margin_left_mm": (0.0, 200.0, "毫米"),
    "margin_right_mm": (0.0, 200.0, "毫米"),
    "lines_per_page": (5, 60, "行"),
    "chars_per_line": (5, 80, "字"),
    "body_size_pt": (5.0, 72.0, "磅"),
    "masthead_size_pt": (5.0, 100.0, "磅"),
    "masthead_fallback_sizes_pt": (5.0, 100.0, "磅"),
    "issue_line_size_pt": (5.0, 72.0, "磅"),
    "article_title_size_pt": (5.0, 100.0, "磅"),
    "closing_size_pt": (5.0, 72.0, "磅"),
    "page_number_size_pt": (5.0, 72.0, "磅"),
    "red_rule_pt": (0.25, 6.0, "磅"),
    "red_rule_gap_mm": (0.0, 10.0, "毫米"),
    "closing_outer_rule_mm": (0.05, 2.0, "毫米"),
    "closing_inner_rule_mm": (0.05, 2.0, "毫米"),
    "closing_indent_chars": (0.0, 10.0, "字"),
    "page_number_gap_mm": (0.0, 50.0, "毫米"),
}
MIN_TYPE_AREA_MM = 50.0
"""The type area (page less margins) is at least this wide and this high."""
MAX_FALLBACK_SIZES = 5
MAX_FONT_NAME = 64
SETTINGS_FILE_MAX_BYTES = 1024 * 1024
_COLOUR = re.compile(r"^#?([0-9A-Fa-f]{6})$")


def _coerce(key: str, raw: Any, current: Any) -> Any:
    """``raw`` (text from the command line or the dialog, or a JSON value) as the field's
    type, checked against its range; LayoutOptionError names the setting and what it takes."""
    if isinstance(current, tuple):
        return _sizes(key, raw)
    if isinstance(current, int):
        return _number(key, raw, int)
    if isinstance(current, float):
        return _number(key, raw, float)
    if not isinstance(raw, str):
        raise LayoutOptionError(f"版式设置“{key}”的值“{_shown(raw)}”无效（应为文字）。")
    text = raw.strip()
    if key == "red":
        m = _COLOUR.match(text)
        if m is None:
            raise LayoutOptionError(f"版式设置“{key}”的值“{_shown(raw)}”无效：颜色应写成六位十六进制 RGB，"
                                    "如 FF0000 或 #FF0000。")
        return m.group(1).upper()
    if key.endswith("_font"):
        if not text or len(text) > MAX_FONT_NAME or any(unicodedata.category(ch)[0] == "C" for ch in text):
            raise LayoutOptionError(f"版式设置“{key}”的值“{_shown(raw)}”无效：字体名应是一行不超过 "
                                    f"{MAX_FONT_NAME} 个字的文字，如“仿宋_GB2312”。")
    return text


def _number(key: str, raw: Any, kind: type) -> Any:
    value: float
    low, high, unit = LIMITS[key]
    whole = kind is int
    what = "整数" if whole else "数"
    try:
        if isinstance(raw, bool) or not isinstance(raw, (int, float, str)):
            raise ValueError
        if whole:
            value = int(raw.strip()) if isinstance(raw, str) else raw
            if isinstance(value, float):
                if not value.is_integer():
                    raise ValueError
                value = int(value)
        else:
            value = float(raw)
    except (TypeError, ValueError, OverflowError):
        raise LayoutOptionError(f"版式设置“{key}”的值“{_shown(raw)}”无效（应为{_range(low, high, unit, what)}）。") from None
    if not math.isfinite(value):
        raise LayoutOptionError(f"版式设置“{key}”的值“{_shown(raw)}”无效（应为{_range(low, high, unit, what)}）。")
    if not low <= value <= high:
        raise LayoutOptionError(f"版式设置“{key}”的值“{_shown(raw)}”超出范围（应为{_range(low, high, unit, what)}）。")
    return value


def _sizes(key: str, raw: Any) -> tuple[float, ...]:
    low, high, unit = LIMITS[key]
    if isinstance(raw, (list, tuple)):
        items = list(raw)
    elif isinstance(raw, str):
        items = [x for x in (part.strip() for part in raw.replace("，", ",").split(",")) if x] if raw.strip() else []
    else:
        items = [raw]
    form = f"用逗号分开的至多 {MAX_FALLBACK_SIZES} 个字号，每个{_range(low, high, unit, '数')}，如 36,26"
    if len(items) > MAX_FALLBACK_SIZES:
        raise LayoutOptionError(f"版式设置“{key}”的值“{_shown(raw)}”无效（应为{form}）。")
    sizes = []
    for item in items:
        try:
            sizes.append(_number(key, item, float))
        except LayoutOptionError:
            raise LayoutOptionError(f"版式设置“{key}”的值“{_shown(raw)}”无效（应为{form}）。") from None
    return tuple(sizes)


def _range(low: float, high: float, unit: str, what: str) -> str:
    return f" {low:g} 到 {high:g} {unit}之间的{what}"


def _shown(raw: Any, limit: int = 40) -> str:
    text = raw if isinstance(raw, str) else json.dumps(raw, ensure_ascii=False) if _jsonable(raw) else str(raw)
    text = "".join("�" if unicodedata.category(ch)[0] == "C" else ch for ch in text)
    return text if len(text) <= limit else text[:limit] + "…"


def _jsonable(raw: Any) -> bool:
    try:
        json.dumps(raw)
    except (TypeError, ValueError):
        return False
    return True


def _check_type_area(options: "LayoutOptions") -> None:
    if options.type_width_mm < MIN_TYPE_AREA_MM:
        raise LayoutOptionError(
            f"页边距太宽：纸宽 {options.page_width_mm:g} 毫米减去左右页边距后只剩 {options.type_width_mm:g} 毫米，"
            f"版心至少要 {MIN_TYPE_AREA_MM:g} 毫米宽。")
    if options.type_height_mm < MIN_TYPE_AREA_MM:
        raise LayoutOptionError(
            f"页边距太宽：纸高 {options.page_height_mm:g} 毫米减去上下页边距后只剩 {options.type_height_mm:g} 毫米，"
            f"版心至少要 {MIN_TYPE_AREA_MM:g} 毫米高。")


def read_settings_file(path: Path) -> Any:
    """The JSON value of a settings file; LayoutOptionError says in Chinese why it cannot be
    read (missing, a folder, not a regular file, too large, not UTF-8, not JSON)."""
    name = str(path)
    try:
        data = read_bytes_limited(path, SETTINGS_FILE_MAX_BYTES, "版式设置文件")
    except InputFileError as exc:
        raise LayoutOptionError(f"版式设置文件不能用：{exc.message}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise LayoutOptionError(f"版式设置文件 {name} 不是 UTF-8 编码的文字，请用记事本另存为 UTF-8 后重试。") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise LayoutOptionError(f"版式设置文件 {name} 不是有效的 JSON（第 {exc.lineno} 行第 {exc.colno} 列附近有误）。"
                                "应写成 {\"red_rule_pt\": 3} 的形式。") from None
    except RecursionError:
        raise LayoutOptionError(f"版式设置文件 {name} 不是有效的 JSON（嵌套太深）。") from None


def load_options(settings_file: Path | None = None, overrides: Mapping[str, Any] | None = None,
                 base: LayoutOptions | None = None) -> LayoutOptions:
    """``base`` (default: the defaults), then a JSON settings file, then ``key=value`` overrides."""
    options = base or LayoutOptions()
    if settings_file is not None:
        if not str(settings_file).strip():
            raise LayoutOptionError("版式设置文件的路径是空的。")
        data = read_settings_file(Path(settings_file))
        if not isinstance(data, dict):
            raise LayoutOptionError(f"版式设置文件 {settings_file} 应为一个 JSON 对象，如 {{\"red_rule_pt\": 3}}")
        options = options.with_changes(data)
    if overrides:
        options = options.with_changes(overrides)
    return options
