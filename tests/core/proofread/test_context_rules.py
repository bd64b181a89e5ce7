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


@pytest.mark.parametrize("text, rule, found", [
    ("县政府近日印发“关于进一步优化营商环境的若干措施”，推出28条举措。", "P-BOOK-DOC", "“关于进一步优化营商环境的若干措施”"),
    ("认真学习贯彻“中国共产党纪律处分条例”。", "P-BOOK-DOC", "“中国共产党纪律处分条例”"),
    ("此次检查重点查看了各企业是否落实全员安全生产责任制？", "P-INDIRECT-Q", "？"),
    ("县委书记强调：要重点抓好三项工作：一是抓项目，二是抓安全。", "P-COLON-NESTED", "："),
    ("全县共组织专题培训十5期。", "N-MIXED", "十5"),
    ("占耕地总面积的60—70%。", "N-RANGE-UNIT", "60—70%"),
    ("每户落实奖补资金5—8万元。", "N-RANGE-UNIT", "5—8万"),
    ("3号上午，县长带队督导检查。", "D-HAO", "号"),
    ("企业用电成本降低了1倍。", "N-DOWN-TIMES", "1倍"),
    ("重点抓好：第一，强化领导；其次，完善机制；第三，加强考核。", "H-SERIES", "其次"),
    ("能否抓好安全生产工作，是经济社会持续健康发展的重要保证。", "G-TWO-SIDED", "能否"),
    ("该县从群众需求为出发点，优化设施布局。", "G-FROM-AS", "从"),
])
def test_second_batch_rules_fire(text, rule, found):
    assert _rules(text) == [(rule, found)]


@pytest.mark.parametrize("text", [
    "县教体局印发《关于做好秋季开学安全工作的通知》，提出“关于安全的三个要求”。",
    "检查企业是否建立了隐患排查台账？", "检查组询问：是否落实了责任制？", "查看各企业是否落实了责任制，难道不该吗？",
    "会议要求，各单位要抓好三项工作：一是抓项目，二是抓安全。", "联系人：王某，电话：12345。",
    "会议指出：“要抓好三项工作：一是抓项目。”", "落实“十四五”规划，开展十五项行动。",
    "占耕地总面积的60%—70%，每户补贴5万—8万元，7—8月完成，400—429页。", "11号线上午停运，3号楼上午完成验收。",
    "成本降低了50%，产值增长了1倍。", "第一，强化领导；第二，完善机制。首先，统一思想；其次，压实责任。",
    "能否抓好安全生产，关键在于落实责任。", "从严从实为基层减负，从群众需求出发优化布局。",
])
def test_second_batch_rules_stay_silent(text):
    assert _rules(text) == []


@pytest.mark.parametrize("text, found", [
    ("切实规范权利运行。", "权利"), ("组织党员赴外地考查学习基层党建经验。", "考查"),
    ("县人民检查院开展专项行动。", "检查院"), ("各部门作好节假日期间值班值守和应急处置工作。", "作好"),
    ("要再全县范围内开展一次排查。", "再"), ("项目建设所须资金由县财政解决。", "所须"),
    ("截至目前，全县以完成造林面积1.2万亩。", "以"), ("生活必须品供应充足。", "必须品"),
    ("各村要建立健全长效机智。", "机智"), ("要格守纪律规矩。", "格守"), ("对读职失职的严肃追责。", "读职"),
    ("党建引领是推动乡村振兴地重要抓手。", "地"), ("要进一步提高社会保险覆盖面。", "提高"),
    ("网上可办率增强到98%。", "增强"), ("各单位要切实提高组织领导。", "提高"), ("秩序明显好转，造成了良好成效。", "造成"),
])
def test_second_batch_context_rows(text, found):
    assert [f for _, f in _rules(text)] == [found]


@pytest.mark.parametrize("text", [
    "保障群众合法权利，规范权力运行。", "考查学生的学习能力，考查成绩合格。", "逐一检查院内消防设施。",
    "不能把隐患当作好事看待。", "再次在全县范围内开展检查。", "该项目所需资金已落实。",
    "全县以完成年度任务为目标，全市以发放消费券的方式拉动消费。", "必须品质过硬。", "民警机智勇敢。",
    "严格守住底线，价格守信经营。", "深入解读职责分工。", "这是本地重要抓手。", "提高参保覆盖率。",
    "群众获得感不断增强。", "加强组织领导，提高领导水平。", "造成了不良影响。",
])
def test_second_batch_look_alikes_stay_silent(text):
    assert _rules(text) == []
