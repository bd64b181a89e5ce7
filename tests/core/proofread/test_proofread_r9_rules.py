"""A two-character word of office prose one character off where the words around it fence it
in (配和, 准却, 会通), and incidents counted in 期 (违法行为126期)."""
import pytest

from bulletin_desktop.core.proofread import check


def _found(text):
    return {(f.found, f.rule, f.suggestion) for f in check(text)}


@pytest.mark.parametrize("text, found, right", [
    ("县委编办牵头，县人社局、县财政局配和，对事业单位开展绩效考核。", "配和", "配合"),
    ("各乡镇要确保信息报送及时准却。", "准却", "准确"),
    ("县信访局会通县人社局处置一起欠薪集体访。", "会通", "会同"),
    ("县住建局督足燃气经营企业完成整改。", "督足", "督促"),
    ("县医保局积级推进医保便民服务。", "积级", "积极"),
    ("各单位要建立问题台仗，逐项销号。", "台仗", "台账"),
])
def test_a_fenced_two_character_slip_fires(text, found, right):
    assert (found, "W-PAIR-SLIP", right) in _found(text), check(text)


@pytest.mark.parametrize("text", [
    "各学校要注意营养搭配和食品安全。",  # 搭配 + 和
    "今年新增集中供热面积12万平方米。",  # 新增 + 集中
    "虽然建设标准却一再提高，但进度没有受到影响。",  # 标准 + 却
    "县人民代表大会通过了政府工作报告。",  # 大会 + 通过
    "县人大常委会监督足额发放惠农补贴。",  # 监督 + 足额
    "要将水资源管理好，把好审核关。",  # 将 + 水资源
    "县人民检察院对3起案件提起公诉，县自然资源局保障重点项目供地。",  # words of their own
    "全县建社村村民代表参加会议，县里对建社路进行了改造。",  # a place's own name
])
def test_two_words_meeting_or_a_word_of_its_own_stays_silent(text):
    assert not [f for f in check(text) if f.rule == "W-PAIR-SLIP"], check(text)


def test_a_swap_is_only_reported_between_two_known_edges():
    # 到边防哨所段炼: fenced; 某段炼钢 would be 段 + 炼钢, never fenced on both sides
    assert ("段炼", "W-PAIR-SLIP", "锻炼") in _found("组织青年民兵到边防哨所段炼。")
    assert not [f for f in check("这一路段炼油厂较多。") if f.rule == "W-PAIR-SLIP"]


@pytest.mark.parametrize("text, found", [
    ("县公安局查处酒驾醉驾违法行为126期。", "期"),
    ("县消防救援大队共处置各类警情86期。", "期"),
    ("全县共发生道路交通事故26期，同比下降18%。", "期"),
    ("县自然资源局立案查处违法用地案件18期。", "期"),
])
def test_incidents_counted_in_qi_not_qi_of_issues(text, found):
    assert (found, "N-MEASURE-NOUN", "起") in _found(text), check(text)


@pytest.mark.parametrize("text", [
    "县人社局开办电工培训班8期，每期30人。",
    "本期简报为第126期，总第358期。",
    "县里已连续举办12期“周末大讲堂”。",
    "查处违法行为26起，办案期限为30日。",
    "本次事件发生在第3期培训班。",
    "这起违法行为3期间均未整改。",
])
def test_issues_and_classes_in_qi_stay_silent(text):
    assert not [f for f in check(text) if f.rule == "N-MEASURE-NOUN"], check(text)


def test_people_counted_in_wei_after_them():
    assert ("位", "N-MEASURE-NOUN", "名") in _found("县公安局抓获纵火犯罪嫌疑人2位。")
    assert not [f for f in check("县领导看望了3位老党员。") if f.rule == "N-MEASURE-NOUN"]
