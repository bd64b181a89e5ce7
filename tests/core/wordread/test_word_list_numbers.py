"""List numbers written by other programs: a value Word would never write (a start of
"abc", a level "x", a start of a trillion, a number text of many thousand characters) is
read as if absent, quickly, and the rest of the file is read as usual."""
import time

import pytest

from bulletin_desktop.core.importing import read_file
from bulletin_desktop.core.wordread import read_word
from bulletin_desktop.core.wordread.numbering import Numbering
from bulletin_desktop.core.wordread.ns import safe_parser
from lxml import etree

from wordfiles import CLOSING, MASTHEAD, W_NS, make_docx, p, r


def _numbering(levels: str, num: str = '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>') -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="{W_NS}">'
            f'<w:abstractNum w:abstractNumId="0">{levels}</w:abstractNum>{num}</w:numbering>')


def _level(*, ilvl: str = "0", start: str = "1", fmt: str = "chineseCounting", text: str = "%1、") -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:suff w:val="nothing"/></w:lvl>')


def _numbered(title: str, ilvl: str = "0") -> str:
    return p(title, extra_ppr=f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="1"/></w:numPr>')


def _issue_with_numbered_sections(tmp_path, numbering: str, ilvl: str = "0"):
    body = (MASTHEAD + _numbered("工作动态", ilvl) + p("3月1日，", runs=r("县应急管理局", bold=True) + r("召开安全生产工作会议。"))
            + _numbered("督导检查", ilvl) + p("3月2日，", runs=r("县住建局", bold=True) + r("开展建筑施工安全检查。")) + CLOSING)
    return read_file(make_docx(tmp_path / "简报.docx", body, numbering=numbering)).issue


@pytest.mark.parametrize("levels, num", [
    (_level(start="abc"), None),  # not a number
    (_level(start="9" * 5000), None),  # past Python's limit for converting digits
    (_level(ilvl="x") + _level(), None),  # a level that is no level, beside a good one
    (_level(), '<w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="x">'
               '<w:startOverride w:val="1"/></w:lvlOverride></w:num>'),
    (_level(), '<w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">'
               '<w:startOverride w:val="-4"/></w:lvlOverride></w:num>'),
])
def test_a_value_word_never_writes_is_read_as_absent(tmp_path, levels, num):
    numbering = _numbering(levels, num) if num else _numbering(levels)
    issue = _issue_with_numbered_sections(tmp_path, numbering)
    assert [s.title for s in issue.sections] == ["工作动态", "督导检查"]
    assert [e.unit for s in issue.sections for e in s.entries] == ["县应急管理局", "县住建局"]


def test_a_paragraph_level_that_is_no_number_reads_its_text(tmp_path):
    issue = _issue_with_numbered_sections(tmp_path, _numbering(_level()), ilvl="abc")
    assert [s.title for s in issue.sections] == ["工作动态", "督导检查"]


@pytest.mark.parametrize("fmt", ["upperRoman", "lowerLetter", "chineseCounting", "decimal"])
def test_a_start_of_a_trillion_costs_no_time(tmp_path, fmt):
    """A roman numeral or a letter run of a trillion would take hours or all the memory;
    Word starts a list at 32767 at most."""
    numbering = _numbering(_level(start=str(10 ** 12), fmt=fmt, text="%1."))
    body = MASTHEAD + p("【工作动态】") + "".join(_numbered(f"3月{day}日，县应急管理局开展检查。") for day in (1, 2))
    started = time.perf_counter()
    texts = [para.text for para in read_word(make_docx(tmp_path / "简报.docx", body, numbering=numbering)).paragraphs]
    assert time.perf_counter() - started < 5
    assert [t for t in texts if "开展检查" in t] == [f"{n}3月{day}日，县应急管理局开展检查。" for n, day in
                                                  ((format_first(fmt, 1), 1), (format_first(fmt, 2), 2))]


def format_first(fmt: str, n: int) -> str:
    return {"upperRoman": "I II".split(), "lowerLetter": ["a", "b"], "chineseCounting": ["一", "二"],
            "decimal": ["1", "2"]}[fmt][n - 1] + "."


def test_a_number_text_of_many_thousand_characters_draws_no_number(tmp_path):
    numbering = _numbering(_level(text="条" * 300_000))
    body = MASTHEAD + p("【工作动态】") + "".join(_numbered(f"3月{day}日，县应急管理局开展检查。") for day in range(1, 9))
    texts = [para.text for para in read_word(make_docx(tmp_path / "简报.docx", body, numbering=numbering)).paragraphs]
    assert [t for t in texts if "开展检查" in t] == [f"3月{day}日，县应急管理局开展检查。" for day in range(1, 9)]


def test_zero_padding_of_thousands_of_digits_is_read_as_plain_numbers():
    levels = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><mc:AlternateContent '
              'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
              'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><mc:Choice Requires="w14">'
              f'<w:numFmt w:val="custom" w:format="{"0" * 5000}1, ..."/></mc:Choice><mc:Fallback>'
              '<w:numFmt w:val="decimal"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val="%1．"/>'
              '<w:suff w:val="nothing"/></w:lvl>')
    numbering = Numbering(etree.fromstring(_numbering(levels).encode(), safe_parser()))
    assert [numbering.label("1", 0) for _ in range(2)] == ["1．", "2．"]


def test_word_s_own_zero_padding_is_kept():
    levels = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><mc:AlternateContent '
              'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
              'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><mc:Choice Requires="w14">'
              '<w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice><mc:Fallback>'
              '<w:numFmt w:val="decimal"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val="%1．"/>'
              '<w:suff w:val="nothing"/></w:lvl>')
    numbering = Numbering(etree.fromstring(_numbering(levels).encode(), safe_parser()))
    assert numbering.label("1", 0) == "001．"
