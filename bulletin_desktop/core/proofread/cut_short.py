"""Words and counts cut short by a character the input method dropped: 县林业局组召开 (组织召开),
开展安全大检 (大检查), 发放宣传册1500余 (1500余份).

- 组 stands alone as a body's name only after what names the body (检查组, 领导小组, 党组, 村组):
  right after a unit's name (县林业局组召开) it is 组织 with its second character dropped.
- 大 and the first character of a campaign word (大检查, 大排查, 大整治 …) with the rest dropped,
  where the clause ends or a word that names the campaign follows (大检。, 大检行动): 大检修,
  大检阅 and 大检察官 are words of their own and are left.
- A figure with 余 says about how many, and what it counts comes right after (1500余份, 800余人,
  2万余元); 余 that closes the clause has lost its measure word.
"""
from __future__ import annotations

from typing import Iterator

from .base import finding
from .findings import Finding
from .gated import gated

# the last character of a unit's name that does things (县林业局, 县安委办, 县人社局, 城关镇);
# not 组, 村, 党 or 心 (工作组, 村组, 党组, 中心组 are bodies); 会 not at all (学会, 工会 read as bodies)
_UNIT_END = "局办委院队站所府厅社联镇乡司部"
_ORGANISE_CUT = gated(rf"(?<=[\u4e00-\u9fff][{_UNIT_END}])(?P<w>组)(?=召开|开展|举办|举行|实施|召集|发动|动员)")

# campaign words a county runs as 大X (《现代汉语词典》: 大检查); what may follow the cut word and
# still show it was one: the clause's end, or what names the campaign
# (not 排, 清, 调, 化, 练, 比: 大排, 大清, 大调整, 大化, 大练兵, 大比 read otherwise)
_CAMPAIGNS = {"检": "检查", "整": "整治", "走": "走访", "宣": "宣传", "巡": "巡查", "督": "督查"}
_CUT_CAMPAIGN = gated(r"大(?P<c>[检整走宣巡督])(?=[，。；！？、）”]|\Z|行动|活动|工作|专项|中|期间)")

# a figure and 余 at the clause's end: not 余 that opens a word (余额, 余量 are no clause's end)
_ABOUT_UNCOUNTED = gated(r"(?<![\d.第])\d+(?:\.\d+)?[万千亿]?(?P<w>余)(?=[，。；！？、）]|\Z)")


def check_cut_short(text: str) -> Iterator[Finding]:
    for m in _ORGANISE_CUT.finditer(text):
        yield finding("W-ORGANISE-CUT", text, m.start("w"), m.end("w"), "组织")
    for m in _CUT_CAMPAIGN.finditer(text):
        word = "大" + _CAMPAIGNS[m["c"]]
        yield finding("W-END-DROPPED", text, m.start(), m.end(), word)
    for m in _ABOUT_UNCOUNTED.finditer(text):
        yield finding("N-MEASURE-MISSING", text, m.start(), m.end(), None)
