"""The twelfth round's frames for 得, 作/做 and 又: a verb with 的 and how early or how firmly it
was done closing a sentence (部署的实。) or said twice (抓的紧而又紧), 作好 before a list of what is
to be done, 作细 beside 做实, 做 before a report whose name holds 工作, 做为 before 民生, and 即 in
the second half of 既……又……; real words in frames that call for another (未照成伤亡, 全部拆出, 抽样
调差, 教室业务能力, 防治……发生, 开战……行动), 以 for 已 after a unit, and 的 or 地 before 很 or 更细更实 closing a clause."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check


def _found(text: str) -> set[tuple[str, str | None]]:
    return {(f.found, f.suggestion) for f in check(text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("今年的防汛工作准备得早、部署的实。", ("的", "得")),
    ("各乡镇要把地质灾害防治工作抓的紧而又紧。", ("的", "得")),
    ("各养老机构要作好冬季防火、防煤气中毒工作。", ("作好", "做好")),
    ("县水利局强调，要把防汛工作作细做实。", ("作细", "做细")),
    ("县统计局局长李建国同志在会上做了工作报告。", ("做", "作")),
    ("县人社局把就业帮扶工作做为民生实事的重中之重来抓。", ("做为", "作为")),
    ("县自然资源局既要保发展，即要保红线。", ("即要", "又要")),
    ("县民政局既抓救助保障，即抓养老服务。", ("即", "又")),
    ("疏散群众46人，未照成人员伤亡。", ("照成", "造成")),
    ("违法建筑已全部拆出，恢复耕地12亩。", ("拆出", "拆除")),
    ("县统计局组织开展人口变动情况抽样调差。", ("调差", "调查")),
    ("县教体局组织开展中小学教室业务能力竞赛。", ("教室", "教师")),
    ("各学校要坚决防治食物中毒事件发生。", ("防治", "防止")),
    ("县交通运输局开战冬季道路运输安全专项整治行动。", ("开战", "开展")),
    ("县供水公司以完成城区二次供水设施改造。", ("以", "已")),
    ("今年全县粮食生产形势好的很。", ("的", "得")),
    ("各驾校要把安全教育做的更细更实。", ("的", "得")),
    ("要把各项防范措施做地细之又细。", ("地", "得")),
])
def test_frame_calls_for_another_word(text, expected):
    assert expected in _found(text)


@pytest.mark.parametrize("text", [
    "今年的防汛工作准备得早、部署得实，这是上级部署的实事。",
    "各乡镇要把地质灾害防治工作抓得紧而又紧。",
    "各养老机构要做好冬季防火、防煤气中毒工作，不能把隐患当作好事。",
    "要把防汛工作做细做实，把工作细化到人。",
    "县统计局局长李建国同志在会上作了工作报告，各单位要做好工作总结。",
    "县人社局把就业帮扶工作作为民生实事来抓，党员干部要多做为民办实事的工作。",
    "县自然资源局既要保发展，又要保红线；既要查隐患，立即要求整改。",
    "县民政局既抓救助保障，又抓养老服务；既抓整改，即日起逐项销号。",
    "疏散群众46人，未造成人员伤亡；按照成本价供应，参照成熟做法。",
    "违法建筑已全部拆除；从原有项目中拆出3个子项目。",
    "建材价格上涨，按合同约定调差，启动价格调差机制。",
    "对中小学教室进行改造，全县学校教室照明达标。",
    "做好病虫害防治，有效防治地质灾害，坚决防止事故发生。",
    "县交通运输局开展专项整治行动，向违法行为开战。",
    "县局以完成全年任务为目标，可以将责任分解到人，县供水公司已完成改造。",
    "今年全县粮食生产形势好得很，我们真的很高兴。",
    "要把安全教育做得更细更实、细之又细，做的工作更多更好。",
])
def test_frame_written_right_stays_silent(text):
    assert check(text) == []
