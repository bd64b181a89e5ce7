"""A sender named by its level alone (县应急局) tells which unit it is only in the bulletins of
a place of that level."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.units.registry import says_its_place


@pytest.mark.parametrize("name, home, says", [
    ("县应急局", "漯河市", False), ("区应急管理局", "驻马店市", False), ("县委宣传部", "漯河市", False),
    ("镇政府", "西平县", False), ("县区应急局", "漯河市", False),
    ("县应急局", "西平县", True), ("镇平县应急局", "南阳市", True), ("市应急管理局", "漯河市", True),
    ("市委宣传部", "", True), ("临颍县", "漯河市", True), ("县应急局", "", False),
])
def test_says_its_place(name, home, says):
    assert says_its_place(name, home) is says


def test_a_town_known_under_its_county_s_name_is_that_one_and_two_counties_towns_are_neither(tmp_path):

    from bulletin_desktop.core.archive import Archive
    from bulletin_desktop.core.inbox import add_submissions, get_submission
    from bulletin_desktop.core.inbox.reading import make_submission, paragraphs_from_text
    from bulletin_desktop.core.units import registry

    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        for name in ("西平县城关镇", "上蔡县城关镇", "西平县出山镇"):
            registry.add_unit(archive, name)

        def submit(signature: str) -> str:
            text = f"开展防汛检查\n6月2日，镇里开展防汛检查。\n{signature}\n2026年6月3日\n"
            item = make_submission(paragraphs_from_text(text), source="粘贴", received=None, unit_id=None,
                                   names=registry.unit_names(archive))
            unplaced: list[tuple[int, str]] = []
            (sid,) = add_submissions(archive, [item], unplaced=unplaced)
            return get_submission(archive, sid).unit or f"unplaced {unplaced[0][1]}"

        assert submit("出山镇人民政府") == "西平县出山镇"
        assert submit("城关镇人民政府") == "unplaced 城关镇人民政府"
        assert registry.find_unit(archive, "城关镇") is None and len(registry.list_units(archive)) == 3
