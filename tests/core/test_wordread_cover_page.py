"""A cover page bound before the bulletin in one file (a collection's title, the office,
二〇二四年三月, then a page break) is left out: the masthead is the bulletin's own, not the
cover's title; a bulletin running over several pages reads as before."""
from __future__ import annotations

import docx
from docx.enum.text import WD_BREAK

from bulletin_desktop.core.importing import read_file

BULLETIN = ("绿水县安全生产简报", "第22期", "绿水县应急管理局　　　　2024年3月16日", "【工作动态】")


def bulletin(path, cover: tuple[str, ...], entries: int = 2):
    document = docx.Document()
    for line in cover:
        document.add_paragraph(line)
    if cover:
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for line in BULLETIN:
        document.add_paragraph(line)
    for day in range(1, entries + 1):
        entry = document.add_paragraph(f"3月{day}日，")
        entry.add_run("县应急管理局").bold = True
        entry.add_run("召开全县安全生产工作调度会，部署近期重点工作。")
        if day == 1 and entries > 2:
            entry.add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph("编辑：张三　　审核：李四　　签发：王五")
    document.save(path)
    return path


def test_cover_page_left_out(tmp_path):
    imported = read_file(bulletin(tmp_path / "a.docx", ("2024年度工作资料", "（安全生产简报汇编）", "绿水县应急管理局", "二〇二四年三月")))
    issue = imported.issue
    assert (issue.series, issue.number, issue.office) == ("绿水县安全生产简报", 22, "绿水县应急管理局")
    assert [section.title for section in issue.sections] == ["工作动态"]
    assert any("封面" in warning and "2024年度工作资料" in warning for warning in imported.warnings)


def test_bulletin_over_several_pages_unchanged(tmp_path):
    imported = read_file(bulletin(tmp_path / "b.docx", (), entries=3))
    assert imported.issue.series == "绿水县安全生产简报"
    assert len(imported.issue.sections[0].entries) == 3
    assert not any("封面" in warning for warning in imported.warnings)
