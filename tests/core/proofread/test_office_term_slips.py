"""A listed word of office prose with one character typed for one of like sound."""
import pytest

from bulletin_desktop.core.proofread import check
from bulletin_desktop.core.proofread.lists import confusable_chars, office_terms


def _slips(text):
    return {(f.found, f.suggestion) for f in check(text) if f.rule == "W-TERM-SLIP"}


@pytest.mark.parametrize("text, found, right", [
    ("县农业农村局组织开展了春季动物役病集中免疫。", "动物役病", "动物疫病"),
    ("县纪委监委对违规吃和问题开展了专项整治。", "违规吃和", "违规吃喝"),
    ("县交通运输局对客运车辆卫星定为装置进行了抽查。", "卫星定为", "卫星定位"),
    ("县政务服务中心全面推行首问负则制。", "首问负则制", "首问负责制"),
    ("县委政法委组织开展了平安创健宣传活动。", "平安创健", "平安创建"),
])
def test_one_character_off_fires(text, found, right):
    assert (found, right) in _slips(text), check(text)


@pytest.mark.parametrize("text", [
    "县农业农村局组织开展了春季动物疫病集中免疫，县委督查组、督察组分别开展了督导检查。",
    "调研组实地查看、实地察看了农田灌溉设施，巡查整改和巡察整改同步推进。",
    "衣服物品整齐摆放，法制宣传和法治宣传一起开展。",
])
def test_listed_words_and_their_listed_twins_stay_silent(text):
    assert _slips(text) == set()


def test_a_swap_that_makes_another_listed_word_is_not_a_slip():
    terms = office_terms()
    swaps = confusable_chars()
    assert "督" in swaps["都"] and "都" in swaps["督"]
    assert {"实地查看", "实地察看"} <= terms


def test_a_body_name_after_the_place_is_left_to_the_name_check_but_not_after_quan_xian():
    assert _slips("县卫生建康委员会印发了方案。") == set()
    assert ("文物保户单位", "文物保护单位") in _slips("县文旅局对全县文物保户单位开展了安全巡查。")
