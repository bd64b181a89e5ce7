"""A submission listing its items under sections (【隐患排查】 …): the candidates show where
the unit puts each, and 采用到… offers that section first for the chosen one."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from modal import when_modal


def test_adopt_to_offers_the_section_the_submission_names(qtbot, window, tmp_path):
    window.show_view("inbox")
    view = window.inbox_dock.content()
    text = tmp_path / "西城区本周.txt"
    text.write_text("西城区本周信息\n【隐患排查】\n11月21日，西城区组织专家开展危化品企业隐患排查。\n"
                    "【督导检查】\n11月22日，西城区对12家商超开展消防安全督导检查。", encoding="utf-8")
    [sid] = view.import_files([text])
    assert view.panel.select_id(sid)
    candidates = view.panel.candidates
    shown = [candidates.data(candidates.index(row)) for row in range(candidates.rowCount())]
    assert shown == ["【隐患排查】11月21日，西城区组织专家开展危化品企业隐患排查。",
                     "【督导检查】11月22日，西城区对12家商超开展消防安全督导检查。"]
    offered: list = []

    def answer(dialog: QInputDialog) -> None:
        offered.append(dialog.textValue())
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    when_modal(QInputDialog, answer)
    view.panel.ui.candidateView.setCurrentIndex(candidates.index(1))
    qtbot.mouseClick(view.panel.ui.adoptButton, Qt.MouseButton.LeftButton)
    assert offered == ["【督导检查】"]
    checks = next(s for s in window.document.issue.sections if s.title == "督导检查")
    assert checks.entries[-1].text.endswith("12家商超开展消防安全督导检查。")
