"""Paired connectives (关联词) that do not belong together in one sentence: 即使……但,
只要……才, 只有……就, 尽管 with a question word (尽管多难……都), and 因为 opening a purpose.

Each pair is looked for inside one sentence (up to 。！？；), the first word at the start of a
clause, the second at the start of a later clause, so a word that merely contains the
character (人才, 但愿) does not count. These are suggestions: the clerk chooses which half to
change.
"""
from __future__ import annotations

import re
from typing import Iterator

from .base import finding
from .findings import Finding
from .gated import gated

_CLAUSE_START = r"(?:^|(?<=[，。；！？：\n]))"
_SENTENCE_REST = r"[^。！？；\n]"

# (first word, what may not follow it later in the sentence, what must, the words to suggest)
# 即使……但: 即使 concedes a supposition and pairs with 也; a fact conceded pairs 虽然……但
_EVEN_BUT = gated(rf"{_CLAUSE_START}(?P<w>即使|即便|哪怕)(?P<rest>{_SENTENCE_REST}{{2,40}}?)，(?:但|但是|可是|然而)"
                       r"(?![^。！？；\n]*也)", re.M)
# 只要……才: 只要 (enough) pairs with 就; 只有 (only if) pairs with 才
_ENOUGH_ONLY = gated(rf"{_CLAUSE_START}(?P<w>只要)(?P<rest>{_SENTENCE_REST}{{2,40}}?)，"
                          rf"(?:{_SENTENCE_REST}{{0,12}}?)(?<![人英天口奇良贤干将帅方])才(?:能|会|可|可以|是|有|算|得以)", re.M)
_ONLY_ENOUGH = gated(rf"{_CLAUSE_START}(?P<w>只有)(?P<rest>{_SENTENCE_REST}{{2,40}}?)，"
                          rf"(?:{_SENTENCE_REST}{{0,12}}?)就(?:能|会|可|可以|一定|必然|不会)", re.M)
# 尽管任务多重、困难多大，都要……: 尽管 concedes a fact; a question word (多大, 怎样, 是否) asks
# about every case, and that is 不管 or 无论
_ALTHOUGH_ANY = gated(rf"{_CLAUSE_START}(?P<w>尽管)(?=[^，。！？；\n]*?(?:多[大少重高远难久长么]|怎样|怎么|如何|什么|"
                           r"哪|谁|是否|与否|还是)[^，。！？；\n]*，[^。！？；\n]*?[都也])", re.M)
# 因为进一步规范…，县里制定了…: what follows is a purpose (进一步, 更好地), and a purpose is 为了
_BECAUSE_PURPOSE = gated(rf"{_CLAUSE_START}(?P<w>因为)(?=进一步|更好地|更加有效地|切实|全面|加快|有效|深入)"
                              r"(?![^，。！？；\n]*?(?:不够|不足|不力|不到位|缓慢|滞后|较差|欠缺|薄弱|了))", re.M)

_PAIRS = [
    (_EVEN_BUT, "虽然", "“{found}”表示假设，与“但”不搭配：宜改为“虽然……但”，或“{found}……也”"),
    (_ENOUGH_ONLY, "只有", "“只要”与“才”不搭配：宜改为“只有……才”，或“只要……就”"),
    (_ONLY_ENOUGH, "只要", "“只有”与“就”不搭配：宜改为“只要……就”，或“只有……才”"),
    (_ALTHOUGH_ANY, "不管", "“尽管”后面是任指的疑问说法，与“都”“也”搭配的应是“不管”“无论”"),
    (_BECAUSE_PURPOSE, "为了", "“因为”表示原因，这里说的是目的：宜改为“为了”"),
]


def check_connectives(text: str) -> Iterator[Finding]:
    for pattern, suggestion, why in _PAIRS:
        for m in pattern.finditer(text):
            found = m["w"]
            yield finding("G-CONNECTIVE", text, m.start("w"), m.end("w"), suggestion, why=why.format(found=found))
