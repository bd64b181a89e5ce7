"""Every number of the printed layout, in one frozen dataclass.

Defaults follow GB/T 9704-2012 where it speaks and common 简报 practice where it does
not (see docs/layout.md). The .docx writer, the Qt renderer behind the preview and the
PDF fallback all read the same options, so a changed setting changes every output.
"""
from __future__ import annotations

import dataclasses
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

from ..core.errors import BulletinError
from ..core.model import SECTION_HEADING_DEFAULT, SECTION_HEADING_STYLES

PT_PER_MM = 72 / 25.4
TWIPS_PER_MM = 1440 / 25.4


def mm_to_twips(mm: float) -> int:
    """Word's unit (1/20 pt), rounded as the .docx stores it."""
    return round(mm * TWIPS_PER_MM)


class LayoutOptionError(BulletinError):
    """A layout setting that does not exist or has a value of the wrong kind."""


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

    def masthead_size_for(self, name: str) -> float:
        """The largest masthead size at which the name fits one line of the type area.
        CJK glyphs are one em wide; Latin letters and digits about half that."""
        width_pt = self.type_width_mm * PT_PER_MM
        ems = sum(0.5 if ord(ch) < 0x2E80 else 1.0 for ch in name) or 1.0
        for size in (self.masthead_size_pt, *self.masthead_fallback_sizes_pt):
            if ems * size <= width_pt:
                return size
        return min((self.masthead_size_pt, *self.masthead_fallback_sizes_pt))

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
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def _coerce(key: str, raw: Any, current: Any) -> Any:
    try:
        if isinstance(current, tuple):
            items = raw if isinstance(raw, (list, tuple)) else str(raw).split(",")
            return tuple(float(x) for x in items)
        if isinstance(current, bool):
            return raw if isinstance(raw, bool) else str(raw).lower() in ("1", "true", "yes", "是")
        if isinstance(current, int):
            return int(raw)
        if isinstance(current, float):
            return float(raw)
        return str(raw)
    except (TypeError, ValueError):
        raise LayoutOptionError(f"版式设置“{key}”的值“{raw}”无效（应为{type(current).__name__}）") from None


def load_options(settings_file: Path | None = None, overrides: Mapping[str, Any] | None = None,
                 base: LayoutOptions | None = None) -> LayoutOptions:
    """``base`` (default: the defaults), then a JSON settings file, then ``key=value`` overrides."""
    options = base or LayoutOptions()
    if settings_file is not None:
        try:
            data = json.loads(Path(settings_file).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise LayoutOptionError(f"无法读取版式设置文件 {settings_file}：{exc}") from None
        if not isinstance(data, dict):
            raise LayoutOptionError(f"版式设置文件 {settings_file} 应为一个 JSON 对象")
        options = options.with_changes(data)
    if overrides:
        options = options.with_changes(overrides)
    return options
