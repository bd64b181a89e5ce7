"""A masthead set in Word's Title and Subtitle styles (标题, 副标题: Chinese Word gives them
outline levels 1 and 2) reads as a masthead, not as section headings."""
from bulletin_desktop.core.importing import read_file

from wordfiles import CLOSING, STYLES, make_docx, p, r

TITLES = ('<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="a4"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:jc w:val="center"/><w:outlineLvl w:val="1"/></w:pPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Name"><w:name w:val="刊名"/><w:basedOn w:val="a3"/></w:style>')


def _issue(tmp_path, name_style: str):
    body = (p("某某县安全生产简报", style=name_style) + p("第12期", style="a4")
            + p("某某县应急管理局　　　　2026年3月5日") + p("工作动态", style="Heading1")
            + p("3月1日，", runs=r("县应急管理局", bold=True) + r("召开安全生产工作会议。")) + CLOSING)
    return read_file(make_docx(tmp_path / "简报.docx", body, styles=STYLES.replace("</w:styles>", TITLES + "</w:styles>"))).issue


def test_title_and_subtitle_are_the_masthead(tmp_path):
    issue = _issue(tmp_path, "a3")
    assert (issue.series, issue.number, issue.office, str(issue.date)) == ("某某县安全生产简报", 12, "某某县应急管理局", "2026-03-05")
    assert [s.title for s in issue.sections] == ["工作动态"]
    assert [e.unit for e in issue.sections[0].entries] == ["县应急管理局"]


def test_a_style_based_on_title_too(tmp_path):
    issue = _issue(tmp_path, "Name")
    assert (issue.series, issue.number) == ("某某县安全生产简报", 12)
    assert [s.title for s in issue.sections] == ["工作动态"]
