"""Bold as a template's defaults set it: some OA templates make every run bold in the
document defaults and turn it off again in the body's paragraph style."""
from __future__ import annotations

from bulletin_desktop.core.richtext import Run
from bulletin_desktop.core.wordread import read_word
from wordfiles import W_NS, make_docx, p, r

BOLD_BY_DEFAULT = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W_NS}">
<w:docDefaults><w:rPrDefault><w:rPr><w:b/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Body"><w:name w:val="简报正文"/><w:basedOn w:val="Normal"/><w:rPr><w:b w:val="0"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="BodyIndent"><w:name w:val="正文缩进"/><w:basedOn w:val="Body"/></w:style>
</w:styles>"""


def rich_of(tmp_path, body: str):
    return [par.rich for par in read_word(make_docx(tmp_path / "t.docx", body, styles=BOLD_BY_DEFAULT)).paragraphs]


def test_a_style_that_turns_the_default_bold_off_is_not_bold(tmp_path):
    body = p("3月1日，", style="BodyIndent", runs=r("城关镇", bold=True) + r("组织开展消防安全检查。"))
    assert rich_of(tmp_path, body) == [(Run("3月1日，"), Run("城关镇", True), Run("组织开展消防安全检查。"))]


def test_a_paragraph_whose_styles_say_nothing_keeps_the_default_bold(tmp_path):
    assert rich_of(tmp_path, p("【工作动态】", style="Normal")) == [(Run("【工作动态】", True),)]
