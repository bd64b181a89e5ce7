"""Round 15: slips that are real words told by the words around them (出息 before 会议 is 出席, 项目建议进度
is 建设, 形式依然复杂 is 形势, 调节员 is 调解员), a listed two-character word slipped to open on a small
word (该革 for 改革), a character typed twice before a figure (达达98.2%), and a doubled character read
against the office word lists (开展展法治宣传); each with sentences where it must stay silent."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check


def _told(text: str, found: str, right: str) -> bool:
    return any(text[f.start:f.end] == found and right in (f.suggestion or "") for f in check(text))


@pytest.mark.parametrize("text, found, right", [
    ("县人大常委会副主任周敏出息开幕式并致辞。", "出息", "出席"),
    ("局党组成员全部出息了推进会。", "出息", "出席"),
    ("县长王刚出息并讲话。", "出息", "出席"),
    ("全县12个民生工程建议进度滞后，需加快推进。", "建议", "建设"),
    ("该校舍建议工期为18个月。", "建议", "建设"),
    ("当前，河道防汛形式更加复杂。", "形式", "形势"),
    ("全县信访形式错综复杂，要高度警惕。", "形式", "形势"),
    ("村里聘请3名专职调节员化解邻里纠纷。", "调节", "调解"),
    ("今年上半年，全县发生道路交通世故3起。", "世故", "事故"),
    ("座谈会上，5名村干部先后发炎。", "发炎", "发言"),
    ("会议听取了县教育局关于校园安全的专题回报。", "回报", "汇报"),
    ("县司法局举报了2期人民调解员培训班。", "举报", "举办"),
    ("县直各部门上下联动，行程了强大声势。", "行程", "形成"),
    ("入汛一来，全县累计转移群众2300人。", "一来", "以来"),
])
def test_a_real_word_in_another_word_s_frame_is_told(text, found, right):
    assert _told(text, found, right)


@pytest.mark.parametrize("text", [
    "这个孩子从小就有出息，村里人都说他没出息是假话。",
    "县长王刚出席会议并讲话，为学生颁奖。",
    "县发改委审查项目建议书12份，对重点项目建议方案提出修改意见。",
    "专家对工程建议名单进行了论证，项目建设进度符合要求。",
    "诈骗的表现形式复杂多样，宣传形式依然单一。",
    "采取多种形式，防汛形势依然复杂。",
    "水库管理所及时调节水位，空调温度调节到26℃。",
    "村人民调解员化解纠纷12起。",
    "老同志不世故，讲人情世故也讲原则；术后伤口发炎的患者已好转。",
    "企业发展壮大后回报家乡，项目投资回报率达到12%。",
    "县市场监管局公布举报电话，开展有奖举报活动。",
    "出差人员如实报告行程，行程结束后按时返岗。",
    "一来方便群众办事，二来减轻基层负担。",
])
def test_real_words_in_their_own_frames_draw_nothing(text):
    assert check(text) == []


@pytest.mark.parametrize("text, found, right", [
    ("全县持续深化医药卫生体制该革，群众就医更加便捷。", "该革", "改革"),
])
def test_a_two_character_word_slipped_to_open_on_a_small_word_is_told(text, found, right):
    assert _told(text, found, right)


@pytest.mark.parametrize("text", [
    "该革命旧址已完成修缮，对伍某进行了批评教育。",
    "通过以案说法、以案促改，增强干部职工的纪法意识。",
    "要对标对表上级部署，该抓的抓紧，该改的改到位。",
])
def test_a_small_word_and_the_next_read_so_draw_nothing(text):
    assert check(text) == []


@pytest.mark.parametrize("text, found", [
    ("全县农村自来水普及率达达96.5%。", "达达"),
    ("参保率提高到到95%以上。", "到到"),
    ("县税务局组织开展展法治宣传进企业活动8场。", "展展"),
    ("各乡镇坚持齐抓共共管，形成工作合力。", "共共"),
    ("修订完善应急预预案6个。", "预预"),
])
def test_a_character_typed_twice_is_told(text, found):
    assert any(text[f.start:f.end] == found for f in check(text))


@pytest.mark.parametrize("text", [
    "全县中小学生仅仅3%近视率上升，刚刚10时就完成了转移。",
    "三三制、一一对应的办法已推行，第一高级中学学生获奖。",
    "完成全县326个行政村村庄规划编制，渐渐5个村达标。",
    "家家户户、人人参与，天天3次巡查。",
    "完成全县行政村村庄规划编制，创建平安安全校园12所。",
])
def test_words_said_twice_and_words_meeting_draw_nothing(text):
    assert check(text) == []


@pytest.mark.parametrize("text, found, right", [
    ("社区卫生服务中心上门开展家庭医生约服务。", "家庭医生约", "家庭医生签约"),
    ("全镇村级集体济收入均超过10万元。", "村级集体济", "村级集体经济"),
])
def test_an_office_word_with_a_character_dropped_inside_is_told(text, found, right):
    assert _told(text, found, right)


@pytest.mark.parametrize("text", [
    "县水利局党组书记、局长刘建华带队督导，村集体经济收入稳步增长。",
    "推行网格管理，县人力资源社会保障局、县住房城乡建设局参加会议。",
    "全力以赴稳增长、防返贫，严把数据审核关，营救被困群众23人。",
])
def test_short_forms_written_right_draw_nothing(text):
    assert check(text) == []
