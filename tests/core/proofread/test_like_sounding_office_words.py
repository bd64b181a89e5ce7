"""Office words added to the list of words checked for one character typed off (长治久按, 落到实初,
风险辩识), and right words near them that stay silent."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check


def _slips(text: str) -> set[tuple[str, str | None]]:
    """What is reported with what suggestion, by the slip check or by a listed misspelling
    (辩识 alone is listed: 风险辩识 is reported as 辩识)."""
    return {(f.found, f.suggestion) for f in check(text) if f.kind == "confusable"}


@pytest.mark.parametrize("text, found, right", [
    ("有效维护了社会和谐稳定和长治久按。", "长治久按", "长治久安"),
    ("确保各项工作落到实初。", "落到实初", "落到实处"),
    ("接受群众资询300余人次。", "群众资询", "群众咨询"),
    ("开展风险辨识后仍要防范于未然。", "防范于未然", "防患于未然"),
    ("整改决不能半途而费。", "半途而费", "半途而废"),
    ("县应急局组织专家开展风险辩识。", "辩识", "辨识"),
    ("各乡镇要各负其则，密切配合。", "各负其则", "各负其责"),
])
def test_one_character_off_is_reported(text, found, right):
    assert (found, right) in _slips(text), check(text)


@pytest.mark.parametrize("text", [
    "坚持以案促改，对违法行为依法处治，对险情即时处置。",
    "各级林长至少每季度巡林一次，河长至今已巡河12次。",
    "县应急局组织专家开展风险辨识，确保各项工作落到实处、长治久安。",
    "整改决不能半途而废，各部门要各负其责、全力以赴。",
])
def test_right_words_stay_silent(text):
    assert check(text) == []
