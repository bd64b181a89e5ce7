"""Words of county offices' everyday business (防汛, 森林防火, 燃气, 校园, 食品药品, 信访, 环保督察)
told by their context: each firing case next to the correct sentences that look most like it."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(f.found, f.suggestion) for f in check(text)]


@pytest.mark.parametrize("text, found, suggestion", [
    ("县农业农村局组织专家开展小麦商情监测。", "商情", "墒情"),
    ("交办的信访件已全部办结并向社会公式。", "公式", "公示"),
    ("通报典型案例，警世党员干部。", "警世", "警示"),
    ("进入防火期，严禁携带伙种进山。", "伙种", "火种"),
    ("县里定期组织县级领导到乡镇视查秋粮收购。", "视查", "视察"),
    ("本月周未和节假日期间实行领导带班。", "周未", "周末"),
])
def test_context_words_fire(text, found, suggestion):
    assert (found, suggestion) in _found(text), _found(text)


@pytest.mark.parametrize("text", [
    "县商务局开展商情监测，及时发布市场商情信息。",
    "县人社局公布了计算公式，并向社会公示了结果。",
    "这部作品堪称警世之作。",
    "村民合伙种植辣椒200亩。",
    "通过电视查看天气预报的群众越来越多，工作人员到现场巡视查看。",
    "连续一周未发生火情，本周未及时上报的要说明原因。",
    "途经我县的国道有5条，车辆途经危险路段要减速。",
    "要调整该项目的实施方案，准备按期完成验收。",
    "考核结果按排名先后通报，面临管理难题要及时报告。",
    "他高中读书期间就参加了志愿服务，在醒目处放置警示牌。",
    "各部门配合做好保障，结合做好秋收工作。",
    "规划解读会按期召开，农户林下经济收入增加。",
    "打造出形态各异的景观节点，帮助农户提高蜂蜜产量。",
])
def test_near_misses_stay_silent(text):
    assert check(text) == []


@pytest.mark.parametrize("text, found, suggestion", [
    ("要进一步营造风清气正地政治生态。", "地", "的"),
    ("形成齐抓共管地工作格局。", "地", "的"),
    ("县信访局坚持来信既收即办。", "既", "即"),
    ("对发现的问题即知既改。", "既", "即"),
])
def test_frames_of_state_and_of_at_once_fire(text, found, suggestion):
    assert (found, suggestion) in _found(text), _found(text)


@pytest.mark.parametrize("text", [
    "营造风清气正的政治生态，形成齐抓共管的工作格局。",
    "打造特色产业基地格局，构建现代农业园地生态，形成全国各地格局。",
    "既要收集信息，又要即时反馈；既查出问题又整改到位。",
])
def test_frames_of_state_and_of_at_once_stay_silent(text):
    assert check(text) == []


@pytest.mark.parametrize("text, found, suggestion", [
    ("县卫健委组织开展了“传染病防治法”宣传活动。", "传染病防治法", "《传染病防治法》"),
    ("组织学习乡村振兴促进法。", "乡村振兴促进法", "《乡村振兴促进法》"),
    ("要坚定不移的推进全面从严治党。", "的", "地"),
    ("要毫不动摇的坚持党的领导。", "的", "地"),
])
def test_laws_and_set_adverbials_fire(text, found, suggestion):
    assert (found, suggestion) in _found(text), _found(text)


@pytest.mark.parametrize("text", [
    "开展“民法典宣传月”活动，学习《中华人民共和国传染病防治法》。",
    "坚定不移的信念是力量之源，这是一以贯之的要求，实事求是的态度很重要。",
])
def test_laws_and_set_adverbials_stay_silent(text):
    assert check(text) == []


@pytest.mark.parametrize("text, found, suggestion", [
    ("网格员们挨家挨户的宣传燃气安全知识。", "的", "地"),
    ("要严防泄露燃气引发火灾。", "泄露", "泄漏"),
    ("各村要切实把秸秆禁烧工作作好。", "作好", "做好"),
])
def test_doing_words_fire(text, found, suggestion):
    assert (found, suggestion) in _found(text), _found(text)


@pytest.mark.parametrize("text", [
    "要组织开展挨家挨户的入户走访。",
    "要严防泄露燃气用户的个人信息。",
    "不能把困难当作好事来看，建成一座好桥。",
])
def test_doing_words_stay_silent(text):
    assert check(text) == []


@pytest.mark.parametrize("text, rule, found", [
    ("县委书记指出，“防汛就是防风险、防事故。”", "P-SAID-COMMA", "，"),
    ("全县共检查校车136辆、发现问题12个。", "P-CLAUSE-COMMA", "、"),
    ("各各乡镇要加强巡查。", "DUP-CHAR", "各各"),
    ("全县脱贫攻坚成果巩固的很好。", "B:的#2", "的"),
])
def test_clause_marks_and_complements_fire(text, rule, found):
    assert (rule, found) in [(f.rule, f.found) for f in check(text)], check(text)


@pytest.mark.parametrize("text", [
    "他强调，“十四五”期间要抓好项目，会上说，“四个最严”要落实。",
    "全县共检查校车136辆、货车200辆，发现问题12个，督促整改9个。",
    "各乡镇各司其职，巩固的成果很多，管理的很多企业都通过了验收。",
])
def test_clause_marks_and_complements_stay_silent(text):
    assert check(text) == []
