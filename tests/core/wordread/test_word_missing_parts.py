"""A package whose relationships name parts it does not hold (an image a mail gateway took
out, a header a generator named but never wrote, a target outside the package), or whose
styles, numbering or header part has broken XML, is read as Word recovers it: the rest of
the text, with a note that the file is incomplete or damaged."""
import pytest

from bulletin_desktop.core.importing import read_file
from bulletin_desktop.core.recognise import BulletinFormatError

from wordfiles import CLOSING, MASTHEAD, NUMBERING, RT, STYLES, W_NS, image_run, make_docx, p, r

ENTRY = p("3月1日，", runs=r("县应急管理局", bold=True) + r("召开安全生产工作会议。"))
BODY = MASTHEAD + p("【工作动态】") + ENTRY + p("", runs=image_run("rIdImg")) + CLOSING


def _read(tmp_path, body=BODY, rels="", sect_pr="<w:sectPr/>"):
    return read_file(make_docx(tmp_path / "简报.docx", body, doc_rels=rels, sect_pr=sect_pr))


def _assert_read(imported):
    issue = imported.issue
    assert (issue.series, issue.number) == ("某某工作简报", 7)
    assert [(e.date, e.unit) for s in issue.sections for e in s.entries] == [("3月1日", "县应急管理局")]
    assert issue.signoff.signers == ["王五"]
    assert any("1 个部件" in w and "缺失" in w for w in imported.warnings), imported.warnings


def test_an_image_the_file_lacks(tmp_path):
    imported = _read(tmp_path, rels=f'<Relationship Id="rIdImg" Type="{RT}/image" Target="media/image1.png"/>')
    _assert_read(imported)
    assert any("图片" in w for w in imported.warnings)


def test_a_header_the_file_lacks(tmp_path):
    imported = _read(tmp_path, rels=f'<Relationship Id="rIdH" Type="{RT}/header" Target="header1.xml"/>',
                     sect_pr='<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/></w:sectPr>')
    _assert_read(imported)


@pytest.mark.parametrize("target", ["../../../etc/passwd", "/etc/passwd"])
def test_a_target_outside_the_package(tmp_path, target):
    _assert_read(_read(tmp_path, rels=f'<Relationship Id="rIdImg" Type="{RT}/image" Target="{target}"/>'))


def test_a_whole_file_has_no_such_note(tmp_path):
    assert not any("缺失" in w for w in read_file(make_docx(tmp_path / "简报.docx", MASTHEAD + p("【工作动态】") + ENTRY + CLOSING)).warnings)


def test_a_file_without_its_main_document_is_still_refused(tmp_path):
    path = make_docx(tmp_path / "简报.docx", BODY, main="word/document.xml")
    import zipfile

    broken = tmp_path / "缺正文.docx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(broken, "w") as target:
        for item in source.infolist():
            if item.filename != "word/document.xml":
                target.writestr(item, source.read(item.filename))
    with pytest.raises(BulletinFormatError) as caught:
        read_file(broken)
    assert "缺少文档正文部分" in caught.value.message


@pytest.mark.parametrize("broken", ["styles", "numbering", "header"])
def test_a_part_with_broken_xml_is_read_as_absent(tmp_path, broken):
    cut = {"styles": STYLES[:-40], "numbering": NUMBERING[:-30], "header": f'<w:hdr xmlns:w="{W_NS}"><w:p>'}
    path = make_docx(tmp_path / "简报.docx", MASTHEAD + p("【工作动态】") + ENTRY + CLOSING,
                     styles=cut["styles"] if broken == "styles" else STYLES,
                     numbering=cut["numbering"] if broken == "numbering" else NUMBERING,
                     doc_rels=f'<Relationship Id="rIdH" Type="{RT}/header" Target="header1.xml"/>',
                     parts={"word/header1.xml": cut["header"] if broken == "header" else f'<w:hdr xmlns:w="{W_NS}"/>'},
                     sect_pr='<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/></w:sectPr>')
    imported = read_file(path)
    assert [(e.date, e.unit) for s in imported.issue.sections for e in s.entries] == [("3月1日", "县应急管理局")]
    assert any("1 个部件" in w and "已损坏" in w for w in imported.warnings), imported.warnings


def test_a_doctype_in_a_part_besides_the_main_document_is_still_refused(tmp_path):
    styles = STYLES.replace("<w:styles", '<!DOCTYPE w:styles [<!ENTITY x "y">]><w:styles', 1)
    with pytest.raises(BulletinFormatError) as caught:
        read_file(make_docx(tmp_path / "简报.docx", MASTHEAD + ENTRY, styles=styles))
    assert "DOCTYPE" in caught.value.message
