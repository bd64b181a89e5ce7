"""The window's actions, their shortcuts and icons, and the menus and toolbar built from them.

Only what an action *is* lives here; what it does is connected in the main window.
"""
from __future__ import annotations

import re

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QDockWidget, QMainWindow, QToolBar, QWidget

from ..resources import resource_path

StandardKey = QKeySequence.StandardKey


_MNEMONIC = re.compile(r"\(&\w\)|&(?=\S)")


def button_text(text: str) -> str:
    """Menu text without its mnemonic (also the Chinese form 文件(&F)) and ellipsis, for
    toolbar buttons."""
    return _MNEMONIC.sub("", text).replace("…", "").strip()


def tooltip_text(text: str, shortcut: QKeySequence, description: str = "") -> str:
    """A toolbar button's tooltip: the action's name without its mnemonic, its shortcut as
    the clerk's keyboard writes it, and what it does on a second line: 新建栏目 (Ctrl+Shift+N)."""
    tip = button_text(text)
    keys = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
    if keys:
        tip += f" ({keys})"
    return f"{tip}\n{description}" if description else tip


def icon(name: str) -> QIcon:
    path = resource_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


class MainActions(QObject):
    """Every action of the main window, created once, translated through tr()."""

    def __init__(self, window: QMainWindow, undo_group: QUndoGroup):
        super().__init__(window)
        self.window = window
        made: list[QAction] = []
        self._tips: dict[QAction, str] = {}  # what an action does, under its name in the tooltip

        def make(name: str, text: str, shortcut=None, icon_name: str = "", tip: str = "",
                 context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut) -> QAction:
            action = QAction(text, window)
            action.setObjectName(name)
            if shortcut is not None:
                shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
                action.setShortcuts([QKeySequence(s) for s in shortcuts])
                action.setShortcutContext(context)
            if icon_name:
                action.setIcon(icon(icon_name))
            if tip:
                self._tips[action] = tip
                action.setStatusTip(tip)
            made.append(action)
            return action

        tree_only = Qt.ShortcutContext.WidgetWithChildrenShortcut
        # File
        self.new_issue = make("newIssue", self.tr("&New Issue"), StandardKey.New, "new-issue",
                              self.tr("Start the next issue, continuing from the latest one"))
        self.new_series = make("newSeries", self.tr("New &Bulletin…"), None, "",
                               self.tr("Create a new bulletin and start its first issue"))
        self.open_archive = make("openArchive", self.tr("&Open Archive…"), StandardKey.Open, "open-archive")
        self.new_archive = make("newArchive", self.tr("New &Archive…"))
        self.save = make("save", self.tr("&Save Now"), StandardKey.Save, "save",
                         self.tr("Changes are saved automatically; this saves at once"))
        self.import_files = make("importFiles", self.tr("&Import…"), "Ctrl+I", "",
                                 self.tr("Import past bulletins: Word, WPS, RTF, ODT or plain text files"))
        self.import_folder = make("importFolder", self.tr("Import a &Folder…"), None, "",
                                  self.tr("Import every bulletin file in a folder"))
        self.export_word = make("exportWord", self.tr("Export to &Word…"), "Ctrl+E", "export-word")
        self.export_pdf = make("exportPdf", self.tr("Export &PDF…"), "Ctrl+Shift+E", "export-pdf")
        self.export_selected = make("exportSelected", self.tr("Export Selected Issues to Wor&d…"), None, "",
                                    self.tr("Each issue chosen in the issue list as its own Word file, into a folder"))
        self.export_year = make("exportYear", self.tr("&Year Compilation…"), None, "",
                                self.tr("A year's issues in one Word file with a table of contents"))
        self.print = make("print", self.tr("&Print…"), StandardKey.Print, "print")
        self.quit = make("quit", self.tr("&Quit"), StandardKey.Quit)
        # Edit
        self.undo = undo_group.createUndoAction(window, self.tr("Undo"))
        self.undo.setObjectName("undo")
        self.undo.setShortcuts([QKeySequence(StandardKey.Undo)])
        self.undo.setIcon(icon("undo"))
        self.redo = undo_group.createRedoAction(window, self.tr("Redo"))
        self.redo.setObjectName("redo")
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo.setIcon(icon("redo"))
        self.bold = make("bold", self.tr("&Bold"), StandardKey.Bold, "bold",
                         self.tr("Bold the selected text (the only formatting a bulletin uses)"))
        self.bold.setCheckable(True)
        self.find = make("find", self.tr("&Find in This Issue…"), StandardKey.Find, "find")
        self.replace = make("replace", self.tr("&Replace in This Issue…"), "Ctrl+H", "",
                            self.tr("Replace text everywhere in this issue: masthead, entries and closing block"))
        self.find_next = make("findNext", self.tr("Find &Next"), "F3")
        self.find_previous = make("findPrevious", self.tr("Find &Previous"), "Shift+F3")
        self.search_archive = make("searchArchive", self.tr("Search &All Issues…"), "Ctrl+Shift+F", "find",
                                   self.tr("Search every issue in the archive"))
        self.settings = make("settings", self.tr("S&ettings…"), None, "settings")
        # Entries and sections (Delete, F2, Ctrl+D and moving act on the tree only)
        # Insert in the tree only: in a text field it is the key some keyboards toggle overwrite with
        self.add_entry = make("addEntry", self.tr("New &Entry"), "Insert", "add-entry",
                              self.tr("Add an entry after the selected one"), tree_only)
        self.add_article = make("addArticle", self.tr("New &Article"))
        self.add_section = make("addSection", self.tr("New &Section"), "Ctrl+Shift+N", "add-section")
        self.rename = make("rename", self.tr("&Rename"), "F2", context=tree_only)
        # in the tree only: pressed while typing, it put the editor on a copy the clerk then typed into unawares
        self.duplicate = make("duplicate", self.tr("&Duplicate"), "Ctrl+D", context=tree_only)
        self.delete = make("delete", self.tr("De&lete"), StandardKey.Delete, "delete", context=tree_only)
        self.move_up = make("moveUp", self.tr("Move &Up"), "Alt+Up", context=tree_only)
        self.move_down = make("moveDown", self.tr("Move Do&wn"), "Alt+Down", context=tree_only)
        self.move_to_section = make("moveToSection", self.tr("Move to Sec&tion or Another Issue…"), None, "",
                                    self.tr("Move the selected entry to another section of this issue, "
                                            "or into a section of another issue"))
        # View
        self.zoom_in = make("zoomIn", self.tr("Zoom &In"), [QKeySequence(StandardKey.ZoomIn), "Ctrl+="], "zoom-in")
        self.zoom_out = make("zoomOut", self.tr("Zoom &Out"), StandardKey.ZoomOut, "zoom-out")
        self.zoom_fit = make("zoomFitWidth", self.tr("&Fit Page Width"), "Ctrl+0")
        # the 校对 dock is built once the first issue is shown: its toggle is here from the start
        self.proofread_dock = make("proofreadDockToggle", self.tr("&Proofreading"), "F7", "",
                                   self.tr("Show or hide the proofreading findings"))
        self.proofread_dock.setCheckable(True)
        # Submissions (the inbox dock is built the first time it is used)
        self.import_submissions = make("importSubmissions", self.tr("Import &Submissions…"))
        # Help
        self.about = make("about", self.tr("&About Bulletin Desktop"))
        for action in made:
            action.setIconText(button_text(action.text()))
        # the buttons stay short ("撤销") while the menu items say what would be undone
        self.undo.setIconText(button_text(self.tr("Undo")))
        self.redo.setIconText(button_text(self.tr("Redo")))
        for action in (*made, self.undo, self.redo):
            self._update_tooltip(action)
        # methods, not lambdas: the connection ends with this object, so a window destroyed
        # without being closed leaves no slot behind to touch its deleted actions
        undo_group.undoTextChanged.connect(self._undo_text_changed)
        undo_group.redoTextChanged.connect(self._redo_text_changed)

    def _undo_text_changed(self, _text: str) -> None:
        self._update_tooltip(self.undo)

    def _redo_text_changed(self, _text: str) -> None:
        self._update_tooltip(self.redo)

    def _update_tooltip(self, action: QAction) -> None:
        if not shiboken6.isValid(action):
            return
        action.setToolTip(tooltip_text(action.text(), action.shortcut(), self._tips.get(action, "")))

    def tree_actions(self) -> list[QAction]:
        """Added to the tree so that its tree-only shortcuts work there."""
        return [self.add_entry, self.rename, self.duplicate, self.delete, self.move_up, self.move_down]

    def tree_menu(self) -> list[QAction | None]:
        return [self.add_entry, self.add_article, self.add_section, None, self.rename, self.duplicate,
                self.move_up, self.move_down, self.move_to_section, None, self.delete]

    def text_menu(self) -> list[QAction]:
        return [self.undo, self.redo, self.bold]

    def editing_actions(self) -> list[QAction]:
        """Disabled while the archive is read-only or no issue is open."""
        return [self.bold, self.add_entry, self.add_article, self.add_section, self.rename, self.duplicate,
                self.delete, self.move_up, self.move_down, self.move_to_section]

    def build_menus(self, ui, dock_toggles: list[QAction]) -> None:
        """Fill the menus of the window's form (``ui``: its ``menuFile`` … ``menuHelp``)."""
        for menu, actions in (
            (ui.menuFile, (self.new_issue, self.new_series, None, self.open_archive, self.new_archive, self.save, None,
                           self.import_files, self.import_folder, self.import_submissions, None, self.export_word,
                           self.export_pdf, self.export_selected, self.export_year, self.print, None, self.quit)),
            (ui.menuEdit, (self.undo, self.redo, None, self.bold, None, self.find, self.replace, self.find_next,
                           self.find_previous,
                           self.search_archive, None,
                           self.settings)),
            (ui.menuEntries, self.tree_menu()),
            (ui.menuView, (self.zoom_in, self.zoom_out, self.zoom_fit, None, *map(self._dock_item, dock_toggles))),
            (ui.menuHelp, (self.about,)),
        ):
            for action in actions:
                menu.addSeparator() if action is None else menu.addAction(action)

    def _dock_item(self, toggle: QAction) -> QAction:
        """A dock's toggle as the 视图 menu offers it: with a mnemonic, and bringing a dock
        open behind another tab to the front (dock_toggle.py)."""
        dock = toggle.parent()
        if isinstance(dock, QToolBar):  # 工具栏 with an Alt key of its own, as the docks' items have
            toggle.setText(self.tr("Toolba&r"))
            return toggle
        names = {"issueListDock": self.tr("Issue &List"), "mastheadDock": self.tr("&Masthead"),
                 "searchDock": self.tr("&Search All Issues"), "inboxDock": self.tr("Su&bmissions"),
                 "statisticsDock": self.tr("Adoption S&tatistics")}
        if not isinstance(dock, QDockWidget) or dock.objectName() not in names:
            return toggle
        from .dock_toggle import front_toggle

        return front_toggle(dock, names[dock.objectName()])

    def build_toolbar(self, toolbar: QToolBar) -> None:
        for action in (self.new_issue, None, self.undo, self.redo, self.bold, None, self.add_entry,
                       self.add_section, None, self.find, None, self.export_word, self.export_pdf, self.print):
            toolbar.addSeparator() if action is None else toolbar.addAction(action)

    def add_shortcuts_to(self, tree: QWidget) -> None:
        tree.addActions(self.tree_actions())
