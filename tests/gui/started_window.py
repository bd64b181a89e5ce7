"""The main window started as the program starts it, for tests of start-up."""
from __future__ import annotations


def started(qtbot, archive_path, panes_later: bool):
    """The window as the program starts it: panes built before it shows (as in tests) or
    after its first frame (start-up), then the archive opened."""
    from bulletin_desktop.gui.main_window import MainWindow

    window = MainWindow(panes_later=panes_later)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.build_panes()
    assert window.open_archive(archive_path)
    return window
