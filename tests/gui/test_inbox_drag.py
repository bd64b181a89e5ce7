"""Both inbox models drag what they hold onto the section tree the same way: one shared
drag behaviour, checked through each model's Qt interface."""
from __future__ import annotations

import json

from PySide6.QtCore import QModelIndex, Qt

from bulletin_desktop.core.model import Item
from bulletin_desktop.core.richtext import Run
from bulletin_desktop.gui.inbox.models import CandidateListModel, InboxTableModel
from bulletin_desktop.gui.models.section_tree_model import SUBMISSION_MIME_TYPE


def payload(mime) -> dict | None:
    if not mime.hasFormat(SUBMISSION_MIME_TYPE):
        return None
    return json.loads(bytes(mime.data(SUBMISSION_MIME_TYPE).data()).decode("utf-8"))


def check_drag_interface(model, index) -> None:
    assert model.mimeTypes() == [SUBMISSION_MIME_TYPE]
    assert model.supportedDragActions() == Qt.DropAction.MoveAction
    assert model.flags(index) & Qt.ItemFlag.ItemIsDragEnabled
    assert model.flags(index) & Qt.ItemFlag.ItemIsEnabled  # the Qt model's own flags are kept
    assert not model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDragEnabled
    assert payload(model.mimeData([])) is None


def test_the_inbox_table_drags_the_whole_submission(qapp):
    model = InboxTableModel(lambda ids: {})
    model.set_ids([7, 9])
    check_drag_interface(model, model.index(1, 2))
    assert payload(model.mimeData([model.index(1, 2)])) == {"submission": 9, "candidate": None}


def test_the_candidate_list_drags_one_candidate(qapp):
    model = CandidateListModel()
    entries = [Item(date="11月19日", unit="舞阳县", body=(Run("开展检查。"),)),
               Item(date="11月20日", unit="舞阳县", body=(Run("召开会议。"),))]
    model.set_candidates(None, entries)
    assert payload(model.mimeData([model.index(0, 0)])) is None  # no submission chosen: nothing to drag
    model.set_candidates(12, entries)
    check_drag_interface(model, model.index(1, 0))
    assert payload(model.mimeData([model.index(1, 0)])) == {"submission": 12, "candidate": 2}
