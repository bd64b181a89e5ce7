"""Spaces set on purpose between 汉字: between the issuers of a joint document (GB/T 9704—2012
7.2.3) and after an article's or a chapter's number in a regulation's text; a stray space
between other words is still reported."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check


@pytest.mark.parametrize("text", [
    "要认真贯彻落实《中共中央 国务院关于推进安全生产领域改革发展的意见》。",
    "中共中央办公厅 国务院办公厅印发了《关于加强基层治理体系和治理能力现代化建设的意见》。",
    "省委办公厅 省政府办公厅关于做好森林防火工作的通知已转发各乡镇。",
    "第一条 为了加强安全生产工作，防止和减少生产安全事故，制定本办法。",
    "第一章 总则",
    "县里转发了该办法。第一条 为了加强安全生产工作，制定本办法。",
])
def test_spaces_set_on_purpose_stay_silent(text):
    assert check(text) == []


@pytest.mark.parametrize("text", [
    "县应急局组织开展了 安全生产检查。",
    "县应急局 县教育局联合开展检查。",
    "会议学习了《中华人民共和国 安全生产法》。",
])
def test_stray_spaces_are_still_reported(text):
    assert [f.rule for f in check(text)] == ["S-HAN-HAN"]
