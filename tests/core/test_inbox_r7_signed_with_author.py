"""A signature naming the unit and who wrote it (（县应急局　张三）, （临颍县应急管理局　撰稿：孙悦）)
names the unit: the submission is its, the candidate is one item signed by the unit alone,
and the entries stored before print as they did."""
from __future__ import annotations

import datetime as dt

import pytest

from bulletin_desktop.core.archive import Archive, schema
from bulletin_desktop.core.inbox import add_submissions, get_submission
from bulletin_desktop.core.inbox.candidates import candidate_entries
from bulletin_desktop.core.inbox.reading import make_submission, paragraphs_from_text
from bulletin_desktop.core.model import Issue, Item, Section, signed_unit
from bulletin_desktop.core.richtext import from_plain, parse_markup
from bulletin_desktop.core.units import registry


@pytest.mark.parametrize(("end", "unit"), [
    ("（县应急局　张三）", "县应急局"),
    ("（舞阳县应急管理局 王磊）", "舞阳县应急管理局"),
    ("（临颍县应急管理局　撰稿：孙悦）", "临颍县应急管理局"),
    ("（城关镇人民政府　通讯员 欧阳晓燕）", "城关镇人民政府"),
    ("（县住建局、县应急局　李明）", "县住建局、县应急局"),
    ("（县应急管理局 县住建局）", "县应急管理局、县住建局"),  # two units, no writer
    ("（县应急管理局 供稿）", "县应急管理局"),
    ("（记者　王磊）", ""),
    ("（西平县5处 张三）", ""),
])
def test_the_unit_before_the_writer_is_the_signature_s(end, unit):
    assert signed_unit(from_plain("11月20日，开展危化品企业安全检查。" + end)) == unit


COUNTY = Issue(series="舞阳县安全生产简报", number=18, date=dt.date(2022, 11, 25), office="舞阳县安全生产委员会办公室",
               sections=[Section("工作动态", [Item.from_rich(parse_markup("11月22日，**县应急管理局**开展执法检查。"))])])


def test_a_county_s_submission_signed_with_its_writer_is_one_item_of_its_office(tmp_path):
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        archive.add_issue(COUNTY)
        text = "县应急局开展危化品企业安全检查\n11月24日，对全县12家危化品企业开展安全检查，发现隐患8处。\n（县应急局　张三）"
        item = make_submission(paragraphs_from_text(text), source="粘贴", received=dt.date(2022, 11, 24), unit_id=None,
                               names=registry.unit_names(archive))
        submission = get_submission(archive, add_submissions(archive, [item])[0])
        assert submission.unit == "县应急管理局"
        entries = candidate_entries(submission.title, submission.body, submission.received, submission.unit,
                                    ("县应急管理局",))
        assert [(e.kind, e.text) for e in entries] == [
            ("item", "11月24日，县应急管理局对全县12家危化品企业开展安全检查，发现隐患8处。")]


@pytest.mark.parametrize(("signed", "printed"), [
    ("（舞阳县应急管理局　王磊）", "（舞阳县应急管理局）"),
    ("（临颍县应急管理局　撰稿：孙悦）", "（临颍县应急管理局）"),
    ("（舞阳县应急管理局供稿）", "（舞阳县应急管理局供稿）"),
    ("（舞阳县应急管理局 供稿）", "（舞阳县应急管理局 供稿）"),
])
def test_the_candidate_is_signed_by_the_unit_without_its_writer(signed, printed):
    news = "11月24日，舞阳县对全县8家烟花爆竹经营企业开展安全检查。"
    [entry] = candidate_entries(news[:20] + "…", news + signed, dt.date(2022, 11, 24), "舞阳县", ("舞阳县",))
    assert entry.text == news + printed


def test_an_entry_stored_before_keeps_printing_its_unit_after_the_date(tmp_path):
    from tests.older_archive import older_archive

    # as the version before printed it: the bold unit after the date, the signature at the end
    printed = "11月20日，县应急局开展危化品企业安全检查。（县应急局　张三）"
    entry = Item(date="11月20日", unit="县应急局", body=parse_markup("开展危化品企业安全检查。（县应急局　张三）"))
    issue = Issue(series="舞阳县安全生产简报", number=17, date=dt.date(2022, 11, 21), office="舞阳县安全生产委员会办公室",
                  sections=[Section("工作动态", [entry])])
    path = tmp_path / "old.sqlite"
    older_archive(path, issue, version=20)
    with Archive.open(path, auto_backup=False) as archive:
        assert archive.schema_version == schema.SCHEMA_VERSION
        [(_section, stored)] = list(archive.load_issue(archive.list_issues()[0].id).entries())
        assert stored.text == printed
