"""mc:AlternateContent as Word 2010 and later write it: the reader takes the newer form when
it reads its markup and the older form beside it when not (an emoji or symbol Word draws
from a font, a list's own number format)."""
from __future__ import annotations

from bulletin_desktop.core.wordread import read_word
from wordfiles import W_NS, make_docx, p, r

SYMEX = "http://schemas.microsoft.com/office/word/2015/wordml/symex"


def texts(tmp_path, body: str, **kwargs) -> list[str]:
    return [par.text for par in read_word(make_docx(tmp_path / "t.docx", body, **kwargs)).paragraphs]


def test_a_character_drawn_from_an_emoji_font_reads_as_its_fallback(tmp_path):
    emoji = (f'<w:r><mc:AlternateContent xmlns:w16se="{SYMEX}"><mc:Choice Requires="w16se">'
             '<w16se:symEx w16se:font="Segoe UI Emoji" w16se:char="260E"/></mc:Choice>'
             "<mc:Fallback><w:t>☎</w:t></mc:Fallback></mc:AlternateContent></w:r>")
    assert texts(tmp_path, p("举报电话", runs=emoji + r("12350。"))) == ["举报电话☎12350。"]


def test_a_text_box_is_read_once_from_the_form_the_reader_knows(tmp_path):
    box = ("<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:inline><a:graphic><a:graphicData>"
           f"<wps:wsp><wps:txbx><w:txbxContent>{p('某某工作简报')}</w:txbxContent></wps:txbx></wps:wsp>"
           "</a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>"
           f"<w:txbxContent>{p('某某工作简报')}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
           "</mc:AlternateContent></w:r>")
    assert texts(tmp_path, p(runs=box)) == ["某某工作简报"]


def test_a_paragraph_whose_newer_form_the_reader_cannot_read_comes_from_its_fallback(tmp_path):
    body = ('<mc:AlternateContent xmlns:cx1="http://schemas.microsoft.com/office/drawing/2015/9/8/chartex">'
            f'<mc:Choice Requires="cx1">{p("（图表）")}</mc:Choice><mc:Fallback>{p("【工作动态】")}</mc:Fallback></mc:AlternateContent>')
    assert texts(tmp_path, body) == ["【工作动态】"]


def numbered_in(choice: str, fallback: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="{W_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
  xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><mc:AlternateContent>
  <mc:Choice Requires="w14">{choice}</mc:Choice><mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent>
  <w:lvlText w:val="%1．"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>"""


NUMBER = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'


def test_a_lists_zero_padded_number_format_of_its_own(tmp_path):
    numbering = numbered_in('<w:numFmt w:val="custom" w:format="001, 002, 003, ..."/>', '<w:numFmt w:val="decimalZero"/>')
    body = p("城关镇开会。", extra_ppr=NUMBER) + p("清河镇巡查。", extra_ppr=NUMBER)
    assert texts(tmp_path, body, numbering=numbering) == ["001．城关镇开会。", "002．清河镇巡查。"]


def test_any_other_number_format_of_its_own_numbers_as_the_older_format(tmp_path):
    numbering = numbered_in('<w:numFmt w:val="custom" w:format="壹, 贰, 叁, ..."/>', '<w:numFmt w:val="chineseCounting"/>')
    assert texts(tmp_path, p("城关镇开会。", extra_ppr=NUMBER), numbering=numbering) == ["一．城关镇开会。"]
