"""A full-width mark after a space (“网格化管理 APP ，隐患排查”) never opens a printed line.
LibreOffice 7.4 broke the line at such a space and began the next with the mark; the copy
handed to it carries a narrow no-break space there (print_guard).
The clerk's .docx keeps the spaces as typed."""
from __future__ import annotations

import datetime as dt

import pytest

from bulletin_desktop.core.model import Issue, Item, Section
from bulletin_desktop.core.richtext import parse_markup
from bulletin_desktop.export.docx.print_guard import NO_BREAK_SPACE, guarded_for_libreoffice
from bulletin_desktop.export.docx.writer import docx_bytes

from docx_readback import W, body_paragraphs, have_libreoffice, part, style_id
from line_ends import layout_lines

_FILL = "安全生产隐患排查督导检查应急演练专项整治责任落实重点企业网格化管理"
_NO_LINE_START = "，。、；：？！）》”"


def _issue(markups: list[str]) -> Issue:
    return Issue("测试简报", 3, dt.date(2026, 3, 9), "测试办公室", None,
                 [Section("工作动态", [Item.from_rich(parse_markup(m)) for m in markups])])


def _entry_texts(markups: list[str], *, for_libreoffice: bool) -> list[str]:
    docx = docx_bytes(_issue(markups))
    document = part(guarded_for_libreoffice(docx) if for_libreoffice else docx, "word/document.xml")
    return ["".join(t.text or "" for t in p.iter(f"{{{W}}}t"))
            for p in body_paragraphs(document) if style_id(p) == "BulletinEntry"]


def test_spaces_before_a_mark_are_held_to_it_in_libreoffices_copy_only():
    markups = ["3月5日，推行 APP ，隐患排查 KTV  ；整改（GPS ）完毕。", "3月6日，**网格化管理 APP **，隐患排查。"]
    guarded = _entry_texts(markups, for_libreoffice=True)
    nb = NO_BREAK_SPACE
    assert f"APP{nb}，" in guarded[0] and f"KTV{nb}{nb}；" in guarded[0] and f"GPS{nb}）" in guarded[0]
    assert "推行 APP" in guarded[0]  # a space before a word stays a place to break
    assert f"APP{nb}，" in guarded[1]  # a bold run's last space before the next run's mark
    assert [t.replace(nb, " ") for t in guarded] == _entry_texts(markups, for_libreoffice=False)
    assert all(nb not in t for t in _entry_texts(markups, for_libreoffice=False))


@pytest.mark.slow
@pytest.mark.skipif(not have_libreoffice(), reason="LibreOffice and poppler are needed")
def test_no_printed_line_opens_with_a_mark_after_a_space(tmp_path, qapp):
    from bulletin_desktop.export.layout_options import LayoutOptions
    from bulletin_desktop.export.pdf import convert_many, font_substitutes, libreoffice_path

    # the space and the mark fall at every place near the end of an entry's first lines
    markups = [_FILL[:length] + latin + " " + mark + _FILL
               for length in range(18, 30) for latin, mark in (("APP", "，"), ("KTV", "；"), ("No.3", "。"))]
    options = LayoutOptions()
    soffice = libreoffice_path()
    assert soffice is not None
    pdf = convert_many({"spaces": docx_bytes(_issue(markups), options)}, soffice,
                       substitutes=font_substitutes(options), timeout=300)["spaces"]
    (tmp_path / "spaces.pdf").write_bytes(pdf)
    lines = layout_lines(tmp_path / "spaces.pdf")
    assert len(lines) > len(markups) * 2
    assert [(before[-12:], line[:6]) for before, line in zip(lines, lines[1:]) if line[:1] in _NO_LINE_START] == []
    printed = "".join(lines)
    assert printed.count("APP，") == printed.count("KTV；") == printed.count("No.3。") == 12  # nothing lost
