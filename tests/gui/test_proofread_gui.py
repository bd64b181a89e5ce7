"""Proofreading in the window, driven as the clerk does: squiggles while typing, the dock's
apply / ignore buttons, the clean-up banner and the 校对 step before export."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QApplication, QDockWidget

from bulletin_desktop.gui.in_sight import in_sight
from bulletin_desktop.gui.text_input import type_text


def squiggles(body) -> list[tuple[str, str]]:
    """(underlined text, colour) of every wavy underline in the editor body's layout."""
    out = []
    block = body.document().begin()
    while block.isValid():
        text = block.text()
        for fr in block.layout().formats():
            if fr.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                out.append((text[fr.start:fr.start + fr.length], fr.format.underlineColor().name()))
        block = block.next()
    return out


def first_entry(window):
    issue = window.document.issue
    return issue.sections[0].entries[0]


def open_first_entry(qtbot, window):
    window.ui.sectionTree.select_uid(first_entry(window).uid)
    body = window.ui.entryEditor.ui.itemBody
    qtbot.waitUntil(lambda: body.toPlainText().startswith("市安委会"))
    return body


def dock_of(window):
    """The findings dock, brought forward as the clerk does by its tab (its buttons are
    laid out, and take clicks, once it is shown)."""
    dock = window.proofreading.dock
    dock.raise_()
    QApplication.processEvents()
    return dock


def test_sample_squiggle_on_the_situation_word(qtbot, window):
    body = open_first_entry(qtbot, window)
    qtbot.waitUntil(lambda: ("形式", "#d00000") in squiggles(body))
    assert squiggles(body) == [("形式", "#d00000")]


def test_squiggle_appears_as_the_clerk_types_and_vanishes_when_fixed(qtbot, window):
    body = open_first_entry(qtbot, window)
    cursor = body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    body.setTextCursor(cursor)
    type_text(body, "会议听取了了汇报")
    qtbot.waitUntil(lambda: ("了了", "#d00000") in squiggles(body))
    qtbot.keyClick(body, Qt.Key.Key_Backspace)  # 汇
    qtbot.keyClick(body, Qt.Key.Key_Backspace)  # 报
    qtbot.keyClick(body, Qt.Key.Key_Backspace)  # the second 了
    qtbot.waitUntil(lambda: all(text != "了了" for text, _ in squiggles(body)))
    dock = dock_of(window)
    # the dock follows after a pause: 形式, and the sentence still without its full stop
    qtbot.waitUntil(lambda: dock.windowTitle() == "校对（2）")
    assert sorted(i.rule for i in dock.controller.items) == ["B:形式", "P-END-NONE"]


def test_a_missing_full_stop_is_not_marked_while_the_clerk_writes_at_the_end(qtbot, window):
    body = open_first_entry(qtbot, window)
    qtbot.waitUntil(lambda: ("形式", "#d00000") in squiggles(body))  # the proofreader is at work
    cursor = body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    body.setTextCursor(cursor)
    type_text(body, "会议要求，各单位要抓好落实")
    qtbot.waitUntil(lambda: body.toPlainText().endswith("抓好落实"))
    assert squiggles(body) == [("形式", "#d00000")]  # the sentence is still being written
    cursor.movePosition(cursor.MoveOperation.Start)
    body.setTextCursor(cursor)  # the clerk moves away: the end is marked
    qtbot.waitUntil(lambda: ("实", "#1f5fd6") in squiggles(body))
    cursor.movePosition(cursor.MoveOperation.End)
    body.setTextCursor(cursor)
    qtbot.waitUntil(lambda: ("实", "#1f5fd6") not in squiggles(body))
    type_text(body, "。")
    cursor = body.textCursor()
    cursor.movePosition(cursor.MoveOperation.Start)
    body.setTextCursor(cursor)
    QApplication.processEvents()
    assert squiggles(body) == [("形式", "#d00000")]  # finished with its full stop


def _select(dock, found: str):
    item = next(i for i in dock.controller.items if i.found == found)
    dock.select(item)
    return item


def test_apply_is_one_undo_step(qtbot, window):
    dock = dock_of(window)
    qtbot.waitUntil(lambda: any(i.found == "形式" for i in dock.controller.items))
    _select(dock, "形式")
    qtbot.mouseClick(dock.ui.applyButton, Qt.MouseButton.LeftButton)
    assert "安全生产形势持续稳定向好" in first_entry(window).text
    assert not any(i.found == "形式" for i in dock.controller.items)
    window.action_set.undo.trigger()
    assert "安全生产形式持续稳定向好" in first_entry(window).text
    qtbot.waitUntil(lambda: any(i.found == "形式" for i in dock.controller.items))


def test_ignore_here_and_ignore_everywhere(qtbot, window):
    dock = dock_of(window)
    body = open_first_entry(qtbot, window)
    qtbot.waitUntil(lambda: any(i.found == "形式" for i in dock.controller.items))
    _select(dock, "形式")
    qtbot.mouseClick(dock.ui.ignoreHereButton, Qt.MouseButton.LeftButton)
    assert not any(i.found == "形式" for i in dock.controller.items)
    qtbot.waitUntil(lambda: squiggles(body) == [])
    assert "安全生产形式" in first_entry(window).text  # the text is untouched

    # ignore everywhere: stored in the archive, so it holds for a new sentence too
    cursor = body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    body.setTextCursor(cursor)
    type_text(body, "当前防汛形式依然严峻。")
    dock.controller.recheck_text()
    _select(dock, "形式")
    qtbot.mouseClick(dock.ui.ignoreEverywhereButton, Qt.MouseButton.LeftButton)
    assert not any(i.found == "形式" for i in dock.controller.items)
    assert ("B:形式", "形式") in window.session.archive.proofread().ignores() or \
        ("B:形式#2", "形式") in window.session.archive.proofread().ignores()


def test_jump_selects_the_span(qtbot, window):
    dock = dock_of(window)
    qtbot.waitUntil(lambda: any(i.found == "形式" for i in dock.controller.items))
    item = _select(dock, "形式")
    dock.controller.jump(item)
    body = window.ui.entryEditor.ui.itemBody
    qtbot.waitUntil(lambda: body.textCursor().selectedText() == "形式")


def test_cleanup_banner_fixes_the_sample_in_one_undo_step(qtbot, window):
    dock = dock_of(window)
    qtbot.waitUntil(lambda: dock.ui.cleanupBanner.isVisible())
    assert "39" in dock.ui.bannerLabel.text()
    qtbot.mouseClick(dock.ui.cleanButton, Qt.MouseButton.LeftButton)
    assert not dock.ui.cleanupBanner.isVisible()
    article = window.document.issue.sections[4].entries[0]
    assert "今年11月份" in "".join("".join(r.text for r in p) for p in article.paragraphs)
    window.action_set.undo.trigger()
    qtbot.waitUntil(lambda: dock.ui.cleanupBanner.isVisible())
    assert "今年 11 月份" in "".join("".join(r.text for r in p) for p in article.paragraphs)


def test_export_step_lists_unresolved_findings_and_records_the_count(qtbot, window, tmp_path, monkeypatch):
    from bulletin_desktop.gui import export_dialogs

    dock = dock_of(window)
    dock.hide()
    target = tmp_path / "第52期.docx"
    monkeypatch.setattr(export_dialogs, "ask_export_path", lambda *args: target)  # the file dialog's answer
    with qtbot.waitSignal(window.exportFinished, timeout=60000):
        window.action_set.export_word.trigger()
    assert dock.isVisible() and dock.ui.exportNote.isVisible()
    unresolved = len(dock.controller.items)
    assert unresolved >= 1 and str(unresolved) in dock.ui.exportNote.text()
    assert any(i.found == "形式" for i in dock.controller.items)
    assert window.session.archive.proofread().last_export(window.document.issue.id)[1] == unresolved
    assert target.exists()  # the export was not held up


def test_term_list_edited_in_the_window_is_kept_in_the_archive(qtbot, window):
    dock = dock_of(window)

    def fill(dialog):
        def go():
            qtbot.mouseClick(dialog.ui.addTermButton, Qt.MouseButton.LeftButton)
            row = dialog.ui.terms.rowCount() - 1
            dialog.ui.terms.item(row, 0).setText("九小门店")
            dialog.ui.terms.item(row, 1).setText("“九小”场所")
            dialog.accept()
        QTimer.singleShot(0, go)

    window.proofreading.listsDialogShown.connect(fill)
    qtbot.mouseClick(dock.ui.listsButton, Qt.MouseButton.LeftButton)
    assert window.session.archive.proofread().terms() == [("九小门店", "“九小”场所", "")]
    assert any(i.kind == "term" and i.found == "九小门店" for i in dock.controller.items)


def test_ignore_here_is_kept_in_the_archive_until_the_ignored_text_is_edited(qtbot, window, archive_path):
    from bulletin_desktop.gui.main_window import MainWindow

    dock = dock_of(window)
    qtbot.waitUntil(lambda: any(i.found == "形式" for i in dock.controller.items))
    _select(dock, "形式")
    qtbot.mouseClick(dock.ui.ignoreHereButton, Qt.MouseButton.LeftButton)
    window.close()

    again = MainWindow()  # the program started again on the same archive
    qtbot.addWidget(again)
    again.resize(1400, 900)
    assert again.open_archive(archive_path)
    again.show()
    dock = dock_of(again)
    body = open_first_entry(qtbot, again)
    qtbot.waitUntil(lambda: dock.controller.artefacts > 0)  # the issue has been checked
    assert not any(i.found == "形式" for i in dock.controller.items) and squiggles(body) == []

    cursor = body.textCursor()  # an edit elsewhere in the same paragraph keeps it ignored
    cursor.movePosition(cursor.MoveOperation.End)
    body.setTextCursor(cursor)
    type_text(body, "会议要求各地抓好落实。")
    dock.controller.recheck_text()
    assert not any(i.found == "形式" for i in dock.controller.items) and squiggles(body) == []

    start = body.toPlainText().index("形式持续") + 2  # the words right after the ignored one
    cursor.setPosition(start)
    cursor.setPosition(start + 2, cursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    type_text(body, "依然")
    qtbot.waitUntil(lambda: ("形式", "#d00000") in squiggles(body))
    dock.controller.recheck_text()
    assert [i.found for i in dock.controller.items if i.kind == "confusable"] == ["形式"]
    again.close()


def test_cleanup_gives_a_printed_copys_entries_their_dates(qtbot, tmp_path):
    """Copied from a printed page, an entry opens 11 月 15 日，…: its date is read as printed,
    spaces and all; the clean-up takes them out of the date as out of the text, in the same
    undo step."""
    from bulletin_desktop.core.archive import Archive
    from bulletin_desktop.core.textformat import read_text
    from bulletin_desktop.gui.main_window import MainWindow

    path = tmp_path / "printed.sqlite"
    text = "某某简报\n第3期\n某某办公室\n2024年3月5日\n【动态】\n3 月 1 日，**某县**召开安全生产会议。\n"
    with Archive.open(path, auto_backup=False) as archive:
        archive.add_issue(read_text(text))
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_archive(path)
    entry = window.document.issue.sections[0].entries[0]
    assert (entry.date, entry.unit) == ("3 月 1 日", "某县")
    dock = dock_of(window)
    qtbot.waitUntil(lambda: dock.controller.artefacts > 0)
    dock.controller.clean_artefacts()
    entry = window.document.issue.sections[0].entries[0]
    assert (entry.date, entry.unit, entry.text) == ("3月1日", "某县", "3月1日，某县召开安全生产会议。")
    window.action_set.undo.trigger()
    entry = window.document.issue.sections[0].entries[0]
    assert (entry.date, entry.text) == ("3 月 1 日", "3 月 1 日，某县召开安全生产会议。")
    window.close()



def test_the_findings_tab_arrives_behind_the_tab_the_clerk_is_looking_at(qtbot, window):
    """The findings dock joins 期次 and 报头 as a tab; the list the clerk has in front stays."""
    assert in_sight(window.ui.issueListDock)
    assert window.proofreading is not None  # the first round builds the dock
    qtbot.waitUntil(lambda: window.findChild(QDockWidget, "proofreadDock") is not None)
    qtbot.wait(20)
    assert in_sight(window.ui.issueListDock)


def test_an_empty_section_is_a_finding_until_it_holds_something(qtbot, window):
    """A heading alone would be printed: the dock says so, jumping shows the section, and
    the finding goes once the section holds an entry."""
    dock = dock_of(window)
    window.ui.sectionTree.select_uid(window.document.issue.sections[-1].uid)
    window.action_set.add_section.trigger()
    issue = window.document.issue
    empty = next(s for s in issue.sections if not s.entries)
    dock.controller.recheck_text()
    qtbot.waitUntil(lambda: any(i.rule == "S-EMPTY-SECTION" for i in dock.controller.items))
    item = next(i for i in dock.controller.items if i.rule == "S-EMPTY-SECTION")
    assert "没有内容，印出来只有一个标题" in item.message
    dock.controller.jump(item)
    assert window.ui.sectionTree.current_uid() == empty.uid
    window.action_set.add_entry.trigger()
    dock.controller.recheck_text()
    qtbot.waitUntil(lambda: not any(i.rule == "S-EMPTY-SECTION" for i in dock.controller.items))


def test_an_ignored_place_is_listed_and_shown_again(qtbot, window):
    """The lists dialog shows where the open issue has a finding ignored, and shows one again
    (the window's form of ``ignores list --issue`` and ``ignores remove-here``)."""
    dock = dock_of(window)
    qtbot.waitUntil(lambda: any(i.found == "形式" for i in dock.controller.items))
    _select(dock, "形式")
    qtbot.mouseClick(dock.ui.ignoreHereButton, Qt.MouseButton.LeftButton)
    assert not any(i.found == "形式" for i in dock.controller.items)
    seen = {}

    def show_again(dialog):
        def go():
            seen["rows"] = [dialog.ui.ignoredHere.item(r, 1).text() for r in range(dialog.ui.ignoredHere.rowCount())]
            dialog.ui.ignoredHere.setCurrentCell(0, 1)
            qtbot.mouseClick(dialog.ui.unignoreHereButton, Qt.MouseButton.LeftButton)
            seen["after"] = dialog.ui.ignoredHere.rowCount()
            seen["button"] = dialog.ui.unignoreHereButton.isEnabled()
            dialog.reject()  # the place is shown again at once, not on OK
        QTimer.singleShot(0, go)

    window.proofreading.listsDialogShown.connect(show_again)
    qtbot.mouseClick(dock.ui.listsButton, Qt.MouseButton.LeftButton)
    assert len(seen["rows"]) == 1 and "【形式】" in seen["rows"][0] and "安全生产" in seen["rows"][0]
    assert seen["after"] == 0 and seen["button"] is False
    issue_id = window.document.issue.id
    assert window.session.archive.proofread().ignored_here(issue_id) == []
    qtbot.waitUntil(lambda: any(i.found == "形式" for i in dock.controller.items))  # found again


def test_nothing_ignored_here_leaves_the_button_off(qtbot, window):
    dock = dock_of(window)
    seen = {}

    def look(dialog):
        def go():
            seen["rows"], seen["button"] = dialog.ui.ignoredHere.rowCount(), dialog.ui.unignoreHereButton.isEnabled()
            dialog.reject()
        QTimer.singleShot(0, go)

    window.proofreading.listsDialogShown.connect(look)
    qtbot.mouseClick(dock.ui.listsButton, Qt.MouseButton.LeftButton)
    assert seen == {"rows": 0, "button": False}


def test_unit_spellings_answered_as_different_are_listed_and_can_be_taken_back(qtbot, window):
    """The window's form of ``units variants`` and ``units confirm-variant --same``."""
    dock = dock_of(window)
    queries = window.session.archive.proofread()
    queries.confirm_unit("郾城区应急局", "郾城区应急管理局")
    seen = {}

    def take_back(dialog):
        def go():
            dialog.ui.tabs.setCurrentIndex(2)
            seen["rows"] = [(dialog.ui.unitVariants.item(r, 0).text(), dialog.ui.unitVariants.item(r, 1).text())
                            for r in range(dialog.ui.unitVariants.rowCount())]
            dialog.ui.unitVariants.setCurrentCell(0, 0)
            qtbot.mouseClick(dialog.ui.sameUnitButton, Qt.MouseButton.LeftButton)
            seen["after"], seen["button"] = dialog.ui.unitVariants.rowCount(), dialog.ui.sameUnitButton.isEnabled()
            dialog.reject()
        QTimer.singleShot(0, go)

    window.proofreading.listsDialogShown.connect(take_back)
    qtbot.mouseClick(dock.ui.listsButton, Qt.MouseButton.LeftButton)
    assert seen == {"rows": [("郾城区应急局", "郾城区应急管理局")], "after": 0, "button": False}
    assert queries.confirmed_units() == set()
