"""Files that would cost minutes or gigabytes though every limit on bytes holds: tens of
thousands of fields open at once, a body split into far more runs than any issue has
characters, a part of too many elements, a part naming hundreds of thousands of others,
tens of thousands of empty paragraphs. Each is read fast or refused fast, in Chinese."""
import random
import time

import pytest

from bulletin_desktop.core.recognise import BulletinFormatError
from bulletin_desktop.core.wordread import limits, read_word

from wordfiles import CLOSING, MASTHEAD, RT, make_docx, p, r

BODY = MASTHEAD + p("【工作动态】") + p("3月1日，", runs=r("县应急局", bold=True) + r("召开会议。")) + CLOSING


def refusal(path) -> str:
    with pytest.raises(BulletinFormatError) as caught:
        read_word(path)
    return caught.value.message


def test_tens_of_thousands_of_fields_open_at_once_are_read_in_moments(tmp_path):
    rnd = random.Random(2)
    opened = "".join(f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> QUOTE {rnd.getrandbits(64):x} '
                     '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' for _ in range(20000))
    shown = "".join(chr(0x4E00 + rnd.randrange(20000)) for _ in range(20000))
    path = make_docx(tmp_path / "fields.docx", BODY + p("", runs=opened + "".join(r(char) for char in shown)))
    started = time.monotonic()
    text = read_word(path)
    assert time.monotonic() - started < 15  # (each run once looked through every open field: over a minute)
    assert text.paragraphs[-1].text == shown


def test_a_body_of_far_more_runs_than_characters_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_RUNS", 5000)
    empty = "".join(f'<w:r w:rsidR="{i:08X}"/>' for i in range(6000))
    assert "片段" in refusal(make_docx(tmp_path / "runs.docx", BODY + p("", runs=empty)))


def test_a_part_of_too_many_elements_is_refused_before_its_tree_is_built(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_XML_NODES", 20000)
    rnd = random.Random(1)
    junk = "".join(f'<w:r w:rsidR="{rnd.getrandbits(32):08X}"/>' for _ in range(12000))
    message = refusal(make_docx(tmp_path / "nodes.docx", BODY + p("", runs=junk)))
    assert "word/document.xml" in message and "元素和属性" in message


def test_a_part_under_the_count_is_read_as_ever(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_XML_NODES", 20000)
    assert read_word(make_docx(tmp_path / "small.docx", BODY)).paragraphs[0].text == "某某工作简报"


def test_a_part_naming_too_many_others_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_RELATIONSHIPS", 500)
    rels = "".join(f'<Relationship Id="rIdX{i}" Type="{RT}/image" Target="media/p{i}.png"/>' for i in range(600))
    message = refusal(make_docx(tmp_path / "rels.docx", BODY, doc_rels=rels))
    assert "word/_rels/document.xml.rels" in message and "关联部件" in message


def test_tens_of_thousands_of_empty_paragraphs_count_as_pages(tmp_path):
    lines = (limits.MAX_PAGES + 5) * limits.LINES_PER_PAGE
    message = refusal(make_docx(tmp_path / "lines.docx", BODY + "<w:p/>" * lines))
    assert "不像一期简报" in message and "段" in message


def test_a_tables_rows_count_as_lines_not_its_cells(tmp_path):
    row = "<w:tr>" + "<w:tc><w:p/></w:tc>" * 8 + "</w:tr>"
    rows = limits.MAX_PAGES * limits.LINES_PER_PAGE // 2  # half the page limit in rows, four times it in cells
    text = read_word(make_docx(tmp_path / "table.docx", BODY + f"<w:tbl>{row * rows}</w:tbl>"))
    assert text.paragraphs[0].text == "某某工作简报"
