"""Which punctuation hangs past the right margin after a full line: the preview must set
the lines LibreOffice sets from our .docx (the pause marks hang; closing quotes and
brackets do not, and take the character before them down to the next line)."""
from __future__ import annotations

import datetime as dt

import pytest

from bulletin_desktop.core.model import Issue, Item, Section
from bulletin_desktop.core.richtext import Run
from bulletin_desktop.export.blocks import layout_issue
from bulletin_desktop.export.layout_options import LayoutOptions
from bulletin_desktop.export.qt_render import IssueRenderer

TEXT = "安全生产工作要求各级各部门进一步提高思想认识压紧压实责任深入排查整治风险隐患"
FULL_LINE = LayoutOptions().chars_per_line - 2  # an entry's first line, after its two-character indent


@pytest.fixture(autouse=True)
def _app(qapp):
    return qapp


def first_line(mark: str) -> str:
    """The first printed line of an entry whose mark falls just past a full first line."""
    body = TEXT[:FULL_LINE] + mark + "甲乙丙丁" + TEXT[:20] + "。"
    issue = Issue("测试简报", 1, dt.date(2023, 1, 1), "某办公室", None,
                  [Section("标点", [Item(body=(Run(body),))])])
    renderer = IssueRenderer(LayoutOptions())
    renderer.update(layout_issue(issue))
    lines = renderer.page_text(0).split("\n")
    return next(line for line in lines if line.startswith(TEXT[:10]))


@pytest.mark.parametrize("mark", list("，。、；：！？,.;:!?"))
def test_pause_marks_hang_past_a_full_line(mark):
    assert first_line(mark) == TEXT[:FULL_LINE] + mark


@pytest.mark.parametrize("mark", list("”’）》」』"))
def test_closing_marks_go_down_with_the_character_before_them(mark):
    assert first_line(mark) == TEXT[:FULL_LINE - 1]
