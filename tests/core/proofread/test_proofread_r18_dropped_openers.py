"""A word of four opening with a character that never stands alone (专项整治, 贯彻落实) typed with
its second character dropped (开展专整治, 认真贯落实) is told with the word; 贯 left alone in a
verb's slot is told as 贯彻. A character that does stand alone as an adjective or a preposition
before a word (强监管, 依规定), the first of a slogan's parallel phrases (坚持强监管、优服务) and
the words holding 专 or 贯 (专款专用, 专题研究, 一贯) draw nothing."""
import pytest

from bulletin_desktop.core.proofread import check


def _told(text: str) -> list[tuple[str, str | None]]:
    return [(f.found, f.suggestion) for f in check(text)]


@pytest.mark.parametrize("text, told", [
    ("12月9日，县城管局在城区开展专整治，清理占道经营摊点48处。", ("专整治", "专项整治")),
    ("县委办开展专督查，发现问题5个。", ("专督查", "专项督查")),
    ("县委宣传部组织召开专会议，安排部署宣传工作。", ("专会议", "专题会议")),
])
def test_a_word_of_four_with_its_second_character_dropped_is_told(text, told):
    assert told in _told(text)


def test_guan_alone_is_told_as_the_verb():
    found = _told("县防汛抗旱指挥部办公室要求各地认真贯落实上级防汛会议精神。")
    assert found and found[0][0].startswith("贯") and found[0][1] in ("贯彻", "贯彻落实")


@pytest.mark.parametrize("text", [
    "以强监管促进高质量发展，依规定程序办理。",
    "坚持强监管、优服务，推动高质量发展。",
    "县财政局专款专用，县纪委监委专题研究部署，县公安局专门成立工作专班。",
    "各地一贯高度重视，认真贯彻落实会议精神，开展专项整治和专题培训。",
])
def test_words_written_right_draw_nothing(text):
    assert check(text) == []


def test_a_half_left_alone_outside_a_slogan_is_still_told():
    assert [(f.found, f.suggestion) for f in check("各部门要强协调配合。")] == [("强", "加强")]
