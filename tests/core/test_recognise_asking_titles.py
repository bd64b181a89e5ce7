"""A headline put as a question or an exclamation (基层减负为何“越减越重”？), first in its section
and over its text, is an article's title; a short question further down an article stays
its paragraph, and one over a dated entry stays an entry."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.model import Article, Item
from bulletin_desktop.core.recognise import recognise
from bulletin_desktop.core.richtext import parse_markup, plain
from bulletin_desktop.core.textformat import read_text, write_text

TOP = "调研参考\n第4期\n县委政策研究室\n2026年11月18日\n"
END = "\n编辑：周一　审核：吴二　签发：郑三\n报：县委常委。"
TEXT = "近期，我们深入5个乡镇、12个村开展调研，发现基层减负工作仍存在一些问题。\n二、对策建议。建议进一步精简文件会议。"


def entries(body: str):
    issue = recognise([parse_markup(line) for line in (TOP + body + END).splitlines()]).issue
    return issue.sections[-1].entries


@pytest.mark.parametrize("title", ["基层减负为何“越减越重”？", "让群众少跑腿！", "农村养老怎么办?"])
def test_the_headline_is_the_articles_title(title):
    for body in (f"【调研报告】\n{title}\n{TEXT}", f"{title}\n{TEXT}"):  # under a section, or the issue's one article
        [article] = entries(body)
        assert isinstance(article, Article) and article.title == title
        assert [plain(p) for p in article.paragraphs] == TEXT.splitlines()
    issue = read_text(TOP + f"【调研报告】\n{title}\n{TEXT}" + END)
    assert read_text(write_text(issue)) == issue


def test_a_question_inside_an_article_stays_its_paragraph():
    [article] = entries("【调研报告】\n基层减负调研报告\n" + TEXT.replace("\n", "\n问题出在哪里？\n"))
    assert isinstance(article, Article) and "问题出在哪里？" in [plain(p) for p in article.paragraphs]


@pytest.mark.parametrize("line", ["安全生产怎么抓？", "安全生产怎么抓，各地有什么做法？"])
def test_over_a_dated_entry_or_as_a_sentence_it_stays_an_entry(line):
    found = entries(f"【工作动态】\n{line}\n11月16日，**县应急局**召开会议。")
    assert all(isinstance(e, Item) for e in found) and plain(found[0].body) == line
