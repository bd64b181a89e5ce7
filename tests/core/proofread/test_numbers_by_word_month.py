"""Numbers and dates written the way a clerk types them: a month named by a word (本月20号), a
month past twelve with no year, points with a percent sign, a digit before 十, a short 年度."""
import pytest

from bulletin_desktop.core.proofread import check


def _rules(text):
    return {(f.rule, f.found) for f in check(text)}


@pytest.mark.parametrize("text, rule, found", [
    ("县应急管理局定于本月20号开展地震应急疏散演练。", "D-HAO", "号"),
    ("下月5号召开全县安全生产工作会议。", "D-HAO", "号"),
    ("县交通运输局计划于13月底前完成危桥改造。", "D-INVALID", "13月"),
    ("全县规模以上工业增加值同比增长6.8个百分点%。", "N-PCT-POINTS", "6.8个百分点%"),
    ("县卫健委计划建设5十个村卫生室标准化示范点。", "N-QIANBAI", "5十"),
    ("县人社局组织开展的23年度职称评审工作已全部结束。", "N-YEAR-SHORT", "23"),
])
def test_fires(text, rule, found):
    assert (rule, found) in _rules(text), check(text)


@pytest.mark.parametrize("text", [
    "本月20日，县委召开常委会议；3号楼、5号线已完工，每月1日前报送报表。",
    "县卫健委为6至18月龄婴幼儿免费接种疫苗，2024年12月底前完成。",
    "全县森林覆盖率提高0.8个百分点，达到42.6%。",
    "途经G5十堰段的车辆，共计15辆；全县十几个乡镇参加。",
    "2023年度考核已结束，连续23年保持稳定，第23年度报告已印发。",
])
def test_silent(text):
    assert check(text) == [], check(text)


def test_a_verb_done_after_a_reduplicated_adverbial_takes_di():
    assert ("F-DI", "的") in _rules("网格员们冒雨挨家挨户的通知群众转移避险。")
    assert check("网格员们冒雨挨家挨户地通知群众转移避险，挨家挨户的通知已送达。") == []
