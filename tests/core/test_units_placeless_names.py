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
