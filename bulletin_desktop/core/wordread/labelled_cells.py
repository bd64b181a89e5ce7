"""A closing block laid out as a table whose labels sit in cells of their own, beside the
cells they label: 编辑 | 王磊 | 审核 | 刘洋 | 签发 | 陈建国, or 送 | 市应急管理局……, one pair
or several to a row. Read as the line it prints as, each label with its colon before its
value (编辑：王磊　审核：刘洋　签发：陈建国), so that it is a closing block and not a data
table's row."""
from __future__ import annotations

import re

from ..recognise import Paragraph
from ..recognise.patterns import DISTRIBUTION_LABELS, PERSON_LABELS, SIGNOFF_LABELS
from ..richtext import Run, normalize

# the labels only a closing block has (one must be in the row), and those that print beside
# them there (主编, 校对, 联系人 …): never alone enough to call a row a closing block
_CLOSING = frozenset({*SIGNOFF_LABELS, *PERSON_LABELS, *DISTRIBUTION_LABELS})
_BESIDE = frozenset({"主编", "副主编", "总编", "校对", "排版", "责任校对", "联系人", "联系电话", "电话", "印数"})
_PAIR_GAP = "\u3000"
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _label(text: str) -> str | None:
    """The label a cell holds (编　辑：→ 编辑), or None."""
    bare = re.sub(r"\s+", "", text).rstrip("：:")
    return bare if bare in _CLOSING or bare in _BESIDE else None


def labelled_row(cells: list[list[Paragraph]]) -> Paragraph | None:
    """The line a row of label cells and value cells prints as, or None for any other row.
    ``cells``: the row's cells that hold text."""
    if len(cells) < 2 or len(cells) % 2 or any(len(cell) != 1 for cell in cells):
        return None
    paras = [cell[0] for cell in cells]
    labels = [_label(p.text) for p in paras[0::2]]
    values = paras[1::2]
    if any(label is None for label in labels) or not any(label in _CLOSING for label in labels):
        return None
    # names and recipients are words: a figure beside 报送 is a table of counts
    if any(not _HAN.search(value.text) or _label(value.text) is not None for value in values):
        return None
    runs: list[Run] = []
    for label, value in zip(labels, values):
        if runs:
            runs.append(Run(_PAIR_GAP))
        runs.append(Run(f"{label}："))
        runs.extend(value.rich)
    return Paragraph(normalize(runs))
