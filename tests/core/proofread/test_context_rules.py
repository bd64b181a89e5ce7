"""Context rules beyond the word list: ranges of months and days, rates past 100%, second-level
numbers run in inside one paragraph, and the guarded 的/地/得, 在/再, 以/已 rows (each firing
case next to the correct sentences that look most like it)."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check


def _rules(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.found) for f in check(text)]


@pytest.mark.parametrize("text", ["县教育局将于6-7月组织开展教师培训。", "5-7日开展专项检查。", "第6-7月完成验收。"])
def test_hyphen_in_a_range_of_months_or_days(text):
    assert [rule for rule, _ in _rules(text)] == ["P-RANGE"]


@pytest.mark.parametrize("text", ["执行GB 5749-2022标准。", "咨询电话0395-1234567。", "购置X6-7月产型号设备。",
                                  "版本1.2-3月发布。", "县教育局将于6—7月组织开展教师培训。"])
def test_standard_numbers_phones_and_models_keep_their_hyphen(text):
    assert _rules(text) == []


@pytest.mark.parametrize("text, found", [("全县食品抽检合格率为102.6%。", "102.6%"),
                                         ("其中已通硬化路的村占108%。", "108%"),
                                         ("占全县总量的108%。", "108%")])
def test_a_rate_past_100_percent(text, found):
    assert _rules(text) == [("N-RATE-OVER", found)]


@pytest.mark.parametrize("text", ["粮食产量完成计划的103.2%。", "税收收入同比增长126.5%。", "抽检合格率为100%。"])
def test_shares_that_may_pass_100_percent(text):
    assert _rules(text) == []


def test_second_level_numbers_inside_one_paragraph():
    assert _rules("（一）加强组织领导。（三）强化宣传引导。") == [("H-ORDER", "三")]
    assert _rules("（一）加强组织领导。（二）强化宣传引导。（三）严格考核。") == []
    assert _rules("（二）加强组织领导。（三）强化宣传引导。") == []  # an excerpt may start anywhere


@pytest.mark.parametrize("text, found", [
    ("县卫健委有力的推动了胸痛中心建设。", "的"), ("各学校有条不紊的开展期中质量检测。", "的"),
    ("各单位要科学合理的安排节日值班人员。", "的"), ("民警耐心细致的向驾驶员讲解交通法规。", "的"),
    ("全县禁毒工作取得了显著地成效。", "地"), ("全镇形成了共建共享的良好地社会氛围。", "地"),
    ("个别村对安全隐患整改的不彻底。", "的"), ("部分乡镇对政策宣传的不够深入。", "的"),
    ("窗口工作人员对新政策掌握的比较扎实。", "的"),
    ("各乡镇要再6月15日前完成排查。", "再"), ("会议在一次强调，要严格值班值守。", "在"),
    ("县住建局将组织专家在进行一次全面复核。", "在"), ("17处隐患点以全部完成工程治理。", "以"),
    ("县安委办检查组对对22家企业进行了安全检查。", "对对"),
])
def test_guarded_context_slips(text, found):
    assert [f for _, f in _rules(text)] == [found]


@pytest.mark.parametrize("text", [
    "在县委有力的推动下，项目顺利完工。", "这项工作需要科学合理的安排。", "会议作出科学合理的安排。",
    "当好群众热情的向导。", "生态环境良好地区秩序井然。", "全县各地积极开展排查。", "土地流转面积稳步增加。",
    "在一次强调安全的会议上，与会人员作了发言。", "在进行一次检查时发现问题。", "现在进行一次全面检查。",
    "力争以全部完成为目标。", "确保任务得以全部完成。", "一对对新人参加集体婚礼。", "核对对象信息后发放补贴。",
    "面对对手不松懈。", "要在6月15日前完成排查，再次开展检查。",
])
def test_the_look_alikes_stay_silent(text):
    assert _rules(text) == []
