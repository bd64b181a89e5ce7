"""A line naming where an entry comes from after its label alone (来源：某某县应急管理局, as
official accounts end their posts) is the entry's source, as （来源：…） is: never an
article of its own."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.model import Article, Item, attribution, is_source_line, unit_lead
from bulletin_desktop.core.recognise import recognise
from bulletin_desktop.core.richtext import parse_markup, plain

MASTHEAD = "教育工作简报\n第12期\n临颍县教育体育局　　2026年11月25日\n【校园安全】\n"
ENTRY = "11月23日，**县教体局**联合县消防救援大队开展冬季校园消防安全培训。"
CLOSING = "编辑：张晓\n审核：刘伟\n签发：孙海"


def read(text: str):
    return recognise([parse_markup(line) for line in text.splitlines()]).issue


@pytest.mark.parametrize("line", ["来源：临颍县教育体育局", "信息来源：临颍县教育体育局", "稿件来源: 临颍县教育体育局",
                                  "供稿：临颍县教育体育局", "供稿单位：临颍县教育体育局", "稿源：临颍发布"])
def test_a_labelled_source_above_the_closing_block_ends_the_entry_above(line):
    issue = read(f"{MASTHEAD}{ENTRY}\n\n{line}\n{CLOSING}")
    [entry] = [entry for _, entry in issue.entries()]
    assert isinstance(entry, Item)
    assert (entry.unit, plain(entry.body).endswith(line)) == ("县教体局", True)
    assert (issue.signoff.editors, issue.signoff.signers) == (["张晓"], ["孙海"])


def test_the_labelled_source_of_an_entry_without_a_bold_unit_names_its_unit():
    issue = read(f"{MASTHEAD}11月23日，县教体局开展消防安全培训。\n来源：临颍县教育体育局\n{CLOSING}")
    [entry] = [entry for _, entry in issue.entries()]
    assert unit_lead(entry) == "临颍县教育体育局"


def test_under_an_article_it_stays_the_articles_last_line():
    issue = read(f"{MASTHEAD}我县扎实开展校园安全培训\n11月23日起，县教体局组织开展培训，全县中小学参加。\n"
                 f"来源：临颍县教育体育局\n{CLOSING}")
    [entry] = [entry for _, entry in issue.entries()]
    assert isinstance(entry, Article)
    assert plain(entry.paragraphs[-1]) == "来源：临颍县教育体育局"


@pytest.mark.parametrize("line", ["来源：临颍县教育体育局　作者：张三", "报送：县应急管理局", "来源：县应急局，张三",
                                  "来源：", "本次培训来源广泛"])
def test_other_lines_are_no_labelled_source(line):
    assert not is_source_line(line)


@pytest.mark.parametrize("text, signed", [
    ("……开展培训。来源：临颍县教育体育局", "临颍县教育体育局"),
    ("……开展培训。（来源：临颍县教育体育局）", "临颍县教育体育局"),
    ("开展培训，来源：各学校", ""),  # inside a sentence
])
def test_attribution_reads_a_labelled_source_after_the_last_sentence(text, signed):
    assert attribution(text) == signed
