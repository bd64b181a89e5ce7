"""The reused-entry view's differing characters, counted in code points."""
from __future__ import annotations

from bulletin_desktop.core.proofread.compare import differing_spans


def test_changed_inserted_and_deleted_characters():
    assert differing_spans("检查企业5家", "检查企业6家") == ([(4, 5)], [(4, 5)])
    assert differing_spans("检查企业", "检查了企业") == ([], [(2, 3)])
    assert differing_spans("检查了企业", "检查企业") == ([(2, 3)], [])
    assert differing_spans("相同", "相同") == ([], [])


def test_characters_outside_the_bmp_count_once():
    assert differing_spans("𠀾甲乙", "𠀾甲丙") == ([(2, 3)], [(2, 3)])
