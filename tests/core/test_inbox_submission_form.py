"""A unit's submission sent on a form (信息报送单: a table of 标题 | …, 报送单位 | … | 报送时间 | …,
联系人 | … | 联系电话 | …, 正文 | …) names its title, its sender and its day as one typed out does."""
from __future__ import annotations

import datetime as dt

import docx

from bulletin_desktop.core.inbox.candidates import candidate_entries
from bulletin_desktop.core.inbox.reading import make_submission, read_paragraphs
from bulletin_desktop.core.richtext import plain
from bulletin_desktop.core.wordread import paragraphs_from_path

NEWS = "5月20日，李庄镇组织应急分队、民兵等120余人在李庄河段开展防汛应急演练，检验了应急预案的可操作性。"


def _form(path, heading="信息报送单"):
    document = docx.Document()
    document.add_paragraph(heading)
    table = document.add_table(rows=0, cols=4)
    for row in (["标题", "李庄镇开展防汛应急演练"], ["报送单位", "李庄镇人民政府", "报送时间", "2024年5月21日"],
                ["联系人", "王五", "联系电话", "13900000000"], ["正文", NEWS]):
        cells = table.add_row().cells
        if len(row) == 2:
            cells[0].text = row[0]
            cells[1].merge(cells[3]).text = row[1]
        else:
            for cell, text in zip(cells, row):
                cell.text = text
    document.add_paragraph("")
    document.save(path)
    return path


def test_a_forms_label_cells_read_as_labelled_lines(tmp_path):
    texts = [plain(p) for p in paragraphs_from_path(_form(tmp_path / "a.docx"))]
    assert texts == ["信息报送单", "标题：李庄镇开展防汛应急演练", "报送单位：李庄镇人民政府\u3000报送时间：2024年5月21日",
                     "联系人  王五  联系电话  13900000000", "正文", NEWS]


def test_a_submission_on_a_form_has_its_title_sender_day_and_one_entry(tmp_path):
    path = _form(tmp_path / "来稿.docx", heading="政务信息报送表")
    item = make_submission(read_paragraphs(path), source=path.name, received=None, unit_id=None, names=())
    assert (item.title, item.stated_unit, item.received) == ("李庄镇开展防汛应急演练", "李庄镇人民政府", dt.date(2024, 5, 21))
    entries = candidate_entries(item.title, item.body, item.received)
    assert [(e.kind, e.text) for e in entries] == [("item", NEWS)]


def test_a_table_of_counts_under_a_sender_label_stays_a_table(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    for row, texts in zip(table.rows, (["报送单位", "采用篇数"], ["12", "5"])):
        for cell, text in zip(row.cells, texts):
            cell.text = text
    document.add_paragraph("")
    document.save(tmp_path / "b.docx")
    assert [plain(p) for p in paragraphs_from_path(tmp_path / "b.docx")] == ["报送单位  采用篇数", "12  5"]
