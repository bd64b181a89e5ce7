"""A distribution line too long for one line continues aligned after its label (送：),
its colon counted, in the preview as in Word (a hanging indent of the label's characters)."""
from __future__ import annotations

import datetime as dt

import pytest

from bulletin_desktop.core.model import DistributionLine, Issue, Section, item
from bulletin_desktop.export.block_styles import block_styles
from bulletin_desktop.export.blocks import BlockKind, layout_issue
from bulletin_desktop.export.layout_options import LayoutOptions
from bulletin_desktop.export.qt_render.rows import TextRow

OPTIONS = LayoutOptions()
UNITS = "、".join(["市委办公室", "市人大常委会办公室", "市政府办公室", "市政协办公室", "市纪委监委",
                  "市委组织部", "市委宣传部", "市委政法委", "市发展改革委", "市教育局"]) + "。"


@pytest.fixture(autouse=True)
def _app(qapp):
    return qapp


@pytest.mark.parametrize("label", ["送", "本期增发"])
def test_continuation_lines_start_after_the_label(label):
    from bulletin_desktop.export.qt_render import IssueRenderer

    issue = Issue("测试简报", 1, dt.date(2023, 1, 1), "某办公室", None,
                  [Section("安排部署", [item("1月1日，某县召开会议。")])],
                  distribution=[DistributionLine(label, UNITS)])
    renderer = IssueRenderer(OPTIONS)
    renderer.update(layout_issue(issue))
    rows = [p.row for p in renderer.page(renderer.page_count() - 1).placements
            if isinstance(p.row, TextRow) and p.row.text() and p.row.text()[0] in UNITS + label]
    starts = [row.shift + row.layout.lineAt(row.index).x() for row in rows]
    style = block_styles(OPTIONS)[BlockKind.DISTRIBUTION]
    assert len(rows) >= 2
    assert starts[0] == pytest.approx(style.side_indent_pt, abs=0.1)
    label_width = (len(label) + 1) * style.char_pt
    assert all(start == pytest.approx(style.side_indent_pt + label_width, abs=0.3) for start in starts[1:])
