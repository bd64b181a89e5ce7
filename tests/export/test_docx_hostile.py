"""Text no bulletin should contain still exports to a valid .docx."""
import datetime as dt
import io

import docx
import pytest
from lxml import etree

from bulletin_desktop.core.model import Article, DistributionLine, Issue, Item, Section, Signoff, Special, item
from bulletin_desktop.core.richtext import Run
from bulletin_desktop.export.docx.writer import docx_bytes, write_docx

from docx_readback import have_libreoffice, pdftotext, parts

CONTROLS = "".join(chr(c) for c in range(0x20) if chr(c) not in "\t\n\r")
LONG = "很长的条目，" * 8000  # 48,000 characters in one paragraph


@pytest.fixture
def hostile():
    nasty = f'<w:p>&amp; "引号" \'单引号\' ]]> {CONTROLS} \ufffe\uffff 结束'
    return Issue(
        series=f"<简报>&{CONTROLS}",
        number=7,
        date=dt.date(2024, 2, 29),
        office="办公室 & <局>",
        special=Special("专刊\x00<>", 1),
        sections=[
            Section("空栏目", []),
            Section("<栏目>&", [
                item(nasty),
                item("11月5日，" + LONG),
                Item(body=(Run("**整段加粗**&", True),)),
                Article("", []),
                Article("标题\x0b<>", [(Run("  前后空格  "),), (Run("制表\t换行\n回车\r"),), ()]),
            ]),
            Section("", [item("")]),
        ],
        signoff=Signoff(["<编辑>"], ["\x01审核"], []),
        distribution=[DistributionLine("送", "&" * 3000), DistributionLine("<发>", "")],
    )


def test_hostile_issue_exports_to_valid_docx(hostile, tmp_path):
    path = tmp_path / "hostile.docx"
    write_docx(hostile, path)
    for name, data in parts(path.read_bytes()).items():
        if name.endswith((".xml", ".rels")):
            etree.fromstring(data)  # strict XML 1.0 parser: raises on anything invalid
            assert not any(ch in data.decode("utf-8") for ch in CONTROLS), name
    document = docx.Document(str(path))
    text = "\n".join(p.text for p in document.paragraphs)
    assert '<w:p>&amp; "引号" \'单引号\' ]]>' in text
    assert "<简报>&" in text and "办公室 & <局>" in text
    assert LONG in text
    assert "  前后空格  " in text  # spaces kept
    assert "制表\t换行\n回车\n" in text
    assert "**整段加粗**&" in text
    cells = [c.text for row in document.tables[0].rows for c in row.cells]
    assert cells[0] == "编辑：<编辑>  审核：审核" and cells[1] == "送：" + "&" * 3000


def test_empty_issue_exports(tmp_path):
    issue = Issue("", 0, dt.date(2024, 1, 1))
    data = docx_bytes(issue)
    etree.fromstring(parts(data)["word/document.xml"])
    assert docx.Document(io.BytesIO(data)).paragraphs[0].text == ""


@pytest.mark.slow
@pytest.mark.skipif(not have_libreoffice(), reason="LibreOffice and poppler are needed")
def test_hostile_issue_converts_to_pdf(hostile, tmp_path):
    from bulletin_desktop.export.pdf import write_pdf

    hostile.sections[1].entries[1] = item("11月5日，" + "很长的条目，" * 800)
    path = tmp_path / "hostile.pdf"
    write_pdf(hostile, path)
    text = pdftotext(path)
    assert "<简报>&" in text and "办公室 & <局>" in text
