"""A section tree saved too narrow for a section's name by an earlier version (110 px at
150 %, which laid its own panes out that way and saved them at every exit) is laid out
anew at the next start; a width the clerk set by moving a divider is kept, however narrow."""
from __future__ import annotations

from PySide6.QtCore import QByteArray

from bulletin_desktop.gui.main_window import MainWindow
from bulletin_desktop.gui.pane_sizes import TREE_CHARS, TREE_FRAME, readable_tree
from bulletin_desktop.gui.settings import AppSettings


def _start(qtbot, archive_path) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1400, 900)
    assert window.open_archive(archive_path)
    window.show()
    qtbot.waitExposed(window)
    return window


def _char(window) -> int:
    return window.ui.splitter.fontMetrics().horizontalAdvance("中")


def _saved_by_an_earlier_version(sizes: list[int]) -> None:
    settings = AppSettings()
    settings._s.setValue("window/splitterSizes", sizes)  # as it wrote them: sizes, no word on whose
    settings.sync()


def test_a_narrow_tree_an_earlier_version_saved_is_widened(qtbot, archive_path):
    _saved_by_an_earlier_version([60, 600, 600])
    window = _start(qtbot, archive_path)
    qtbot.waitUntil(lambda: readable_tree(window.ui.splitter.sizes()[0], _char(window)))
    window.close()


def test_a_readable_tree_an_earlier_version_saved_is_kept(qtbot, archive_path):
    _saved_by_an_earlier_version([400, 500, 400])
    window = _start(qtbot, archive_path)
    tree = window.ui.splitter.sizes()[0]  # the splitter scales the three to its width
    assert tree > TREE_CHARS[1] * _char(window) + TREE_FRAME  # wider than the window's own layout makes it
    window.close()


def test_a_narrow_tree_the_clerk_set_is_kept(qtbot, archive_path):
    first = _start(qtbot, archive_path)
    splitter = first.ui.splitter
    narrow = 11 * _char(first)  # a few characters short of a section's name
    first.ui.splitter.splitterMoved.emit(narrow, 1)  # the clerk drags the divider ...
    splitter.setSizes([narrow, 600, 600])  # ... to here
    first.close()
    assert AppSettings().panes_set_by_clerk() is True

    second = _start(qtbot, archive_path)
    assert not readable_tree(second.ui.splitter.sizes()[0], _char(second))
    second.close()


def test_the_window_s_own_layout_is_not_taken_for_the_clerk_s(qtbot, archive_path):
    first = _start(qtbot, archive_path)
    first.close()
    assert AppSettings().panes_set_by_clerk() is False

    settings = AppSettings()
    settings.save_window(QByteArray(), QByteArray(), [60, 600, 600], panes_set=False)
    settings.sync()
    second = _start(qtbot, archive_path)
    assert readable_tree(second.ui.splitter.sizes()[0], _char(second))
    second.close()
