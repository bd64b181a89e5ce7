"""Word files built by hand for the reader's tests: raw WordprocessingML in a zip, so every
trap (text boxes with a VML fallback, revisions, fields, numbering, renamed parts) is
exactly what Word writes and nothing else."""
from __future__ import annotations

import zipfile
from pathlib import Path

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NAMESPACES = (
    f'xmlns:w="{W_NS}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'mc:Ignorable="wps"'
)
RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MAIN_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def p(text: str = "", *, style: str | None = None, bold: bool = False, extra_ppr: str = "", runs: str = "") -> str:
    ppr = ""
    if style or extra_ppr:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") + extra_ppr + "</w:pPr>"
    return f"<w:p>{ppr}{r(text, bold=bold) if text else ''}{runs}</w:p>"


def r(text: str, *, bold: bool = False, style: str | None = None) -> str:
    rpr = ""
    if bold or style:
        rpr = "<w:rPr>" + (f'<w:rStyle w:val="{style}"/>' if style else "") + ("<w:b/>" if bold else "") + "</w:rPr>"
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


def br() -> str:
    return "<w:r><w:br/></w:r>"


def table(rows: list[list[str]]) -> str:
    """Each cell is a list of paragraphs' XML joined, or plain text."""
    body = "".join(
        "<w:tr>" + "".join(f"<w:tc>{cell if cell.startswith('<w:p') else p(cell)}</w:tc>" for cell in row) + "</w:tr>"
        for row in rows
    )
    return f"<w:tbl><w:tblPr/>{body}</w:tbl>"


def text_box(paragraphs: str, *, fallback_paragraphs: str | None = None, anchor: bool = True) -> str:
    """A DrawingML text box with the VML fallback Word writes beside it (same text)."""
    fallback = paragraphs if fallback_paragraphs is None else fallback_paragraphs
    frame = "wp:anchor" if anchor else "wp:inline"
    return (
        "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
        f"<{frame}><wp:extent cx=\"100\" cy=\"100\"/><a:graphic><a:graphicData "
        "uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:txbx>"
        f"<w:txbxContent>{paragraphs}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic>"
        f"</{frame}></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>"
        f"<w:txbxContent>{fallback}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )


def image_run(rel_id: str = "rIdImg") -> str:
    return (
        "<w:r><w:drawing><wp:inline><wp:extent cx=\"100\" cy=\"100\"/><a:graphic><a:graphicData "
        "uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic><pic:blipFill>"
        f"<a:blip r:embed=\"{rel_id}\"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline>"
        "</w:drawing></w:r>"
    )


STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W_NS}">
<w:docDefaults><w:rPrDefault><w:rPr/></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
  <w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>
  <w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Lead"><w:name w:val="Lead"/><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="LeadChild"><w:name w:val="Lead child"/><w:basedOn w:val="Lead"/></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style>
<w:style w:type="character" w:styleId="UnitChar"><w:name w:val="报送单位"/><w:basedOn w:val="StrongBase"/></w:style>
<w:style w:type="character" w:styleId="StrongBase"><w:name w:val="Strong base"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="NumberedHeading"><w:name w:val="栏目编号"/><w:basedOn w:val="Normal"/>
  <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
</w:styles>"""

NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="{W_NS}">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>
  <w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="●"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>"""

MASTHEAD = p("某某工作简报") + p("第7期") + p("某某县应急管理局　　　　2024年3月5日")
CLOSING = p("编辑：张三 审核：李四 签发：王五") + p("送：县委、县政府。") + p("发：各乡镇。")


def make_docx(path: Path, body: str, *, main: str = "word/document.xml", styles: str | None = STYLES,
              numbering: str | None = None, doc_rels: str = "", parts: dict[str, bytes | str] | None = None,
              content_types: str = "", package_rels_extra: str = "", main_type: str = MAIN_CT,
              sect_pr: str = "<w:sectPr/>") -> Path:
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NAMESPACES}>'
                f"<w:body>{body}{sect_pr}</w:body></w:document>")
    main_dir, main_name = main.rsplit("/", 1)
    rels = doc_rels
    overrides = f'<Override PartName="/{main}" ContentType="{main_type}"/>'
    files: dict[str, bytes | str] = {main: document}
    if styles is not None:
        files[f"{main_dir}/styles.xml"] = styles
        rels += f'<Relationship Id="rIdStyles" Type="{RT}/styles" Target="styles.xml"/>'
        overrides += (f'<Override PartName="/{main_dir}/styles.xml" ContentType="application/'
                      'vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>')
    if numbering is not None:
        files[f"{main_dir}/numbering.xml"] = numbering
        rels += f'<Relationship Id="rIdNumbering" Type="{RT}/numbering" Target="numbering.xml"/>'
        overrides += (f'<Override PartName="/{main_dir}/numbering.xml" ContentType="application/'
                      'vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>')
    files[f"{main_dir}/_rels/{main_name}.rels"] = f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{RELS_NS}">{rels}</Relationships>'
    files["_rels/.rels"] = (f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{RELS_NS}">'
                            f'<Relationship Id="rId1" Type="{RT}/officeDocument" Target="{main}"/>{package_rels_extra}</Relationships>')
    files["[Content_Types].xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>'
        f"{overrides}{content_types}</Types>"
    )
    files.update(parts or {})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in files.items():
            package.writestr(name, data)
    return path
