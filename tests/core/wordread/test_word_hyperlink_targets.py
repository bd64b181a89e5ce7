"""A hyperlink's relationship names an address, not a part of the file, even when the
program that wrote it left out its external mode (#_top, NULL): nothing is missing."""
import pytest

from bulletin_desktop.core.wordread import read_word

from wordfiles import CLOSING, MASTHEAD, RT, make_docx, p, r


@pytest.mark.parametrize("target", ["#_top", "NULL", "http://www.example.gov.cn/a.html"])
def test_a_hyperlink_without_its_external_mode_is_no_missing_part(tmp_path, target):
    link = '<w:hyperlink r:id="rIdLink"><w:r><w:rPr><w:b/></w:rPr><w:t>县应急局</w:t></w:r></w:hyperlink>'
    body = MASTHEAD + p("【工作动态】") + p("3月1日，", runs=link + r("召开会议。")) + CLOSING
    path = make_docx(tmp_path / "link.docx", body,
                     doc_rels=f'<Relationship Id="rIdLink" Type="{RT}/hyperlink" Target="{target}"/>')
    text = read_word(path)
    assert "3月1日，县应急局召开会议。" in [p.text for p in text.paragraphs]
    assert not any("不完整" in w for w in text.warnings)


def test_a_picture_the_file_lacks_is_still_missing(tmp_path):
    body = MASTHEAD + p("【工作动态】") + p("内容。") + CLOSING
    path = make_docx(tmp_path / "gone.docx", body,
                     doc_rels=f'<Relationship Id="rIdPic" Type="{RT}/image" Target="NULL"/>')
    assert any("1 个部件" in w for w in read_word(path).warnings)
