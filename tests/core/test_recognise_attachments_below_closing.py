"""A list of attachments printed under the closing block (编辑… / 报：… / 附件：1.… / 2.…) is the
body's, as where a bulletin lists them above the closing: each line an entry after the last
(or the article's last paragraphs), the closing block read whole, nothing left unplaced."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.model import Article, Item
from bulletin_desktop.core.recognise import Role, recognise
from bulletin_desktop.core.richtext import parse_markup, plain

TOP = "教育工作简报\n第21期\n县教育体育局\n2026年11月26日\n"
ENTRIES = "【工作动态】\n11月24日，**县教育体育局**召开冬季安全工作会议。\n11月25日，**县实验中学**开展应急疏散演练。\n"
CLOSING = "编辑：高峰　审核：林涛　签发：罗明\n报：市教育局。\n发：各乡镇中心学校，县直各学校。\n"


def read(text: str):
    return recognise([parse_markup(line) for line in text.splitlines()])


@pytest.mark.parametrize("listed", [
    ["附件：1.全县中小学校冬季安全隐患排查表", "2.校园安全工作责任清单"],
    ["附件：", "1．全县中小学校冬季安全隐患排查表", "2．校园安全工作责任清单"],
])
def test_the_list_under_the_closing_is_the_last_entries(listed):
    result = read(TOP + ENTRIES + CLOSING + "\n".join(listed))
    issue = result.issue
    assert [s.title for s in issue.sections] == ["工作动态"]
    assert [plain(e.body) for e in issue.sections[0].entries[2:]] == listed
    assert all(isinstance(e, Item) and not e.date for e in issue.sections[0].entries[2:])
    assert [(d.label, d.text) for d in issue.distribution] == [("报", "市教育局。"), ("发", "各乡镇中心学校，县直各学校。")]
    assert (issue.signoff.editors, issue.signoff.signers) == (["高峰"], ["罗明"])
    assert not result.warnings
    # the review dialog's roles stay with the lines they were found for
    assert Role.ITEM in result.roles[-1] and Role.ITEM not in result.roles[-len(listed) - 1]


def test_under_a_report_the_list_stays_in_its_article():
    text = (TOP + "关于冬季校园安全工作的情况报告\n今年以来，全县教育系统扎实开展校园安全隐患排查。\n"
            + CLOSING + "附件：1.全县中小学校冬季安全隐患排查表\n2.校园安全工作责任清单")
    article = read(text).issue.sections[0].entries[0]
    assert isinstance(article, Article)
    assert [plain(p) for p in article.paragraphs][-2:] == ["附件：1.全县中小学校冬季安全隐患排查表", "2.校园安全工作责任清单"]


def test_without_a_closing_block_above_nothing_moves():
    issue = read(TOP + ENTRIES + "附件：1.全县中小学校冬季安全隐患排查表\n2.校园安全工作责任清单").issue
    assert [plain(e.body) for e in issue.sections[0].entries[2:]] == ["附件：1.全县中小学校冬季安全隐患排查表", "2.校园安全工作责任清单"]
    assert not issue.distribution
