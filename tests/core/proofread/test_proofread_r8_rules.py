"""Slips of figures and words that the lists alone did not reach: two measure words after a
number, grouped and ungrouped long figures in one paragraph, a unit typed by its sound, 做出
before an abstract object, the shares that may pass 100%, a list of 第一，第二， that skips a
point, a time of day that cannot be, and 地 before a verb with its result (each next to its near
misses)."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check


def _rules(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.found) for f in check(text)]


@pytest.mark.parametrize("text, rule, found", [
    ("县海事处劝离违规作业渔船6只艘。", "N-TWO-MEASURES", "只艘"),
    ("全县共新建村级卫生室12所个。", "N-TWO-MEASURES", "所个"),
    ("县交通运输局检查营运车辆320台辆，发现问题12处。", "N-TWO-MEASURES", "台辆"),
    ("全县共发放消费券1,260万元，带动消费8600万元。", "N-GROUPING", "1,260"),
    ("全县完成投资12860万元，其中中央资金2,300万元。", "N-GROUPING", "2,300"),
    ("县委书记对信访工作做出重要批示。", "B:做出", "做出"),
    ("县纪委监委对相关责任人做出严肃处理。", "B:做出", "做出"),
    ("县图书馆全年举办读书分享会48常。", "B:常", "常"),
    ("全县能繁母猪存栏3.2万投。", "B:投", "投"),
    ("县住建局排查燃气隐患56出，已全部整改。", "B:出", "出"),
    ("全县粮食总产量达到12.6亿金。", "B:金", "金"),
    ("县委组织部开展“我为群众办实是”活动。", "B:办实是", "办实是"),
    ("县信访局坚持为群众解扰。", "B:解扰", "解扰"),
    ("第一，要提高认识；第二，要强化措施；第四，要严格考核。", "H-POINT", "第四，"),
    ("会议于25:30结束。", "D-CLOCK", "25:30"),
    ("全县上下要坚决的打赢这场攻坚战。", "F-DI", "的"),
    ("县委党校组织学员开展现场教学活动活动。", "DUP-WORD", "活动活动"),
    ("全县发放优待证1,2600张。", "N-GROUP-SIZE", "1,2600"),
])
def test_slip_found(text, rule, found):
    assert (rule, found) in _rules(text), _rules(text)


@pytest.mark.parametrize("text", [
    # one measure word, a word of two (部位), a count of people-times, the same one twice is the doubling rule's
    "县海事处劝离违规作业渔船6艘，查验营运车辆320辆次，损伤3部位。",
    "全县3个只有一名教师的教学点已撤并。",
    # grouped throughout, ungrouped throughout, and numbers that are no figures of this kind
    "全县共发放消费券1,260万元，带动消费8,600万元。",
    "全县共发放消费券1260万元，带动消费8600万元。",
    "2026年全县计划投资1,500万元，执行ISO 9001标准，值班电话0395-6123456，办公室在1208室。",
    # a paragraph grouped, the next one not: each is consistent in itself
    "全县完成投资1,286万元。\n县财政拨付资金3600万元。",
    # 做出 with a concrete thing or an example set
    "基层干部做出了表率，企业做出了新产品，作出重要批示。",
    # a unit's sound-alike where it opens a word, or after a number that is a label
    "县委召开常委会，12常委会组成人员出席；3.2万投入生产；第3出戏；表2各乡镇名单。",
    "这件事办实是关键；依法调解扰民纠纷。",
    # a share of a plan or a year before may pass 100%
    "全县完成冬小麦播种78.6万亩，占计划的102%，为上年同期的106%。",
    # a rank after a comma is no list of 第; the points in order; a score and a day's end
    "全县综合考核位列全市第四，比上年前移两位。",
    "第一，要提高认识；第二，要强化措施；第三，要严格考核；第四，要加强宣传。",
    "两队以3:0结束比赛，值班至24:00。",
    # a verb tried out, even in a clause that holds an event
    "工间休息时起身活动活动，参加会议的同志要再学习学习，开展活动前大家一起活动活动。",
])
def test_near_miss_silent(text):
    assert _rules(text) == []


def test_share_of_a_whole_over_100_still_reported():
    assert ("N-RATE-OVER", "102%") in _rules("全县耕地面积占全县土地面积的102%。")
