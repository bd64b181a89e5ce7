"""Word files as offices make them with WPS, OA systems and mail merge: a column of vertical
text beside a masthead, merge fields left unfilled, a package holding only its thumbnail."""
from __future__ import annotations

import zipfile

from bulletin_desktop.core.recognise import BulletinFormatError
from bulletin_desktop.core.wordread import read_word
from test_word_traps import issue_of
from wordfiles import CLOSING, make_docx, p

VERTICAL_CELL = '<w:tcPr><w:vMerge w:val="restart"/><w:textDirection w:val="tbRlV"/></w:tcPr>'


def test_a_column_of_vertical_text_beside_the_masthead_is_its_own_line(tmp_path):
    """内部资料 set top to bottom in a merged cell left of the name prints beside it, not on its line."""
    table = ("<w:tbl><w:tblPr/><w:tr>"
             f"<w:tc>{VERTICAL_CELL}{p('内部资料')}</w:tc><w:tc>{p('某某工作简报')}</w:tc></w:tr><w:tr>"
             f'<w:tc><w:tcPr><w:vMerge/><w:textDirection w:val="tbRlV"/></w:tcPr>{p()}</w:tc><w:tc>{p("第7期")}</w:tc></w:tr></w:tbl>')
    body = table + p("某某县应急管理局　　2024年3月5日") + p("【动态】") + p("3月1日，某县召开会议。") + CLOSING
    path = make_docx(tmp_path / "t.docx", body)
    assert [par.text for par in read_word(path).paragraphs][:3] == ["内部资料", "某某工作简报", "第7期"]
    issue, _ = issue_of(path)
    assert (issue.series, issue.number) == ("某某工作简报", 7)


def test_a_horizontal_cell_beside_another_stays_on_the_row_line(tmp_path):
    table = f"<w:tbl><w:tblPr/><w:tr><w:tc>{p('站点')}</w:tc><w:tc>{p('水位')}</w:tc></w:tr></w:tbl>"
    assert [par.text for par in read_word(make_docx(tmp_path / "t.docx", table)).paragraphs] == ["站点  水位"]


PACKAGE_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="{type}" Target="{target}"/></Relationships>')
TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="jpeg" ContentType="image/jpeg"/></Types>')


def refusal(path) -> str:
    try:
        read_word(path)
    except BulletinFormatError as exc:
        return str(exc)
    raise AssertionError("not refused")


def test_a_package_with_only_its_thumbnail_is_refused_as_cut_short(tmp_path):
    path = tmp_path / "简报.docx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("[Content_Types].xml", TYPES)
        package.writestr("_rels/.rels", PACKAGE_RELS.format(
            type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail", target="docProps/thumbnail.jpeg"))
        package.writestr("docProps/thumbnail.jpeg", b"\xff\xd8\xff\xe0 not much of a picture")
    assert refusal(path) == "简报.docx：文件里只有预览缩略图，没有文档正文（可能没有下载完或保存时中断了），请重新取得原文件再导入。"


def test_a_package_naming_a_main_document_it_does_not_hold_is_refused_as_cut_short(tmp_path):
    path = tmp_path / "简报.docx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("[Content_Types].xml", TYPES)
        package.writestr("_rels/.rels", PACKAGE_RELS.format(
            type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", target="word/document.xml"))
    assert "缺少文档正文部分" in refusal(path)


def merge_field(code: str, result: str | None) -> str:
    shown = (f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>{result}</w:t></w:r>'
             if result is not None else "")
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>'
            f'{shown}<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def test_merge_fields_left_unfilled_print_as_they_show_and_are_told(tmp_path):
    """A template's «单位» is what prints; the clerk is told the merge was never done."""
    body = (p("【动态】") + p("3月1日，", runs=merge_field("MERGEFIELD 单位", "«单位»") + '<w:r><w:t>召开会议。</w:t></w:r>')
            + p(runs='<w:fldSimple w:instr=" MERGEFIELD  &quot;报送日期&quot; "><w:r><w:t>«报送日期»</w:t></w:r></w:fldSimple>')
            + p("3月2日，", runs=merge_field("MERGEFIELD 备注 \\* MERGEFORMAT", None) + merge_field("MERGEFIELD 单位", "城关镇")))
    text = read_word(make_docx(tmp_path / "t.docx", body))
    assert [par.text for par in text.paragraphs] == ["【动态】", "3月1日，«单位»召开会议。", "«报送日期»", "3月2日，城关镇"]
    assert [par.rich[1].bold for par in text.paragraphs[1:2]] == [True]
    assert "文档中有 3 处邮件合并域没有填入内容（«单位»、«报送日期»、«备注»），按印出的样子导入，请核对。" in text.warnings


def test_filled_fields_give_no_warning(tmp_path):
    body = p("3月1日，", runs=merge_field("MERGEFIELD 单位", "城关镇") + merge_field("SEQ 条目 \\* ARABIC", "1"))
    text = read_word(make_docx(tmp_path / "t.docx", body))
    assert not any("邮件合并" in warning for warning in text.warnings)


def font_run(text: str, font: str) -> str:
    return f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}"/></w:rPr><w:t>{text}</w:t></w:r>'


def test_characters_a_font_keeps_in_the_private_use_area_are_kept_and_told(tmp_path):
    """方正 fonts draw rare name characters at private-use code points: kept, and the clerk told where."""
    body = p("【动态】") + p(runs=font_run("3月1日，与\ue81e庄村支部书记李\ue3c1一起检查。", "方正仿宋_GBK"))
    text = read_word(make_docx(tmp_path / "t.docx", body))
    assert text.paragraphs[1].text == "3月1日，与\ue81e庄村支部书记李\ue3c1一起检查。"
    assert ("文档中有 2 个字体自造的字符（方正等字体放在私用区的生僻字或符号，如“1日，与□庄村支部”中的□），"
            "换一台电脑可能印不出来，已照原样导入，请核对。") in text.warnings


def test_a_wingdings_bullet_is_no_private_character(tmp_path):
    body = p(runs=font_run("\uf075", "Wingdings") + '<w:r><w:t>3月1日，某县开会。</w:t></w:r>')
    text = read_word(make_docx(tmp_path / "t.docx", body))
    assert text.paragraphs[0].text == "◆3月1日，某县开会。"
    assert not any("私用区" in warning for warning in text.warnings)
