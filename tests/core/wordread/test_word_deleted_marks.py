"""Numbered paragraphs deleted or moved away with changes tracked: once the changes are
accepted they are gone, so they draw no number and the list counts on without them."""
from __future__ import annotations

from bulletin_desktop.core.wordread import read_word
from wordfiles import W_NS, make_docx, p, r

NUMBERED = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="{W_NS}">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>
  <w:lvlText w:val="%1．"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>"""
BY = 'w:id="1" w:author="张三" w:date="2024-03-01T00:00:00Z"'
NUMBER = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'


def texts(tmp_path, body: str) -> list[str]:
    path = make_docx(tmp_path / "t.docx", body, numbering=NUMBERED)
    return [par.text for par in read_word(path).paragraphs]


def entry(text: str) -> str:
    return p(text, extra_ppr=NUMBER)


def test_a_deleted_numbered_paragraph_draws_no_number(tmp_path):
    deleted = (f'<w:p><w:pPr>{NUMBER}<w:rPr><w:del {BY}/></w:rPr></w:pPr>'
               f'<w:del {BY}><w:r><w:delText>3月1日，作废的一条。</w:delText></w:r></w:del></w:p>')
    assert texts(tmp_path, deleted + entry("3月2日，城关镇开会。") + entry("3月3日，清河镇巡查。")) == [
        "1．3月2日，城关镇开会。", "2．3月3日，清河镇巡查。"]


def test_a_paragraph_moved_away_draws_no_number_where_it_was(tmp_path):
    moved_from = (f'<w:p><w:pPr>{NUMBER}<w:rPr><w:moveFrom {BY}/></w:rPr></w:pPr>'
                  f'<w:moveFrom {BY}>{r("3月3日，清河镇巡查。")}</w:moveFrom></w:p>')
    moved_to = (f'<w:p><w:pPr>{NUMBER}<w:rPr><w:moveTo {BY}/></w:rPr></w:pPr>'
                f'<w:moveTo {BY}>{r("3月3日，清河镇巡查。")}</w:moveTo></w:p>')
    assert texts(tmp_path, moved_from + entry("3月2日，城关镇开会。") + moved_to) == [
        "1．3月2日，城关镇开会。", "2．3月3日，清河镇巡查。"]


def test_text_left_in_a_paragraph_whose_mark_is_deleted_follows_the_next_ones_number(tmp_path):
    joined = f'<w:p><w:pPr>{NUMBER}<w:rPr><w:del {BY}/></w:rPr></w:pPr>{r("3月2日，")}</w:p>'
    assert texts(tmp_path, joined + entry("城关镇开会。")) == ["1．3月2日，城关镇开会。"]
