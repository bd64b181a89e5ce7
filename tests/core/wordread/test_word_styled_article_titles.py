"""An article's title set in a Word heading style (标题 2) under a section headed otherwise
(一、经验交流 typed or numbered by Word, a line in a 栏目 style) is the article's title, as
its text follows it; before, the one heading level in use made it a section of its own."""
import pytest

from bulletin_desktop.core.importing import read_file
from bulletin_desktop.core.model import Article

from wordfiles import CLOSING, MASTHEAD, NUMBERING, make_docx, p, r


def _entry(day: int, unit: str) -> str:
    return p(f"3月{day}日，", runs=r(unit, bold=True) + r("召开安全生产工作会议，安排部署近期重点工作。"))


ARTICLE = (p("城关镇扎实推进燃气安全整治", style="Heading2")
           + p("今年以来，该镇坚持问题导向，扎实开展燃气安全隐患排查整治，取得明显成效。")
           + p("一、强化组织领导。成立专项整治领导小组，形成层层抓落实的工作格局。"))
SECOND = (p("李庄镇探索网格化安全管理新模式", style="Heading2")
          + p("李庄镇把安全生产纳入网格化管理，网格员每日巡查，发现问题及时上报处置。"))


def _heading(kind: str, number: int, title: str) -> str:
    if kind == "typed":
        return p("一二三"[number] + "、" + title)
    return p(title, extra_ppr='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')


@pytest.mark.parametrize("kind", ["typed", "numbered by Word"])
def test_a_heading_style_under_a_numbered_section_is_an_article_title(tmp_path, kind):
    body = (MASTHEAD + _heading(kind, 0, "工作动态") + _entry(1, "县应急管理局") + _entry(2, "县住建局")
            + _heading(kind, 1, "经验交流") + ARTICLE + SECOND + CLOSING)
    issue = read_file(make_docx(tmp_path / "简报.docx", body, numbering=NUMBERING)).issue
    assert [s.title for s in issue.sections] == ["工作动态", "经验交流"]
    articles = issue.sections[1].entries
    assert [a.title for a in articles if isinstance(a, Article)] == ["城关镇扎实推进燃气安全整治", "李庄镇探索网格化安全管理新模式"]
    assert [len(a.paragraphs) for a in articles if isinstance(a, Article)] == [2, 1]


def test_heading_styles_that_are_the_sections_stay_sections(tmp_path):
    body = (MASTHEAD + p("工作动态", style="Heading2") + _entry(1, "县应急管理局")
            + p("督导检查", style="Heading2") + _entry(2, "县住建局") + CLOSING)
    issue = read_file(make_docx(tmp_path / "简报.docx", body)).issue
    assert [s.title for s in issue.sections] == ["工作动态", "督导检查"]
    assert [e.unit for s in issue.sections for e in s.entries] == ["县应急管理局", "县住建局"]


def test_two_levels_of_heading_styles_read_as_before(tmp_path):
    body = (MASTHEAD + p("工作动态", style="Heading1") + _entry(1, "县应急管理局")
            + p("经验交流", style="Heading1") + ARTICLE + CLOSING)
    issue = read_file(make_docx(tmp_path / "简报.docx", body)).issue
    assert [s.title for s in issue.sections] == ["工作动态", "经验交流"]
    assert [a.title for a in issue.sections[1].entries if isinstance(a, Article)] == ["城关镇扎实推进燃气安全整治"]
