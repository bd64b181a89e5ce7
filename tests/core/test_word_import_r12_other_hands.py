"""Word files as other hands make them: white text left in as an editor's reminder (it prints
nothing on white paper, so it is not imported, and the clerk is told), while white text on
something filled (a masthead's band, a shaded paragraph, a table cell, a coloured page) is
read as printed; a template that prints the 期号 and date in the page header under a name
the body opens with; a workbook sent under a Word name."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.importing import read_file
from bulletin_desktop.core.recognise import BulletinFormatError
from wordread.wordfiles import CLOSING, MASTHEAD, RT, STYLES, W_NS, make_docx, p

B = "<w:b/>"
WHITE = '<w:color w:val="FFFFFF"/>'


def run(text: str, props: str = "") -> str:
    return f'<w:r>{"<w:rPr>" + props + "</w:rPr>" if props else ""}<w:t xml:space="preserve">{text}</w:t></w:r>'


def para(*runs: str, ppr: str = "") -> str:
    return f'<w:p>{"<w:pPr>" + ppr + "</w:pPr>" if ppr else ""}{"".join(runs)}</w:p>'


def entry(date: str, unit: str, rest: str, *after: str) -> str:
    return para(run(date + "，"), run(unit, B), run(rest), *after)


PICTURE = {"word/media/image1.png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 64}
PICTURE_REL = f'<Relationship Id="rIdImg" Type="{RT}/image" Target="media/image1.png"/>'
ENTRIES = entry("4月8日", "市场监管局", "抽查餐饮单位23家。") + entry("4月9日", "交通运输局", "检查客运站2处。")


def texts(issue) -> list[str]:
    return [e.text for _, e in issue.entries()]


def everything(imported) -> str:
    issue = imported.issue
    return "\n".join([issue.series, *texts(issue), *(line.text for line in issue.distribution)])


@pytest.mark.parametrize("reminder", [
    run("（此条请分管领导审定）", WHITE),
    run("（此条请分管领导审定）", '<w:color w:val="ffffff" w:themeColor="background1"/>'),
    run("（此条请分管领导审定）", '<w:rStyle w:val="Reminder"/>'),  # white by its character style
], ids=["direct", "theme", "style"])
def test_white_text_on_the_white_page_is_not_imported(tmp_path, reminder):
    styles = STYLES.replace("</w:styles>", '<w:style w:type="character" w:styleId="Reminder"><w:name w:val="编辑提示"/>'
                                           f'<w:rPr>{WHITE}</w:rPr></w:style></w:styles>')
    body = (MASTHEAD + p("【工作动态】") + entry("4月8日", "市场监管局", "抽查餐饮单位23家。", reminder)
            + entry("4月9日", "交通运输局", "检查客运站2处。") + para(run("送：×××、×××。", WHITE)) + CLOSING)
    imported = read_file(make_docx(tmp_path / "白字.docx", body, styles=styles))
    assert texts(imported.issue) == ["4月8日，市场监管局抽查餐饮单位23家。", "4月9日，交通运输局检查客运站2处。"]
    assert "审定" not in everything(imported) and "×××" not in everything(imported)
    assert "2 段中有白色的文字（印在白纸上看不见，多是编辑留下的备注），未导入。" in imported.warnings


BAND_STYLES = STYLES.replace("</w:styles>",
    '<w:style w:type="paragraph" w:styleId="Band"><w:name w:val="报头红底"/><w:basedOn w:val="Normal"/>'
    '<w:pPr><w:shd w:val="clear" w:color="auto" w:fill="C00000"/></w:pPr></w:style>'
    '<w:style w:type="character" w:styleId="BandText"><w:name w:val="红底白字"/>'
    f'<w:rPr>{WHITE}<w:shd w:val="solid" w:color="C00000" w:fill="FFFFFF"/></w:rPr></w:style></w:styles>')


@pytest.mark.parametrize("where", ["run shading", "solid pattern", "highlight", "paragraph shading", "paragraph style",
                                   "character style", "table cell", "page colour", "picture behind", "vml behind"])
def test_white_text_on_something_filled_is_read(tmp_path, where):
    name_props = {"run shading": WHITE + '<w:shd w:val="clear" w:color="auto" w:fill="C00000"/>',
                  "solid pattern": WHITE + '<w:shd w:val="solid" w:color="C00000" w:fill="auto"/>',
                  "highlight": WHITE + '<w:highlight w:val="red"/>',
                  "character style": '<w:rStyle w:val="BandText"/>'}.get(where, WHITE)
    ppr = {"paragraph shading": '<w:shd w:val="clear" w:color="auto" w:fill="C00000"/>',
           "paragraph style": '<w:pStyle w:val="Band"/>'}.get(where, "")
    name = para(run("某某工作简报", name_props), ppr=ppr)
    if where == "picture behind":  # a red band placed behind the text (衬于文字下方)
        name = para('<w:r><w:drawing><wp:anchor behindDoc="1" distT="0" distB="0" distL="0" distR="0" simplePos="0" '
                    'relativeHeight="2" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
                    '<wp:positionH relativeFrom="page"><wp:posOffset>0</wp:posOffset></wp:positionH>'
                    '<wp:positionV relativeFrom="page"><wp:posOffset>0</wp:posOffset></wp:positionV>'
                    '<wp:extent cx="7560000" cy="1200000"/><wp:wrapNone/><wp:docPr id="9" name="图片 9"/><a:graphic>'
                    '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill>'
                    '<a:blip r:embed="rIdImg"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>',
                    run("某某工作简报", WHITE))
    elif where == "vml behind":
        name = para('<w:r><w:pict><v:rect style="position:absolute;width:595pt;height:90pt;z-index:-251658240" '
                    'fillcolor="#c00000" stroked="f"/></w:pict></w:r>', run("某某工作简报", WHITE))
    if where == "table cell":
        name = f'<w:tbl><w:tblPr/><w:tr><w:tc><w:tcPr><w:shd w:val="clear" w:fill="C00000"/></w:tcPr>{name}</w:tc></w:tr></w:tbl>'
    body = name + p("第7期") + p("某某县应急管理局　　　　2024年3月5日") + p("【工作动态】") + ENTRIES + CLOSING
    path = make_docx(tmp_path / "红底白字.docx", body, styles=BAND_STYLES, doc_rels=PICTURE_REL, parts=PICTURE)
    if where == "page colour":
        import zipfile

        with zipfile.ZipFile(path) as package:
            parts = {n: package.read(n) for n in package.namelist()}
        parts["word/document.xml"] = parts["word/document.xml"].replace(b"<w:body>", b'<w:background w:color="1F3864"/><w:body>')
        with zipfile.ZipFile(path, "w") as package:
            for n, data in parts.items():
                package.writestr(n, data)
    imported = read_file(path)
    assert (imported.issue.series, imported.issue.number) == ("某某工作简报", 7)
    assert not any("白色" in warning for warning in imported.warnings)


def _header(text: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="{W_NS}">{p(text)}</w:hdr>'


HEADER_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"


@pytest.mark.parametrize("name_lines, first_page", [(["某某工作简报"], False), (["某某县", "安全生产工作简报"], False),
                                                      (["某某工作简报"], True)])
def test_the_number_and_date_in_the_page_header_under_the_name_in_the_body(tmp_path, name_lines, first_page):
    # (a first-page header of its own holds them where the other pages' header says 内部资料)
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/>'
            + ('<w:headerReference w:type="first" r:id="rIdH2"/><w:titlePg/>' if first_page else "") + "</w:sectPr>")
    number_line = "第7期　　　　某某县应急管理局　　　　2024年3月5日"
    body = "".join(p(line) for line in name_lines) + p("【工作动态】") + ENTRIES + CLOSING
    path = make_docx(tmp_path / "页眉期号.docx", body, sect_pr=sect,
                     doc_rels=(f'<Relationship Id="rIdH1" Type="{RT}/header" Target="header1.xml"/>'
                               f'<Relationship Id="rIdH2" Type="{RT}/header" Target="header2.xml"/>'),
                     parts={"word/header1.xml": _header("内部资料　注意保存" if first_page else number_line),
                            "word/header2.xml": _header(number_line)},
                     content_types=(f'<Override PartName="/word/header1.xml" ContentType="{HEADER_CT}"/>'
                                    f'<Override PartName="/word/header2.xml" ContentType="{HEADER_CT}"/>'))
    imported = read_file(path)
    issue = imported.issue
    assert (issue.series, issue.number, issue.office, str(issue.date)) == ("".join(name_lines), 7, "某某县应急管理局", "2024-03-05")
    assert [s.title for s in issue.sections] == ["工作动态"] and len(texts(issue)) == 2
    assert "正文中的报头不全，报头（或其中的期号、日期）按第一页页眉中的文字读取。" in imported.warnings


def test_a_masthead_wholly_in_the_header_is_still_read_before_the_body(tmp_path):
    header = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="{W_NS}">'
              + MASTHEAD + "</w:hdr>")
    path = make_docx(tmp_path / "页眉报头.docx", p("【工作动态】") + ENTRIES + CLOSING,
                     sect_pr='<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/></w:sectPr>',
                     doc_rels=f'<Relationship Id="rIdH1" Type="{RT}/header" Target="header1.xml"/>',
                     parts={"word/header1.xml": header},
                     content_types=f'<Override PartName="/word/header1.xml" ContentType="{HEADER_CT}"/>')
    imported = read_file(path)
    assert (imported.issue.series, imported.issue.number) == ("某某工作简报", 7)
    assert "正文中的报头不全，报头（或其中的期号、日期）按第一页页眉中的文字读取。" in imported.warnings


def test_a_workbook_saved_under_a_word_name_is_refused_as_one(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["单位", "报送", "采用"])
    book.active.append(["县应急管理局", 12, 5])
    book.save(tmp_path / "统计表.docx")
    with pytest.raises(BulletinFormatError) as refused:
        read_file(tmp_path / "统计表.docx")
    assert refused.value.message == "统计表.docx：这不是 Word 文件，而是Excel 表格（只是扩展名写成了 .docx）。"


REST = p("第7期") + p("某某县应急管理局　　　　2024年3月5日") + p("【工作动态】") + ENTRIES + CLOSING


def _picture(descr: str) -> str:
    return ('<w:r><w:drawing><wp:inline><wp:extent cx="5400000" cy="900000"/>'
            f'<wp:docPr id="1" name="图片 1" descr="{descr}"/><a:graphic><a:graphicData '
            'uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill><a:blip r:embed="rIdImg"/>'
            '</pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')


# WordArt made a shape (转换为形状: a freeform with no text), in DrawingML and in old VML
FREEFORM = ('<w:r><w:drawing><wp:inline><wp:extent cx="5400000" cy="900000"/><wp:docPr id="4" name="任意多边形 4" descr="{alt}"/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:spPr>'
            '<a:custGeom><a:pathLst><a:path w="100" h="100"><a:moveTo><a:pt x="0" y="0"/></a:moveTo></a:path></a:pathLst></a:custGeom>'
            '<a:solidFill><a:srgbClr val="FF0000"/></a:solidFill></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>'
            '</wp:inline></w:drawing></w:r>')
VML_ART = ('<w:r><w:pict><v:shape type="#_x0000_t136" alt="{alt}" style="width:425pt;height:70pt" fillcolor="red" stroked="f">'
           '<v:textpath string=""/></v:shape></w:pict></w:r>')


@pytest.mark.parametrize("masthead", [
    _picture("C:\\Users\\admin\\Desktop\\模板\\安全生产工作简报.png"),  # Word 2007: the picture's path as its description
    _picture("安全生产工作简报.jpg"),
    FREEFORM.format(alt="安全生产工作简报"),
    VML_ART.format(alt="安全生产工作简报"),
], ids=["path", "file name", "shape", "vml"])
def test_a_masthead_picture_or_shape_names_the_bulletin_in_its_alternative_text(tmp_path, masthead):
    imported = read_file(make_docx(tmp_path / "第7期.docx", para(masthead) + REST, doc_rels=PICTURE_REL, parts=PICTURE))
    assert (imported.issue.series, imported.issue.number) == ("安全生产工作简报", 7)
    assert len(texts(imported.issue)) == 2


def test_only_the_number_in_the_header(tmp_path):
    body = p("某某工作简报") + p("某某县应急管理局　　　　2024年3月5日") + p("【工作动态】") + ENTRIES + CLOSING
    path = make_docx(tmp_path / "页眉只有期号.docx", body,
                     sect_pr='<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/></w:sectPr>',
                     doc_rels=f'<Relationship Id="rIdH1" Type="{RT}/header" Target="header1.xml"/>',
                     parts={"word/header1.xml": _header("第7期")},
                     content_types=f'<Override PartName="/word/header1.xml" ContentType="{HEADER_CT}"/>')
    issue = read_file(path).issue
    assert (issue.series, issue.number, issue.office, str(issue.date)) == ("某某工作简报", 7, "某某县应急管理局", "2024-03-05")
    assert texts(issue) == ["4月8日，市场监管局抽查餐饮单位23家。", "4月9日，交通运输局检查客运站2处。"]
