"""Round 16: the office words the lists lacked, taken from the correct sentences already held
(压力, 设防, 下行, 抗震, 经办 …), and the lexicon's two-character words (明确, 负责): a slip in
them is told where known words fence it in, a character typed twice after them is told; their
right forms, and the real words their swaps make, draw nothing."""
import pytest

from bulletin_desktop.core.proofread import check


def _found(text: str) -> list[str]:
    return [f.found for f in check(text)]


@pytest.mark.parametrize("text, slip", [
    ("当前经济下行压立加大，各地要稳住就业基本盘。", "压立"),
    ("新建学校要严格落实抗震设访标准。", "设访"),
    ("县医保局对经半人员开展业务培训。", "经半"),
    ("县委组织部对新提拔的干部提出明确确要求。", "确确"),
    ("项目建设由县住建局牵头负责责，各乡镇配合。", "责责"),
    ("会议要求，要统筹发展和安全，对伍建设要常抓不懈。", "对伍"),
    ("县卫健委全面推行首接负则制，群众满意率明显提升。", "负则制"),
    ("县公安局在城区设立便民服务店12个。", "服务店"),
])
def test_a_slip_in_an_office_word_is_told(text, slip):
    assert slip in _found(text)


@pytest.mark.parametrize("text", [
    "当前经济下行压力加大，各地要稳住就业基本盘。",
    "新建学校要严格落实抗震设防标准。",
    "县医保局对经办人员开展业务培训，坐镇指挥的是分管副局长。",
    "县委组织部对新提拔的干部提出明确要求，由专人负责。",
    "县法律援助中心开展“法援惠民生”活动。",
    "全市家装市场开展专项检查，检查建材门店32家。",
    "完成全县326个行政村村庄规划编制。",
    "针对伍某反映的问题，县信访局已督促办理。",
    "县卫健委全面推行首接负责制，在城区设立便民服务点12个，值班至24:00。",
    "县文明办对文明家庭给予精神鼓励和物质奖励。",
])
def test_the_words_written_right_draw_nothing(text):
    assert check(text) == []
