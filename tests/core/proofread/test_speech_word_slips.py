"""Words of speeches and reports checked for one character typed off, with the like-sounding
groups they need (感敢 with 干赶, 仁 with 任认, 队对, 改该)."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check


def _slips(text: str) -> set[tuple[str, str | None]]:
    return {(f.found, f.suggestion) for f in check(text) if f.rule == "W-TERM-SLIP"}


@pytest.mark.parametrize("text, found, right", [
    ("要认真做好群众的思想工做。", "思想工做", "思想工作"),
    ("要切实增强责任感和使命敢。", "使命敢", "使命感"),
    ("不断提高群众的安全敢。", "安全敢", "安全感"),
    ("强化安全生产主体责仁。", "主体责仁", "主体责任"),
    ("县委书记亲自带对检查。", "带对检查", "带队检查"),
    ("提高群众自就互救能力。", "自就互救", "自救互救"),
    ("进一步加大执法力渡。", "执法力渡", "执法力度"),
])
def test_one_character_off_is_reported(text, found, right):
    assert (found, right) in _slips(text), check(text)


def test_the_right_words_stay_silent():
    text = ("要认真做好群众的思想工作，切实增强责任感、使命感和紧迫感，强化主体责任，县委书记亲自带队检查、"
            "带队督导，提高群众自救互救能力，加大执法力度、打击力度和监管力度，对标对表抓好整改，"
            "干部要敢于担当、苦干实干，应该改的立即改，对口帮扶工作提前部署、统筹部署。")
    assert check(text) == []
