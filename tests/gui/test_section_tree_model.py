"""The tree model: rows, labels, and where drops land."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from bulletin_desktop.core.model import Article, Item, item
from bulletin_desktop.core.richtext import parse_markup
from bulletin_desktop.gui.models.issue_document import IssueDocument
from bulletin_desktop.gui.models.section_tree_model import SectionTreeModel, entry_label_segments
from bulletin_desktop.gui.undo_commands import IssueEditing


@pytest.fixture
def setup(qapp, sample_issue):
    doc = IssueDocument()
    doc.set_issue(sample_issue)
    model = SectionTreeModel(doc)
    editing = IssueEditing(doc)
    model.moveEntryRequested.connect(editing.move_entry)
    model.moveSectionRequested.connect(editing.move_section)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    return doc, model, editing


def test_rows_and_labels(setup):
    doc, model, _ = setup
    assert model.rowCount() == 5
    assert [model.index(r, 0).data() for r in range(5)] == [
        "【安排部署】", "【督导检查】", "【隐患排查】", "【应急演练】", "【工作交流】"]
    section = model.index(0, 0)
    assert model.rowCount(section) == 3
    assert model.index(2, 0, section).data() == "11月18日，西城区组织召开工贸…"
    assert model.parent(model.index(2, 0, section)) == section
    article = model.index(0, 0, model.index(4, 0))
    assert article.data() == "源汇区老街街道聚力打造智慧消防安…"


def test_label_segments_mark_the_unit_bold():
    assert entry_label_segments(Item.from_rich(parse_markup("11月18日，**西城区**组织召开工贸企业安全生产工作会。"))) == [
        ("11月18日，", False), ("西城区", True), ("组织召开工贸…", False)]
    assert entry_label_segments(item("短")) == [("短", False)]
    assert entry_label_segments(Article(title="标题")) == [("标题", False)]


def test_indexes_survive_section_moves(setup):
    doc, model, editing = setup
    issue = doc.issue
    entry_uid = issue.sections[4].entries[0].uid
    editing.move_section(issue.sections[4].uid, 0)
    index = model.index_for_uid(entry_uid)
    assert index.parent().row() == 0
    assert model.node(index).uid == entry_uid


@pytest.mark.parametrize("row, parent_row, expected_section, expected_row", [
    (0, 2, 2, 0),  # onto the start of a section
    (-1, 2, 2, 3),  # onto a section: its end
    (3, None, 2, 3),  # between sections 2 and 3: the end of the one above
    (0, None, 0, 0),  # above the first section: the start of the first
])
def test_entry_drops(setup, row, parent_row, expected_section, expected_row):
    doc, model, _ = setup
    uid = doc.issue.sections[1].entries[0].uid
    mime = model.mimeData([model.index_for_uid(uid)])
    parent = model.index(parent_row, 0) if parent_row is not None else QModelIndex()
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, row, 0, parent)
    section, index = doc.issue.find_entry(uid)
    assert (doc.issue.sections.index(section), index) == (expected_section, expected_row)


def test_section_drops_and_refusals(setup):
    doc, model, _ = setup
    issue = doc.issue
    uid = issue.sections[0].uid
    mime = model.mimeData([model.index(0, 0)])
    # a section dropped among the entries of another lands after that section
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 1, 0, model.index(2, 0))
    assert [s.title for s in issue.sections][:3] == ["督导检查", "隐患排查", "安排部署"]
    assert issue.sections[2].uid == uid
    # copies are not offered, and foreign data is refused
    assert not model.canDropMimeData(mime, Qt.DropAction.CopyAction, 0, 0, QModelIndex())
    from PySide6.QtCore import QMimeData

    foreign = QMimeData()
    foreign.setText("x")
    assert not model.canDropMimeData(foreign, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert not model.dropMimeData(foreign, Qt.DropAction.MoveAction, 0, 0, QModelIndex())


def test_readonly_model_offers_no_drag(qapp, sample_issue):
    doc = IssueDocument()
    doc.set_issue(sample_issue, readonly=True)
    model = SectionTreeModel(doc)
    flags = model.flags(model.index(0, 0))
    assert not flags & Qt.ItemFlag.ItemIsDragEnabled
    assert not flags & Qt.ItemFlag.ItemIsEditable
