"""The labels over the columns of a table of entries (序号 | 日期 | 报送单位 | 工作内容): the
table's layout, never an entry. One list for the Word reader (a table in a document,
wordread.body) and the paste reader (Word's cells pasted a paragraph each, or a text's rows
with tabs, pasted_entries), so a table reads the same whichever way it comes.

Patterns compiled on first use: the paste reader is loaded with the window."""
from __future__ import annotations

from .lazy_pattern import LazyPattern

# The label over a column of dates: 日期, 时间, 报送日期, 发生时间 …
_DATE_LABEL_FORM = r"(?:报送|发生|信息)?(?:日期|时间)"
# The label over a column of the units that sent the entries: 单位, 报送单位, 乡镇名称 …
_UNIT_LABEL_FORM = r"(?:报送|信息|责任|来稿|所属|供稿)?(?:单位|部门|乡镇)(?:名称)?"
# 序号, 单位, 报送单位, 供稿单位, 日期, 时间, 内容, 主要内容, 信息标题, 主要工作, 类别, 栏目 …
_COLUMN_LABEL = LazyPattern(
    r"^(?:序号?|编号|(?:所属)?栏目(?:名称)?|(?:信息)?类别|" + _UNIT_LABEL_FORM + "|" + _DATE_LABEL_FORM
    + r"|(?:主要|信息|工作|具体|简要|报送)?(?:内容|事项|情况|标题|动态|信息)|主要(?:工作|做法)|来源|备注)$")
_DATE_LABEL = LazyPattern(f"^{_DATE_LABEL_FORM}$")
_UNIT_LABEL = LazyPattern(f"^{_UNIT_LABEL_FORM}$")
# the first cell of a row totting up the entries above it (合计 | | 共3条): no entry
_TOTAL_LABEL = LazyPattern(r"^(?:合计|总计|小计|共计)[:：]?$")
# the column naming each row's section, its name in a cell merged down its rows
SECTION_LABELS = frozenset({"栏目", "栏目名称", "所属栏目"})


def label_text(text: str) -> str:
    """A cell's text as a label is compared: a table spaces its short labels out (序　号)."""
    return "".join(text.split())


def is_column_label(text: str) -> bool:
    """Whether a cell's text is a table of entries' column label."""
    return bool(_COLUMN_LABEL.match(label_text(text)))


def is_date_label(text: str) -> bool:
    """Whether a cell's text labels a column of dates (under which a looser date, 6.1 or
    近日, is the row's date too)."""
    return bool(_DATE_LABEL.match(label_text(text)))


def is_unit_label(text: str) -> bool:
    """Whether a cell's text labels a column of units (under which a name no unit's ending
    marks, 东关村 or 城关镇第一网格, is the row's unit too)."""
    return bool(_UNIT_LABEL.match(label_text(text)))


def is_total_label(text: str) -> bool:
    """Whether a cell's text opens a row of totals under a table of entries (合　计)."""
    return bool(_TOTAL_LABEL.match(label_text(text)))
