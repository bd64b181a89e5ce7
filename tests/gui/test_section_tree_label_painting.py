"""The tree's entry rows are painted by our delegate (the unit in bold) over Qt's own row
background: the label's text is taken out of what Qt draws, so it is drawn once, and a
selected row's text takes the selection's text colour."""
from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyleOptionViewItem

from bulletin_desktop.gui.models.section_tree_model import KindRole


def _row_colours(tree, index) -> set[int]:
    rect = tree.visualRect(index)
    image = tree.viewport().grab().toImage()
    return {image.pixel(x, y) & 0xFFFFFF for x in range(rect.left(), rect.right()) for y in range(rect.top(), rect.bottom())}


def _near(colours: set[int], colour: QColor, tolerance: int = 40) -> bool:
    return any(abs(((c >> 16) & 255) - colour.red()) + abs(((c >> 8) & 255) - colour.green())
               + abs((c & 255) - colour.blue()) <= tolerance for c in colours)


def test_entry_labels_leave_qt_no_text_and_sections_keep_theirs(window):
    tree = window.ui.sectionTree
    model = tree.model()
    delegate = tree.itemDelegate()
    section = model.index(0, 0)
    entry = model.index(0, 0, section)
    assert model.data(section, KindRole) == "section" and model.data(entry, KindRole) != "section"
    for index, expect_text in ((section, True), (entry, False)):
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, index)
        assert bool(option.text) is expect_text


def test_entry_label_is_painted_in_text_colour_and_selection_colour(qtbot, window):
    tree = window.ui.sectionTree
    model = tree.model()
    section = model.index(0, 0)
    first, second = model.index(0, 0, section), model.index(1, 0, section)
    tree.setCurrentIndex(first)
    qtbot.waitUntil(lambda: tree.selectionModel().isSelected(first))
    palette = tree.palette()
    selected = _row_colours(tree, first)
    plain = _row_colours(tree, second)
    highlighted_text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
    assert _near(selected, highlighted_text) and not _near(selected, text, 60)
    assert _near(plain, text) and len(plain) > 8  # glyphs, not an empty row
