"""The eleventh round's rules, each beside the near misses it must leave alone: a two-character
verb typed with one of its characters dropped, 做地 for 做得 before how well a thing was done, a
figure's measure word typed twice after 万 (1.2万亩亩),
a count or 至 as the edge of a two-character word, and slips of the like-sounding characters and
the words added this round."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check


def _found(text: str) -> set[tuple[str, str, str | None]]:
    return {(f.found, f.rule, f.suggestion) for f in check(text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("县住建局织开展建筑施工安全检查。", ("织", "W-DROPPED", "组织")),
    ("县妇联织开展“巾帼建功”活动。", ("织", "W-DROPPED", "组织")),
    ("县公安局展夏季治安打击整治行动。", ("展", "W-DROPPED", "开展")),
    ("县应急管理局组织召防汛会商会。", ("召", "W-DROPPED", "召开")),
    ("各部门要强协调配合，形成工作合力。", ("强", "W-DROPPED", "加强")),
    ("各单位要切实强值班值守。", ("强", "W-DROPPED", "加强")),
    ("县人社局实就业帮扶政策。", ("实", "W-DROPPED", "落实")),
    ("城关镇织召开全镇安全生产工作会议。", ("织", "W-DROPPED", "组织")),          # after a town
    ("县人民医院展“医疗质量提升年”活动。", ("展", "W-DROPPED", "开展")),          # before a quoted name
    ("县投资集团强对所属企业的安全监管。", ("强", "W-DROPPED", "加强")),          # before 对
    ("各村要实24小时值班制度。", ("实", "W-DROPPED", "落实")),                    # before a figure
])
def test_verb_with_a_character_dropped(text, expected):
    assert expected in _found(text)


@pytest.mark.parametrize("text", [
    "县纺织厂织布车间开展安全检查，县委组织部组织召开年轻干部座谈会。",
    "县博物馆展出文物120件，县文化馆展览书画作品86幅，县科技馆展教区对外开放。",
    "县委实行常委分包联系制度，县局实地查看了现场，县税务局实征税款12.6亿元。",
    "县气象局发布强对流天气预警，各地要补短板、强弱项，大家都强调要抓落实。",
    "要从方方面面入手，扎扎实实做好防汛准备，要实打实地抓好落实。",
    "群众的防范意识不强，安全意识较强的企业，县工商联强化服务。",
    "县应急局组织展开搜救，县委召集有关部门研究部署，并实时上传数据。",
    "城关镇实行“河长制”，东关村实有人口1200人，李家镇强村富民工程成效明显。",
    "县疾控中心实验室通过了“CMA”认证，县投资集团强化对所属企业的监管。",
    "他的责任心强，对工作认真负责；县气象局发布强对流天气预警。",
])
def test_those_characters_inside_words_draw_nothing(text):
    assert check(text) == []


@pytest.mark.parametrize(("text", "found"), [
    ("各乡镇要把工作做地更细更实。", "地"),
    ("要把每一项工作做地扎扎实实。", "地"),
])
def test_di_before_how_well_it_was_done(text, found):
    assert (found, "F-DE-COMPLEMENT", "得") in _found(text)


@pytest.mark.parametrize("text", [
    "工作做得扎扎实实。",
    "把工作做地道。",
    "这块地做地基。",
])
def test_di_that_is_right_draws_nothing(text):
    assert check(text) == []


@pytest.mark.parametrize(("text", "found"), [
    ("县林业局完成植树造林1.2万亩亩。", "亩亩"),
    ("全年新增就业1200余人人，", "人人"),
])
def test_measure_word_typed_twice_after_a_figure(text, found):
    assert (found, "DUP-CHAR", found[0]) in _found(text)


@pytest.mark.parametrize("text", [
    "全县有12个个体工商户完成登记。",
    "共检查36处，处处有记录。",
])
def test_measure_word_that_goes_on_draws_nothing(text):
    assert check(text) == []


@pytest.mark.parametrize(("text", "found", "suggestion"), [
    ("县市场监管局督促企业落实两项治度。", "治度", "制度"),              # a count before it
    ("县应急管理局建立5项治度。", "治度", "制度"),
    ("县行政审批服务局把办理时限压锁至1个工作日。", "压锁", "压缩"),        # 至 after it
    ("冬季用电高峰期间，抢修队伍24小时值斑。", "值斑", "值班"),
    ("县热力公司于11月15日正式共暖。", "共暖", "供暖"),
    ("严禁在铁路两测放牧。", "两测", "两侧"),
    ("各单位要诺实保密工作责任制。", "诺实", "落实"),                    # n for l
    ("县住建局对城区管网进行改照。", "改照", "改造"),                      # zh for z
    ("县国资委督促国有企业建全安全生产责任制。", "建全", "健全"),
])
def test_two_character_slips_of_this_round(text, found, suggestion):
    assert (found, "W-PAIR-SLIP", suggestion) in _found(text)


@pytest.mark.parametrize(("text", "found", "suggestion"), [
    ("县民政局开展养老服务只量提升行动。", "服务只量", "服务质量"),
    ("县自然资源局加大对违法占地的查出力度。", "查出力度", "查处力度"),   # 查出 is a word; 查出力度 is not
    ("县总工会发放为问金36万元。", "为问金", "慰问金"),
    ("县邮政管理局督促寄递企业严格落实“三项治度”。", "三项治度", "三项制度"),
])
def test_office_term_slips_of_this_round(text, found, suggestion):
    assert (found, "W-TERM-SLIP", suggestion) in _found(text)


@pytest.mark.parametrize("text", [
    "县委书记强调，要坚定理想信念，坚定不移推进全面从严治党。",
    "县市场监管局检查中发现部分商户使用劣质排插，已责令更换。",
    "县水利局对病险水库实行空库运行，确保安全度汛。",
    "县司法局加强法制审核，县林场开展森林防火演练，县政府网店销售农产品。",
    "事故发生后，保险公司及时出险，对责任人给予政纪处分。",
    "县邮政管理局共检查快递网点67个，下达整改通知书3份。",
])
def test_right_words_a_swap_makes_draw_nothing(text):
    assert check(text) == []


@pytest.mark.parametrize("text", [
    "用户发现燃气泄漏时应立即关闭阀门、开窗通风。",   # 时应 is 时 and 应, not 适应 typed off
    "汛期前要对堤防开展一次全面检查。",
    "县消防救援支队对全县高层建筑开展检查。",          # 队对: a unit, then the preposition
    "县委组织部对全县年轻干部进行了考核。",
])
def test_a_clause_of_time_or_a_preposition_at_a_swap_draws_nothing(text):
    assert check(text) == []


def test_zai_at_the_end_of_a_swap_is_still_reported():
    assert ("纯在", "W-PAIR-SLIP", "存在") in _found("检查中发现部分企业纯在台账不全的问题。")
