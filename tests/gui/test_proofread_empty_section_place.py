"""An empty section in the findings dock: listed as an empty section, at its heading."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication


def dock_rows(dock) -> list[tuple[str, list[str]]]:
    tree = dock.ui.tree
    return [(tree.topLevelItem(i).text(0), [tree.topLevelItem(i).child(j).text(0)
                                           for j in range(tree.topLevelItem(i).childCount())])
            for i in range(tree.topLevelItemCount())]


def test_an_empty_section_is_listed_as_one_at_its_heading(qtbot, window):
    dock = window.proofreading.dock
    dock.raise_()
    QApplication.processEvents()
    window.ui.sectionTree.select_uid(window.document.issue.sections[-1].uid)
    window.action_set.add_section.trigger()
    empty = next(s for s in window.document.issue.sections if not s.entries)
    dock.controller.recheck_text()
    qtbot.waitUntil(lambda: any(i.rule == "S-EMPTY-SECTION" for i in dock.controller.items))

    rows = dict(dock_rows(dock))
    assert rows["空栏目（1）"] == [f"【{empty.title}】栏目标题（1）"]
    assert not any(label.startswith("占位符") for label in rows)
    assert not any("第0条" in place for places in rows.values() for place in places)
