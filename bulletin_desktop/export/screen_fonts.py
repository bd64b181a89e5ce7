"""The official font names of a bulletin mapped to faces installed on this machine.

The .docx keeps the names the clerk's Word and WPS know (方正小标宋简体, 仿宋_GB2312, 黑体,
楷体_GB2312, 宋体). The screen preview and the Qt PDF need real faces: the named one when
it is installed, otherwise its usual Windows name (仿宋 is registered as "FangSong" there),
otherwise a free face of the same kind (serif for 宋/仿宋, sans for 黑体, a 楷 face when
there is one). Qt GUI module only; needs a QGuiApplication for QFontDatabase.
"""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QFont, QFontDatabase

from ..core.font_kinds import font_kind, named_kind
from .font_names import metric_compatible

_SERIF = ("Noto Serif CJK SC", "Source Han Serif SC", "思源宋体", "Noto Serif SC",
          "AR PL UMing CN", "AR PL SungtiL GB", "SimSun", "宋体", "Songti SC", "STSong")
_SANS = ("Noto Sans CJK SC", "Source Han Sans SC", "思源黑体", "Noto Sans SC",
         "WenQuanYi Zen Hei", "文泉驿正黑", "WenQuanYi Micro Hei", "Microsoft YaHei", "微软雅黑",
         "PingFang SC")
_FANGSONG = ("仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", "华文仿宋")
_KAI = ("楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "STKaiti", "华文楷体",
        "AR PL UKai CN", "AR PL KaitiM GB")
_HEI = ("黑体", "SimHei", "STHeiti", "华文黑体", "Heiti SC")
_SONG = ("宋体", "SimSun", "NSimSun", "新宋体", "STSong", "华文宋体", "Songti SC")
_XIAOBIAOSONG = ("方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05",
                 "方正小标宋", "华文中宋", "STZhongsong")

# Candidates in order of preference for each kind of face.
FALLBACKS: dict[str, tuple[str, ...]] = {
    "xiaobiaosong": _XIAOBIAOSONG + _SERIF,
    "fangsong": _FANGSONG + _SERIF,
    "kai": _KAI + _SERIF,
    "hei": _HEI + _SANS,
    "song": _SONG + _SERIF,
}

@lru_cache(maxsize=1)
def _installed() -> dict[str, str]:
    """casefolded family name -> the name as the font database spells it."""
    return {family.casefold(): family for family in QFontDatabase.families()}


def installed_family(name: str) -> str | None:
    """The installed family called ``name`` (any case), or None."""
    return _installed().get(name.casefold())


@lru_cache(maxsize=64)
def screen_family(official: str) -> str:
    """The installed face to draw text set in ``official`` with. A Latin face (Times New
    Roman) missing here is replaced by a metric-compatible one (Liberation Serif), so
    digits and letters take the widths they take in Word."""
    exact = installed_family(official)
    if exact is not None:
        return exact
    for candidate in metric_compatible(official):
        found = installed_family(candidate)
        if found is not None:
            return found
    for candidate in FALLBACKS[font_kind(official)]:
        found = installed_family(candidate)
        if found is not None:
            return found
    # Nothing CJK is installed that we know of: let Qt's own fallback find glyphs.
    return QFont().defaultFamily()


def is_substituted(official: str) -> bool:
    """True when ``official`` itself is not installed and a look-alike is drawn instead."""
    return installed_family(official) is None


@lru_cache(maxsize=16)
def _regular_style(family: str) -> str | None:
    """The name of ``family``'s upright style nearest the normal weight ("Regular")."""
    upright = [s for s in QFontDatabase.styles(family) if not QFontDatabase.italic(family, s)]
    if not upright:
        return None
    normal = QFont.Weight.Normal.value
    return min(upright, key=lambda s: abs(QFontDatabase.weight(family, s) - normal))


def screen_font(official: str, size_pt: float, bold: bool = False) -> QFont:
    """A QFont for text set in ``official`` at ``size_pt``.

    The official Chinese faces (方正小标宋简体, 仿宋_GB2312, 黑体, 楷体_GB2312, 宋体) have one
    weight: Word and WPS print their bold by thickening that weight. A look-alike drawn in
    their place does the same with its regular style, not with its own bold, which is far
    heavier than the print (and would cost a second face's memory for a few bold words).
    方正小标宋 is a heavy Song face: its look-alike is thickened even where not bold, so
    titles keep their weight."""
    family = screen_family(official)
    font = QFont(family)
    font.setPointSizeF(size_pt)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    if hasattr(font, "setFeature"):  # Qt 6.7
        # The shaper takes its language from the program's locale: under the Chinese one the
        # window runs in, 'locl' widens the dash of 5—10月 and the lines would break otherwise
        # than in the command line's PDF, and otherwise than LibreOffice prints our .docx.
        font.setFeature(QFont.Tag("locl"), 0)
    heavy = font_kind(official) == "xiaobiaosong" and family not in _XIAOBIAOSONG and is_substituted(official)
    if bold or heavy:
        font.setWeight(QFont.Weight.Bold)
        if named_kind(official) is not None and is_substituted(official):
            regular = _regular_style(family)
            if regular is not None:
                font.setStyleName(regular)  # Qt thickens a regular face asked for bold
    return font


def clear_cache() -> None:
    """Forget what was found, after fonts were installed or removed while running."""
    _installed.cache_clear()
    screen_family.cache_clear()
    _regular_style.cache_clear()
