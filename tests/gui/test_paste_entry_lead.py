"""A whole entry pasted into an entry's text: its date and unit go to the entry's fields (one
undo step, the clerk told), never printed twice and never lost."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication

from bulletin_desktop.core.richtext import Run
from bulletin_desktop.core.model import Item

WORD_HTML = ('<html><body><!--StartFragment--><p class=MsoNormal><span style="font-family:仿宋_GB2312;font-size:16pt">'
             '12月2日，<b>郾城区应急管理局</b>联合区消防救援大队\r\n对辖区大型商超开展消防安全检查。</span></p>'
             '<!--EndFragment--></body></html>')
TEXT = "联合区消防救援大队对辖区大型商超开展消防安全检查。"


@pytest.fixture
def new_entry(window):
    """A new entry in the first section, its text being typed in."""
    issue = window.document.issue
    uid = window.editing.add_item(issue.sections[0].uid)
    window.ui.sectionTree.select_uid(uid)
    return uid


def paste_into_body(qtbot, window, mime: QMimeData, at_end: bool = False) -> None:
    body = window.ui.entryEditor.ui.itemBody
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End if at_end else body.textCursor().MoveOperation.Start)
    QGuiApplication.clipboard().setMimeData(mime)
    qtbot.keyClick(body, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def html(text: str) -> QMimeData:
    mime = QMimeData()
    mime.setHtml(text)
    mime.setText("plain fallback")
    return mime


def entry(window, uid) -> Item:
    found = window.document.entry(uid)
    assert isinstance(found, Item)
    return found


def test_word_paste_into_an_entry_dated_the_same_day_gives_its_unit_to_the_unit_field(qtbot, window, new_entry):
    window.editing.edit_entry(new_entry, "date", "12月2日")
    before = window.document.undo_stack.count()
    paste_into_body(qtbot, window, html(WORD_HTML))
    item = entry(window, new_entry)
    assert (item.date, item.unit, item.body) == ("12月2日", "郾城区应急管理局", (Run(TEXT),))
    assert item.text == "12月2日，郾城区应急管理局" + TEXT  # printed once
    assert window.ui.entryEditor.ui.unitEdit.text() == "郾城区应急管理局"
    assert "郾城区应急管理局" in window.statusBar().currentMessage()
    assert window.document.undo_stack.count() == before + 1
    window.action_set.undo.trigger()  # one step takes back the paste and the unit with it
    assert (entry(window, new_entry).unit, entry(window, new_entry).body) == ("", ())


def test_plain_text_paste_into_an_empty_entry_fills_date_and_a_known_unit(qtbot, window, new_entry):
    window.ui.entryEditor.set_unit_source(lambda: ["郾城区", "郾城区应急管理局"])
    mime = QMimeData()
    mime.setText("12月2日，郾城区应急管理局" + TEXT)
    paste_into_body(qtbot, window, mime)
    item = entry(window, new_entry)
    assert (item.date, item.unit, item.body) == ("12月2日", "郾城区应急管理局", (Run(TEXT),))
    assert window.ui.entryEditor.ui.dateEdit.text() == "12月2日"
    assert window.statusBar().currentMessage() == "粘贴的日期“12月2日”已移到日期栏。粘贴的单位“郾城区应急管理局”已移到报送单位栏。"
    window.action_set.undo.trigger()
    assert (entry(window, new_entry).date, entry(window, new_entry).unit, entry(window, new_entry).body) == ("", "", ())


def test_a_pasted_date_other_than_the_entrys_stays_in_the_text(qtbot, window, new_entry):
    window.editing.edit_entry(new_entry, "date", "12月1日")
    paste_into_body(qtbot, window, html(WORD_HTML))
    item = entry(window, new_entry)
    assert (item.date, item.unit) == ("12月1日", "")
    assert item.body == (Run("12月2日，"), Run("郾城区应急管理局", True), Run(TEXT))
    assert window.statusBar().currentMessage() == "粘贴的日期“12月2日”留在正文中：本条的日期是12月1日。"


def test_a_paste_after_the_start_of_the_text_is_left_as_pasted(qtbot, window, new_entry):
    window.editing.edit_entry(new_entry, "body", (Run("据悉，"),))
    paste_into_body(qtbot, window, html(WORD_HTML), at_end=True)
    item = entry(window, new_entry)
    assert (item.date, item.unit) == ("", "")
    assert item.body == (Run("据悉，12月2日，"), Run("郾城区应急管理局", True), Run(TEXT))


def test_chat_text_with_its_unit_in_brackets_before_the_date_fills_both_fields(qtbot, window, new_entry):
    """【舞阳县】11月19日，… as forwarded from a chat: printed 11月19日，**舞阳县**…, as an adopted submission."""
    mime = QMimeData()
    mime.setText("【舞阳县】11月19日，组织开展应急演练。\n参加人员共120人。")
    paste_into_body(qtbot, window, mime)
    item = entry(window, new_entry)
    assert (item.mark, item.date, item.unit) == ("", "11月19日", "舞阳县")
    assert item.text == "11月19日，舞阳县组织开展应急演练。参加人员共120人。"
    assert window.ui.entryEditor.ui.dateEdit.text() == "11月19日"


def test_chat_text_for_an_entry_of_another_unit_keeps_its_unit_in_the_text(qtbot, window, new_entry):
    window.editing.edit_entry(new_entry, "unit", "郾城区")
    mime = QMimeData()
    mime.setText("【舞阳县】11月19日，组织开展应急演练。")
    paste_into_body(qtbot, window, mime)
    item = entry(window, new_entry)
    assert (item.date, item.unit) == ("11月19日", "郾城区")
    assert item.text == "11月19日，郾城区舞阳县组织开展应急演练。"


def test_a_paste_with_nothing_to_say_takes_an_earlier_pastes_note_away(qtbot, window, new_entry):
    paste_into_body(qtbot, window, html(WORD_HTML))
    assert "郾城区应急管理局" in window.statusBar().currentMessage()
    other = window.editing.add_item(window.document.issue.sections[0].uid)
    window.ui.sectionTree.select_uid(other)
    mime = QMimeData()
    mime.setText("开展消防安全检查。")
    paste_into_body(qtbot, window, mime)
    assert window.statusBar().currentMessage() == ""  # it said nothing moved of this paste
