"""Number usage (GB/T 15835—2011): what the suggestion says, beyond firing at all (the corpus)."""
from __future__ import annotations

import datetime as dt

import pytest

from bulletin_desktop.core.proofread import check


@pytest.mark.parametrize("text, found, suggestion", [
    ("培训人员达1千5百人。", "1千5百", "1500"), ("共有5百余人参加。", "5百", "500"),
    ("检查企业1千余家。", "1千", "1000"), ("参加人员1.5千人。", "1.5千", "1500"),
])
def test_arabic_digits_with_qian_or_bai_get_the_whole_number(text, found, suggestion):
    [finding] = [f for f in check(text) if f.rule == "N-QIANBAI"]
    assert (finding.found, finding.suggestion) == (found, suggestion)


def test_units_of_measure_after_qian_are_left_alone():
    assert [f for f in check("新建堤防3千米，装机5千瓦。") if f.rule == "N-QIANBAI"] == []


def test_heading_numbers_of_an_article_run_in_order_across_its_paragraphs():
    """一、 二、 四、 in three paragraphs: the third should be 三、; each level counts anew
    under the level above (（一） again after 二、), and the sample's article is in order."""
    from bulletin_desktop.core.model import Article, Issue, Section
    from bulletin_desktop.core.proofread.issue_check import check_issue
    from bulletin_desktop.core.richtext import from_plain

    paragraphs = ["一、强化组织领导。成立工作专班。", "（一）明确责任分工。", "（二）细化任务清单。",
                  "二、压实工作责任。层层签订责任书。", "（一）落实属地责任。", "（三）落实部门责任。",
                  "四、强化督导检查。", "五、严格考核问责。"]
    article = Article(title="某县扎实推进安全生产工作", paragraphs=[from_plain(p) for p in paragraphs])
    issue = Issue(series="某县简报", number=1, date=dt.date(2024, 5, 6),
                  sections=[Section(title="工作交流", entries=[article])])
    found = [(f.position.paragraph, f.finding.found, f.finding.suggestion) for f in check_issue(issue)
             if f.finding.rule == "H-ORDER"]
    assert found == [(5, "三", "二"), (6, "四", "三")]


def test_the_sample_article_headings_are_in_order(sample_issue):
    from bulletin_desktop.core.proofread.issue_check import check_issue

    assert [f for f in check_issue(sample_issue) if f.finding.rule == "H-ORDER"] == []


def test_an_empty_section_is_found_where_its_title_is():
    from bulletin_desktop.core.model import Issue, Item, Section
    from bulletin_desktop.core.proofread.issue_check import check_issue
    from bulletin_desktop.core.richtext import parse_markup

    issue = Issue(series="某简报", number=3, date=dt.date(2024, 3, 5), office="某办公室", sections=[
        Section("安排部署", [Item.from_rich(parse_markup("3月1日，**某县**开展检查。"))]), Section("应急演练"),
        Section("")])
    found = [(f.position.field, f.position.uid, f.finding.rule) for f in check_issue(issue)]
    assert found == [("section", issue.sections[1].uid, "S-EMPTY-SECTION")]  # an untitled section prints nothing
