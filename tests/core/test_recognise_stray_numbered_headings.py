"""A section heading typed in the other form than the rest (一、安排部署 among 【】 headings,
【督导检查】 among 一、 ones): over dated entries it is a section; in an article, or over text
that is no entry, a numbered line stays what it was."""
from __future__ import annotations

from bulletin_desktop.core.recognise import recognise
from bulletin_desktop.core.richtext import parse_markup

TOP = "安全生产工作简报\n第52期\n某某区安委办　　2026年11月20日\n"


def sections(body: str) -> list[tuple[str, int]]:
    result = recognise([parse_markup(line) for line in (TOP + body).splitlines()])
    return [(s.title, len(s.entries)) for s in result.issue.sections]


def test_a_numbered_heading_after_bracketed_ones_is_a_section():
    body = ("【督导检查】\n11月15日，**区应急管理局**开展执法检查。\n\n【隐患排查】\n11月17日，**区住建局**开展排查。\n\n"
            "一、安排部署\n\n11月18日，**区安委办**召开会议。\n\n11月19日，**新店镇**召开专题会议。")
    assert sections(body) == [("督导检查", 1), ("隐患排查", 1), ("安排部署", 2)]


def test_a_bracketed_heading_among_numbered_ones_leaves_them_sections():
    body = ("一、督导检查\n11月15日，**区应急管理局**开展执法检查。\n二、隐患排查\n11月17日，**区住建局**开展排查。\n"
            "【安排部署】\n11月18日，**区安委办**召开会议。")
    assert sections(body) == [("督导检查", 1), ("隐患排查", 1), ("安排部署", 1)]


def test_an_articles_numbered_part_stays_in_it():
    body = ("【工作动态】\n11月15日，**区应急管理局**开展执法检查。\n【经验交流】\n某镇“三色”管理见实效\n"
            "今年以来，某镇实行分级管理。\n一、主要做法\n11月5日起，某镇逐村排查。")
    assert sections(body) == [("工作动态", 1), ("经验交流", 1)]


def test_a_numbered_line_over_no_entry_stays_an_entry():
    body = "【存在问题】\n11月15日，**区应急管理局**开展执法检查。\n一、整改不到位\n部分企业整改不到位。"
    assert sections(body)[0][0] == "存在问题" and len(sections(body)) == 1


def test_a_numbered_entry_with_its_unit_stays_an_entry():
    body = "【工作动态】\n11月15日，**区应急管理局**开展执法检查。\n一、**马庄村**\n11月16日，**新店镇**召开会议。"
    assert sections(body) == [("工作动态", 3)]
