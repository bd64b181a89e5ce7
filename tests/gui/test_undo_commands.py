"""Undo and redo of every kind of edit, with typing merged into steps."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.richtext import Run
from bulletin_desktop.gui.models.issue_document import IssueDocument
from bulletin_desktop.gui.undo_commands import TYPING_PAUSE_S, IssueEditing


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


@pytest.fixture
def doc(qapp, sample_issue):
    document = IssueDocument()
    document.set_issue(sample_issue)
    return document


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def editing(doc, clock):
    return IssueEditing(doc, clock=clock)


def first_item(doc):
    return doc.issue.sections[0].entries[0]


def test_typing_merges_until_a_pause(doc, editing, clock):
    entry = first_item(doc)
    original = entry.body
    for text in ("甲", "甲乙", "甲乙丙"):
        editing.edit_entry(entry.uid, "body", (Run(text),))
        clock.now += 0.3
    clock.now += TYPING_PAUSE_S + 0.1
    editing.edit_entry(entry.uid, "body", (Run("甲乙丙丁"),))
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    assert entry.body == (Run("甲乙丙"),)
    doc.undo_stack.undo()
    assert entry.body == original
    doc.undo_stack.redo()
    doc.undo_stack.redo()
    assert entry.body == (Run("甲乙丙丁"),)


def test_typing_in_another_field_starts_a_new_step(doc, editing):
    entry = first_item(doc)
    editing.edit_entry(entry.uid, "date", "11月1日")
    editing.edit_entry(entry.uid, "unit", "市应急管理局")
    editing.edit_entry(entry.uid, "date", "11月2日")
    assert doc.undo_stack.count() == 3
    assert doc.undo_stack.undoText() == "修改日期"


def test_bold_and_paste_are_steps_of_their_own(doc, editing):
    entry = first_item(doc)
    editing.edit_entry(entry.uid, "body", (Run("甲乙"),))
    editing.edit_entry(entry.uid, "body", (Run("甲"), Run("乙", True)), "bold")
    editing.edit_entry(entry.uid, "body", (Run("甲"), Run("乙丙", True)))
    assert doc.undo_stack.count() == 3
    doc.undo_stack.undo()
    assert doc.undo_stack.undoText() == "加粗"
    doc.undo_stack.undo()
    assert entry.body == (Run("甲乙"),)


def test_typing_back_to_the_original_leaves_no_step(doc, editing):
    entry = first_item(doc)
    original = entry.body
    editing.edit_entry(entry.uid, "body", original + (Run("x"),))
    editing.edit_entry(entry.uid, "body", original)
    assert doc.undo_stack.count() == 0


def test_structure_edits_undo_and_redo(doc, editing):
    issue = doc.issue
    before = [(s.title, [e.text for e in s.entries]) for s in issue.sections]
    first, second = issue.sections[0], issue.sections[1]
    new_uid = editing.add_item(second.uid)
    editing.edit_entry(new_uid, "body", (Run("新条目"),))
    editing.move_entry(new_uid, first.uid, 0)
    editing.duplicate_entry(first.entries[1].uid)
    editing.delete_entry(first.entries[2].uid)
    editing.rename_section(second.uid, "督查")
    editing.move_section(second.uid, 0)
    editing.add_section(1, "新栏目")
    editing.delete_section(issue.sections[-1].uid)
    assert issue.sections[0].title == "督查"
    assert issue.sections[1].entries == [] and issue.sections[1].title == "新栏目"
    assert issue.sections[2].entries[0].text == "新条目"
    texts = [doc.undo_stack.text(i) for i in range(doc.undo_stack.count())]
    assert texts == ["新建条目", "输入文字", "移动条目", "复制条目", "删除条目", "重命名栏目", "移动栏目",
                     "新建栏目", "删除栏目"]
    after = [(s.title, [e.text for e in s.entries]) for s in issue.sections]
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert [(s.title, [e.text for e in s.entries]) for s in issue.sections] == before
    while doc.undo_stack.canRedo():
        doc.undo_stack.redo()
    assert [(s.title, [e.text for e in s.entries]) for s in issue.sections] == after


def test_masthead_edits_undo(doc, editing):
    editing.edit_masthead("number", 53)
    editing.edit_masthead("office", "市应急管理局")
    assert doc.issue.number == 53
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.issue.number == 52
    assert doc.issue.office == "漯河市安全生产委员会办公室"


def test_every_masthead_field_is_an_undo_step_with_a_name(doc, editing):
    """A field the model lets the panel edit and the undo stack cannot name would fail on
    the clerk's first keystroke."""
    import dataclasses

    from bulletin_desktop.core.edits import MASTHEAD_FIELDS

    sample = {"series": "某某简报", "series_id": 7, "number": 60, "year_number": None, "special": None,
              "date": doc.issue.date.replace(day=1), "office": "某办公室", "signoff": dataclasses.replace(doc.issue.signoff, editors=["甲"]),
              "distribution": [], "print_copies": 30, "marking": "内部资料"}
    assert set(sample) == set(MASTHEAD_FIELDS)
    for field in MASTHEAD_FIELDS:
        if getattr(doc.issue, field) == sample[field]:
            continue
        editing.edit_masthead(field, sample[field])
        assert getattr(doc.issue, field) == sample[field] and doc.undo_stack.undoText()


def test_readonly_document_refuses_edits(sample_issue, qapp):
    doc = IssueDocument()
    doc.set_issue(sample_issue, readonly=True)
    editing = IssueEditing(doc)
    entry = doc.issue.sections[0].entries[0]
    editing.edit_entry(entry.uid, "body", (Run("x"),))
    editing.delete_entry(entry.uid)
    editing.edit_masthead("number", 9)
    assert doc.undo_stack.count() == 0
    assert doc.issue.number == 52


def test_noop_moves_push_nothing(doc, editing):
    section = doc.issue.sections[0]
    uid = section.entries[1].uid
    editing.move_entry(uid, section.uid, 1)
    editing.move_entry(uid, section.uid, 2)
    assert doc.undo_stack.count() == 0
    editing.move_entry_by(uid, -1)
    assert section.entries[0].uid == uid
    editing.move_entry_by(uid, -1)  # past the top: into the section above (none) -> nothing
    assert section.entries[0].uid == uid
