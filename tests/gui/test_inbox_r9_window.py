"""In the window: a copy sent back (退回) and mended comes back to 待处理 with a word to the
clerk; a unit's notice withdrawing a piece sets the piece aside and is not listed itself."""
from __future__ import annotations

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.inbox import decline, get_submission, list_rows

PIECE = "西城区开展校园周边交通安全检查\n11月21日，西城区对辖区12所学校周边道路开展交通安全检查。\n（西城区应急管理局）"


def test_mended_and_withdrawn_copies_dropped_on_the_inbox(qtbot, window, archive_path, tmp_path, monkeypatch):
    said: list[str] = []
    monkeypatch.setattr("bulletin_desktop.gui.dialogs.QMessageBox.warning", lambda p, t, message, *a: said.append(message))
    window.show_view("inbox")
    dock = window.inbox_dock.content()
    first = tmp_path / "西城区.txt"
    first.write_text(PIECE, encoding="utf-8")
    [sid] = dock.import_files([first])
    decline(window.session.archive, sid, "请补充检查发现的问题", returned=True)
    mended = tmp_path / "西城区修改稿.txt"
    mended.write_text(PIECE.replace("西城区开展校园周边交通安全检查\n", "西城区开展校园周边交通安全检查（修改稿）\n")
                      .replace("交通安全检查。", "交通安全检查，发现问题7处。"), encoding="utf-8")
    assert dock.import_files([mended]) == []
    assert any("西城区修改稿.txt" in message and "退回" in message for message in said)
    with Archive.open(archive_path, readonly=True) as archive:
        assert get_submission(archive, sid).status == "pending"
    notice = tmp_path / "撤稿.txt"
    notice.write_text("撤稿说明\n我局报送的《西城区开展校园周边交通安全检查》一稿暂不刊用，现予撤回。\n（西城区应急管理局）",
                      encoding="utf-8")
    said.clear()
    assert dock.import_files([notice]) == []
    assert len(said) == 1 and f"{sid}" in said[0] and "西城区开展校园周边交通安全检查" in said[0]
    with Archive.open(archive_path, readonly=True) as archive:
        assert get_submission(archive, sid).status == "declined"
        assert [row.id for row in list_rows(archive)] == [sid]
