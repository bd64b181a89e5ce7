"""A news item copied out of a web page and pasted into an entry: the page's own lines (its
menu path, its 来源 / 发布时间 / 浏览次数 line, its 打印 and 关闭 buttons) are no one's text,
left out, and the clerk told how many; the headline, the dated news and the photo's caption
under it stay, each a paragraph of its own as an import keeps them."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData

from bulletin_desktop.core.model import Item
from bulletin_desktop.core.richtext import plain
from test_paste_entry_lead import paste_into_body

PAGE = ("首页 > 工作动态 > 基层信息\n"
        "县税务局开展“便民办税春风行动”\n"
        "来源：县税务局　　发布时间：2026-11-20 09:32　　浏览次数：236\n"
        "11月19日，县税务局在政务服务中心设立“综合咨询岗”，解答纳税人咨询320余次。\n"
        "图为税务干部为纳税人讲解5G智能办税终端操作。\n"
        "【打印本页】　【关闭窗口】")


@pytest.fixture
def new_entry(window):
    uid = window.editing.add_item(window.document.issue.sections[0].uid)
    window.ui.sectionTree.select_uid(uid)
    return uid


def test_a_web_page_pasted_leaves_its_own_lines_out_and_says_so(qtbot, window, new_entry):
    section = window.document.issue.sections[0]
    row = [e.uid for e in section.entries].index(new_entry)
    mime = QMimeData()
    mime.setText(PAGE)
    paste_into_body(qtbot, window, mime)
    headline, news, caption = section.entries[row:row + 3]
    assert all(isinstance(entry, Item) for entry in (headline, news, caption))
    assert plain(headline.body) == "县税务局开展“便民办税春风行动”"
    assert news.date == "11月19日" and "综合咨询岗" in plain(news.body)
    assert plain(caption.body).startswith("图为税务干部") and not caption.date
    assert not any(word in entry.text for entry in section.entries for word in ("首页", "浏览次数", "打印本页"))
    message = window.statusBar().currentMessage()
    assert "3" in message and ("web" in message or "网页" in message)
