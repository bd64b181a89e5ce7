"""Builders of test issues shared by the archive tests (plus a check that they build what
those tests rely on)."""
from __future__ import annotations

import datetime as dt

from bulletin_desktop.core.model import (
    Article, DistributionLine, Issue, Item, Section, Signoff, Special, item,
)
from bulletin_desktop.core.richtext import Run, parse_markup

SERIES = "漯河安全生产简报"


def rich_issue(number: int = 52, series: str = SERIES, date: dt.date = dt.date(2022, 11, 21)) -> Issue:
    """Everything an issue can hold: dated items with bold units, an article with a bold
    lead phrase, a special series, sign-off and distribution, and markup-like characters."""
    return Issue(
        series=series,
        number=number,
        date=date,
        office="漯河市安全生产委员会办公室",
        special=Special("安全生产大检查专刊", 34),
        sections=[
            Section("安排部署", [
                item("11月15日，市安委会印发《关于开展全市安全生产大检查“回头看”的通知》，查漏补缺、整改提升。"),
                Item(body=(Run("组织召开工贸企业安全生产工作会。"),), date="11月18日", unit="西城区"),
            ]),
            Section("隐患排查", [
                Item(body=(Run("组织专家对"), Run("4家企业", True), Run("重大危险源进行复查。")),
                     date="11月14日—11月18日", unit="舞阳县"),
                Item(body=(Run("星号*、双星号**、反斜杠\\与结尾反斜杠\\"),), unit="源汇区"),
            ]),
            Section("工作交流", [
                Article(title="源汇区老街街道聚力打造智慧消防安全防线", paragraphs=[
                    (Run("近年来，老街街道创新推行“互联网+消防”网格化管理机制。"),),
                    (Run("一、推行智能管控。"), Run("一是搭建消防安全智慧平台。", True), Run("将 41 家重点单位纳入 APP 终端。")),
                ]),
            ]),
        ],
        signoff=Signoff(["卜丹", "赵贺龙"], ["翟红伟"], ["孙全忠"]),
        distribution=[DistributionLine("送", "市委常委、市安委会主任、副主任。"),
                      DistributionLine("发", "各县区人民政府，市安全生产委员会有关成员单位。")],
        status="draft",
    )


def plain_issue(number: int, date: dt.date, texts: list[str], series: str = SERIES,
                section: str = "工作动态") -> Issue:
    """One section of items written as markup ("1月2日，**舞阳县**开展检查。")."""
    return Issue(series=series, number=number, date=date, office="某市应急管理局",
                 sections=[Section(section, [Item.from_rich(parse_markup(t)) for t in texts])])


def uids(issue: Issue) -> list[str]:
    return [s.uid for s in issue.sections] + [e.uid for _, e in issue.entries()]


def test_rich_issue_holds_every_kind_of_content():
    issue = rich_issue()
    entries = [e for _, e in issue.entries()]
    assert any(isinstance(e, Article) for e in entries)
    assert any(isinstance(e, Item) and e.date and e.unit and any(r.bold for r in e.body) for e in entries)
    assert issue.special and not issue.signoff.is_empty() and issue.distribution
    assert len(set(uids(issue))) == len(uids(issue))
