"""The head of a table of entries (序号 | 日期 | 部门 | 情况) is the table's layout whichever way the
table comes in: in a Word document or pasted (cells a paragraph each, or rows with tabs).
Both readers take the labels from one list (core.column_labels), so a label one of them knew
and the other did not (类别, 供稿单位 in pastes; 部门, 情况, 来源 in Word) no longer turns a
table's head into an entry's text in one of them."""
from __future__ import annotations

import docx
import pytest

from bulletin_desktop.core.column_labels import is_column_label, is_date_label
from bulletin_desktop.core.importing import read_file
from bulletin_desktop.core.model import Item
from bulletin_desktop.core.pasted_entries import pasted_entries
from bulletin_desktop.core.richtext import parse_markup, plain

# heads as offices label them; each over the same two rows
HEADS = [
    ["序号", "日期", "部门", "情况"],
    ["序号", "时间", "供稿单位", "主要内容"],
    ["序　号", "日　期", "单　位", "内　容"],  # short labels spaced out over a wide column
    ["编号", "报送日期", "来稿单位", "信息"],
    ["序号", "日期", "责任单位", "工作动态"],
]
ROWS = [["1", "5月28日", "县应急局", "组织开展防汛应急演练，参演人员300人。"],
        ["2", "5月29日", "县消防救援大队", "开展高层建筑灭火救援演练。"]]
WANT = [("5月28日", "县应急局"), ("5月29日", "县消防救援大队")]


def _word_bulletin(path, rows):
    document = docx.Document()
    for line in ("某某工作简报", "第7期", "某某县应急管理局　　　　2024年6月1日", "【工作动态】"):
        document.add_paragraph(line)
    table = document.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    document.add_paragraph("编辑：张三　　审核：李四　　签发：王五")
    document.add_paragraph("送：县委、县政府。")
    document.save(path)
    return path


def _words(texts):
    return "".join(texts)


@pytest.mark.parametrize("head", HEADS, ids=["".join(h) for h in HEADS])
def test_a_word_table_s_head_is_no_entry(tmp_path, head):
    issue = read_file(_word_bulletin(tmp_path / "简报.docx", [head, *ROWS])).issue
    items = [e for section in issue.sections for e in section.entries if isinstance(e, Item)]
    assert [(e.date, e.unit) for e in items] == WANT
    assert not any(label.replace("　", "") in _words(e.text for e in items) for label in head[2:])
    assert [s.title for s in issue.sections if s.entries] == ["工作动态"]


@pytest.mark.parametrize("head", HEADS, ids=["".join(h) for h in HEADS])
def test_a_pasted_table_s_head_is_no_entry(head):
    # Word's table pasted into the editor: a paragraph a cell
    cells = [cell for row in [head, *ROWS] for cell in row]
    items = pasted_entries([parse_markup(cell) for cell in cells])
    assert [(i.date, i.unit) for i in items] == WANT
    assert not any(label.replace("　", "") in plain(items[0].rich) for label in head[2:])


@pytest.mark.parametrize("head", HEADS, ids=["".join(h) for h in HEADS])
def test_a_pasted_text_table_s_head_is_no_entry(head):
    # a text's table: a row a line, tabs between the cells
    lines = ["\t".join(row) for row in [head, *ROWS]]
    items = pasted_entries([parse_markup(line) for line in lines])
    assert [(i.date, i.unit) for i in items] == WANT
    assert not any(label.replace("　", "") in plain(items[0].rich) for label in head[2:])


def test_what_is_a_label():
    for text in ("序号", "序　号", "类别", "供稿单位", "部门", "情况", "来源", "所属栏目", "发生时间", "备注"):
        assert is_column_label(text), text
    for text in ("县应急局", "5月28日", "组织开展防汛演练", "", "工作动态简报"):
        assert not is_column_label(text), text
    assert is_date_label("日　期") and is_date_label("报送时间") and not is_date_label("单位")
