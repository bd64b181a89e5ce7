"""A list of attachments after the entries (附件：1.… / 2.…, or 附件： over 1.… 2.…): each line
an entry as written, never an article's title with no text; the text format reads them back."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.model import Item
from bulletin_desktop.core.recognise import recognise
from bulletin_desktop.core.richtext import from_plain, parse_markup, plain
from bulletin_desktop.core.textformat import read_text, write_text

TOP = "防汛快报\n第3期\n县防汛抗旱指挥部办公室　　2026年7月21日\n【工作开展】\n7月20日18时，**县防指**启动Ⅲ级响应。\n"
END = "\n报：市防指"


def entries(lines: str):
    issue = recognise([parse_markup(line) for line in (TOP + lines + END).splitlines()]).issue
    return [(e.kind, plain(e.body) if isinstance(e, Item) else e.title) for e in issue.sections[-1].entries]


@pytest.mark.parametrize("lines, listed", [
    ("附件：1．全县雨量统计表\n　　　2．重点水库水位表", ["附件：1．全县雨量统计表", "2．重点水库水位表"]),
    ("附件：\n1．全县雨量统计表\n2．重点水库水位表", ["附件：", "1．全县雨量统计表", "2．重点水库水位表"]),
])
def test_each_attachment_is_an_entry(lines, listed):
    assert entries(lines)[1:] == [("item", text) for text in listed]


def test_the_text_format_reads_the_list_back():
    issue = read_text(TOP + "附件：\n1．全县雨量统计表\n2．重点水库水位表" + END)
    issue.sections[-1].entries.append(Item(body=from_plain("北京"), mark="3．", date="11月5日"))
    assert read_text(write_text(issue)) == issue
    assert "\n2．重点水库水位表\n" in write_text(issue)
