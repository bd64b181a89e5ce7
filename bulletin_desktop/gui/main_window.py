"""The main window: builds the parts and connects them in one place (``_wire``).

Widgets report what the clerk asked for through signals; ``IssueEditing`` turns edits
into undo commands; ``Session`` does the archive work; the document's signals tell
every view what changed. The slots below are the small glue between them. What need not
be the window is in small parts it owns, one attribute each, wired here like the widgets:
``structure`` (the 条目 menu's edits), ``issues`` (新建一期, 新建刊物, deleting), ``issue_export``
(Word, PDF, print), ``places`` (a hit or match brought into view), ``save_state`` (what is
said about saving) and ``window_layout`` (the layout kept between runs).
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QTabWidget, QTextEdit, QWidget

from ..core.archive import ArchiveCorruptError, ArchiveError, ArchiveLockedError
from ..core.richtext import char_count
from .autosave import SaveState
from .lazy_dock import LazyDock
from .settings import AppSettings
from .window_layout import WindowLayout
from .window_panes import WindowUi

if TYPE_CHECKING:
    from ..core.model import Issue
    from .background import BackgroundJob
    from ..export.layout_options import LayoutOptions
    from .actions import MainActions
    from .archive_tools import ArchiveTools
    from .batch_export import BatchExportController
    from .importing.controller import ImportController
    from .issue_export import IssueExport
    from .issue_lifecycle import IssueLifecycle
    from .models.issue_document import IssueDocument
    from .models.section_tree_model import SectionTreeModel
    from .preview import PreviewWidget
    from .proofread.controller import ProofreadController
    from .save_error_banner import SaveErrorBanner
    from .save_state_view import SaveStateView
    from .session import Session
    from .showing_places import ShowingPlaces
    from .status_bar import StatusIndicators
    from .structure_editing import StructureEditing
    from .undo_commands import IssueEditing

PROOFREAD_START_MS = 200
READONLY_BANNER_STYLE = "QLabel { background: #fff4ce; color: #5c4400; padding: 6px 10px; border-bottom: 1px solid #e0c36a; }"


class MainWindow(QMainWindow):
    issueShown = Signal()  # an issue (or none) was loaded into the window
    exportFinished = Signal(str, bool)  # the file, whether it was written

    def __init__(self, settings: AppSettings | None = None,
                 ask_readonly: Callable[[ArchiveLockedError], bool] | None = None,
                 parent: QWidget | None = None, panes_later: bool = False):
        """``panes_later`` (start-up): only the form's frame now, in its remembered layout,
        so that it can be painted at once; ``build_panes`` adds everything else."""
        super().__init__(parent)
        self.ui = WindowUi()
        self.ui.setupUi(self)
        self.settings = settings or AppSettings()
        self._ask_readonly = ask_readonly or self._ask_open_readonly
        self._built = False
        self._shown_once = False
        self._early_pages = False  # start-up: the preview shows the issue about to open (early_pages.py)
        self._readonly_text: str | None = None  # the read-only banner's words from the form
        # the docks whose contents are built when first opened: here, so that the saved
        # layout places them along with the form's docks; built once the panes are (a dock
        # the layout shows before then waits for them)
        self.search_dock = LazyDock(self.tr("Search All Issues"), "searchDock", self._build_search_panel, self, False)
        # scrolled: the inbox's list and buttons need more width than the room beside the
        # panes, the statistics' filters, table and charts more height than the room under
        # them, on a 1366×768 screen at 150 % (910×512 logical px)
        self.inbox_dock = LazyDock(self.tr("Submissions"), "inboxDock", self._build_inbox, self, False,
                                   scrolled=True)
        self.statistics_dock = LazyDock(self.tr("Adoption Statistics"), "statisticsDock", self._build_statistics, self,
                                        False, scrolled=True)
        self.tabifyDockWidget(self.ui.issueListDock, self.ui.mastheadDock)
        self.tabifyDockWidget(self.ui.issueListDock, self.search_dock)
        self.search_dock.hide()
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.inbox_dock)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.statistics_dock)
        self.inbox_dock.hide()
        self.statistics_dock.hide()
        self.setTabPosition(Qt.DockWidgetArea.LeftDockWidgetArea, QTabWidget.TabPosition.North)
        self.window_layout = WindowLayout(self, self.ui, self.settings)  # as the clerk left it
        if not panes_later:
            self.build_panes()

    def build_panes(self) -> None:
        """The panes in the form's slots, the open issue's document, the archive session,
        the actions in the menus and toolbar, and the wiring between them (once)."""
        if self._built:
            return
        self._built = True
        from .actions import MainActions
        from .archive_tools import ArchiveTools
        from .bonus_flags import BonusFlagsMenu
        from .importing.drop import FileDropFilter
        from .issue_export import IssueExport
        from .issue_lifecycle import IssueLifecycle
        from .models.issue_document import IssueDocument
        from .models.section_tree_model import SectionTreeModel
        from .save_error_banner import SaveErrorBanner
        from .save_state_view import SaveStateView
        from .session import Session
        from .showing_places import ShowingPlaces
        from .status_bar import StatusIndicators
        from .structure_editing import StructureEditing
        from .undo_commands import IssueEditing

        ui = self.ui
        self.add_preview()
        ui.add_panes()
        self.document: IssueDocument = IssueDocument(self)
        self.editing: IssueEditing = IssueEditing(self.document)
        self.session: Session = Session(self.document, self, keep_backups=self.settings.keep_backups(),
                                        ask_discard=self._ask_discard, finish_backup=self._finish_backup)
        self.action_set: MainActions = MainActions(self, self.document.undo_group)
        self.tree_model: SectionTreeModel = SectionTreeModel(self.document, self)
        self.status: StatusIndicators = StatusIndicators(ui.statusBar)
        self.save_error_banner: SaveErrorBanner = SaveErrorBanner.install(ui.readonlyBanner)
        # saved, saving, failed: in the status bar, the banner, the masthead's taken 期号
        self.save_state: SaveStateView = SaveStateView(self, self.session, self.status, self.save_error_banner,
                                                       ui.mastheadPanel)
        self.issue_export: IssueExport = IssueExport(self)  # 导出为 Word, 导出 PDF, 打印 of the open issue
        # search hits, find matches, statistics' entries brought into view
        self.places: ShowingPlaces = ShowingPlaces(ui, self.document, self.open_issue)
        # 条目 menu: add, rename, duplicate, delete, move what the tree has chosen
        self.structure: StructureEditing = StructureEditing(self, ui, self.document, self.editing, self.session)
        # 新建一期, 新建刊物, deleting an issue, 存为本刊默认设置
        self.issues: IssueLifecycle = IssueLifecycle(self, self.document, self.editing, self.session, self.structure)
        self._importer: ImportController | None = None  # made on the first import
        self._batch_export: BatchExportController | None = None  # made on the first use
        self._proofreading: ProofreadController | None = None  # see the proofreading property
        self._preparing_proofreading: "BackgroundJob | None" = None  # the thread's job, until it is attached

        ui.sectionTree.setModel(self.tree_model)
        ui.entryEditor.set_document(self.document)
        ui.mastheadPanel.set_document(self.document)
        ui.findBar.set_document(self.document, self.editing)
        ui.readonlyBanner.setStyleSheet(READONLY_BANNER_STYLE)
        self.action_set.build_menus(ui, [ui.issueListDock.toggleViewAction(),
                                         ui.mastheadDock.toggleViewAction(),
                                         self.search_dock.toggleViewAction(),
                                         self.inbox_dock.toggleViewAction(),
                                         self.statistics_dock.toggleViewAction(),
                                         self.action_set.proofread_dock,
                                         ui.mainToolBar.toggleViewAction()])
        self.action_set.build_toolbar(ui.mainToolBar)
        self.action_set.add_shortcuts_to(ui.sectionTree)
        ui.sectionTree.set_context_actions([*self.action_set.tree_menu(), None, BonusFlagsMenu(self).menuAction()])
        ui.entryEditor.set_context_actions(self.action_set.text_menu())
        FileDropFilter(self, lambda paths: self.importer().import_paths(paths))
        self._wire()
        self.archive_tools: ArchiveTools = ArchiveTools(self)  # 档案库 menu: 定稿, trash, backups; rescue on opening
        self._issue_replaced()
        for dock in (self.search_dock, self.inbox_dock, self.statistics_dock):
            dock.set_ready()
        self.window_layout.fit_dock()  # the panes' own smallest sizes are known now
        from .dock_tabs import DockTabs

        DockTabs(self)  # an entry dragged over the 期次 tab, Alt+J for 报头's 日期: that dock comes forward
        # once the panes are on the screen (a hidden widget takes no focus)
        QTimer.singleShot(0, self, self._keyboard_to_tree)

    def _keyboard_to_tree(self) -> None:
        """The keyboard starts in the tree (arrows through the entries, Insert, Enter to
        edit), not on the side dock's tabs, the one thing to focus in the frame shown before
        the panes; unless the clerk is typing somewhere already."""
        if not isinstance(QApplication.focusWidget(), (QLineEdit, QTextEdit)):
            self.ui.sectionTree.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_early_pages(self, issue: Issue, options: LayoutOptions) -> None:
        """Start-up: ``issue``, about to be opened, in the preview alone, before the other
        panes are built; ``open_archive`` then puts what it opened (or nothing) in its place."""
        preview = self.add_preview()
        preview.set_options(options)
        preview.set_issue(issue)
        self._early_pages = True

    def add_preview(self) -> PreviewWidget:
        """The preview in its slot at the clerk's zoom: with the other panes, or before them
        at start-up to show the issue's pages first (early_pages.py)."""
        made = self.ui.has_preview()
        preview = self.ui.add_preview()
        if not made:
            zoom = self.settings.zoom()
            if zoom is not None:
                preview.set_zoom(zoom)
            if self._shown_once:  # made after the window first showed (start-up)
                self._fit_width_on_first_start()
        return preview

    # -- the wiring -----------------------------------------------------------------------

    def _wire(self) -> None:
        ui, doc, edit, a, structure = self.ui, self.document, self.editing, self.action_set, self.structure
        tree, editor, preview = ui.sectionTree, ui.entryEditor, ui.preview

        # what changed in the document -> the views that show it
        doc.issueReplaced.connect(self._issue_replaced)
        doc.undo_group.indexChanged.connect(self.structure.drop_undo_hint)
        doc.changed.connect(self._issue_changed)
        doc.structureChanged.connect(self._update_moves)
        doc.mastheadChanged.connect(lambda _field: self._update_title())
        doc.focusRequested.connect(tree.select_uid)
        doc.mastheadFocusRequested.connect(self.places.show_masthead_field)

        # proofreading: squiggles, the findings dock and the export step, made ready in the
        # background just after the first issue is shown, so its rules and lists delay neither
        # the window's first pages nor the clerk's first typing
        doc.issueReplaced.connect(lambda: QTimer.singleShot(PROOFREAD_START_MS, self, self._prepare_proofreading))

        # the tree: choosing, dragging, renaming in place
        tree.currentNodeChanged.connect(self._current_node_changed)
        tree.activated.connect(lambda _index: self.structure.edit_current())  # Enter: start editing it
        editor.leaveRequested.connect(tree.setFocus)  # Esc: back to the tree
        editor.paragraphEntered.connect(preview.follow)  # inside a long article, the paragraph being edited
        self.tree_model.moveEntryRequested.connect(edit.move_entry)
        self.tree_model.moveSectionRequested.connect(edit.move_section)
        self.tree_model.renameSectionRequested.connect(edit.rename_section)

        # the entry editor and the masthead panel: every edit an undoable step
        editor.entryEdited.connect(edit.edit_entry)
        editor.entriesPasted.connect(edit.insert_pasted_after)  # a paste holding several dated entries
        editor.unitsWritten.connect(self.session.alias_typed_units)  # 市住建局 counts for 市住房和城乡建设局
        editor.sectionRenamed.connect(edit.rename_section)
        editor.boldStateChanged.connect(a.bold.setChecked)
        ui.mastheadPanel.mastheadEdited.connect(edit.edit_masthead)
        ui.mastheadPanel.saveDefaultsRequested.connect(self.issues.save_series_defaults)
        ui.mastheadPanel.leaveRequested.connect(self.places.back_to_editing)  # Esc
        ui.mastheadPanel.set_series_source(self.session.list_series, [a.new_series])
        ui.mastheadPanel.set_series_counts(self.session.series_counts)
        ui.mastheadPanel.seriesChosen.connect(edit.choose_series)

        # the preview follows the editor and answers clicks
        preview.pageCountChanged.connect(self.status.set_page_count)
        preview.zoomChanged.connect(self.settings.set_zoom)  # toolbar, menu or Ctrl+wheel
        preview.entryActivated.connect(tree.select_uid)

        # the issue list and the archive
        ui.issueList.openRequested.connect(self.open_issue)
        ui.issueList.newRequested.connect(self.issues.new_issue)
        ui.issueList.deleteRequested.connect(self.issues.delete_issue)
        ui.issueList.entryDropped.connect(self.structure.move_dropped_entry)
        ui.issueList.set_source(self.session.summaries, self.session.summaries_of)
        # queued: the issue opens and lays out first, the thousand rows of the list right after
        self.session.archiveChanged.connect(ui.issueList.reload, Qt.ConnectionType.QueuedConnection)
        self.session.archiveEdited.connect(ui.issueList.apply_change)
        # queued: the rows are read once the dock area has finished switching its tabs, not
        # from within the switch (the list's model is reset and its view laid out again)
        ui.issueListDock.visibilityChanged.connect(ui.issueList.dock_shown, Qt.ConnectionType.QueuedConnection)
        self.session.archiveDamaged.connect(self.archive_damaged)
        self.session.layoutChanged.connect(preview.set_options)  # each series has its own layout
        self.session.saveStateChanged.connect(self.save_state.show)
        self.session.flushing.connect(tree.commit_editing)
        self.session.flushing.connect(ui.mastheadPanel.commit_typing)

        # find
        ui.findBar.matchChosen.connect(self.places.show_match)
        ui.findBar.closed.connect(self.places.find_closed)
        # "已替换 N 处" goes at the next step undone or done, as the other hints about Ctrl+Z
        ui.findBar.statusMessage.connect(lambda text: self.structure.show_undo_hint(text, 6000))
        a.replace.triggered.connect(lambda: ui.findBar.open_bar(replace=True))
        a.find_next.triggered.connect(lambda: ui.findBar.find_again(1))
        a.find_previous.triggered.connect(lambda: ui.findBar.find_again(-1))
        a.search_archive.triggered.connect(self.search_dock.open)

        # menus and toolbar
        a.new_issue.triggered.connect(self.issues.new_issue)
        a.new_series.triggered.connect(self.issues.new_series)
        a.open_archive.triggered.connect(self.choose_archive)
        a.new_archive.triggered.connect(self.create_archive)
        a.save.triggered.connect(self.save_now)
        a.import_files.triggered.connect(lambda: self.importer().choose_files())
        a.import_folder.triggered.connect(lambda: self.importer().choose_folder())
        a.export_selected.triggered.connect(self._export_selected)
        a.export_year.triggered.connect(lambda: self.batch_export().export_year(doc.issue))
        ui.issueList.set_context_actions([a.export_selected, a.export_year])
        a.export_word.triggered.connect(self.issue_export.export_word)
        a.export_pdf.triggered.connect(self.issue_export.export_pdf)
        a.print.triggered.connect(self.issue_export.print_issue)
        self.issue_export.finished.connect(self.exportFinished)
        a.quit.triggered.connect(self.close)
        a.bold.triggered.connect(lambda: editor.toggle_bold())
        a.find.triggered.connect(lambda: ui.findBar.open_bar())
        a.settings.triggered.connect(self.show_settings)
        a.add_entry.triggered.connect(lambda: structure.add_entry(article=False))
        a.add_article.triggered.connect(lambda: structure.add_entry(article=True))
        a.add_section.triggered.connect(structure.add_section)
        a.rename.triggered.connect(structure.rename_current)
        a.duplicate.triggered.connect(structure.duplicate_current)
        a.delete.triggered.connect(structure.delete_current)
        a.move_up.triggered.connect(lambda: structure.move_current(-1))
        a.move_down.triggered.connect(lambda: structure.move_current(1))
        a.move_to_section.triggered.connect(structure.move_current_to_section)
        a.zoom_in.triggered.connect(preview.zoom_in)
        a.zoom_out.triggered.connect(preview.zoom_out)
        a.zoom_fit.triggered.connect(preview.zoom_fit_width)
        a.about.triggered.connect(self.show_about)
        a.import_submissions.triggered.connect(self.import_submissions)
        a.proofread_dock.triggered.connect(self.show_proofreading)

    def batch_export(self) -> "BatchExportController":
        """Exporting several issues (the list's selection, a year), loaded on first use."""
        if self._batch_export is None:
            from .batch_export import BatchExportController

            self._batch_export = BatchExportController(self, self.session, self.settings)
        return self._batch_export

    def _export_selected(self) -> None:
        """文件 → 所选各期导出为 Word: the issues chosen in the list. With none chosen (the list
        a tab behind 报头 the clerk has not looked at), the list comes forward with the
        message saying to choose there, so that the clerk sees where."""
        from .dock_toggle import bring_forward

        chosen = self.ui.issueList.selected_ids()
        if not chosen:
            bring_forward(self.ui.issueListDock)
        self.batch_export().export_each(chosen)

    def importer(self) -> "ImportController":
        """The import workflow (File → 导入…, dropped files), loaded on first use."""
        if self._importer is None:
            from .importing.controller import ImportController

            self._importer = ImportController(self, self.session, self.open_issue)
            self._importer.importFinished.connect(self._imported)
        return self._importer

    def _imported(self, results: list) -> None:
        """Files imported with a report (a folder, several files): the issues list comes
        forward behind the report, where the new issues are; the issue of one file reviewed
        opens in the window itself."""
        from .dock_toggle import bring_forward

        reported = self._importer is not None and self._importer.report_dialog is not None
        if reported and any(result.imported for result in results):
            bring_forward(self.ui.issueListDock)

    # -- proofreading (attached once the first issue is shown) ------------------------------

    @property
    def proofreading(self) -> ProofreadController | None:
        """The proofreading of the open issue, attached on first need (None before an issue is open)."""
        self._attach_proofreading()
        return self._proofreading

    def _prepare_proofreading(self) -> None:
        issue = self.document.issue
        if self.testAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen):
            return  # a window made into a picture (``--screenshot``): nobody to proofread for, and its thread would slow the picture
        if self._proofreading is None and self._preparing_proofreading is None and issue is not None:
            from .proofread.preparing import when_prepared

            self._preparing_proofreading = when_prepared(self, issue, self._proofreading_prepared)

    def _proofreading_prepared(self) -> None:
        self._preparing_proofreading = None
        self._attach_proofreading()  # unless the issue was closed meanwhile: the next one prepares again

    def _attach_proofreading(self) -> None:
        if self._proofreading is None and self.document.issue is not None:
            from .proofread.dock import attach_proofreading

            self._proofreading = attach_proofreading(self)
            shown = self._proofreading.dock.toggleViewAction()  # type: ignore[attr-defined]
            self.action_set.proofread_dock.setChecked(shown.isChecked())  # as the saved layout left it
            shown.toggled.connect(self.action_set.proofread_dock.setChecked)  # its own close button

    def show_proofreading(self, _checked: bool = False) -> None:
        """视图 → 校对 (F7), as the other docks' items (dock_toggle.py): the findings dock hidden
        when the clerk sees it, else shown in front of its tabs with the keyboard in its list.
        Its tab behind 报头 (where it first goes) is open for Qt: toggling by the check mark
        closed it unseen."""
        from .dock_toggle import hide_or_bring_forward

        proofreading = self.proofreading
        if proofreading is None:  # no issue open: nothing to proofread
            self.action_set.proofread_dock.setChecked(False)
            return
        dock = proofreading.dock  # type: ignore[attr-defined]
        was_in_it = dock.isAncestorOf(QApplication.focusWidget())
        if hide_or_bring_forward(dock):
            # the keyboard goes with it: arrows through the findings, Enter to go to one (F7 again: back)
            dock.ui.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif was_in_it:  # not left to Qt, which moves it to whatever comes next in the chain
            self.places.back_to_editing()
        self.action_set.proofread_dock.setChecked(dock.toggleViewAction().isChecked())

    # -- the archive and the issue open ----------------------------------------------------

    def _ask_open_readonly(self, exc: ArchiveLockedError) -> bool:
        from .dialogs import ask_open_readonly  # message boxes load on first use, not at start-up

        return ask_open_readonly(self, exc)

    def _finish_backup(self, archive) -> None:
        from .closing_backup import finish_backup  # loaded when an archive is let go, not at start-up

        finish_backup(self, archive)  # the window says so while the backup is written

    def _ask_discard(self, error: str) -> bool:
        from .dialogs import ask_discard_unsaved

        return ask_discard_unsaved(self, error)

    def _show_error(self, title: str, exc_or_message: BaseException | str) -> None:
        from .dialogs import show_error

        show_error(self, title, exc_or_message)

    def open_archive(self, path: Path, issue_ref: str | None = None, readonly: bool = False,
                     check_later: bool = False) -> bool:
        """``check_later`` (start-up): the file's check runs in the background; damage found
        then closes the archive and offers the rescue, as a failed check on opening does."""
        try:
            return self._open_archive(path, issue_ref, readonly, check_later)
        finally:
            if self._early_pages:  # what opened (or nothing) takes the early pages' place
                self._early_pages = False
                self._issue_changed()

    def _open_archive(self, path: Path, issue_ref: str | None, readonly: bool, check_later: bool) -> bool:
        vetted = self.archive_tools.vet_opening(Path(path), readonly)  # a lost archive, a backup chosen to open
        if vetted is None:
            return False
        readonly = vetted
        try:
            if not self.session.open_archive(Path(path), self._ask_readonly, readonly=readonly,
                                             check_later=check_later):
                return False
        except ArchiveCorruptError as exc:
            return self.archive_tools.rescue(exc, issue_ref)
        except ArchiveError as exc:
            self._show_error(self.tr("Cannot open the archive"), exc)
            return False
        archive = self.session.archive
        assert archive is not None
        if not readonly:  # a backup looked at read-only is not the archive to open next time
            self.settings.set_last_archive(archive.path)
        self.show_archive_access()
        self._open_first_issue(issue_ref)
        return True

    def show_archive_access(self) -> None:
        """Whether the archive just opened can be changed: the read-only banner (saying why,
        when another program writes to it), the issue list's buttons, the saving state."""
        readonly = self.session.readonly
        banner = self.ui.readonlyBanner
        if self._readonly_text is None:  # the form's words, for a backup or a write-protected disk
            self._readonly_text = banner.text()
        banner.setText(self.tr("Another program is writing to this archive, so it is open read-only: you can read, "
                               "search, export and print. This line tells you when the other program closes it.")
                       if self.session.held_elsewhere else self._readonly_text)
        banner.setVisible(readonly)
        self.ui.issueList.set_readonly(readonly)
        self.session.autosaver.reset()
        self.save_state.show(SaveState.SAVED.value, "")

    def archive_damaged(self, exc: ArchiveCorruptError) -> None:
        """The file was found damaged (by the check after opening, or the clerk's 检查档案库):
        closed, and the rescue offered."""
        archive = self.session.archive
        if archive is None or archive.path != exc.path:
            return  # another archive is open by now
        self.session.close_archive()
        self.archive_tools.rescue(exc, None)

    def _open_first_issue(self, issue_ref: str | None) -> None:
        from ..core.issue_ref import first_issue_id

        archive = self.session.archive
        assert archive is not None
        try:
            issue_id, error = first_issue_id(archive, issue_ref, self.settings.last_issue(archive.path))
            if issue_id is not None:
                self.session.open_issue(issue_id)
            else:
                self.session.open_latest()
        except ArchiveError as exc:
            self._show_error(self.tr("Cannot open the issue"), exc)
            return
        if error is not None:  # told over the issue that opened instead, not over an empty window
            self._show_error(self.tr("Issue not found"), error.plain + self._opened_instead())

    def _opened_instead(self) -> str:
        issue = self.document.issue
        if issue is None:
            return ""
        return self.tr("The issue {0} {1} is open instead; choose another in the Issues list.").format(
            issue.series, issue.number_line())

    def open_issue(self, issue_id: int) -> None:
        current = self.document.issue
        if current is not None and current.id == issue_id:
            return
        try:
            if not self.session.open_issue(issue_id):  # the clerk keeps editing the open one
                self.ui.issueList.set_current_id(current.id if current is not None else None)
        except ArchiveError as exc:
            self._show_error(self.tr("Cannot open the issue"), exc)

    def choose_archive(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = str(self.session.archive.path.parent) if self.session.archive else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open Archive"), start,
                                              self.tr("Bulletin archives (*.sqlite *.db);;All files (*)"))
        if name:
            self.open_archive(Path(name))

    def create_archive(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = str(self.session.archive.path.parent) if self.session.archive else str(Path.home())
        # the name offered in the clerk's language, as every other word of the dialog
        name, _ = QFileDialog.getSaveFileName(self, self.tr("New Archive"),
                                              str(Path(start) / self.tr("bulletin-archive.sqlite")),
                                              self.tr("Bulletin archives (*.sqlite)"))
        if not name:
            return
        path = Path(name)
        if path.exists():
            self._show_error(self.tr("New Archive"), self.tr("{path} already exists. Use Open Archive to open it.")
                       .format(path=path))
            return
        self.open_archive(path)

    def save_now(self) -> None:
        if self.session.flush():
            self.statusBar().showMessage(self.tr("Saved."), 3000)

    # -- views following the document ----------------------------------------------------

    def _issue_replaced(self) -> None:
        issue = self.document.issue
        self.structure.drop_undo_hint()
        readonly = self.document.readonly or issue is None
        self.ui.entryEditor.set_readonly(self.document.readonly)
        self.ui.sectionTree.setEnabled(issue is not None)
        for action in self.action_set.editing_actions():
            action.setEnabled(not readonly)
        for action in (self.action_set.export_word, self.action_set.export_pdf, self.action_set.print, self.action_set.find,
                       self.action_set.replace, self.action_set.find_next, self.action_set.find_previous):
            action.setEnabled(issue is not None)
        self.action_set.new_issue.setEnabled(not self.session.readonly)
        self.action_set.new_series.setEnabled(not self.session.readonly)
        self.ui.issueList.set_current_id(issue.id if issue is not None else None)
        if self.session.archive is not None:
            if issue is not None:  # closing lets go of the issue; the next start shows it again
                self.settings.set_last_issue(self.session.archive.path, issue.id)
            self.ui.entryEditor.set_unit_source(self.session.known_units)
        self._issue_changed()
        self._update_title()
        tree = self.ui.sectionTree
        if issue is not None and tree.current_uid() == "":
            first = next((e for _s, e in issue.entries()), None)
            if first is not None:
                tree.select_uid(first.uid)
        elif issue is not None:  # the same issue again (定稿, 撤销定稿): the editor shows what the tree marks
            self._current_node_changed(tree.current_uid(), tree.current_kind())
        self._update_moves()
        self.issueShown.emit()

    def _issue_changed(self) -> None:
        issue = self.document.issue
        if issue is not None or not self._early_pages:  # an issue let go takes its pages along
            self.ui.preview.set_issue(issue)
        if issue is not None:
            self.status.set_char_count(sum(char_count(entry.text) for _s, entry in issue.entries()))
            # as counted now; a count that changes with a later layout comes with pageCountChanged
            self.status.set_page_count(self.ui.preview.page_count())
        else:
            self.status.set_char_count(None)
            self.status.set_page_count(None)

    def _current_node_changed(self, uid: str, kind: str) -> None:
        self.ui.entryEditor.show_node(uid, kind)
        if uid:
            self.ui.preview.follow(uid)
        editable = not self.document.readonly and self.document.issue is not None
        self.action_set.bold.setEnabled(editable and kind in ("item", "article"))
        for action in (self.action_set.rename, self.action_set.duplicate, self.action_set.delete):
            action.setEnabled(editable and bool(uid))
        self.action_set.move_to_section.setEnabled(editable and kind in ("item", "article"))
        self._update_moves()

    def _update_moves(self) -> None:
        """上移 and 下移 only where they would move something: not at the top of the first
        section or the end of the last (the tree's choice moved, or the issue's order changed)."""
        uid = self.ui.sectionTree.current_uid()
        self.action_set.move_up.setEnabled(bool(uid) and self.editing.can_move_by(uid, -1))
        self.action_set.move_down.setEnabled(bool(uid) and self.editing.can_move_by(uid, 1))

    def _update_title(self) -> None:
        issue = self.document.issue
        app_name = self.tr("Bulletin Desktop")
        if issue is None:
            self.setWindowTitle(app_name)
            return
        title = f"{issue.series} {issue.number_line()}"  # the 期号 as the masthead prints it
        if issue.status == "final":  # 定稿 says why it cannot be changed; 只读 read as the archive's state
            title += self.tr(" (final)")
        elif self.document.readonly:
            title += self.tr(" (read-only)")
        self.setWindowTitle(f"{title} — {app_name}")

    def _build_search_panel(self):
        from .search_panel import SearchPanel

        panel = SearchPanel(self.session)
        panel.hitActivated.connect(self.places.show_search_hit)
        panel.leaveRequested.connect(self.places.back_to_editing)
        self.session.archiveChanged.connect(panel.archive_changed)
        self.session.archiveEdited.connect(panel.archive_changed)  # a save, an import: found at once
        return panel

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if self.ui.has_preview():
                self._fit_width_on_first_start()

    def _fit_width_on_first_start(self) -> None:
        """No zoom chosen yet: a whole page width in view, once the window has its size."""
        if self.settings.zoom() is None:
            QTimer.singleShot(0, self.ui.preview, self.ui.preview.zoom_fit_width)  # not after the preview is gone

    # -- submissions and statistics (their docks' contents are built on first use) ----------

    def _build_inbox(self):
        from .inbox.dock import InboxView

        return InboxView(self)

    def _build_statistics(self):
        from .statistics.dock import build_statistics_view

        return build_statistics_view(self, self.statistics_dock)

    def import_submissions(self) -> None:
        from .inbox.dock import InboxView

        inbox = self.inbox_dock.open()
        assert isinstance(inbox, InboxView)
        inbox.choose_files()

    def show_view(self, view: str) -> None:
        """``inbox`` or ``statistics`` (``gui --view``): shown and brought to the front."""
        (self.inbox_dock if view == "inbox" else self.statistics_dock).open()

    # -- dialogs ------------------------------------------------------------------------------

    def show_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        SettingsDialog(self.settings, self, self.session).exec()

    def show_about(self) -> None:
        from .about_dialog import AboutDialog

        archive = self.session.archive
        AboutDialog(archive.path if archive else None, archive.backups_dir if archive else None, self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._built:  # closed in the moment before its panes were built: nothing to keep
            event.accept()
            return
        if not self.session.leave_issue():  # a failed save: the clerk keeps editing
            event.ignore()
            return
        self.issue_export.finish()  # an export under way is written to the end first
        if self._proofreading is not None:
            self._proofreading.shutdown()  # the archive checks under way stopped, their thread ended
        if self._importer is not None:
            self._importer.shutdown()  # a read under way is cancelled (nothing stored) and waited for
        inbox = self.inbox_dock.built()
        if inbox is not None:  # the same for submission files being read; its dialogs are closed
            inbox.shutdown()  # type: ignore[attr-defined]
        self.window_layout.save()
        self.session.close_archive()  # its closing backup is waited for with the window saying so
        event.accept()
