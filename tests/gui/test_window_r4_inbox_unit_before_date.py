"""A submission pasted into 来稿 whose entry names its unit before the date and has a subject
of its own (【郾城区】11月30日，区安委办召开…): the candidate entry keeps the unit after the
date, as the text said it; it was dropped, and the entry no longer said whose 区安委办 it was.
A text that names the place itself is not given it twice, nor the level's character that
names its office (区安委办 after 郾城区 prints 郾城区安委办); a word opening with it (区域) stays."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication


@pytest.mark.parametrize("pasted, shown", [
    ("【郾城区】11月30日，区安委办召开全区安全生产形势分析会。", "11月30日，郾城区安委办召开全区安全生产形势分析会。"),
    ("郾城区　11月30日，区应急管理局组织开展消防演练。", "11月30日，郾城区应急管理局组织开展消防演练。"),
    ("【上蔡县重阳街道】3月8日，重阳街道开展消防宣传。", "3月8日，重阳街道开展消防宣传。"),
    ("【郾城区】11月30日，组织开展消防演练。", "11月30日，郾城区组织开展消防演练。"),
    ("郾城区　11月30日，区域内企业开展自查。", "11月30日，郾城区区域内企业开展自查。"),
])
def test_a_unit_written_before_the_date_stays_in_the_candidate(qtbot, window, pasted, shown):
    dock = window.inbox_dock.open()
    QGuiApplication.clipboard().setText(pasted)
    (submission,) = dock.paste()
    view = dock.panel.ui.candidateView
    qtbot.waitUntil(lambda: view.model().rowCount() == 1)
    assert view.model().index(0, 0).data(Qt.ItemDataRole.DisplayRole) == shown

    section = window.document.issue.sections[0]
    assert dock.adopt(submission, 1, section.uid, -1)  # as a drop of the candidate on the section
    adopted = section.entries[-1]
    assert adopted.text == shown
