"""The sign-off's other roles (主编, 校对, …) edited in the masthead panel: printed on the
sign-off line, saved, undone."""
from __future__ import annotations

from bulletin_desktop.gui.text_input import type_text


def test_other_roles_typed_in_the_panel_are_printed_saved_and_undone(qtbot, window, stored_issue, shown_text):
    issue_id = window.document.issue.id
    edit = window.ui.mastheadPanel.ui.othersEdit
    assert edit.text() == "" and edit.isEnabled()
    window.ui.mastheadDock.raise_()
    edit.setFocus()
    type_text(edit, "校对：王五　主编：张三")
    assert window.document.issue.signoff.others == ["主编：张三", "校对：王五"]
    assert edit.text() == "校对：王五　主编：张三"  # as typed: the field is not rewritten under the clerk's hands
    # a chief editor's role heads the line, the rest follow the three
    assert "主编：张三  编辑：卜丹 赵贺龙  审核：翟红伟  签发：孙全忠  校对：王五" in shown_text(window)
    qtbot.waitUntil(lambda: stored_issue(issue_id).signoff.others == ["主编：张三", "校对：王五"], timeout=3000)

    window.action_set.undo.trigger()
    assert window.document.issue.signoff.others == [] and edit.text() == ""
    assert "校对" not in shown_text(window)
    qtbot.waitUntil(lambda: stored_issue(issue_id).signoff.others == [], timeout=3000)


def test_one_of_the_three_roles_typed_as_another_goes_to_its_field_when_the_clerk_leaves(
        qtbot, window, stored_issue):
    from bulletin_desktop.core.textformat import read_text, write_text

    issue_id = window.document.issue.id
    panel = window.ui.mastheadPanel.ui
    window.ui.mastheadDock.raise_()
    panel.othersEdit.setFocus()
    type_text(panel.othersEdit, "校对：王五　签发：李四")
    # while typing, the field is the clerk's
    assert window.document.issue.signoff.others == ["校对：王五", "签发：李四"]
    panel.othersEdit.editingFinished.emit()
    signoff = window.document.issue.signoff
    assert (signoff.signers, signoff.others) == (["孙全忠", "李四"], ["校对：王五"])
    assert (panel.signersEdit.text(), panel.othersEdit.text()) == ("孙全忠 李四", "校对：王五")
    # printed alike, and now the text form reads back the same issue
    assert read_text(write_text(window.document.issue)) == window.document.issue
    qtbot.waitUntil(lambda: stored_issue(issue_id).signoff.signers == ["孙全忠", "李四"], timeout=3000)


def test_a_name_padded_to_three_characters_typed_in_a_role_field_is_one_name(qtbot, window):
    """卜　丹 (two characters set to the width of three) is one editor, as the closing block's
    reading and the command line take it; 甲 乙 with an ordinary space stays two."""
    panel = window.ui.mastheadPanel.ui
    window.ui.mastheadDock.raise_()
    panel.editorsEdit.setFocus()
    panel.editorsEdit.selectAll()
    type_text(panel.editorsEdit, "卜　丹　赵贺龙")
    assert window.document.issue.signoff.editors == ["卜丹", "赵贺龙"]
    assert panel.editorsEdit.text() == "卜　丹　赵贺龙"  # the field keeps what the clerk typed
    panel.reviewersEdit.setFocus()
    panel.reviewersEdit.selectAll()
    type_text(panel.reviewersEdit, "甲 乙")
    assert window.document.issue.signoff.reviewers == ["甲", "乙"]
