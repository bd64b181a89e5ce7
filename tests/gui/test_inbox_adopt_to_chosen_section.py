"""采用到… offers first the section the clerk has chosen in the tree (or the section of the
chosen entry), so Enter adopts the submission there."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from modal import when_modal


def test_adopt_to_offers_the_chosen_section(qtbot, window, tmp_path):
    window.show_view("inbox")
    view = window.inbox_dock.content()
    text = tmp_path / "来稿.txt"
    text.write_text("西城区召开工贸企业安全生产工作会。", encoding="utf-8")
    [sid] = view.import_files([text])
    issue = window.document.issue
    drills = next(s for s in issue.sections if s.title == "应急演练")
    assert window.ui.sectionTree.select_uid(drills.entries[0].uid)  # an entry of 【应急演练】
    offered: list = []

    def answer(dialog: QInputDialog) -> None:
        offered.append(dialog.textValue())
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    when_modal(QInputDialog, answer)
    assert view.panel.select_id(sid)
    qtbot.mouseClick(view.panel.ui.adoptButton, Qt.MouseButton.LeftButton)
    assert offered == ["【应急演练】"]
    drills = next(s for s in window.document.issue.sections if s.title == "应急演练")
    assert drills.entries[-1].text.endswith("西城区召开工贸企业安全生产工作会。")
