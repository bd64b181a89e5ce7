"""Alt+letter with every page of the entry editor in sight (a section, an entry, an article),
the masthead, 来稿, 采用统计 and the replace row open together: each letter is one field's or
one button's. With a section chosen, 栏目名称 and 来稿's 采用到 both took Alt+T."""
from __future__ import annotations

import pytest
from test_mnemonics import assert_unique

from bulletin_desktop.core.model import Article


@pytest.mark.parametrize("side", ["masthead", "search", "issues"])
def test_every_editor_page_leaves_the_docks_their_letters(window, qtbot, side):
    if side == "search":
        window.action_set.search_archive.trigger()  # 全库检索 in front of the masthead's tab
    elif side == "issues":
        window.ui.issueListDock.raise_()
    else:
        window.ui.mastheadDock.raise_()
    window.inbox_dock.open()
    window.statistics_dock.open()
    window.action_set.replace.trigger()
    qtbot.waitUntil(lambda: window.statistics_dock.widget().isVisible() and window.ui.findBar.isVisible())
    issue = window.document.issue
    article = next(entry for _section, entry in issue.entries() if isinstance(entry, Article))
    item = next(entry for _section, entry in issue.entries() if not isinstance(entry, Article))
    editor = window.ui.entryEditor.ui
    for uid, field in ((issue.sections[0].uid, editor.sectionTitleEdit), (item.uid, editor.dateEdit),
                       (article.uid, editor.articleTitleEdit)):
        window.ui.sectionTree.select_uid(uid)
        qtbot.waitUntil(field.isVisible)
        assert_unique(window)
