"""A line under an entry saying who sent it after a sender's label (报送单位：, 投稿单位：, 撰稿单位：)
is the entry's source, its unit, as 供稿单位： is; 报送： alone stays the closing block's label."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.recognise import recognise
from bulletin_desktop.core.richtext import parse_markup

MASTHEAD = "安全生产简报\n第8期\n县应急管理局　　2026年12月4日\n【工作动态】\n"
ENTRY = "12月3日，全县开展燃气安全检查。"


@pytest.mark.parametrize("label", ["报送单位", "投稿单位", "撰稿单位"])
def test_a_labelled_sender_under_an_entry_is_its_unit(label):
    issue = recognise([parse_markup(t) for t in (MASTHEAD + f"{ENTRY}\n{label}：县住建局\n报送：市应急管理局").splitlines()]).issue
    assert [(e.date, e.unit, e.text) for _, e in issue.entries()] == [("12月3日", "县住建局", f"{ENTRY}{label}：县住建局")]
    assert [(d.label, d.text) for d in issue.distribution] == [("报送", "市应急管理局")]
