"""Entries written into an issue in the window, not adopted from the inbox: the statistics
say so as it is (未经来稿登记), never that they came from an imported past issue."""
from __future__ import annotations

import zipfile

from bulletin_desktop.core.richtext import Run
from bulletin_desktop.export.stats_notice import write_notice


def test_entries_typed_in_the_window_are_not_called_imported(qtbot, window, tmp_path):
    window.issues.new_issue()
    issue = window.document.issue
    uid = window.editing.add_item(issue.sections[0].uid)
    window.editing.edit_entry(uid, "date", "12月1日")
    window.editing.edit_entry(uid, "unit", "舞阳县")
    window.editing.edit_entry(uid, "body", (Run("组织召开冬季安全生产工作会议。"),))
    window.save_now()

    window.show_view("statistics")
    view = window.statistics_dock.content()
    view.set_range(issue.date, issue.date)
    row = view.report.row("舞阳县")
    assert (row.adopted, row.direct) == (1, 1)
    header, rows = view.table()
    shown = [view.table_model.item(r, header.index("备注")).text() for r in range(len(rows))]
    assert "含未经来稿登记1条（直接编写或导入，报送数未知）" in shown
    lead = view.ui.leadValue.text()
    assert "1篇未经来稿登记（在简报中直接编写或随往期简报导入）" in lead
    assert "导入的往期简报" not in lead and "导入期次" not in "".join(shown)

    notice = tmp_path / "通报.docx"
    write_notice(notice, view.report)
    with zipfile.ZipFile(notice) as docx:
        document = docx.read("word/document.xml").decode("utf-8")
    assert "未经来稿登记" in document and "导入期次" not in document and "导入的往期简报" not in document
