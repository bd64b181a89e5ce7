"""The round's rules, each with sentences where it must fire and near misses where it must not:
组 after a unit's name for 组织, a campaign word cut short (大检), a figure with 余 and no measure
word, a level of government typed twice (县县直), 大坝坝, 检察 counting what an office inspected,
典型案例5期, 各 after a figure spaced off it, two-character measure words typed off (86批刺),
words the lists lacked (充电桩, 防暑降温, 疏浚 with 俊, 轮椅, 修缮), a measure word typed by its sound
before what it counts (8价液化气站), and a hyphen between two counts of incidents, days or items
(5-10起)."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(text[f.start:f.end], f.suggestion) for f in check(text)]


@pytest.mark.parametrize("text, slip, suggestion", [
    ("6月3日，县林业局组召开全县林长制工作推进会。", "组", "组织"),
    ("6月4日，县住建局组开展城镇燃气安全检查。", "组", "组织"),
    ("6月7日，县交通运输局开展汛期道路安全大检，检查路段86公里。", "大检", "大检查"),
    ("6月8日，县市场监管局开展夏季食品安全大检行动。", "大检", "大检查"),
    ("6月5日，县审计局对县县直8个单位开展预算执行审计。", "县县", "县"),
    ("县县直各单位要按时报送材料。", "县县", "县"),
    ("6月1日，县应急管理局召开启动会，县县安委会成员单位负责同志参加。", "县县", "县"),
    ("6月4日，县水利局组织开展水库大坝坝安全检查。", "坝坝", "坝"),
    ("6月10日，县商务局开展专项检查，检察企业22家。", "检察", "检查"),
    ("5月21日，县纪委监委通报典型案例5期。", "期", "起"),
    ("6月12日，县应急管理局对12 各重点企业开展检查。", "各", "个"),
    ("6月14日，县市场监管局抽检夏季饮料86批刺，合格率100%。", "批刺", "批次"),
    ("全年组织送戏下乡36场词。", "场词", "场次"),
    ("6月17日，县消防救援大队对小区电动车充电庄开展检查。", "充电庄", "充电桩"),
    ("6月21日，县卫健委提醒群众做好防暑降稳。", "防暑降稳", "防暑降温"),
    ("6月20日，县水利局组织对城区排水沟渠开展疏俊。", "疏俊", "疏浚"),
    ("7月3日，县残联为困难残疾人发放论椅36台。", "论椅", "轮椅"),
    ("7月3日，县住建局组织对老旧校舍开展休缮。", "休缮", "修缮"),
    ("7月3日，县交警大队每日查处违法行为5-10起。", "-", "～"),
    ("6月14日，县市场监管局对全县8价液化气站开展安全检查。", "价", "家"),
    ("县交通运输局对全县12坐桥梁开展汛前检查。", "坐", "座"),
])
def test_slip_is_found_with_its_correction(text, slip, suggestion):
    assert (slip, suggestion) in _found(text)


@pytest.mark.parametrize("text", ["6月6日，县民政局发放防汛宣传册2600余。", "受益群众1.2万余，"])
def test_figure_with_about_and_no_measure_word_is_found(text):
    assert any(f.rule == "N-MEASURE-MISSING" for f in check(text))


@pytest.mark.parametrize("text", [
    "6月3日，县安委会检查组召开反馈会。",
    "6月3日，县防汛抗旱指挥部领导小组召开会议。",
    "3月3日，县委理论学习中心组举行集体学习。",
    "县卫健委党组召开专题会议。",
    "各村组召开群众会议。",
    "6月8日，县供电公司组织开展夏季设备大检修。",
    "全县共有应急救援队伍36支、队员1500余名，结余资金12万余元。",
    "6月6日，全市实现县县通高速，村村通客车。",
    "6月7日，县住建局对全县县城建成区燃气管道开展排查。",
    "城关镇镇政府组织各村村委开展排查，各县县城和小区区域内同步开展。",
    "6月10日，县检察院向有关单位发出检察建议5份，组织检察干警12名开展普法宣传。",
    "县检察院开展检察监督，办理案件6件。",
    "县应急管理局编发典型案例5期。",
    "见附件2 各乡镇名单。",
    "县水利局组织技术人员对水库库容进行复核。",
    "县文旅局组织文艺演出12场次，送戏下乡36场。",
    "全县完成疏浚河道12公里，新建充电桩260个。",
    "县发改委推动落后产能有序退出，县交警大队警力全部上路。",
    "县应急管理局要求各单位提高站位，县委宣传部开展主题活动，共收到作品36篇。",
    "每组配备5～10人，工期1—2个月，见第3-5号楼。",
    "县疾控中心为适龄女生接种9价疫苗1200人次，实行5加2工作制，拨打12345政务服务热线。",
])
def test_near_miss_draws_no_finding(text):
    assert all(f.rule.startswith("S-") for f in check(text))  # only the space in 2 各 is told
