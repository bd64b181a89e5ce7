"""Word files as other programs and templates leave them, each read as the bulletin it prints:
Word's compatibility mode, a protected document, a macro-enabled document and a template,
custom XML parts and a glossary of building blocks (neither is text of the issue), a page
laid out in one table, a two-column section, entries with Shift+Enter between them, a
second list restarted in each section; a presentation under a Word name is refused as one."""
from __future__ import annotations

import zipfile

import pytest

from bulletin_desktop.core.importing import read_file
from bulletin_desktop.core.recognise import BulletinFormatError
from wordread.wordfiles import CLOSING, MASTHEAD, RT, W_NS, make_docx, p

B = "<w:b/>"


def run(text: str, props: str = "") -> str:
    return f'<w:r>{"<w:rPr>" + props + "</w:rPr>" if props else ""}<w:t xml:space="preserve">{text}</w:t></w:r>'


def para(*runs: str, ppr: str = "") -> str:
    return f'<w:p>{"<w:pPr>" + ppr + "</w:pPr>" if ppr else ""}{"".join(runs)}</w:p>'


def entry(date: str, unit: str, rest: str, ppr: str = "") -> str:
    return para(run(date + "，"), run(unit, B), run(rest), ppr=ppr)


FIRST, SECOND = entry("5月6日", "县林业局", "开展森林防火巡查。"), entry("5月7日", "县水利局", "检查水库3座。")
WANT = [("5月6日", "县林业局", "5月6日，县林业局开展森林防火巡查。"), ("5月7日", "县水利局", "5月7日，县水利局检查水库3座。")]
SETTINGS = f"{RT}/settings"


def entries(issue):
    return [(e.date, e.unit, e.text) for _, e in issue.entries()]


def _settings(inner: str) -> dict:
    return dict(doc_rels=f'<Relationship Id="rIdSet" Type="{SETTINGS}" Target="settings.xml"/>',
                parts={"word/settings.xml": f'<?xml version="1.0" encoding="UTF-8"?><w:settings xmlns:w="{W_NS}">{inner}</w:settings>'})


def _custom_xml() -> dict:
    item = '<?xml version="1.0"?><oa:doc xmlns:oa="urn:oa"><oa:title>元数据标题不是正文</oa:title></oa:doc>'
    return dict(doc_rels=f'<Relationship Id="rIdCx" Type="{RT}/customXml" Target="../customXml/item1.xml"/>',
                parts={"customXml/item1.xml": item})


def _glossary() -> dict:
    glossary = (f'<?xml version="1.0"?><w:glossaryDocument xmlns:w="{W_NS}"><w:docParts><w:docPart><w:docPartBody>'
                f'{p("5月9日，文档部件里的模板文字。")}</w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>')
    return dict(doc_rels=f'<Relationship Id="rIdG" Type="{RT}/glossaryDocument" Target="glossary/document.xml"/>',
                parts={"word/glossary/document.xml": glossary})


BODY = MASTHEAD + p("【工作动态】") + FIRST + SECOND + CLOSING
CASES = {
    "compatibility mode": ("兼容模式.docx", BODY, _settings(
        '<w:compat><w:useFELayout/><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="11"/></w:compat>')),
    "protected": ("限制编辑.docx", BODY, _settings('<w:writeProtection w:recommended="1"/><w:documentProtection w:edit="readOnly" w:enforcement="1"/>')),
    "macro-enabled": ("宏.docm", BODY, dict(main_type="application/vnd.ms-word.document.macroEnabled.main+xml")),
    "template": ("模板.dotx", BODY, dict(main_type="application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml")),
    "custom xml": ("自定义.docx", '<w:customXml w:uri="urn:oa" w:element="body">' + BODY + "</w:customXml>", _custom_xml()),
    "glossary": ("部件.docx", BODY, _glossary()),
    "page in a table": ("整页表格.docx", "<w:tbl><w:tblPr/>" + "".join(
        f"<w:tr><w:tc>{cell}</w:tc></w:tr>" for cell in (MASTHEAD, p("【工作动态】") + FIRST + SECOND, CLOSING)) + "</w:tbl>" + p(""), {}),
    "two columns": ("分栏.docx", MASTHEAD + para(run("【工作动态】"), ppr='<w:sectPr><w:type w:val="continuous"/></w:sectPr>') + FIRST
                    + entry("5月7日", "县水利局", "检查水库3座。", ppr='<w:sectPr><w:type w:val="continuous"/><w:cols w:num="2"/></w:sectPr>')
                    + CLOSING, {}),
    "shift enter": ("软回车.docx", MASTHEAD + p("【工作动态】") + para(run("5月6日，"), run("县林业局", B), run("开展森林防火巡查。"),
                                                                    "<w:r><w:br/></w:r>", run("5月7日，"), run("县水利局", B),
                                                                    run("检查水库3座。")) + CLOSING, {}),
}


@pytest.mark.parametrize("case", list(CASES))
def test_read_as_the_bulletin_it_prints(tmp_path, case):
    name, body, extra = CASES[case]
    issue = read_file(make_docx(tmp_path / name, body, **extra)).issue
    assert (issue.series, issue.number, str(issue.date)) == ("某某工作简报", 7, "2024-03-05")
    assert entries(issue) == WANT
    assert issue.distribution


def test_a_list_restarted_in_each_section_numbers_from_one_again(tmp_path):
    numbering = (f'<?xml version="1.0"?><w:numbering xmlns:w="{W_NS}"><w:abstractNum w:abstractNumId="5"><w:lvl w:ilvl="0">'
                 '<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1．"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="5"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="5"/>'
                 '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num></w:numbering>')

    def numbered(num: int, date: str, unit: str) -> str:
        return entry(date, unit, "开展检查。", ppr=f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>')

    body = (MASTHEAD + p("【工作动态】") + numbered(1, "5月6日", "县林业局") + numbered(1, "5月7日", "县水利局")
            + p("【基层信息】") + numbered(2, "5月8日", "城关镇") + numbered(2, "5月9日", "孟庙镇") + CLOSING)
    issue = read_file(make_docx(tmp_path / "编号.docx", body, numbering=numbering)).issue
    assert [(e.mark, e.unit) for _, e in issue.entries()] == [("1．", "县林业局"), ("2．", "县水利局"), ("1．", "城关镇"), ("2．", "孟庙镇")]


def test_a_presentation_under_a_word_name_is_refused_as_one(tmp_path):
    path = tmp_path / "汇报.docx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                         '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/></Types>')
        package.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                         f'<Relationship Id="rId1" Type="{RT}/officeDocument" Target="ppt/presentation.xml"/></Relationships>')
        package.writestr("ppt/presentation.xml", '<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>')
    with pytest.raises(BulletinFormatError) as refused:
        read_file(path)
    assert refused.value.message == "汇报.docx：这不是 Word 文件，而是PowerPoint 演示文稿（只是扩展名写成了 .docx）。"
