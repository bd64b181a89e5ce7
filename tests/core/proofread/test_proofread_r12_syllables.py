"""The twelfth round's like-sounding characters: the common characters of one syllable (an input
method lists them together) as one group, the real words they spell when swapped into an office
word left alone, and the swaps that read as two words meeting (a modal after a phrase, one office
word in place of another inside a longer one)."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check


def _found(text: str) -> set[tuple[str, str | None]]:
    return {(f.found, f.suggestion) for f in check(text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("东城街道社区卫生服务中心为辖区老年人开展免费体建。", ("体建", "体检")),
    ("南湖街道办事处开展应急疏散演练，组止居民撤离演练。", ("组止", "组织")),
    ("城关街道办事处扎实做好信访稳定工作，化届信访积案8件。", ("化届", "化解")),
    ("县消防救援大队全力保帐重大活动消防安全。", ("保帐", "保障")),
    ("县林业局组织开展森林防火演连，参演人员120人。", ("演连", "演练")),
    ("县疾控中心开展流感疫苗结种工作，累计接种8600剂次。", ("疫苗结种", "疫苗接种")),
    ("县图书馆开展“全民越读”活动。", ("全民越读", "全民阅读")),
    ("县城管局对城区燃期用户开展入户安检。", ("燃期", "燃气")),
])
def test_slip_of_a_character_of_the_same_syllable(text, expected):
    assert expected in _found(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("县水利局对城区防洪堤进行加故，确保安全度汛。", ("加故", "加固")),
    ("各水库管理单位要严格执行汛限水位，严禁违规续水。", ("续水", "蓄水")),
    ("县人民医院投资860万元购制医疗设备12台（套）。", ("购制", "购置")),
    ("县水利局抓好河湖长制工作，巡合2.3万人次。", ("巡合", "巡河")),
    ("会议指出，要充分认识做好冬季安全生产工作的重要姓。", ("重要姓", "重要性")),
    ("县人社局加强技工院校建设，毕业声就业率96%。", ("毕业声", "毕业生")),
    # 会 and 可 close words too (智慧, 许可); only 要, 应, 须, 将 and 能 open what is said
    ("县中医院建成“智会药房”，群众取药时间缩短一半。", ("智会", "智慧")),
    ("县水利局加强水资源管理，严格实行取水需可制度。", ("需可", "许可")),
])
def test_slip_of_a_word_added_this_round(text, expected):
    assert expected in _found(text)


@pytest.mark.parametrize("text", [
    # a word of the same family as one added (示范点): 示范店, 示范县
    "全县共有“放心消费示范店”312家，县交通运输局申报省级示范县，建成示范点12个。",
    # real words a same-syllable swap of an office word spells
    "县委组织部坚决纠治形式主义、官僚主义问题，严禁迟报、漏报、拒报等行为。",
    "县税务局对新办纳税人开展“一对一”辅导，将安监、消防等纳入网格。",
    "县公安局止付冻结资金1260万元，各地要防止检查流于形式、直截了当指出问题。",
    "要抓好冬小麦田间管理，及时开展冬灌；线长等于版心宽度，报告分项列出。",
    # one office word in place of another inside a longer one
    "县粮储中心对储备粮开展质量检测，县城管局对人行天桥进行了安全检测，水质检测全部合格。",
    # a modal after a phrase
    "环卫工人在冬季清雪作业中要注意安全，检查中要做好记录。",
    # words that open with the same syllable as a listed word
    "县交通运输局在县城新建公交候车亭36个，更新新能源公交车20辆。",
    "县人民医院加强院感防控，对重点科室开展全面消杀。",
])
def test_words_written_right_stay_silent(text):
    assert check(text) == []
