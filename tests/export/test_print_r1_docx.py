"""The .docx XML: the copy handed to LibreOffice for a PDF carries a zero-width space after
a full-width pause mark directly before a Latin letter or digit (print_guard), within a run
and across a bold run's end, so that LibreOffice does not lose the mark at a line's end; the
clerk's .docx holds the text as written. Also the masthead's balanced lines and the faces of
an article's headings."""
from __future__ import annotations

import datetime as dt

from bulletin_desktop.core.model import Article, Issue, Item, Section
from bulletin_desktop.core.richtext import parse_markup
from bulletin_desktop.export.docx.print_guard import GUARD, guarded_for_libreoffice
from bulletin_desktop.export.docx.writer import docx_bytes

from docx_readback import W, body_paragraphs, east_asia, part, runs_with_text, style_id, text_of


def _entry_texts(markups: list[str], *, for_libreoffice: bool = True) -> list[str]:
    """Each entry paragraph's w:t texts joined, as the .docx stores them."""
    issue = Issue("测试简报", 3, dt.date(2026, 3, 9), "测试办公室", None,
                  [Section("工作动态", [Item.from_rich(parse_markup(m)) for m in markups])])
    docx = docx_bytes(issue)
    document = part(guarded_for_libreoffice(docx) if for_libreoffice else docx, "word/document.xml")
    return ["".join(t.text or "" for t in p.iter(f"{{{W}}}t"))
            for p in body_paragraphs(document) if style_id(p) == "BulletinEntry"]


MARKS = ["3月5日，**卫东区**召开会议，14:00开始演练。",
         "3月6日，抽查企业18家、LNG加气站3座；GPS终端1,256台，整改率96.5%。"]


def test_a_pause_mark_before_a_digit_or_letter_is_guarded_for_libreoffice():
    texts = _entry_texts(MARKS)
    assert f"，{GUARD}14:00" in texts[0]
    assert f"、{GUARD}LNG" in texts[1] and f"；{GUARD}GPS" in texts[1]
    # half-width marks in numbers, and marks before Chinese text, stay as they are
    assert "1,256" in texts[1] and "96.5%" in texts[1]
    assert f"3月5日，{GUARD}" not in texts[0] and texts[0].count(GUARD) == 1


def test_the_clerks_docx_holds_the_text_as_written():
    texts = _entry_texts(MARKS, for_libreoffice=False)
    assert [t for t in texts if GUARD in t] == []
    assert texts == ["".join(run.text for run in parse_markup(m)) for m in MARKS]


def test_a_bold_run_ending_in_a_mark_before_digits_is_guarded():
    texts = _entry_texts(["3月4日，**一是应急演练，2019年整改销号，**14:00宣传培训。"])
    assert f"整改销号，{GUARD}14:00" in texts[0]
    assert f"演练，{GUARD}2019" in texts[0]


def test_nothing_but_the_guards_is_added():
    markup = "3月2日，市安委会印发《要点》（平安委〔2026〕3号），明确任务36项，于3月31日前报送。"
    texts = _entry_texts([markup])
    assert texts[0].replace(GUARD, "") == parse_markup(markup)[0].text


def test_bytes_that_are_no_package_are_handed_on_as_they_are():
    assert guarded_for_libreoffice(b"docx") == b"docx"


def test_every_other_part_of_the_package_is_unchanged():
    import io
    import zipfile

    issue = Issue("测试简报", 3, dt.date(2026, 3, 9), "测试办公室", None,
                  [Section("工作动态", [Item.from_rich(parse_markup(m)) for m in MARKS])])
    docx = docx_bytes(issue)
    before, after = (zipfile.ZipFile(io.BytesIO(data)) for data in (docx, guarded_for_libreoffice(docx)))
    assert before.namelist() == after.namelist()
    assert [n for n in before.namelist() if before.read(n) != after.read(n)] == ["word/document.xml"]


def _masthead_indent(name: str) -> tuple[int, int]:
    issue = Issue(name, 3, dt.date(2026, 3, 9), "测试办公室", None, [Section("工作动态", [])])
    document = part(docx_bytes(issue), "word/document.xml")
    masthead = next(p for p in body_paragraphs(document) if style_id(p) == "Masthead")
    ind = masthead.find(f"{{{W}}}pPr/{{{W}}}ind")
    if ind is None:
        return 0, 0
    return int(ind.get(f"{{{W}}}left")), int(ind.get(f"{{{W}}}right"))


def test_a_masthead_too_long_for_one_line_is_narrowed_to_balanced_lines():
    """Eighteen characters do not fit one line even at 26 pt (468 of 442 pt): the paragraph
    is narrowed from both sides to nine characters and a little, so it breaks 9 + 9, not
    17 + 1; a name that fits keeps the full width."""
    assert _masthead_indent("平顶山市安全生产简报") == (0, 0)
    left, right = _masthead_indent("平顶山市安全生产委员会办公室工作简报")
    width = 8844  # the type area, twips
    assert left == right and 9 * 26 * 20 <= width - 2 * left < 10 * 26 * 20


def test_an_article_heading_on_a_line_of_its_own_prints_in_its_level_face():
    """GB/T 9704: 一、 in 黑体, （一） in 楷体, 1. and （1） in 仿宋, whether the heading opens a
    paragraph (一、主要做法。今年…) or stands on a line of its own, as articles mostly set it."""
    paragraphs = [parse_markup(p) for p in (
        "今年以来，县应急管理局聚焦重点行业领域，全县安全生产形势总体平稳。", "一、主要做法", "（一）强化组织领导",
        "县政府成立工作专班，主要领导任组长。", "1.完善制度", "（1）建立台账")]
    issue = Issue("测试简报", 3, dt.date(2026, 3, 9), "测试办公室", None,
                  [Section("经验交流", [Article("某县推进安全生产治本攻坚", paragraphs)])])
    document = part(docx_bytes(issue), "word/document.xml")
    faces = {text_of(p): {east_asia(r) for r in runs_with_text(p)}
             for p in body_paragraphs(document) if style_id(p) == "BulletinBody"}
    assert faces["一、主要做法"] == {"黑体"}
    assert faces["（一）强化组织领导"] == {"楷体_GB2312"}
    assert faces["1.完善制度"] == faces["（1）建立台账"] == {"仿宋_GB2312"}
    assert faces["县政府成立工作专班，主要领导任组长。"] == {"仿宋_GB2312"}
