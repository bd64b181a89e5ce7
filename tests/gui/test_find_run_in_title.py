"""Find in the window reaches an entry's run-in title (its 序号 field): the match is selected
in that field, as a match in the unit or the date is in theirs."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from bulletin_desktop.core.model import Item
from bulletin_desktop.gui.text_input import type_text


@pytest.fixture
def sample_issue(sample_issue):
    first = sample_issue.sections[0].entries[0]
    assert isinstance(first, Item)
    first.mark = "强化督导提能力。"
    return sample_issue


def test_find_selects_a_match_in_the_run_in_title(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(window.ui.findBar.ui.findEdit, "督导提能力")
    mark = window.ui.entryEditor.ui.markEdit
    qtbot.waitUntil(lambda: mark.isVisible() and mark.selectedText() == "督导提能力")
    assert window.ui.findBar.ui.matchLabel.text().startswith("第 1 处，共 1 处")
