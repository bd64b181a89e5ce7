"""查处 and 查出 put for each other, and 督察 for 督查: real words put for each other, told only where the sentence
decides which was meant.

查处 is to investigate and punish (依法查处违法行为); hazards are found, not punished, so 查处
with a count of hazards after it (共查处安全隐患36处) was 查出. Not where the clause punishes
(依法查处, 严肃查处 before it) or the hazards are the offence's subject (查处隐患整改不力的企业:
no count follows 隐患). And 查出 after a word that punishes (严厉, 一律, 予以) was 查处, unless
what is found follows (坚决查出问题根源). (依法查出, 查出力度 are told by the office words' list.)

督察 names the standing systems of inspection (中央生态环境保护督察, 土地督察, 警务督察) and their
bodies; a county's or a town's party committee, government or their offices checking the work of
their own area do 督查. So 督察 that such a body carries out (县政府办对…开展专项督察) is 督查,
unless the sentence names one of those systems or a higher level (生态, 环保, 土地, 警务, 中央,
省 …), or 督察 is a body's name (督察组, 督察长).

检察 is what prosecutors do (检察院, 检察官, 检察建议); what an office inspects is counted after
检查 (检查机构6家, 检查企业22家). So 检察 with what was inspected and its count right after it in
the clause is 检查, unless the sentence names prosecutors (检察院, 检察机关, 检察官, 公益诉讼).
"""
from __future__ import annotations

import re
from typing import Iterator

from .base import finding
from .findings import Finding
from .gated import gated

# 查处 then, inside the clause, the hazards and their count (or the clause's end); 查处置 and
# 查处理 are 排查处置, 核查处理; a punishing word before it keeps it
_PUNISHED_HAZARDS = gated(
    r"(?<!依法)(?<!严肃)(?<!严厉)(?<!从严)(?<!立案)(?<!依规)(?<!依纪)(?<!坚决)(?<!予以)(?<!一律)"
    r"查处(?![置理罚分])(?=[^，。；！？、\n]{0,8}?隐患(?:问题)?(?:共|合计|计)?"
    r"(?:[\d一二三四五六七八九十两几百千]|[，。；！？]|$))", re.M)

# 查出 after a word that punishes, not before what a check finds
_FOUND_PUNISHED = gated(r"(?:依法|严肃|严厉|从严|从重|从快|立案|依规|依纪|一律|予以|坚决)(?P<w>查出)"
                        r"(?![^，。；！？\n]{0,8}?(?:隐患|原因|漏洞|病|真相|根源|问题|险情|短板|不足))")

# a county's, district's, town's or street's own party committee, government or office,
# not a higher level's (省委; 市委 is left alone: a prefecture's as often as a county-level city's)
_LOCAL_BODY = r"(?<![省中])(?:[县区]委|[县区](?:人民)?政府|[镇乡](?:党委|(?:人民)?政府)|街道(?:党工委|办事处))"
# 督察 carried out (开展专项督察, 进行督察), not a body's name or post (督察组, 督察长, 督察室)
_DUCHA_DONE = r"(?:开展|组织|进行|实施)了?[^，。；！？\n]{0,6}?(?P<w>督察)(?![组长员室局办处队整反进制])"
_LOCAL_DUCHA = gated(rf"{_LOCAL_BODY}[^。；！？\n]{{0,40}}?{_DUCHA_DONE}")
# the systems of 督察, and bodies above the county's, anywhere in the sentence
_SYSTEM = gated(r"生态|环保|环境保护|土地|自然资源|警务|警察|公安|中央|国家|省|巡视|巡察|海洋|纪律|法律|执法")
_SENTENCE_END = "。；！？\n"

# 检察 not opening a prosecutors' word, then within the clause a figure and its measure word
_CHECKED_COUNTED = gated(r"检察(?!院|官|长|机关|建议|干警|人员|工作|监督|室|署|局|厅|处|科|部|系统|业务|权|委员|技术)"
                         r"(?=[\u4e00-\u9fff、]{0,10}?\d+(?:\.\d+)?[万千]?[余多]?[\u4e00-\u9fff])")
_PROSECUTORS = gated(r"检察院|检察机关|检察官|检察长|检察干警|公益诉讼|检察建议|人民检察")


def _sentence(text: str, start: int, end: int) -> str:
    begin = max(text.rfind(mark, 0, start) for mark in _SENTENCE_END) + 1
    ends = [at for at in (text.find(mark, end) for mark in _SENTENCE_END) if at >= 0]
    return text[begin:min(ends, default=len(text))]


def check_inspection_words(text: str) -> Iterator[Finding]:
    for m in _CHECKED_COUNTED.finditer(text):
        if not _PROSECUTORS.search(_sentence(text, m.start(), m.end())):
            yield finding("W-CHECKED-COUNTED", text, m.start(), m.end(), "检查")
    for m in _PUNISHED_HAZARDS.finditer(text):
        yield finding("W-HAZARDS-FOUND", text, m.start(), m.start() + 2, "查出")
    for m in _FOUND_PUNISHED.finditer(text):
        yield finding("W-PUNISHED-FOUND", text, m.start("w"), m.end("w"), "查处")
    for m in _LOCAL_DUCHA.finditer(text):
        if not _SYSTEM.search(_sentence(text, m.start(), m.end())):
            yield finding("W-LOCAL-DUCHA", text, m.start("w"), m.end("w"), "督查")
