"""Inside a long article, the preview follows the paragraph the clerk is editing: choosing
the article shows its start; putting the cursor in a paragraph three pages on scrolls there."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.model import Article, Section
from bulletin_desktop.core.richtext import Run

PARAGRAPHS = 40


@pytest.fixture
def archive_path(tmp_path, sample_issue):
    """The sample with a 40-paragraph article (some six pages) as the last section."""
    text = "全市各级各部门认真落实安全生产责任制，深入开展隐患排查整治，取得了明显成效。" * 3
    article = Article("扎实推进安全生产工作的几点做法",
                      [(Run(f"第{n + 1}段。{text}"),) for n in range(PARAGRAPHS)])
    sample_issue.sections.append(Section("工作交流", [article]))
    path = tmp_path / "archive.sqlite"
    with Archive.open(path, auto_backup=False) as archive:
        archive.add_issue(sample_issue)
    return path


def _article(window):
    return next(e for _s, e in window.document.issue.entries() if isinstance(e, Article) and len(e.paragraphs) == PARAGRAPHS)


def _cursor_into(window, paragraph: int, empty_lines_before: int = 0) -> None:
    body = window.ui.entryEditor.ui.articleBody
    body.setFocus()
    cursor = body.textCursor()
    cursor.setPosition(body.document().findBlockByNumber(paragraph + empty_lines_before).position() + 2)
    body.setTextCursor(cursor)


def test_the_preview_scrolls_to_the_paragraph_being_edited(window, qtbot):
    article = _article(window)
    preview = window.ui.preview
    window.ui.sectionTree.select_uid(article.uid)
    qtbot.waitUntil(lambda: preview.is_shown(article.uid))  # its title and first paragraph
    assert not preview.is_shown(article.uid, 30)

    _cursor_into(window, 30)
    qtbot.waitUntil(lambda: preview.is_shown(article.uid, 30))
    assert not preview.is_shown(article.uid)  # the article's start has scrolled away

    _cursor_into(window, 2)
    qtbot.waitUntil(lambda: preview.is_shown(article.uid, 2))


def test_choosing_the_article_again_shows_its_start_not_where_its_cursor_was(window, qtbot):
    article = _article(window)
    preview = window.ui.preview
    window.ui.sectionTree.select_uid(article.uid)
    _cursor_into(window, 35)
    qtbot.waitUntil(lambda: preview.is_shown(article.uid, 35))
    first = next(e for _s, e in window.document.issue.entries() if e is not article)
    window.ui.sectionTree.select_uid(first.uid)
    window.ui.sectionTree.select_uid(article.uid)  # loading it puts its cursor somewhere: not followed
    qtbot.waitUntil(lambda: preview.is_shown(article.uid))
    qtbot.wait(50)
    assert preview.is_shown(article.uid) and not preview.is_shown(article.uid, 35)


def test_the_paragraph_counts_those_the_model_holds_not_empty_lines(qtbot):
    from bulletin_desktop.gui.rich_edit import RichEdit

    body = RichEdit()
    qtbot.addWidget(body)
    body.set_paragraphs([(Run("甲"),), (Run("乙"),), (Run("丙"),)])
    cursor = body.textCursor()
    cursor.setPosition(body.document().findBlockByNumber(0).position() + 1)
    body.setTextCursor(cursor)
    body.textCursor().insertBlock()  # an empty line typed after 甲: not a paragraph of the article
    entered: list[int] = []
    body.paragraphEntered.connect(entered.append)
    for block in (3, 1, 0):  # 丙, the empty line, 甲
        cursor.setPosition(body.document().findBlockByNumber(block).position())
        body.setTextCursor(cursor)
    assert entered == [2, 1, 0]  # the empty line counts as the paragraph after it
