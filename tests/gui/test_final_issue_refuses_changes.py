"""A 定稿 issue in the real window: typing, pasting, the masthead, the section tree, the
structure commands, adopting a submission and deleting the issue all leave it as it was;
where the clerk asked for a change, a message says the issue is final and how to reopen it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from bulletin_desktop.core.issue_json import issue_to_dict


def _content(issue) -> dict:
    data = issue_to_dict(issue)
    data.pop("status")
    return data


def _warnings(monkeypatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: said.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: said.append("asked") or QMessageBox.StandardButton.Yes)
    return said


def test_a_final_issue_is_left_as_it_was_by_every_editing_path(qtbot, window, stored_issue, monkeypatch):
    doc = window.document
    issue_id = doc.issue.id
    before = _content(stored_issue(issue_id))
    entry = next(e for _s, e in doc.issue.entries())
    window.ui.sectionTree.select_uid(entry.uid)
    window.archive_tools.finalize.trigger()
    assert doc.readonly

    body = window.ui.entryEditor.active_body()
    body.setFocus()
    qtbot.keyClicks(body, "abc")
    QApplication.clipboard().setText("粘贴的文字")
    qtbot.keyClick(body, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    masthead = window.ui.mastheadPanel.ui
    qtbot.keyClicks(masthead.officeEdit, "X")
    masthead.numberSpin.setValue(masthead.numberSpin.value() + 7)
    masthead.numberFormCombo.setCurrentIndex(masthead.numberFormCombo.count() - 1)
    for action in (window.action_set.add_entry, window.action_set.add_section, window.action_set.delete,
                   window.action_set.duplicate, window.action_set.move_down, window.action_set.bold):
        action.trigger()
    window.structure.delete_current()
    window.structure.duplicate_current()
    window.structure.move_current(1)
    window.editing.add_section()
    model = window.ui.sectionTree.model()
    first_section = model.index(0, 0)
    assert not model.dropMimeData(model.mimeData([model.index(0, 0, first_section)]), Qt.DropAction.MoveAction,
                                  0, 0, model.index(1, 0))
    assert not model.setData(first_section, "改名的栏目")
    doc.undo_stack.undo()
    window.save_now()

    assert doc.undo_stack.count() == 0
    assert _content(doc.issue) == before
    assert _content(stored_issue(issue_id)) == before


def test_deleting_a_final_issue_says_why_without_asking_to_confirm(qtbot, window, stored_issue, monkeypatch):
    issue_id = window.document.issue.id
    window.archive_tools.finalize.trigger()
    said = _warnings(monkeypatch)
    window.issues.delete_issue(issue_id)
    from bulletin_desktop.gui.archive_tools.final_actions import refusal

    issue = window.document.issue  # said as deleting (“cannot be deleted”), with the window's way back
    assert said == [refusal(issue.series, issue.number_line(), deleting=True)] and "命令行" not in said[0]
    assert stored_issue(issue_id).status == "final"
    assert window.session.archive.trash_items() == []


def test_a_submission_is_not_adopted_into_a_final_issue_and_the_clerk_is_told(qtbot, window, stored_issue, tmp_path,
                                                                              monkeypatch):
    issue_id = window.document.issue.id
    before = _content(stored_issue(issue_id))
    text = tmp_path / "舞阳县来稿.txt"
    text.write_text("舞阳县组织专家复查隐患整改情况。", encoding="utf-8")
    window.show_view("inbox")
    dock = window.inbox_dock.content()
    [sid] = dock.import_files([text])
    window.archive_tools.finalize.trigger()
    chosen: list[str] = []
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: chosen.append("asked") or ("【隐患排查】", True))
    said = _warnings(monkeypatch)

    assert not dock.adopt_to(sid)
    assert chosen == [] and len(said) == 1 and "已定稿" in said[0]
    assert not dock.adopt(sid, 0, window.document.issue.sections[0].uid, -1)
    assert len(said) == 2
    assert _content(window.document.issue) == before == _content(stored_issue(issue_id))


def test_importing_over_a_final_issue_is_refused_in_the_windows_words(qtbot, window, stored_issue, tmp_path,
                                                                      sample_issue):
    from bulletin_desktop.export.docx.writer import write_docx
    from bulletin_desktop.gui.importing.report_dialog import ImportReportDialog, Outcome

    from modal import when_modal

    issue_id = window.document.issue.id
    before = _content(stored_issue(issue_id))
    window.archive_tools.finalize.trigger()
    folder = tmp_path / "往期"
    folder.mkdir()
    for number in (52, 53):
        sample_issue.number = number
        write_docx(sample_issue, folder / f"第{number}期.docx")

    def replace(box: QMessageBox) -> None:
        next(b for b in box.buttons() if b.text().replace("&", "").startswith("替换")).click()

    when_modal(QMessageBox, replace)
    when_modal(ImportReportDialog, lambda dialog: dialog.reject())
    with qtbot.waitSignal(window.importer().importFinished, timeout=60000) as finished:
        window.importer().import_paths([folder])
    refused, imported = finished.args[0]
    assert (refused.outcome, imported.outcome) == (Outcome.REFUSED, Outcome.IMPORTED)
    assert "已定稿" in refused.detail and "撤销定稿" in refused.detail and "命令行" not in refused.detail
    assert _content(stored_issue(issue_id)) == before and stored_issue(issue_id).status == "final"


def test_proofreading_fixes_are_not_offered_for_a_final_issue(qtbot, window, stored_issue):
    from bulletin_desktop.gui.proofread.dock import ItemRole

    doc = window.document  # the sample has stray spaces and 形势 written 形式
    before = _content(stored_issue(doc.issue.id))
    window.archive_tools.finalize.trigger()
    dock = window.proofreading.dock
    dock.raise_()
    controller = dock.controller
    qtbot.waitUntil(lambda: controller.artefacts > 0 and any(i.suggestion for i in controller.items))
    assert not dock.ui.cleanButton.isEnabled()
    assert controller.clean_artefacts() == 0
    fixable = next(i for i in controller.items if i.suggestion is not None and i.position is not None)
    dock.ui.tree.setCurrentItem(next(leaf for leaf in dock._leaves() if leaf.data(0, ItemRole) is fixable))
    assert dock.current_item() is fixable
    assert not dock.ui.applyButton.isEnabled()
    assert controller.apply(fixable) is False
    assert doc.undo_stack.count() == 0
    assert _content(doc.issue) == before == _content(stored_issue(doc.issue.id))
