"""Replace in the real window: Ctrl+H opens the find bar with its replace row; 全部替换
changes every place in the issue as printed (entries, masthead, closing block) as one undo
step and the archive has it within a second; 替换 goes match by match; a final issue is
left as it was and the clerk is told why. Find shows a match of the closing block in the
masthead panel's field."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from bulletin_desktop.core.issue_json import issue_to_dict
from bulletin_desktop.core.richtext import plain
from bulletin_desktop.gui.text_input import type_text


def _open_replace(qtbot, window, old: str, new: str):
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    bar = window.ui.findBar
    assert bar.isVisible() and bar.ui.replaceRow.isVisible() and bar.ui.findEdit.hasFocus()
    type_text(bar.ui.findEdit, old)
    qtbot.mouseClick(bar.ui.replaceEdit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(bar.ui.replaceEdit.hasFocus)
    type_text(bar.ui.replaceEdit, new)
    return bar


def _bodies(issue) -> str:
    return "".join(plain(e.body) for _s, e in issue.entries() if e.kind == "item")


def test_replace_all_is_one_undo_step_and_reaches_the_archive(qtbot, window, stored_issue):
    doc = window.document
    before = issue_to_dict(doc.issue)
    steps = doc.undo_stack.count()
    bar = _open_replace(qtbot, window, "安全生产", "安全")
    qtbot.mouseClick(bar.ui.replaceAllButton, Qt.MouseButton.LeftButton)

    issue = doc.issue
    said = bar.ui.matchLabel.text()
    assert said.startswith("已替换 ") and said.endswith(" 处") and int(said.split()[1]) > 5
    assert window.statusBar().currentMessage().startswith(said)  # and what was left, when the name held the word
    assert "安全生产" not in _bodies(issue) and issue.office == "漯河市安全委员会办公室"
    assert issue.series == "漯河安全生产简报"  # the bulletin's name is renamed elsewhere, not replaced
    assert doc.undo_stack.count() == steps + 1
    qtbot.waitUntil(lambda: stored_issue(issue.id).office == "漯河市安全委员会办公室", timeout=1000)

    window.action_set.undo.trigger()
    assert issue_to_dict(doc.issue) == before
    qtbot.waitUntil(lambda: issue_to_dict(stored_issue(issue.id)) == before, timeout=1000)


def test_replace_goes_match_by_match_and_undo_brings_each_back(qtbot, window):
    doc = window.document
    bar = _open_replace(qtbot, window, "市应急管理局", "市应急局")
    assert bar.ui.replaceEdit.hasFocus()
    assert bar.ui.matchLabel.text() == "第 1 处，共 2 处"
    qtbot.keyClick(bar.ui.replaceEdit, Qt.Key.Key_Return)  # Enter in the replace box: 替换
    assert bar.ui.matchLabel.text() == "第 1 处，共 1 处" and bar.ui.replaceEdit.hasFocus()
    units = [e.unit for _s, e in doc.issue.entries() if e.kind == "item" and e.unit]
    assert "市应急局" in units and "市应急管理局" not in units
    qtbot.mouseClick(bar.ui.replaceButton, Qt.MouseButton.LeftButton)
    assert bar.ui.matchLabel.text() == "没有找到"
    assert "市应急管理局" not in _bodies(doc.issue)
    window.action_set.undo.trigger()
    assert "市应急管理局" in _bodies(doc.issue) and "市应急局" in units


def test_a_name_in_the_closing_block_is_found_in_the_masthead_panel(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.ui.findBar
    assert not bar.ui.replaceRow.isVisible()
    type_text(bar.ui.findEdit, "翟红伟")
    assert bar.ui.matchLabel.text() == "第 1 处，共 1 处"
    panel = window.ui.mastheadPanel.ui
    assert window.ui.mastheadDock.isVisible() and panel.reviewersEdit.selectedText() == "翟红伟"
    bar.ui.findEdit.clear()
    type_text(bar.ui.findEdit, "安全生产委员会")
    assert panel.officeEdit.selectedText() == "安全生产委员会"
    bar.ui.findEdit.clear()
    type_text(bar.ui.findEdit, "副主任")  # in the 送 line of the distribution
    lines = [e for e in window.ui.mastheadPanel.findChildren(QLineEdit) if e.text().startswith("市委常委")]
    assert [e.selectedText() for e in lines] == ["副主任"]


def test_a_final_issue_refuses_to_replace_and_says_why(qtbot, window, stored_issue, monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: said.append(text))
    doc = window.document
    window.archive_tools.finalize.trigger()
    before = issue_to_dict(doc.issue)
    bar = _open_replace(qtbot, window, "安全生产", "安全")
    qtbot.mouseClick(bar.ui.replaceAllButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(bar.ui.replaceButton, Qt.MouseButton.LeftButton)
    assert len(said) == 2 and all("已定稿" in text and "撤销定稿" in text for text in said)
    assert issue_to_dict(doc.issue) == before and doc.undo_stack.count() == 0
    assert issue_to_dict(stored_issue(doc.issue.id)) == before


def test_undoing_a_replace_in_the_closing_block_brings_the_masthead_panel_to_the_front(qtbot, window):
    doc = window.document
    reviewer = doc.issue.signoff.reviewers[0]
    assert reviewer not in _bodies(doc.issue)  # the closing block is the first place changed
    bar = _open_replace(qtbot, window, reviewer, "王五")
    qtbot.mouseClick(bar.ui.replaceAllButton, Qt.MouseButton.LeftButton)
    assert doc.issue.signoff.reviewers[0] == "王五"
    bar.close()
    qtbot.wait(50)  # what the find bar shows of the last match has been shown

    def to_issue_list() -> bool:  # the clerk goes to the issue list meanwhile
        window.ui.issueListDock.raise_()
        return window.ui.mastheadDock.visibleRegion().isEmpty()

    qtbot.waitUntil(to_issue_list)
    doc.undo_stack.undo()
    assert doc.issue.signoff.reviewers[0] == reviewer
    qtbot.waitUntil(lambda: not window.ui.mastheadDock.visibleRegion().isEmpty())
