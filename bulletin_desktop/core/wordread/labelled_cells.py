"""A closing block laid out as a table whose labels sit in cells of their own, beside the
cells they label: 编辑 | 王磊 | 审核 | 刘洋 | 签发 | 陈建国, or 送 | 市应急管理局……, one pair
or several to a row. Read as the line it prints as, each label with its colon before its
value (编辑：王磊　审核：刘洋　签发：陈建国), so that it is a closing block and not a data
table's row. A unit's submission sent on a form (信息报送单) lays out its sender the same
way: 报送单位 | 李庄镇人民政府 | 报送时间 | 2024年5月21日 reads 报送单位：李庄镇人民政府　报送时间：……,
as a submission typed out names its sender."""
from __future__ import annotations

import re

from ..model import SENDER_LABEL, unit_name_at_start
from ..recognise import Paragraph
from ..recognise.patterns import DISTRIBUTION_LABELS, PERSON_LABELS, SIGNOFF_LABELS
from ..richtext import Run, normalize

# the labels only a closing block has (one must be in the row), and those that print beside
# them there (主编, 校对, 联系人 …): never alone enough to call a row a closing block
_CLOSING = frozenset({*SIGNOFF_LABELS, *PERSON_LABELS, *DISTRIBUTION_LABELS})
_BESIDE = frozenset({"主编", "副主编", "总编", "校对", "排版", "责任校对", "联系人", "联系电话", "电话", "印数"})
# the labels of a submission's form beside its sender's (报送单位, 供稿单位, 来源 …: SENDER_LABEL)
_FORM = frozenset({"报送时间", "报送日期", "供稿时间", "标题", "题目", "信息标题", "稿件标题"})
_SENDER = re.compile(rf"^{SENDER_LABEL}$")
_PAIR_GAP = "\u3000"
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _label(text: str) -> str | None:
    """The label a cell holds (编　辑：→ 编辑), or None."""
    bare = re.sub(r"\s+", "", text).rstrip("：:")
    return bare if bare in _CLOSING or bare in _BESIDE or bare in _FORM or _SENDER.match(bare) else None


def labelled_row(cells: list[list[Paragraph]]) -> Paragraph | None:
    """The line a row of label cells and value cells prints as, or None for any other row.
    ``cells``: the row's cells that hold text."""
    if len(cells) < 2 or len(cells) % 2 or any(len(cell) != 1 for cell in cells):
        return None
    paras = [cell[0] for cell in cells]
    labels = [_label(p.text) for p in paras[0::2]]
    values = paras[1::2]
    if any(label is None for label in labels) or not any(
            label in _CLOSING or label in _FORM or _SENDER.match(label or "") for label in labels):
        return None
    # names and recipients are words: a figure beside 报送 is a table of counts (a form's
    # telephone number or date beside its own label is a figure)
    if any((not _HAN.search(value.text) and label not in _BESIDE and label not in _FORM) or _label(value.text) is not None
           for label, value in zip(labels, values)):
        return None
    # a sender is a unit: 报送单位 | 采用篇数 is a table's row of column labels
    if any(label not in _CLOSING and _SENDER.match(label or "") and not unit_name_at_start(value.text.strip())
           for label, value in zip(labels, values)):
        return None
    runs: list[Run] = []
    for label, value in zip(labels, values):
        if runs:
            runs.append(Run(_PAIR_GAP))
        runs.append(Run(f"{label}："))
        runs.extend(value.rich)
    return Paragraph(normalize(runs))
