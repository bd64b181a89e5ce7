"""Pasting keeps the text and its bold, and nothing else; text stays text."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from bulletin_desktop.core.richtext import Run, plain
from bulletin_desktop.core.pasted_entries import join_paragraphs
from bulletin_desktop.gui.paste_sanitizer import paragraphs_from_html, paragraphs_from_text
from bulletin_desktop.gui.rich_edit import RichEdit

WORD_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<style>p.MsoNormal {font-family:"仿宋_GB2312"; color:#1F497D; font-size:16pt}</style>
<script>alert("x")</script></head><body lang=ZH-CN>
<!--StartFragment--><p class=MsoNormal style='text-indent:32pt;line-height:28pt'>
<span style='font-family:仿宋_GB2312;color:red'>11月15日，</span><b><span style='font-size:18pt'>市应急管理局</span></b>
<span style='background:yellow'>召开会议</span><img src="file:///C:/x.png" width=100><o:p></o:p></p>
<table border=1><tr><td>表一</td><td><strong>表二</strong></td></tr></table>
<p><span style="font-weight:700">一是</span>加强领导<br>二是落实责任</p><!--EndFragment-->
</body></html>"""


def test_word_html_keeps_text_and_bold_only(qapp):
    paragraphs = paragraphs_from_html(WORD_HTML)
    assert paragraphs == [
        (Run("11月15日，"), Run("市应急管理局", True), Run("召开会议")),
        (Run("表一"),),
        (Run("表二", True),),
        (Run("一是", True), Run("加强领导")),
        (Run("二是落实责任"),),
    ]
    assert "alert" not in "".join(plain(p) for p in paragraphs)


def test_web_page_markup_is_dropped(qapp):
    html = ('<div style="font: 30px Arial; color: blue"><h1>标题</h1><a href="http://x">链接</a>'
            '<font color=red size=7>红字</font> <em>斜体</em> <u>下划线</u></div>')
    assert paragraphs_from_html(html) == [(Run("标题", True),), (Run("链接红字 斜体 下划线"),)]


def test_plain_text_stays_literal(qapp):
    text = "通知<script>alert(1)</script>\n<img src=x> 与 <b>不加粗</b>"
    assert paragraphs_from_text(text) == [(Run("通知<script>alert(1)</script>"),), (Run("<img src=x> 与 <b>不加粗</b>"),)]


def test_joining_lines_for_a_one_paragraph_entry():
    assert join_paragraphs([(Run("一行"),), (Run("两行", True),)]) == (Run("一行"), Run("两行", True))
    assert join_paragraphs([(Run("one"),), (Run("two"),)]) == (Run("one two"),)


@pytest.fixture
def edit(qtbot):
    widget = RichEdit(single_paragraph=True)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def paste(edit: RichEdit, mime: QMimeData) -> None:
    QApplication.clipboard().setMimeData(mime)
    edit.setFocus()
    edit.paste()


def test_paste_html_into_the_editor(edit):
    changes = []
    edit.richTextChanged.connect(changes.append)
    mime = QMimeData()
    mime.setHtml(WORD_HTML)
    paste(edit, mime)
    assert edit.rich_text() == (Run("11月15日，"), Run("市应急管理局", True), Run("召开会议表一"), Run("表二一是", True),
                                Run("加强领导二是落实责任"))
    assert changes == ["paste"]
    assert edit.document().blockCount() == 1
    # no colour, size or font survived in the editor's own document
    block = edit.document().begin()
    for fmt_range in block.textFormats():
        assert not fmt_range.format.hasProperty(fmt_range.format.Property.ForegroundBrush)
        assert not fmt_range.format.hasProperty(fmt_range.format.Property.FontPointSize)
        assert not fmt_range.format.hasProperty(fmt_range.format.Property.FontFamilies)


def test_paste_plain_text_with_tags(edit):
    mime = QMimeData()
    mime.setText("<script>alert(1)</script><img src=x>")
    paste(edit, mime)
    assert edit.rich_text() == (Run("<script>alert(1)</script><img src=x>"),)


def test_copy_and_paste_between_editors_keeps_bold(qtbot, edit):
    edit.set_rich_text((Run("开展"), Run("冬季", True), Run("检查")))
    edit.selectAll()
    edit.copy()
    other = RichEdit(single_paragraph=False)
    qtbot.addWidget(other)
    other.paste()
    assert other.non_empty_paragraphs() == [(Run("开展"), Run("冬季", True), Run("检查"))]


def test_bold_toggle(qtbot, edit):
    edit.set_rich_text((Run("甲乙丙丁"),))
    cursor = edit.textCursor()
    cursor.setPosition(1)
    cursor.setPosition(3, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    edit.toggle_bold()
    assert edit.rich_text() == (Run("甲"), Run("乙丙", True), Run("丁"))
    edit.toggle_bold()  # all of the selection is bold: un-bold it
    assert edit.rich_text() == (Run("甲乙丙丁"),)
    edit.moveCursor(QTextCursor.MoveOperation.End)
    edit.toggle_bold()  # no selection: what is typed next is bold
    qtbot.keyClicks(edit, "AB")
    assert edit.rich_text() == (Run("甲乙丙丁"), Run("AB", True))


def test_enter_does_not_split_an_entry(qtbot, edit):
    edit.set_rich_text((Run("一段"),))
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.document().blockCount() == 1


def test_script_in_an_entry_shows_as_text_in_the_preview(qtbot, window, shown_text):
    from PySide6.QtCore import QMimeData

    uid = window.document.issue.sections[0].entries[0].uid
    window.ui.sectionTree.select_uid(uid)
    body = window.ui.entryEditor.ui.itemBody
    body.moveCursor(QTextCursor.MoveOperation.End)
    mime = QMimeData()
    mime.setText("注意<script>alert(1)</script>和<img src=x>。")
    paste(body, mime)
    assert "注意<script>alert(1)</script>和<img src=x>。" in shown_text(window)


def test_text_outside_the_bmp_keeps_its_bold_where_it_was(qtbot):
    """Qt counts format ranges in UTF-16 units: 𠀾 and 𪚥 are two of them but one character."""
    paragraphs = [(Run("a𠀾b"), Run("c", True), Run("𪚥𪚥")), (Run("𠀾", True), Run("村"))]
    edit = RichEdit()
    qtbot.addWidget(edit)
    edit.set_paragraphs(paragraphs)
    assert edit.paragraphs() == paragraphs
    assert paragraphs_from_html("<p>a𠀾b<b>c</b>𪚥𪚥</p><p><b>𠀾</b>村</p>") == paragraphs
