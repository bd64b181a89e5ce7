"""Slips of counts and of words of daily entries: 个 for 各 where no numeral or demonstrative
counts (对个乡镇), a measure word typed by its sound before what counted people do (120余明参加),
the first character of 人次 typed twice (86人人次), 巡察 of hazards and river courses (巡查), and
words the lists lacked (讨回, 扑救, 打非治违, 卫生 read as 卫牛). Their right forms and near
misses (18个乡镇, 若干个部门, 个别, 10余个部门, 县委巡察组开展巡察, 研讨会) draw nothing."""
import pytest

from bulletin_desktop.core.proofread import check


def _told(text: str) -> list[tuple[str, str | None]]:
    return [(f.found, f.suggestion) for f in check(text)]


@pytest.mark.parametrize("text, told", [
    ("县委督查室对个乡镇春季植树造林工作进行督查。", ("个", "各")),
    ("会议要求个部门要高度重视，压实责任。", ("个", "各")),
    ("县应急管理局组织开展地震应急疏散演练，机关干部职工120余明参加。", ("明", "名")),
    ("县市场监管局开展春季食品安全大检查，出动执法人员86人人次。", ("人人", "人")),
    ("县自然资源局对全县地质灾害隐患点开展汛前巡察，排查隐患点31处。", ("巡察", "巡查")),
    ("县人社局为183名农民工讨会工资236万元。", ("讨会", "讨回")),
    ("县住建局开展建筑施工安全“打非制违”专项行动。", ("打非制违", "打非治违")),
    ("县城管局对城区主次干道开展环境卫牛集中整治。", ("牛", "生")),
])
def test_the_slip_is_told(text, told):
    assert told in _told(text)


@pytest.mark.parametrize("text", [
    "全县18个乡镇、若干个部门、整个社区、好几个单位和10余个部门参加，对个别乡镇进行约谈。",
    "全县共有3人参加，1200人就业，1200余户受益，出动执法人员86人次。",
    "县委巡察组对县水库管理所开展巡察，县委第三巡察组进驻县河道管理所开展常规巡察。",
    "县委党校举办专题研讨会，县人社局为农民工讨回工资，县消防救援大队开展火灾扑救演练。",
    "县住建局开展“打非治违”专项行动，县城管局开展环境卫生集中整治。",
])
def test_right_forms_and_near_misses_draw_nothing(text):
    assert check(text) == []


def test_a_count_spaced_from_its_measure_word_is_no_ge_for_each():
    assert [f.rule for f in check("全县91 个社区网格纳入智慧平台。")] == ["S-HAN-ALNUM"]
