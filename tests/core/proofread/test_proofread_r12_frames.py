"""The twelfth round's frames for 得, 作/做 and 又: a verb with 的 and how early or how firmly it
was done closing a sentence (部署的实。) or said twice (抓的紧而又紧), 作好 before a list of what is
to be done, 作细 beside 做实, 做 before a report whose name holds 工作, 做为 before 民生, and 即 in
the second half of 既……又……."""
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
])
def test_frame_written_right_stays_silent(text):
    assert check(text) == []
