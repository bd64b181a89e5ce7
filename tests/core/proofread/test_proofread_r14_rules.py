"""Round 14: a full stop inside 《》, a half-width full stop before a figure, two-character words
typed back to front, function words typed for a like-sounding character, and the wording rules
settled this round (免费赠送 silent, 法制宣传 a suggestion, 即时……、及时……, 其种, 做出……决定)."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check


def _found(text: str) -> set[tuple[str, str, str]]:
    return {(text[f.start:f.end], f.rule, f.suggestion) for f in check(text)}


def _told(text: str, found: str, right: str) -> bool:
    """Whether a finding covers ``found`` and suggests ``right`` in its place (alone, or within the
    longer listed phrase that holds it: 严个落实 → 严格落实)."""
    return any(found in f.found and right in f.suggestion for f in check(text))


@pytest.mark.parametrize("text, found", [
    ("会议学习了《关于加强基层应急管理能力建设的意见。》。", "。"),
    ("县卫健委转发了《关于做好流感防控工作的通知。》，要求各医疗机构认真落实。", "。"),
])
def test_a_full_stop_closing_a_title_is_reported(text, found):
    assert (found, "P-TITLE-STOP", "") in _found(text)


@pytest.mark.parametrize("text", [
    "各单位要认真落实《通知》。会议要求：“各单位要认真学习《安全生产法》。”",
    "县政府印发了《县2026年重点民生实事工作方案》（X政〔2026〕3号）。",
])
def test_titles_closed_right_draw_nothing(text):
    assert check(text) == []


def test_a_half_width_full_stop_before_a_figure_and_its_count_is_reported():
    text = "全县共有A级旅游景区9家，其中4A级景区3家.3A级景区6家。"
    assert (".", "P-HALF-PERIOD", "。") in _found(text)


@pytest.mark.parametrize("text", [
    "详见附件.1，全年PM2.5平均浓度为35.6微克/立方米。",
    "请下载《排查表.xlsx》填写，版本号为V1.2。",
])
def test_a_point_in_a_name_or_a_figure_stays_silent(text):
    assert not [f for f in check(text) if f.rule == "P-HALF-PERIOD"]


@pytest.mark.parametrize("text, found, right", [
    ("县商务局切实规范成品油市场经营序秩，营造公平竞争环境。", "序秩", "秩序"),
    ("各乡镇要采取有力施措，确保群众温暖过冬。", "施措", "措施"),
    ("县卫健委进一步加强医疗机构理管，规范诊疗行为。", "理管", "管理"),
])
def test_a_word_typed_back_to_front_is_reported(text, found, right):
    assert (found, "W-PAIR-SWAP", right) in _found(text)


@pytest.mark.parametrize("text", [
    "对群众反映强烈的问题，县信访局逐件登记、限时办结。",      # 限时 is a word (时限 backwards)
    "县医保局对17种国家集采药品开展落地监测。",               # 集采 too
    "群众都知道“有事找网格员”，网格员成了村里的“热心人”。",   # 员 closes 网格员
    "县应急管理局分2批次组织企业主要负责人培训。",             # 局 closes the unit's name
    "县交通运输局查处非法营运车辆15辆，文艺小分队演绎脱贫故事。",
])
def test_words_that_read_back_to_front_as_other_words_draw_nothing(text):
    assert check(text) == []


@pytest.mark.parametrize("text, found, right", [
    ("会议研就了下一步工作措施。", "研就", "研究"),
    ("各乡镇要严个落实值班值守制度。", "严个", "严格"),
    ("县农业农村局只导农民科学施肥。", "只导", "指导"),
    ("县商务局积极争去上级资金，支持县域商业体系建设。", "争去", "争取"),
    ("县市场监管局组织开展消费者权益日喧传活动。", "喧传", "宣传"),
    ("县人社局认真履行只责，做好农民工工资清欠工作。", "只责", "职责"),
])
def test_a_function_word_typed_for_a_like_sounding_character_is_reported(text, found, right):
    assert _told(text, found, right), check(text)


@pytest.mark.parametrize("text", [
    "县就业服务中心只出具了一份证明，他去年就业后去过两次。",
    "各村要把工作做细做实，个别乡镇进度滞后，要表个态。",
    "会议只通报了情况，究竟如何整改由各乡镇研究决定。",
    "各单位只能按规定办理，县总工会为职工办实事，职能部门要主动作为。",
])
def test_function_words_where_they_belong_draw_nothing(text):
    assert check(text) == []


@pytest.mark.parametrize("text, found, right", [
    ("一是提搞政治站位，切实增强责任感。", "提搞", "提高"),          # after the point of a list
    ("交警大队加墙对学校周边道路的巡逻管控。", "加墙", "加强"),      # before 对
    ("县文旅局绝定在全县开展文化惠民演出活动。", "绝定", "决定"),    # before 在
])
def test_list_points_and_prepositions_fence_a_slip(text, found, right):
    assert _told(text, found, right), check(text)


def test_free_gift_is_accepted_wording():
    assert check("县统计局编印《2026年县统计年鉴》600本，免费赠送各部门使用。") == []


def test_legal_publicity_is_told_gently_in_the_current_term():
    findings = [f for f in check("县司法局深入开展法制宣传进社区活动。") if f.found == "法制宣传"]
    assert [(f.suggestion, f.severity) for f in findings] == [("法治宣传", "suggestion")]
    assert check("12月4日是国家宪法日（2014年以前称全国法制宣传日）。") == []


def test_parallel_verbs_share_one_adverb():
    assert ("即时", "B:即时#2", "及时") in _found("县市场监管局对消费者投诉即时受理、及时办结。")
    assert check("县政务服务中心推行“即时受理、限时办结”，医保费用即时结算、即时到账。") == []


def test_qi_zhong_and_decisions_made():
    assert ("其种", "A:其种", "其中") in _found("全县共查处交通违法行为2.3万起，其种超速违法1.2万起。")
    assert check("全县农作物品种之多居全市前列，其种类齐全，其种子全部由县种子站供应。") == []
    assert ("做出", "B:做出#2", "作出") in _found("县市场监管局做出了暂停营业的行政处罚决定。")
    assert check("企业做出了质量合格的产品，做出了让群众满意的成绩。") == []


def test_a_name_or_post_is_followed_by_tong_zhi_not_a_book():
    assert _told("参加会议的有：县委副书记孙丽通志、副县长王强同志。", "通志", "同志")
    assert _told("县长李明通志在会上作了重要讲话。", "通志", "同志")
    assert check("县史志办编修《通志》，县通志馆开馆。") == []
