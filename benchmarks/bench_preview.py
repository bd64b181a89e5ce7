"""Keystroke to preview updated, on a generated 50-entry issue (~12,000 characters).

Each edit changes one character of an entry in view, then does what the main window
does (``set_issue``), forces the debounced work (``refresh_now``) and repaints the
widget; the time runs until the repaint has returned. The floor is the same text set
into a bare QTextDocument with the type area as page size, laid out in full.
"""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402

from PySide6.QtCore import QSizeF  # noqa: E402
from PySide6.QtGui import QTextDocument  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bulletin_desktop.core.model import Issue, Item, Section  # noqa: E402
from bulletin_desktop.core.richtext import from_plain, parse_markup, plain  # noqa: E402
from bulletin_desktop.export.blocks import layout_issue  # noqa: E402
from bulletin_desktop.export.layout_options import PT_PER_MM, LayoutOptions  # noqa: E402
from bulletin_desktop.export.qt_render import IssueRenderer  # noqa: E402
from bulletin_desktop.gui.preview import PreviewWidget  # noqa: E402

SENTENCE = "组织开展安全生产大检查，督促企业落实主体责任，排查整治问题隐患，"


def generated_issue(entries: int = 50) -> Issue:
    sections = []
    per_section = entries // 5
    for s in range(5):
        items = [Item.from_rich(parse_markup(f"11月{n % 28 + 1}日，**第{s + 1}组{n + 1}号单位**"
                                             + SENTENCE * 7 + "确保安全。"))
                 for n in range(per_section)]
        sections.append(Section(f"栏目{s + 1}", items))
    return Issue("漯河安全生产简报", 52, dt.date(2022, 11, 21), office="漯河市安全生产委员会办公室",
                 sections=sections)


def _issue_text(issue: Issue) -> str:
    return "\n".join(block.text for block in layout_issue(issue))


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def run(report) -> None:
    app = QApplication.instance() or QApplication([])
    edits = 40 if report.quick else 200
    issue = generated_issue()
    chars = sum(len(e.text) for _s, e in issue.entries())
    entry = issue.sections[2].entries[4]
    assert isinstance(entry, Item)
    base = plain(entry.body)

    preview = PreviewWidget()
    preview.resize(900, 1000)
    preview.show()
    preview.set_issue(issue)
    preview.refresh_now()
    preview.zoom_fit_width()
    preview.follow(entry.uid)
    app.processEvents()

    latencies, layouts = [], []
    for n in range(edits + 10):
        # type a character, or delete it again: the entry grows and shrinks by one
        entry.body = from_plain(base + ("安" if n % 2 == 0 else ""))
        started = time.perf_counter()
        preview.set_issue(issue)
        preview.refresh_now()
        laid_out = time.perf_counter()
        preview.repaint()
        app.processEvents()
        done = time.perf_counter()
        if n >= 10:  # after warming up
            latencies.append((done - started) * 1000)
            layouts.append((laid_out - started) * 1000)
    assert preview.last_update().laid_out == 1

    # floor: the same text, laid out in full by a bare QTextDocument of the type area
    options = LayoutOptions()
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setPageSize(QSizeF(options.type_width_mm * PT_PER_MM * 96 / 72,
                                options.type_height_mm * PT_PER_MM * 96 / 72))
    floors = []
    for n in range(edits + 10):
        entry.body = from_plain(base + ("安" if n % 2 == 0 else ""))
        text = _issue_text(issue)
        started = time.perf_counter()
        document.setPlainText(text)
        document.pageCount()  # forces the layout of every page
        if n >= 10:
            floors.append((time.perf_counter() - started) * 1000)

    # for context: laying out every block again (first open, changed layout settings)
    renderer = IssueRenderer(options)
    blocks = layout_issue(issue)
    started = time.perf_counter()
    renderer.update(blocks)
    full = (time.perf_counter() - started) * 1000

    floor = statistics.median(floors)
    note = f"{len(list(issue.entries()))} entries, {chars} chars, {preview.page_count()} pages, {edits} edits"
    report.add("preview_keystroke_median", statistics.median(latencies), "ms", floor, note)
    report.add("preview_keystroke_p95", _p95(latencies), "ms", _p95(floors), "target: median <= 16 ms, p95 <= 33 ms")
    report.add("preview_relayout_median", statistics.median(layouts), "ms", floor, "set_issue + refresh_now, no paint")
    report.add("preview_full_layout", full, "ms", floor, "every block laid out anew")
    preview.close()
