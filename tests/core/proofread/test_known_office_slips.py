"""Slips clerks' bulletins were found to keep: 问体 for 问题, 推荐会 for a meeting that pushes work
on (推进会), documents counted in 分 instead of 份, 各部们; each next to the correct prose that
looks most like it."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(f.found, f.suggestion) for f in check(text)]


@pytest.mark.parametrize("text, found, suggestion", [
    ("要聚焦群众反映强烈的突出问体，集中力量攻坚。", "问体", "问题"),
    ("审计发现，部分项目存在竣工验收不及时的问体。", "问体", "问题"),
    ("市应急管理局组织召开全市危险化学品安全生产工作推荐会。", "推荐会", "推进会"),
    ("县政府召开全县秋冬季大气污染防治工作推荐会议。", "推荐会", "推进会"),
    ("全县共出动执法人员326人次，检查企业1256家次，下达整改指令书45分。", "分", "份"),
    ("县乡村振兴局入户发放明白纸3000余分。", "分", "份"),
    ("今年共开展专项督导12次，发出督导意见书36分。", "分", "份"),
    ("各部们要密切配合，形成工作合力。", "部们", "部门"),
])
def test_slip_fires(text, found, suggestion):
    assert (found, suggestion) in _found(text), _found(text)


@pytest.mark.parametrize("text", [
    "深化学问体系建设，优化政务网站访问体验。",
    "县领导走访慰问体弱多病的老党员。",
    "县人社局举办高校毕业生就业工作推荐会。",
    "县文旅局在省城举办旅游产品推荐会，县商务局举办招商项目推荐会。",
    "全县召开安全生产工作推进会。",
    "考核细则中，档案资料占10分，现场检查占20分。",
    "问卷平均得分86分，发放问卷后30分钟内收回。",
    "县市场监管局下达责令改正通知书后8时30分前完成整改。",
    "各部门要关心关爱基层干部们。",
])
def test_correct_prose_stays_silent(text):
    assert check(text) == []
