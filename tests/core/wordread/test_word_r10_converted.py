"""Files LibreOffice converts for the reader, as other hands leave them: an RTF document
saved under .doc (WordPad's and OA systems' "Word" files, Chinese written as \\u escapes), an
old .doc under .docx and a .docx under .wps, an .odt with hidden sections and hidden text,
and an .odt with tracked changes."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.importing import read_file

LINES = ["某某工作简报", "第7期", "某某县应急管理局　　　　2024年3月5日", "【工作动态】",
         "3月1日，{\\b 县应急管理局}召开调度会。", "编辑：张三 审核：李四 签发：王五", "送：县委、县政府。"]


def rtf(lines: list[str]) -> str:
    def escaped(line: str) -> str:
        return "".join(f"\\u{ord(c) - 65536 if ord(c) > 32767 else ord(c)}?" if ord(c) > 127 else c for c in line)

    body = "".join(f"{{\\pard {escaped(line)}\\par}}\n" for line in lines)
    return "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}\n" + body + "}"


@pytest.mark.slow
def test_rtf_under_a_word_name_is_converted_and_read(soffice, tmp_path):
    path = tmp_path / "写字板另存.doc"
    path.write_text(rtf(LINES), encoding="ascii")
    result = read_file(path)
    issue = result.issue
    assert (issue.series, issue.number, issue.office, str(issue.date)) == ("某某工作简报", 7, "某某县应急管理局", "2024-03-05")
    assert [(e.date, e.unit, e.text) for _, e in issue.entries()] == [("3月1日", "县应急管理局", "3月1日，县应急管理局召开调度会。")]
    assert issue.signoff.signers == ["王五"]
    assert any("LibreOffice" in warning for warning in result.warnings)


@pytest.mark.slow
def test_an_old_word_file_named_docx_and_a_docx_named_wps(soffice, tmp_path):
    """OA systems hand out an old .doc under .docx and a .docx under .wps: each is read as
    what it is."""
    import shutil
    import subprocess

    from wordfiles import CLOSING, MASTHEAD, make_docx, p, r

    source = make_docx(tmp_path / "源.docx", MASTHEAD + p("【工作动态】")
                       + p("3月1日，", runs=r("县应急管理局", bold=True) + r("召开调度会。")) + CLOSING)
    subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless", "--convert-to", "doc",
                    "--outdir", str(tmp_path / "doc"), str(source)], check=True, capture_output=True, timeout=180)
    for path in (shutil.copy(tmp_path / "doc" / "源.doc", tmp_path / "旧版.docx"), shutil.copy(source, tmp_path / "新版.wps")):
        issue = read_file(path).issue
        assert [(e.date, e.unit) for _, e in issue.entries()] == [("3月1日", "县应急管理局")], path.name


def odt(path, body: str, styles: str = ""):
    import zipfile

    from test_word_r9_converted import ODF, STYLES

    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODF} '
               'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3">'
               f"{STYLES.replace('</office:automatic-styles>', styles + '</office:automatic-styles>')}"
               f"<office:body><office:text>{body}</office:text></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:'
                'xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type='
                '"application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" '
                'manifest:media-type="text/xml"/></manifest:manifest>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        package.writestr("content.xml", content)
        package.writestr("META-INF/manifest.xml", manifest)
    return path


HEAD = ("<text:p>某某工作简报</text:p><text:p>第7期</text:p><text:p>某某县应急管理局　　　　2024年3月5日</text:p>"
        "<text:p>【工作动态】</text:p>")
TAIL = "<text:p>编辑：张三 审核：李四 签发：王五</text:p><text:p>送：县委、县政府。</text:p>"
ENTRIES = [("3月1日", "县应急管理局", "3月1日，县应急管理局召开调度会。"), ("3月2日", "县住建局", "3月2日，县住建局检查工地12处。")]


@pytest.mark.slow
def test_an_odts_hidden_section_and_hidden_text_print_nothing(soffice, tmp_path):
    """A template's notes in a section LibreOffice hides (Format → Sections → Hide; its .docx
    export would show them) and words in a hidden character or paragraph style."""
    hidden_styles = ('<style:style style:name="H" style:family="text"><style:text-properties text:display="none"/>'
                     '</style:style><style:style style:name="P9" style:family="paragraph"><style:text-properties '
                     'text:display="none"/></style:style>')
    body = (HEAD + '<text:section text:name="填写说明" text:display="none"><text:p>填写说明：3月9日前报送，日期后写单位。</text:p>'
            '<text:section text:name="示例"><text:p>3月8日，某单位召开某会议。</text:p></text:section></text:section>'
            '<text:p text:style-name="P9">（本行为模板提示）</text:p>'
            '<text:p>3月1日，<text:span text:style-name="B">县应急管理局</text:span>召开调度会'
            '<text:span text:style-name="H">（待核）</text:span>。</text:p><text:section text:name="正文">'
            '<text:p>3月2日，<text:span text:style-name="B">县住建局</text:span>检查工地12处。</text:p></text:section>' + TAIL)
    issue = read_file(odt(tmp_path / "模板.odt", body, hidden_styles)).issue
    assert [(e.date, e.unit, e.text) for _, e in issue.entries()] == ENTRIES


@pytest.mark.slow
def test_an_odts_tracked_changes_read_as_accepted(soffice, tmp_path):
    info = '<office:change-info><dc:creator>李科员</dc:creator><dc:date>2024-03-04T10:00:00</dc:date></office:change-info>'
    changes = (f'<text:tracked-changes text:track-changes="true"><text:changed-region xml:id="ct1" text:id="ct1"><text:deletion>'
               f'{info}<text:p>县安监局</text:p></text:deletion></text:changed-region><text:changed-region xml:id="ct2" '
               f'text:id="ct2"><text:insertion>{info}</text:insertion></text:changed-region></text:tracked-changes>')
    body = (changes + HEAD + '<text:p>3月1日，<text:change text:change-id="ct1"/><text:change-start text:change-id="ct2"/>'
            '<text:span text:style-name="B">县应急管理局</text:span><text:change-end text:change-id="ct2"/>召开调度会。</text:p>'
            '<text:p>3月2日，<text:span text:style-name="B">县住建局</text:span>检查工地12处。</text:p>' + TAIL)
    result = read_file(odt(tmp_path / "修订.odt", body))
    assert [(e.date, e.unit, e.text) for _, e in result.issue.entries()] == ENTRIES
    assert any("修订" in warning for warning in result.warnings)
