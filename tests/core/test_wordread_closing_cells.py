"""A closing block laid out in a table with its labels in cells of their own (编辑 | 王磊 |
审核 | 刘洋 | 签发 | 陈建国; 送 | 市应急管理局……) reads as the closing block it prints, not
as a data table's rows; a table of counts or contacts stays a table."""
from __future__ import annotations

import docx

from bulletin_desktop.core.importing import read_file

MASTHEAD = ("测试县安全生产简报", "第9期", "测试县应急管理局　　　　2024年3月8日", "【工作动态】")


def bulletin(path, rows: list[list[str]]):
    document = docx.Document()
    for line in MASTHEAD:
        document.add_paragraph(line)
    entry = document.add_paragraph("3月1日，")
    entry.add_run("县应急管理局").bold = True
    entry.add_run("召开全县安全生产工作会议，安排部署今年重点工作。")
    table = document.add_table(rows=len(rows), cols=max(len(row) for row in rows))
    for cells, row in zip(table.rows, rows):
        for cell, text in zip(cells.cells, row):
            cell.text = text
    document.save(path)
    return path


def test_labels_and_names_side_by_side_in_one_row(tmp_path):
    imported = read_file(bulletin(tmp_path / "a.docx", [["编辑", "王磊", "审核", "刘洋", "签发", "陈建国"]]))
    signoff = imported.issue.signoff
    assert (signoff.editors, signoff.reviewers, signoff.signers) == (["王磊"], ["刘洋"], ["陈建国"])
    assert not any("表格" in warning for warning in imported.warnings)


def test_a_label_and_its_value_a_row_each(tmp_path):
    rows = [["编　辑：", "王磊　张敏"], ["审核", "刘洋"], ["签发", "陈建国"], ["送", "市应急管理局，县委、县政府领导。"],
            ["发", "各乡镇人民政府，县安委会各成员单位。"]]
    issue = read_file(bulletin(tmp_path / "b.docx", rows)).issue
    assert (issue.signoff.editors, issue.signoff.signers) == (["王磊", "张敏"], ["陈建国"])
    assert [(line.label, line.text) for line in issue.distribution] == [
        ("送", "市应急管理局，县委、县政府领导。"), ("发", "各乡镇人民政府，县安委会各成员单位。")]


def test_a_table_of_counts_or_contacts_stays_a_table(tmp_path):
    imported = read_file(bulletin(tmp_path / "c.docx", [["报送", "15", "采用", "8"], ["联系人", "张三", "电话", "0395-1234567"]]))
    assert imported.issue.signoff.is_empty() and not imported.issue.distribution
    assert any("2 行表格" in warning for warning in imported.warnings)
