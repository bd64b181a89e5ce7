"""Minutes carried as an article list who attended, who kept the record, when and where on
short lines of their own (出席：李伟、王强 / 列席：… / 请假：… / 记录：孙丽): paragraphs of the
article, not articles' titles with no text."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.model import Article
from bulletin_desktop.core.recognise import recognise
from bulletin_desktop.core.richtext import parse_markup, plain
from bulletin_desktop.core.textformat import read_text, write_text

TOP = "工作简报\n第12期\n县政府办公室\n2026年11月10日\n【会议纪要】\n县政府第十五次常务会议纪要\n"
END = ("会议研究了以下事项：\n一、听取了全县冬季安全生产工作情况汇报。会议要求，各有关部门要压实责任。\n"
       "编辑：王一　审核：李二　签发：张三\n报：市政府办公室。")
FIELDS = ["时间：11月8日上午", "地点：县政府三楼会议室", "主持：李伟", "出席：李伟、王强、张明、赵刚",
          "列席：县直有关部门主要负责人", "请假：刘军（出差）", "记录：孙丽", "参会人员：李伟　王强", "会议地点：县政府三楼会议室"]


@pytest.mark.parametrize("field", FIELDS)
def test_a_record_line_is_the_minutes_paragraph(field):
    text = TOP + "11月8日上午，县长李伟主持召开县政府第十五次常务会议。\n" + field + "\n" + END
    issue = recognise([parse_markup(line) for line in text.splitlines()]).issue
    [article] = issue.sections[0].entries
    assert isinstance(article, Article) and article.title == "县政府第十五次常务会议纪要"
    assert plain(article.paragraphs[1]) == field
    assert read_text(write_text(issue)) == issue


def test_lines_of_the_record_under_the_title_stay_with_it():
    issue = read_text(TOP + "\n".join(FIELDS[:4]) + "\n" + END)
    [article] = issue.sections[0].entries
    assert isinstance(article, Article) and [plain(p) for p in article.paragraphs[:4]] == FIELDS[:4]
