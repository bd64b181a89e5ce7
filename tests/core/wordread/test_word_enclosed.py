"""Word's 带圈字符 (enclosed characters) are EQ fields that save no result: what they print
is drawn from their code, so the reader takes the characters from it."""
from __future__ import annotations

from bulletin_desktop.core.wordread import read_word
from bulletin_desktop.core.wordread.fields import saved_nothing_prints
from wordfiles import make_docx, p, r


def field(*code: str, result: str | None = None) -> str:
    runs = '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
    runs += "".join(f'<w:r><w:instrText xml:space="preserve">{part}</w:instrText></w:r>' for part in code)
    if result is not None:
        runs += '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + r(result)
    return runs + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'


def test_an_enclosed_number_reads_as_the_circled_number(tmp_path):
    body = p("重点检验", runs=field(" eq \\o\\ac(", "○", ",", "1", ")") + r("信息报告；") + field("EQ \\o\\ac(○,12)") + r("现场处置。"))
    assert [par.text for par in read_word(make_docx(tmp_path / "t.docx", body)).paragraphs] == ["重点检验①信息报告；⑫现场处置。"]


def test_a_character_enclosed_in_another_shape_reads_as_itself():
    assert saved_nothing_prints(" eq \\o\\ac(□,注)") == "注"
    assert saved_nothing_prints("eq \\o\\ac(○,36)") == "㊱"


def test_a_field_with_a_saved_result_prints_only_that(tmp_path):
    body = p("日期：", runs=field(' DATE \\@ "yyyy年M月d日" ', result="2024年3月5日") + field(' XE "索引" '))
    assert [par.text for par in read_word(make_docx(tmp_path / "t.docx", body)).paragraphs] == ["日期：2024年3月5日"]


def test_an_enclosed_digit_that_is_no_number_reads_as_itself():
    """(² and a number of thousands of digits are digits Python's int() refuses or cannot
    convert: the field reads as its characters, not as an error)"""
    assert saved_nothing_prints(r"eq \o\ac(○,²)") == "²"
    assert saved_nothing_prints(r"eq \o\ac(○," + "1" * 5000 + ")") == "1" * 5000
