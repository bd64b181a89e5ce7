"""An entry signed at its end (……整改。——长葛市应急管理局, ……。（县应急局供稿）) is over: the
paragraph after it is the next entry, whatever it opens with (a unit in brackets, 近日，),
not the rest of a paragraph a page break cut."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.textformat import read_text

SIGNED = "8月14日，开展燃气安全专项整治，检查餐饮场所46家，督促整改隐患18处。"


@pytest.mark.parametrize("signature", ["——长葛市应急管理局", "（长葛市应急管理局供稿）"])
@pytest.mark.parametrize("following", ["【魏都区】8月5日，召开防汛工作推进会，逐项落实防汛责任和应急物资。",
                                       "近日，襄城县组织召开安全生产形势分析会，分析研判当前形势。"])
def test_the_next_paragraph_is_the_next_entry(signature, following):
    text = f"测试简报\n\n第1期\n\n2024年8月20日\n\n【隐患排查】\n\n{SIGNED}{signature}\n\n{following}\n"
    entries = read_text(text).sections[0].entries
    assert len(entries) == 2
    assert entries[0].text.endswith(signature) and following.endswith(entries[1].text[-10:])


def test_a_paragraph_cut_mid_sentence_is_still_joined():
    first = "8月14日，开展燃气安全专项整治，检查餐饮场所46家，督促整改隐患18处，对发现的问题"
    text = f"测试简报\n\n第1期\n\n2024年8月20日\n\n【隐患排查】\n\n{first}\n\n逐一建立台账，限期整改到位。\n"
    entries = read_text(text).sections[0].entries
    assert len(entries) == 1 and entries[0].text == first + "逐一建立台账，限期整改到位。"
