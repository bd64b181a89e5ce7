"""The clerk's month end, round 12, in 许昌市's archive (counties 禹州市, 长葛市, 鄢陵县, 襄城县,
the districts 魏都区, 建安区, and city offices): a piece two units sign one to a line counts for
both; a piece sent again without a word of correction is told as such, not as a 更正稿.
What the clerk expects is written before each check."""
from __future__ import annotations

import datetime as dt

import pytest

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.inbox import Repeated, add_submissions, get_submission
from bulletin_desktop.core.inbox.reading import make_submissions, paragraphs_from_text
from bulletin_desktop.core.stats import compute_stats
from bulletin_desktop.core.units import registry

TODAY = dt.date(2026, 11, 30)
NOVEMBER = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
COUNTIES = ("禹州市", "长葛市", "鄢陵县", "襄城县", "魏都区", "建安区")
OFFICES = ("市住房和城乡建设局", "市消防救援支队", "市交通运输局")


@pytest.fixture
def city(tmp_path):
    with Archive.open(tmp_path / "xuchang.sqlite", auto_backup=False) as archive:
        for name in COUNTIES:
            registry.add_unit(archive, name)
        for name in OFFICES:
            registry.add_unit(archive, name, category="市直单位")
        yield archive


def _submit(archive, text: str, received: dt.date = dt.date(2026, 11, 20), **lists):
    items = make_submissions(paragraphs_from_text(text), source="粘贴", received=received, unit_id=None,
                             names=registry.unit_names(archive), today=TODAY)
    ids = add_submissions(archive, items, **lists)
    return get_submission(archive, ids[0]) if ids else None


NEWS = "禹州市长葛市开展交界区域联合检查\n11月12日，两地联合对交界区域危化品运输车辆开展检查，检查车辆46台次。\n"


@pytest.mark.parametrize("signature", [
    "禹州市应急管理局\n长葛市应急管理局\n2026年11月13日",  # as a letter two offices send is signed
    "（禹州市应急管理局）\n（长葛市应急管理局）",
    "禹州市应急管理局　　长葛市应急管理局\n2026年11月13日",  # spaced apart on one line above the date
    "——禹州市应急管理局\n——长葛市应急管理局",
    "禹州市应急管理局\n长葛市应急管理局 2026年11月13日",
    "联合报送单位：\n禹州市应急管理局\n长葛市应急管理局",  # the senders' label on a line of its own
    "报送单位：禹州市应急管理局\n长葛市应急管理局\n2026年11月13日",  # the first after the label, the next under it
])
def test_a_piece_signed_by_two_units_one_to_a_line_counts_for_both(city, signature):
    """禹州市 and 长葛市 sign their joint piece each on its own line: the clerk expects it one
    piece of both (报送 1 each, 合计 1), as when they sign it （禹州市应急管理局、长葛市应急管理局）."""
    piece = _submit(city, NEWS + signature)
    assert {piece.unit, *piece.joint_units} == {"禹州市", "长葛市"}
    report = compute_stats(city, *NOVEMBER)
    assert (report.row("禹州市").submitted, report.row("长葛市").submitted, report.total.submitted) == (1, 1, 1)


def test_a_city_office_and_the_fire_brigade_signing_one_to_a_line_both_count(city):
    piece = _submit(city, "开展高层住宅消防安全联合检查\n11月18日，对城区32栋高层住宅开展消防安全联合检查。\n"
                          "市住房和城乡建设局\n市消防救援支队\n2026年11月19日")
    assert [piece.unit, *piece.joint_units] == ["市住房和城乡建设局", "市消防救援支队"]


@pytest.mark.parametrize("text", [
    # one unit signed, then whom to call
    NEWS + "禹州市应急管理局\n联系人：王芳　电话：0374-8123456\n2026年11月13日",
    # one unit signed above the date; another named in the news only
    "鄢陵县开展花木市场消防检查\n11月12日，鄢陵县检查花木市场商户54家，长葛市应急管理局派员观摩。\n鄢陵县应急管理局\n2026年11月13日",
    # the same unit signed twice (its name and its brackets)
    "襄城县开展煤矿检查\n11月12日，襄城县对3处煤矿开展检查。\n襄城县应急管理局\n（襄城县应急管理局）",
])
def test_a_piece_one_unit_signs_stays_that_unit_s_alone(city, text):
    piece = _submit(city, text)
    assert piece.joint_units == []
    assert compute_stats(city, *NOVEMBER).total.submitted == 1


def test_two_pieces_each_signed_are_two_units_pieces_not_one_joint(city):
    _submit(city, "魏都区开展燃气检查\n11月5日，魏都区检查餐饮场所燃气设施38处。\n（魏都区应急管理局）\n"
                  "建安区开展消防演练\n11月6日，建安区在辖区商场开展消防疏散演练。\n（建安区应急管理局）")
    report = compute_stats(city, *NOVEMBER)
    assert (report.row("魏都区").submitted, report.row("建安区").submitted, report.joint_submissions) == (1, 1, 0)


RESENT = "襄城县开展非煤矿山检查\n11月8日，襄城县对辖区非煤矿山开展检查，检查企业{n}家。\n（襄城县应急管理局）"


def test_a_piece_sent_again_unmarked_is_told_as_sent_again_not_as_corrected(city):
    """襄城县 mails its piece again with a figure changed and no word of a correction: it takes
    the first's place, and the clerk is told it was sent again (resent), not that it is a
    更正稿 the unit never called it."""
    first = _submit(city, RESENT.format(n=15), dt.date(2026, 11, 9))
    replaced: list[Repeated] = []
    assert _submit(city, RESENT.format(n=18), dt.date(2026, 11, 10), replaced=replaced) is None
    assert [(r.id, r.resent) for r in replaced] == [(first.id, True)]


def test_a_corrected_copy_is_still_told_as_corrected(city):
    first = _submit(city, RESENT.format(n=15), dt.date(2026, 11, 9))
    replaced: list[Repeated] = []
    corrected = RESENT.replace("襄城县开展非煤矿山检查", "襄城县开展非煤矿山检查（更正稿）").format(n=18)
    assert _submit(city, corrected, dt.date(2026, 11, 10), replaced=replaced) is None
    assert [(r.id, r.resent) for r in replaced] == [(first.id, False)]


@pytest.mark.parametrize("ending", [
    "参加检查的单位：\n市住房和城乡建设局\n市消防救援支队\n市交通运输局",  # a list under a colon
    "受表彰的先进单位有：\n禹州市应急管理局\n长葛市应急管理局",
])
def test_units_listed_under_a_colon_at_the_end_are_no_joint_signature(city, ending):
    piece = _submit(city, "襄城县开展联合检查\n11月12日，襄城县会同市直部门开展联合检查。\n" + ending)
    assert piece.joint_units == []
