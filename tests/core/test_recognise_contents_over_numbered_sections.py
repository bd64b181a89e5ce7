"""A 目录 listing the entries' headlines, over sections headed 一、工作动态: the first heading
over a dated entry ends the contents, as a title listed again does; it is the first section,
not a line of the contents."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.model import Item
from bulletin_desktop.core.recognise import recognise
from bulletin_desktop.core.richtext import parse_markup, plain

TOP = "发展改革简报\n第13期\n县发展和改革委员会\n2026年11月23日\n"
BODY = ("一、工作动态\n11月20日，**县发改委**召开重点项目推进会。\n11月21日，县发改委组织开展项目谋划培训。\n"
        "二、项目建设\n1—10月，全县42个重点项目完成投资46.7亿元。\n编辑：周一　审核：吴二　签发：郑三\n报：市发改委。")


def sections(contents: str):
    issue = recognise([parse_markup(line) for line in (TOP + contents + BODY).splitlines()]).issue
    return [(s.title, [plain(e.body) if isinstance(e, Item) else e.title for e in s.entries]) for s in issue.sections]


@pytest.mark.parametrize("contents, listed", [
    ("目　录\n1.县发改委召开重点项目推进会\n2.全县重点项目完成投资情况\n", ["1.县发改委召开重点项目推进会", "2.全县重点项目完成投资情况"]),
    ("本期要目\n◇县发改委召开重点项目推进会\n◇全县重点项目完成投资情况\n", ["◇县发改委召开重点项目推进会", "◇全县重点项目完成投资情况"]),
])
def test_the_first_numbered_section_ends_the_contents(contents, listed):
    found = sections(contents)
    assert found[0] == (found[0][0], listed)
    assert [title for title, _ in found[1:]] == ["工作动态", "项目建设"]
    assert found[1][1] == ["召开重点项目推进会。", "县发改委组织开展项目谋划培训。"]


def test_sections_listed_in_the_contents_stay_listed():
    found = sections("目录\n一、工作动态\n二、项目建设\n")
    assert found[0] == ("目录", ["一、工作动态", "二、项目建设"])
    assert [title for title, _ in found[1:]] == ["工作动态", "项目建设"]
