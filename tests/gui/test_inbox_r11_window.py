"""Round 11 in the window: a chat message holding two units' pieces pasted into the inbox, and
the statistics counting the 专刊 with the others, left out or alone. What the clerk expects is
written before each check."""
from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from bulletin_desktop.core.inbox import get_submission
from bulletin_desktop.core.units import registry

GATHERED = ("转发两县信息，请审阅。\n宝丰县开展消防演练\n11月24日，宝丰县在商业综合体开展消防演练。\n（宝丰县应急管理局）\n"
            "郏县开展燃气检查\n11月25日，郏县检查燃气经营企业6家。\n（郏县应急管理局）")


def test_two_units_pieces_pasted_at_once_are_two_submissions(qtbot, window):
    """The clerk pastes a message in which a colleague gathered 宝丰县's and 郏县's pieces: the
    inbox lists two submissions, each its unit's, and selects the first."""
    archive = window.session.archive
    for name in ("宝丰县", "郏县"):
        registry.add_unit(archive, name)
    dock = window.inbox_dock.content()
    QGuiApplication.clipboard().setText(GATHERED)
    ids = dock.paste()
    assert [get_submission(archive, i).unit for i in ids] == ["宝丰县", "郏县"]
    assert [get_submission(archive, i).title for i in ids] == ["宝丰县开展消防演练", "郏县开展燃气检查"]
    assert dock.panel.current_id() == ids[0]


def test_the_statistics_offer_the_special_issues_counted_left_out_or_alone(qtbot, window):
    """Beside the bulletin the statistics offer how the 专刊 are counted, counted with the
    others first; choosing 'left out' recounts at once and the lead says 不含专刊."""
    window.show_view("statistics")
    view = window.statistics_dock.content()
    combo = view.ui.specialCombo
    assert [combo.itemData(i) for i in range(combo.count())] == ["include", "exclude", "only"]
    assert combo.currentData() == "include" and view.report.special == "include"
    combo.setCurrentIndex(combo.findData("exclude"))
    assert view.report.special == "exclude" and "不含专刊" in view.ui.leadValue.text()
