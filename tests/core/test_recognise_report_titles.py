"""A 专报's report title longer than other titles (关于……的情况报告, 关于……的通报): a title of its
own over the report's text, never joined to the paragraph below it, and its 一、 parts stay in it."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.recognise.patterns import cut_by_page_break, is_article_title
from bulletin_desktop.core.textformat import read_text

TITLE = "关于某某县深入推进“党建引领网格化基层治理”工作、着力打通服务群众“最后一米”的情况报告"
TEXT = (f"信息专报\n\n第7期\n\n中共某某县委办公室　　2026年11月20日\n\n{TITLE}\n\n"
        "今年以来，我县坚持党建引领，持续深化网格化基层治理。\n\n一、主要做法\n\n全县划分网格1260个。\n\n"
        "二、存在问题\n\n部分网格员业务能力有待提高。\n\n报：市委办公室\n")


def test_the_long_title_heads_the_whole_report():
    issue = read_text(TEXT)
    [section] = issue.sections
    [article] = section.entries
    assert article.title == TITLE
    assert len(article.paragraphs) == 5


@pytest.mark.parametrize("title", [TITLE, "关于2026年度县本级预算执行和其他财政收支情况审计发现问题整改落实情况的专项督查通报"])
def test_report_titles(title):
    assert len(title) > 40 and is_article_title(title)
    assert not cut_by_page_break(title, "今年以来，我县坚持党建引领。")


@pytest.mark.parametrize("line", [
    "关于进一步加强全县冬季安全生产工作的通知要求，各乡镇迅速行动，开展隐患排查整治的报告",
    "关于开展全县安全生产大检查工作的情况，县安委办组织召开专题会议进行安排部署并听取汇报。",
])
def test_sentences_that_open_so_are_no_titles(line):
    assert not is_article_title(line)
