"""A numbered run-in title (1．**强化培训。**12月4日，…): only the title prints bold, in the
preview's blocks and in the Word file; the number or bullet before it prints as an entry's
number alone does."""
import datetime as dt

import pytest
from lxml import etree

from bulletin_desktop.core.model import Issue, Item, Section
from bulletin_desktop.core.richtext import parse_markup
from bulletin_desktop.export.blocks import BlockKind, layout_issue
from bulletin_desktop.export.docx.writer import document_xml

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def issue_of(markup: str) -> Issue:
    item = Item.from_rich(parse_markup(markup))
    return Issue("某县安全生产简报", 3, dt.date(2025, 4, 2), "某县应急管理局", sections=[Section("工作动态", [item])])


def word_runs(issue: Issue) -> list[tuple[str, bool]]:
    """(text, bold) of the runs of the issue's one entry, neighbours of one weight joined."""
    root = etree.fromstring(document_xml(issue))
    entry = next(p for p in root.iter(f"{W}p") if p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") == "BulletinEntry")
    runs: list[tuple[str, bool]] = []
    for r in entry.iter(f"{W}r"):
        # (without the zero-width space that guards a mark before digits from LibreOffice)
        text = "".join(t.text or "" for t in r.iter(f"{W}t"))
        bold = r.find(f"{W}rPr/{W}b") is not None
        if runs and runs[-1][1] == bold:
            runs[-1] = (runs[-1][0] + text, bold)
        else:
            runs.append((text, bold))
    return runs


@pytest.mark.parametrize("number", ["1．", "12.", "（二）", "3、", "◆", "● "])
def test_the_number_before_a_run_in_title_is_not_bold(number):
    issue = issue_of(f"{number}**强化培训提能力。**12月4日，**县应急局**组织全县安全员开展培训。")
    expected = [(number, False), ("强化培训提能力。", True), ("12月4日，", False), ("县应急局", True),
                ("组织全县安全员开展培训。", False)]
    entry = next(b for b in layout_issue(issue) if b.kind is BlockKind.ENTRY)
    assert [(s.text, s.bold) for s in entry.spans] == expected
    assert word_runs(issue) == expected


def test_a_run_in_title_without_a_number_stays_bold_from_its_first_character():
    issue = issue_of("**严格执法促整改。**3月3日，县应急局对8家企业开展执法检查。")
    assert word_runs(issue)[0] == ("严格执法促整改。", True)


def test_a_number_alone_and_a_unit_before_its_colon_are_not_bold():
    assert word_runs(issue_of("2．3月5日，**县住建局**开展检查。"))[0] == ("2．3月5日，", False)
    assert issue_of("（三）**县应急局：**11月5日，开展检查。").sections[0].entries[0].rich[0].text == "（三）"
