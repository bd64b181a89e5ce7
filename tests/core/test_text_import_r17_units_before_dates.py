"""A unit written before an entry's date, set apart by a colon or spaces as a chat forwards it
(侯集镇　12月1日，…, 西平县：6月3日，…): the import reads it as the entry's unit as a paste does,
the text kept as written (the date stays in it, as after a bold unit and its colon)."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.recognise import recognise
from bulletin_desktop.core.richtext import parse_markup, to_markup
from bulletin_desktop.core.textformat import read_text, write_text

MASTHEAD = "乡镇工作动态\n第9期\n舞阳县委办公室　　2026年12月3日\n【乡镇动态】\n"


def read(text: str):
    return recognise([parse_markup(line) for line in (MASTHEAD + text).splitlines()]).issue


@pytest.mark.parametrize("line, unit", [("侯集镇　12月1日，组织开展冬季消防安全大排查。", "侯集镇"),
                                        ("西平县：6月3日，组织开展冬季消防安全大排查。", "西平县"),
                                        ("县应急管理局　近日，开展危化品企业专项检查。", "县应急管理局")])
def test_a_unit_before_the_date_is_the_entrys_and_the_text_stays(line, unit):
    issue = read(line + "\n会议要求，各村要压实责任。")
    [(_, item)] = list(issue.entries())
    assert item.unit == unit
    assert item.text == line + "会议要求，各村要压实责任。"  # (its next paragraph is its own: a dated entry)
    assert read_text(write_text(issue)) == issue


@pytest.mark.parametrize("line", ["全县　12月1日，组织开展冬季消防安全大排查。", "会议要求：12月1日前完成排查。",
                                  "侯集镇12月1日召开会议。"])
def test_no_unit_where_none_is_named_so(line):
    [(_, item)] = list(read(line).entries())
    assert item.unit == "" and to_markup(item.rich) == line
