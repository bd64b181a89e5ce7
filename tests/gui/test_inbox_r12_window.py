"""The inbox window, round 12: a piece pasted again with a figure changed and no word of a
correction is told as sent again (not as a 更正稿); one marked 更正稿 is still told as a
correction; a piece two units sign one to a line lists both. What the clerk expects is
written before each check."""
from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from bulletin_desktop.core.inbox import get_submission
from bulletin_desktop.core.units import registry

PIECE = "襄城县开展非煤矿山检查{mark}\n11月8日，襄城县对辖区非煤矿山开展检查，检查企业{n}家。\n（襄城县应急管理局）"


def _paste(dock, text: str) -> list[int]:
    QGuiApplication.clipboard().setText(text)
    return dock.paste()


def test_a_piece_pasted_again_unmarked_is_told_as_sent_again(qtbot, window, monkeypatch):
    warnings: list[str] = []
    monkeypatch.setattr("bulletin_desktop.gui.dialogs.QMessageBox.warning", lambda p, t, text, *a: warnings.append(text))
    registry.add_unit(window.session.archive, "襄城县")
    dock = window.inbox_dock.content()
    (first,) = _paste(dock, PIECE.format(mark="", n=15))
    assert _paste(dock, PIECE.format(mark="", n=18)) == []
    # (in English until the translation is filled: the wording of a resend, not of a correction)
    assert len(warnings) == 1 and "Corrected copies" not in warnings[0]
    assert "Sent again" in warnings[0] or "同一篇" in warnings[0]
    assert str(first) in warnings[0]
    assert "18家" in get_submission(window.session.archive, first).body
    warnings.clear()
    assert _paste(dock, PIECE.format(mark="（更正稿）", n=20)) == []
    assert len(warnings) == 1 and ("Corrected copies" in warnings[0] or "更正稿" in warnings[0])
    assert "Sent again" not in warnings[0] and "同一篇" not in warnings[0]


def test_a_piece_two_units_sign_one_to_a_line_lists_both(qtbot, window):
    archive = window.session.archive
    for name in ("鄢陵县", "襄城县"):
        registry.add_unit(archive, name)
    dock = window.inbox_dock.content()
    (sid,) = _paste(dock, "两县联合开展交界区域检查\n11月12日，两县联合检查危化品运输车辆46台次。\n鄢陵县应急管理局\n襄城县应急管理局\n"
                          "2026年11月13日")
    piece = get_submission(archive, sid)
    assert [piece.unit, *piece.joint_units] == ["鄢陵县", "襄城县"]
