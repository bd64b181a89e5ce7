"""A chat message that names a place before its date reads the same pasted into an entry,
given to ``entry add`` and registered in the inbox: the unit after the date, the level's
character that would double it (舞阳县　12月1日，县应急管理局…) left out, a word opening with
that character (区域, 县城, 市场, 镇上) kept."""
from __future__ import annotations

import datetime as dt

import pytest

from bulletin_desktop.core.inbox.candidates import candidate_entries
from bulletin_desktop.core.model import Item
from bulletin_desktop.core.pasted_entries import pasted_item
from bulletin_desktop.core.richtext import parse_markup, plain

RECEIVED = dt.date(2026, 12, 2)


@pytest.mark.parametrize("message, printed", [
    ("舞阳县　12月1日，县应急管理局组织开展消防演练。", "12月1日，舞阳县应急管理局组织开展消防演练。"),
    ("【郾城区】11月30日，区安委办召开全区安全生产形势分析会。", "11月30日，郾城区安委办召开全区安全生产形势分析会。"),
    ("舞阳县：12月1日，县委书记王某带队督导检查。", "12月1日，舞阳县委书记王某带队督导检查。"),
    ("（出山镇）11月19日，镇政府组织开展隐患排查。", "11月19日，出山镇政府组织开展隐患排查。"),
    ("舞阳县　12月1日，**县应急管理局**组织演练。", "12月1日，舞阳县应急管理局组织演练。"),
    ("郾城区　11月30日，区域内企业开展自查。", "11月30日，郾城区区域内企业开展自查。"),
    ("舞阳县　12月1日，县城各加油站开展自查。", "12月1日，舞阳县县城各加油站开展自查。"),
    ("漯河市　11月28日，市场监管局开展抽检。", "11月28日，漯河市市场监管局开展抽检。"),
    ("出山镇　11月19日，镇上各商户签订承诺书。", "11月19日，出山镇镇上各商户签订承诺书。"),
])
@pytest.mark.parametrize("sender", ["", "舞阳县"])
def test_paste_and_inbox_print_the_message_alike(message, printed, sender):
    pasted = pasted_item([parse_markup(message)])
    (candidate,) = candidate_entries("", message, RECEIVED, sender, (sender,) if sender else ())
    assert isinstance(candidate, Item)
    assert plain(pasted.rich) == plain(candidate.rich) == printed
    assert (pasted.date, pasted.unit) == (candidate.date, candidate.unit)
