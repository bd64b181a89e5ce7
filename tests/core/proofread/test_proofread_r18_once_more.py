"""在 for 再 after a modal, before a verb of checking and its 一遍, now also where what is checked
follows (要在全面排查一遍水毁工程); 在 naming a place (将在全县排查一遍水毁工程) stays silent."""
import pytest

from bulletin_desktop.core.proofread import check


@pytest.mark.parametrize("text", [
    "县防指要求各乡镇在汛后要在全面排查一遍水毁工程。",
    "各村要在逐一核查一遍低保对象，确保应保尽保。",
])
def test_zai_before_a_check_done_once_more_is_told(text):
    assert [(f.found, f.suggestion) for f in check(text)] == [("在", "再")]


@pytest.mark.parametrize("text", [
    "各乡镇将在全县排查一遍水毁工程。",
    "县防指要求各乡镇在汛后要再全面排查一遍水毁工程。",
])
def test_zai_naming_a_place_draws_nothing(text):
    assert check(text) == []
