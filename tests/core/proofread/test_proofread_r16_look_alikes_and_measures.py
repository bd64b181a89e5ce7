"""Round 16: a character met in place of one drawn like it, and a figure's measure word typed by
sound or look. Sentences of offices not used for the rules (住房公积金, 人防, 残联 …)."""
import pytest

from bulletin_desktop.core.proofread import check


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(f.found, f.suggestion) for f in check(text)]


@pytest.mark.parametrize("text, found, right", [
    ("市司法局组织律师开展法律咨洵服务36场次。", "洵", "询"),
    ("县医保局推进门诊费用跨省直接结箅，惠及群众1.2万人次。", "箅", "算"),
    ("县档案馆举办馆藏档案展岚，接待群众4200人次。", "岚", "览"),
    ("县水利局完成水毁工程修夏12处。", "夏", "复"),
    ("各单位要在5个工作日己内报送材料。", "己", "以"),
    ("管理部要对检查发现的问题遂项整改。", "遂", "逐"),
    ("县人社局组织开展技能培圳，参训人员360人。", "圳", "训"),
])
def test_a_look_alike_that_makes_no_word_is_told(text, found, right):
    assert (found, right) in _found(text)


@pytest.mark.parametrize("text", [
    "夏粮收购工作已经全面完成，入库小麦3.6万吨。",
    "深圳市代表团来我市考察营商环境建设。",
    "各单位要结合自身实际，认真做好年度总结。",
    "盛夏时节，防汛值班人员坚守岗位。",
    "犯罪嫌疑人作案未遂，已被依法刑事拘留。",
    "各部门要齐心协力，确保各项工作落到实处。",
    "侯主任带队检查了县城3个在建工地。",
])
def test_a_look_alike_that_is_a_word_is_left_alone(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, found, right", [
    ("县医保局追回医保基金386万员。", "员", "元"),
    ("县档案馆完成馆藏档案数字化扫描120万也，数字化率85%。", "也", "页"),
    ("推出办税缴费事项213向。", "向", "项"),
    ("收集企业意见建议230调。", "调", "条"),
    ("新建农村公路186公理，改造危桥12座。", "公理", "公里"),
    ("追回违规提取资金46万兀。", "兀", "元"),
    ("全市已建成市级示范村45各，其中省级12个。", "各", "个"),
])
def test_a_measure_word_typed_by_sound_or_look_is_told(text, found, right):
    assert (found, right) in _found(text)


@pytest.mark.parametrize("text", [
    "全市386万员工纳入职工医保。",
    "抢险队员连续奋战3天3夜，转移群众1200人。",
    "详见附件2各乡镇任务分解表。",
    "车辆实行1进1出，保障受灾群众每天3顿。",
    "查扣非法储存烟花爆竹120箱。",
    "全县共辖9镇3乡，总人口52万。",
])
def test_a_figure_followed_by_what_it_counts_is_left_alone(text):
    assert _found(text) == []
