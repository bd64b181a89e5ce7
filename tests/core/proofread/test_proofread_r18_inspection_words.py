"""查处 and 查出, 督察 and 督查: a real word put for the other is told only where the sentence
decides — hazards counted after 查处 were found (查出); 查出 after a punishing word (依法, 严肃)
was 查处; 督察 carried out by a county's or town's own party committee,
government or office is 督查, unless the sentence names a system of 督察 (生态环境保护, 土地,
警务) or a higher level."""
import pytest

from bulletin_desktop.core.proofread import check


def _told(text: str) -> list[tuple[str, str | None]]:
    return [(f.found, f.suggestion) for f in check(text)]


@pytest.mark.parametrize("text, slip, right", [
    ("联合检查组对城区商场开展消防检查，共查处安全隐患36处，均已督促整改。", "查处", "查出"),
    ("检查组现场查处火灾隐患12处。", "查处", "查出"),
    ("排查中查处重大事故隐患2处，已挂牌督办。", "查处", "查出"),
    ("县公安局严厉查出酒驾醉驾违法行为。", "查出", "查处"),
    ("对违规行为一律查出，绝不姑息。", "查出", "查处"),
    ("对无证经营行为坚决予以查出，绝不姑息。", "查出", "查处"),
    ("县政府办对各乡镇秋冬季秸秆禁烧工作开展专项督察，督导检查各村巡查值守情况。", "督察", "督查"),
    ("县委督查室牵头开展专项督察。", "督察", "督查"),
    ("城关镇党委对各村人居环境整治开展督察，发现问题5个。", "督察", "督查"),
])
def test_the_word_the_sentence_rules_out_is_told(text, slip, right):
    assert (slip, right) in _told(text)


@pytest.mark.parametrize("text", [
    "联合检查组共查出安全隐患36处，均已督促整改。",
    "县应急管理局依法查处隐患整改不到位的企业3家，排查处置隐患12处。",
    "县应急管理局对2家企业隐患整改不力问题依法查处。",
    "县交警大队共查出酒驾违法行为15起，及时查出安全隐患，坚决查出问题根源。",
    "审计组在审计中查出违规使用资金问题4个。",
    "县政府对各乡镇开展生态环境保护专项督察整改情况进行督查。",
    "县委县政府全力配合中央生态环境保护督察组开展督察工作。",
    "县公安局开展警务督察，县政府开展专项督查。",
    "县政府办对各乡镇开展土地例行督察反馈问题整改情况督查。",
    "省自然资源督察局对我县开展督察，县政府办公室全力做好配合。",
])
def test_where_the_sentence_leaves_it_open_nothing_is_told(text):
    assert check(text) == []
