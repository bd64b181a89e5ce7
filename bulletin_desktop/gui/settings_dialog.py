"""Settings: interface language (applied at the next start), how many backups to keep, and
the printed layout of the open issue's bulletin (刊物), with a live preview of the issue.

The layout tab edits the series' own layout: what it changes from the standard layout is
stored in the archive for that series, and every preview, Word file, PDF and print of its
issues uses it. One field per ``LayoutOptions`` key, built from the dataclass, so a key
added there appears here.
"""
from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, QTimer
from PySide6.QtWidgets import QComboBox, QDialog, QDoubleSpinBox, QLabel, QLineEdit, QSpinBox, QWidget

from ..export.layout_options import LIMITS, LayoutOptionError, LayoutOptions
from .dialogs import fit_to_screen
from .forms.ui_settings_dialog import Ui_SettingsDialog
from .settings import AppSettings

if TYPE_CHECKING:
    from .preview.widget import PreviewWidget
    from .session import Session

LANGUAGE_NAMES = (("zh_CN", "中文（简体）"), ("en", "English"))
translate = QCoreApplication.translate

# What each layout key is called in the dialog (docs/layout.md explains them in full).
LAYOUT_LABELS = {
    "page_width_mm": QT_TRANSLATE_NOOP("SettingsDialog", "Paper width (mm)"),
    "page_height_mm": QT_TRANSLATE_NOOP("SettingsDialog", "Paper height (mm)"),
    "margin_top_mm": QT_TRANSLATE_NOOP("SettingsDialog", "Top margin (mm)"),
    "margin_bottom_mm": QT_TRANSLATE_NOOP("SettingsDialog", "Bottom margin (mm)"),
    "margin_left_mm": QT_TRANSLATE_NOOP("SettingsDialog", "Left margin (mm)"),
    "margin_right_mm": QT_TRANSLATE_NOOP("SettingsDialog", "Right margin (mm)"),
    "lines_per_page": QT_TRANSLATE_NOOP("SettingsDialog", "Lines per page"),
    "chars_per_line": QT_TRANSLATE_NOOP("SettingsDialog", "Characters per line"),
    "title_font": QT_TRANSLATE_NOOP("SettingsDialog", "Masthead and title font"),
    "body_font": QT_TRANSLATE_NOOP("SettingsDialog", "Body font"),
    "heading_font": QT_TRANSLATE_NOOP("SettingsDialog", "Heading font"),
    "kai_font": QT_TRANSLATE_NOOP("SettingsDialog", "Second-level heading font"),
    "page_number_font": QT_TRANSLATE_NOOP("SettingsDialog", "Page number font"),
    "latin_font": QT_TRANSLATE_NOOP("SettingsDialog", "Font for digits and Latin letters"),
    "body_size_pt": QT_TRANSLATE_NOOP("SettingsDialog", "Body size (pt)"),
    "masthead_size_pt": QT_TRANSLATE_NOOP("SettingsDialog", "Masthead size (pt)"),
    "masthead_fallback_sizes_pt": QT_TRANSLATE_NOOP("SettingsDialog", "Smaller masthead sizes (pt, comma-separated)"),
    "issue_line_size_pt": QT_TRANSLATE_NOOP("SettingsDialog", "Issue number size (pt)"),
    "article_title_size_pt": QT_TRANSLATE_NOOP("SettingsDialog", "Article title size (pt)"),
    "closing_size_pt": QT_TRANSLATE_NOOP("SettingsDialog", "Closing block size (pt)"),
    "page_number_size_pt": QT_TRANSLATE_NOOP("SettingsDialog", "Page number size (pt)"),
    "red": QT_TRANSLATE_NOOP("SettingsDialog", "Red (hexadecimal RGB)"),
    "red_rule_pt": QT_TRANSLATE_NOOP("SettingsDialog", "Red rule thickness (pt)"),
    "red_rule_gap_mm": QT_TRANSLATE_NOOP("SettingsDialog", "Gap above the red rule (mm)"),
    "closing_outer_rule_mm": QT_TRANSLATE_NOOP("SettingsDialog", "Closing block outer rules (mm)"),
    "closing_inner_rule_mm": QT_TRANSLATE_NOOP("SettingsDialog", "Closing block inner rules (mm)"),
    "closing_indent_chars": QT_TRANSLATE_NOOP("SettingsDialog", "Closing block indent (characters)"),
    "page_number_position": QT_TRANSLATE_NOOP("SettingsDialog", "Page number position"),
    "page_number_gap_mm": QT_TRANSLATE_NOOP("SettingsDialog", "Page number below the type area (mm)"),
    "section_heading": QT_TRANSLATE_NOOP("SettingsDialog", "Section headings"),
}
# the options with a fixed set of values: each value and how the dialog names it
CHOICES = {
    "page_number_position": (
        ("outside", QT_TRANSLATE_NOOP("SettingsDialog", "Outside (odd pages right, even pages left)")),
        ("center", QT_TRANSLATE_NOOP("SettingsDialog", "Centred")),
    ),
    "section_heading": (
        ("bracket", QT_TRANSLATE_NOOP("SettingsDialog", "In brackets: 【Title】")),
        ("numbered", QT_TRANSLATE_NOOP("SettingsDialog", "Numbered: 一、Title")),
        ("plain", QT_TRANSLATE_NOOP("SettingsDialog", "The title alone")),
    ),
}


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None, session: "Session | None" = None):
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self._settings = settings
        self._session = session
        for code, name in LANGUAGE_NAMES:  # each language named in itself, as language menus do
            self.ui.languageCombo.addItem(name, code)
        self.ui.languageCombo.setCurrentIndex(max(0, self.ui.languageCombo.findData(settings.language())))
        self.ui.backupsSpin.setValue(settings.keep_backups())
        self._editors: dict[str, QWidget] = {}
        self._stored: dict[str, Any] = {}
        self._refused: dict[str, str] = {}
        self.preview: PreviewWidget | None = None
        self._build_layout_tab()
        fit_to_screen(self)  # the form's 980×640 is larger than a 1366×768 screen at 150 %

    # -- the layout of the open issue's series ------------------------------------------------

    def _build_layout_tab(self) -> None:
        ui = self.ui
        session = self._session
        issue = session.document.issue if session is not None else None
        editable = issue is not None and issue.series_id is not None and not session.readonly  # type: ignore[union-attr]
        if not editable:
            ui.layoutSeriesLabel.setText(self.tr("Open an issue of a bulletin (in an archive open for writing) "
                                                 "to set that bulletin's layout."))
            ui.layoutSplitter.setEnabled(False)
            ui.resetLayoutButton.setEnabled(False)
            return
        assert session is not None and issue is not None
        ui.layoutSeriesLabel.setText(self.tr("The printed layout of 《{series}》: every issue of this bulletin, on "
                                             "screen, in Word, PDF and print.").format(series=issue.series))
        self._stored = session.layout_changes()
        from .preview.widget import PreviewWidget  # the preview's renderer loads with the dialog

        preview = PreviewWidget(ui.previewHolder, session.layout_options())
        ui.previewLayout.addWidget(preview)
        preview.set_issue(issue)
        self.preview = preview
        for field in dataclasses.fields(LayoutOptions):
            editor = self._make_editor(field.name, getattr(LayoutOptions(), field.name))
            label = QLabel(translate("SettingsDialog", str(LAYOUT_LABELS.get(field.name, field.name))), self)
            label.setBuddy(editor)
            ui.layoutForm.addRow(label, editor)
            self._editors[field.name] = editor
        self._show(session.layout_options())
        ui.resetLayoutButton.clicked.connect(lambda: self._show(LayoutOptions()))
        ui.layoutSplitter.setSizes([380, 560])
        ui.tabs.currentChanged.connect(self._layout_tab_shown)

    def _layout_tab_shown(self, index: int) -> None:
        """The first time the tab shows (its panes have their sizes only then): the fields as
        wide as they need, not cut off behind a sideways scroll bar, and the preview a whole
        page wide, so that the margins and lines the clerk changes are in sight."""
        if self.ui.tabs.widget(index) is not self.ui.layoutTab:
            return
        self.ui.tabs.currentChanged.disconnect(self._layout_tab_shown)
        QTimer.singleShot(0, self, self._fit_layout_panes)

    def _fit_layout_panes(self) -> None:
        ui = self.ui
        scroll = ui.layoutScroll
        needed = ui.layoutFormHolder.sizeHint().width() + scroll.verticalScrollBar().sizeHint().width() \
            + 2 * scroll.frameWidth()
        total = sum(ui.layoutSplitter.sizes())
        form = min(needed, total * 3 // 5)  # the preview keeps some room on a narrow screen
        ui.layoutSplitter.setSizes([form, total - form])
        if self.preview is not None:  # once the splitter has given the preview its new width
            QTimer.singleShot(0, self.preview, self.preview.zoom_fit_width)

    def layout_editor(self, key: str) -> QWidget:
        """The field that edits layout option ``key``."""
        return self._editors[key]

    def _make_editor(self, key: str, default: Any) -> QWidget:
        editor: QWidget
        if key in CHOICES:
            combo = QComboBox(self)
            for value, text in CHOICES[key]:
                combo.addItem(translate("SettingsDialog", str(text)), value)
            combo.currentIndexChanged.connect(self._layout_edited)
            editor = combo
        elif isinstance(default, (str, tuple)):
            line = QLineEdit(self)
            line.textEdited.connect(self._layout_edited)
            editor = line
        elif isinstance(default, int):
            spin = QSpinBox(self)
            low, high, _ = LIMITS[key]  # the range LayoutOptions accepts
            spin.setRange(int(low), int(high))
            spin.valueChanged.connect(self._layout_edited)
            editor = spin
        else:
            double = QDoubleSpinBox(self)
            low, high, _ = LIMITS[key]
            double.setRange(low, high)
            double.setDecimals(2)
            double.setSingleStep(0.25)
            double.valueChanged.connect(self._layout_edited)
            editor = double
        return editor

    def _show(self, options: LayoutOptions) -> None:
        """Put ``options`` in the fields (and so in the preview)."""
        for key, editor in self._editors.items():
            value = getattr(options, key)
            blocked = editor.blockSignals(True)
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(0, editor.findData(value)))
            elif isinstance(editor, QLineEdit):
                editor.setText(", ".join(f"{v:g}" for v in value) if isinstance(value, tuple) else str(value))
            elif isinstance(editor, (QSpinBox, QDoubleSpinBox)):
                editor.setValue(value)
            editor.blockSignals(blocked)
        self._layout_edited()

    def _field_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for key, editor in self._editors.items():
            if isinstance(editor, QComboBox):
                values[key] = editor.currentData()
            elif isinstance(editor, QLineEdit):
                values[key] = editor.text().strip()
            elif isinstance(editor, (QSpinBox, QDoubleSpinBox)):
                values[key] = editor.value()
        return values

    def layout_options(self) -> LayoutOptions:
        """The layout as the fields now say; a field that cannot be read keeps its old value
        (and is marked)."""
        options = LayoutOptions()
        self._refused = {}
        for key, value in self._field_values().items():
            editor = self._editors[key]
            try:
                options = options.with_changes({key: value})
                editor.setStyleSheet("")
                editor.setToolTip("")
            except LayoutOptionError as exc:  # the same checks as the command line's --option
                editor.setStyleSheet(f"{type(editor).__name__} {{ background: #fde2e2; }}")
                editor.setToolTip(exc.in_window)
                self._refused[key] = exc.in_window
        return options

    def refused_layout(self) -> dict[str, str]:
        """The layout fields whose values LayoutOptions refuses, and why."""
        self.layout_options()
        return dict(self._refused)

    def _layout_edited(self) -> None:
        if self.preview is not None:
            self.preview.set_options(self.layout_options())

    def layout_changes(self) -> dict[str, Any]:
        """What the series' layout changes from the standard one, as stored in the archive."""
        from ..export.series_options import changed_options

        return changed_options(self.layout_options())

    # -- closing ---------------------------------------------------------------------------------

    def accept(self) -> None:
        self._settings.set_language(self.ui.languageCombo.currentData())
        self._settings.set_keep_backups(self.ui.backupsSpin.value())
        self._settings.sync()
        if self._editors and self._session is not None:
            from ..core.archive import ArchiveError
            from .dialogs import show_error

            refused = self.refused_layout()
            if refused:  # saved as it is, the layout would silently drop these fields
                key, message = next(iter(refused.items()))
                show_error(self, self.tr("Cannot save the layout"), message)
                self._editors[key].setFocus()
                return
            changes = self.layout_changes()
            if changes != self._stored:
                try:
                    self._session.set_layout_changes(changes)
                except ArchiveError as exc:
                    show_error(self, self.tr("Cannot save the layout"), exc)
                    return
        super().accept()
