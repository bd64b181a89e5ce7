"""Style facts the reader needs: bold and the East Asian font from character and paragraph
styles (following basedOn), numbering and outline level attached to paragraph styles, and
style names."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lxml import etree

from .ns import on, w, whole_number


@dataclass
class _Style:
    kind: str
    name: str
    based_on: str | None
    bold: bool | None
    hidden: bool | None  # 隐藏文字 (w:vanish)
    east_asia_font: str | None
    colour: str | None  # the text's colour (w:color), lower case: ffffff, auto
    filled: bool | None  # shaded or highlighted under the text (fills)
    num_id: str | None
    num_level: int | None
    outline: int | None


class Styles:
    def __init__(self, root: etree._Element | None):
        self._styles: dict[str, _Style] = {}
        self.default_bold = False
        self.default_east_asia_font: str | None = None
        self.default_paragraph: str | None = None
        self._inherited_cache: dict[tuple[str, str], Any] = {}
        if root is None:
            return
        defaults = root.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
        if defaults is not None:
            self.default_bold = bool(on(defaults.find(w("b"))))
            self.default_east_asia_font = east_asia_font(defaults)
        for style in root.iter(w("style")):
            style_id = style.get(w("styleId"))
            if not style_id:
                continue
            kind = style.get(w("type"), "paragraph")
            name_el = style.find(w("name"))
            based = style.find(w("basedOn"))
            rpr = style.find(w("rPr"))
            ppr = style.find(w("pPr"))
            num_id = num_level = outline = None
            if ppr is not None:
                numpr = ppr.find(w("numPr"))
                if numpr is not None:
                    num_el = numpr.find(w("numId"))
                    lvl_el = numpr.find(w("ilvl"))
                    num_id = num_el.get(w("val")) if num_el is not None else None
                    num_level = whole_number(lvl_el.get(w("val"))) if lvl_el is not None else None
                outline_el = ppr.find(w("outlineLvl"))
                if outline_el is not None:
                    outline = whole_number(outline_el.get(w("val")))
            self._styles[style_id] = _Style(
                kind=kind,
                name=(name_el.get(w("val")) if name_el is not None else "") or "",
                based_on=based.get(w("val")) if based is not None else None,
                bold=on(rpr.find(w("b"))) if rpr is not None else None,
                hidden=on(rpr.find(w("vanish"))) if rpr is not None else None,
                east_asia_font=east_asia_font(rpr),
                colour=_colour(rpr),
                filled=_style_filled(ppr, rpr),
                num_id=num_id, num_level=num_level, outline=outline,
            )
            if kind == "paragraph" and style.get(w("default")) in ("1", "true", "on"):
                self.default_paragraph = style_id

    def _chain(self, style_id: str | None):
        seen: set[str] = set()
        while style_id and style_id in self._styles and style_id not in seen:
            seen.add(style_id)
            style = self._styles[style_id]
            yield style
            style_id = style.based_on

    def _inherited(self, style_id: str | None, fact: str) -> Any:
        """``fact`` (a field of the style) as the style or the first style it is based on that
        says it sets it; None when none says."""
        if not style_id:
            return None
        key = (fact, style_id)
        if key not in self._inherited_cache:
            self._inherited_cache[key] = next(
                (value for s in self._chain(style_id) if (value := getattr(s, fact)) is not None), None)
        return self._inherited_cache[key]

    def style_bold(self, style_id: str | None) -> bool | None:
        """Bold as a style (and the styles it is based on) sets it; None when none says."""
        return self._inherited(style_id, "bold")

    def paragraph_bold(self, style_id: str | None) -> bool:
        """Whether text in a paragraph of this style is bold before its runs say: as the style
        chain says, else as the document's defaults do (a template bold by default whose
        body style turns it off is not bold)."""
        said = self.style_bold(style_id)
        return self.default_bold if said is None else said

    def style_hidden(self, style_id: str | None) -> bool | None:
        """Hidden text as a style (and the styles it is based on) sets it; None when none says."""
        return self._inherited(style_id, "hidden")

    def style_colour(self, style_id: str | None) -> str | None:
        """The text colour a style (or a style it is based on) sets, lower case; None when none says."""
        return self._inherited(style_id, "colour")

    def style_filled(self, style_id: str | None) -> bool:
        """Whether a style (or a style it is based on) shades or highlights its text."""
        return bool(self._inherited(style_id, "filled"))

    def style_east_asia_font(self, style_id: str | None) -> str | None:
        """The font a style (or a style it is based on) sets for Chinese text; None when none says."""
        return self._inherited(style_id, "east_asia_font")

    def paragraph_style(self, style_id: str | None) -> str | None:
        return style_id if style_id in self._styles else self.default_paragraph

    def name(self, style_id: str | None) -> str:
        style = self._styles.get(style_id or "")
        return style.name if style else ""

    def numbering(self, style_id: str | None) -> tuple[str | None, int | None]:
        for style in self._chain(style_id):
            if style.num_id is not None:
                return style.num_id, style.num_level
        return None, None

    def outline_level(self, style_id: str | None) -> int | None:
        return self._inherited(style_id, "outline")

    def is_title(self, style_id: str | None) -> bool:
        """Word's Title or Subtitle style, or one based on them: a masthead's name and number
        line (Chinese Word gives them outline levels 1 and 2, yet they head no section)."""
        return any(style.name.lower() in ("title", "subtitle") for style in self._chain(style_id))


# the fills and highlights that leave the page showing under the text
UNFILLED = frozenset({"", "auto", "none", "ffffff", "white"})


def fills(shading: etree._Element | None) -> bool:
    """Whether a w:shd (its fill, or a solid or dotted pattern's colour) or a w:highlight
    fills in a colour under text."""
    if shading is None:
        return False
    if shading.tag == w("highlight"):
        return (shading.get(w("val")) or "").lower() not in UNFILLED
    pattern = shading.get(w("val")) or ""
    if pattern == "nil":  # no shading at all
        return False
    if (shading.get(w("fill")) or "").lower() not in UNFILLED:
        return True
    # (a pattern other than clear draws in its w:color over the fill)
    return pattern not in ("", "clear") and (shading.get(w("color")) or "").lower() not in UNFILLED


def _style_filled(ppr: etree._Element | None, rpr: etree._Element | None) -> bool | None:
    shadings = [el for el in (ppr.find(w("shd")) if ppr is not None else None, rpr.find(w("shd")) if rpr is not None else None,
                              rpr.find(w("highlight")) if rpr is not None else None) if el is not None]
    return any(fills(el) for el in shadings) if shadings else None


def _colour(rpr: etree._Element | None) -> str | None:
    colour = rpr.find(w("color")) if rpr is not None else None
    return (colour.get(w("val")) or "auto").lower() if colour is not None else None


def east_asia_font(rpr: etree._Element | None) -> str | None:
    """The font named for Chinese text in run properties (w:rFonts/@w:eastAsia), if any. A
    theme's font (w:eastAsiaTheme) is named by its slot (minorEastAsia): what it stands for
    is in the theme part, and Word prints it in place of a font named beside it."""
    return fonts_east_asia(rpr.find(w("rFonts")) if rpr is not None else None)


def fonts_east_asia(fonts: etree._Element | None) -> str | None:
    """The font a w:rFonts names for Chinese text (see ``east_asia_font``)."""
    if fonts is None:
        return None
    # (a theme's slot names no 黑体-kind face: the themes of Word and WPS set 等线 or 宋体 there)
    return fonts.get(_EAST_ASIA_THEME) or fonts.get(_EAST_ASIA) or None


_EAST_ASIA, _EAST_ASIA_THEME = w("eastAsia"), w("eastAsiaTheme")
