"""词表… → 忽略的提示: what was ignored is named by the kind of finding the dock showed it
under (重复, 错别字), not by a rule's id (DUP-WORD, B:形式); its rows are a list to choose
from, not cells to type into (an edit there changed nothing), and Tab leaves them."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.proofread.engine import check
from bulletin_desktop.core.proofread.ignored_here import HereAnchor
from bulletin_desktop.gui.proofread.lists_dialog import ProofreadListsDialog, rule_label


def test_rules_are_named_by_their_kind():
    found = {f.rule: f.kind for f in check("确保全市安全生产形式持续稳定向好，确保安全安全。")}
    assert "DUP-WORD" in found and any(rule.startswith("B:") for rule in found)
    assert {rule_label(rule) for rule in found} == {"错别字", "重复"}
    assert rule_label("A-REUSED") == "重复使用的稿件"  # a rule of the archive checks
    assert rule_label("*") == "任何提示"
    assert rule_label("NO-SUCH-RULE") == "NO-SUCH-RULE"  # a later version's: shown as it is


def test_ignored_rows_show_kinds_and_stop_ignoring_by_the_rule(qtbot, tmp_path):
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        queries = archive.proofread()
        queries.add_ignore("DUP-WORD", "安全安全")
        here = [(7, HereAnchor("u1", "text", "B:形式", "形式", "全市安全生产", "持续稳定"))]
        dialog = ProofreadListsDialog(queries, None, here, lambda _row: True)
        qtbot.addWidget(dialog)
        ui = dialog.ui
        assert [ui.ignores.item(0, c).text() for c in range(2)] == ["重复", "安全安全"]
        assert ui.ignoredHere.item(0, 0).text() == "错别字"
        assert ui.ignores.horizontalHeaderItem(0).text() == "提示类别"
        for table in (ui.ignores, ui.ignoredHere, ui.unitVariants):
            assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
            assert not table.tabKeyNavigation()
        ui.ignores.setCurrentCell(0, 1)
        ui.unignoreButton.click()
        assert queries.ignores() == []  # the rule behind the kind shown was taken off


def test_units_list_lets_tab_go_on_to_the_buttons(window, qtbot):
    from bulletin_desktop.gui.statistics.units_dialog import UnitsDialog

    dialog = UnitsDialog(window.session.archive, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.ui.unitsTable
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()
