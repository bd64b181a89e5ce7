"""Submissions as units write them: a sender written short or in full where the registry knows
the other writing, a cover letter above the news, a greeting to a named clerk."""
from __future__ import annotations

import datetime as dt

import pytest

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.inbox import add_submissions, get_submission
from bulletin_desktop.core.inbox.candidates import candidate_entries
from bulletin_desktop.core.inbox.covering_lines import is_covering_line
from bulletin_desktop.core.inbox.reading import make_submission, paragraphs_from_text
from bulletin_desktop.core.units import registry
from bulletin_desktop.core.units.detect import detect_unit

DAY = dt.date(2026, 11, 30)


@pytest.fixture
def archive(tmp_path, sample_issue):
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        archive.add_issue(sample_issue)
        yield archive


def _submit(archive, text: str):
    item = make_submission(paragraphs_from_text(text), source="粘贴", received=DAY, unit_id=None,
                           names=registry.unit_names(archive))
    registered: list[str] = []
    submission = get_submission(archive, add_submissions(archive, [item], registered)[0])
    return submission, registered


def test_a_sender_signed_short_is_the_office_registered_in_full_not_its_county_registered_anew(archive):
    registry.add_unit(archive, "临颍县应急管理局")
    submission, registered = _submit(archive, "临颍县应急局开展有限空间作业培训\n11月19日，组织全县60余家企业开展培训。\n"
                                              "（临颍县应急局供稿）\n")
    assert (submission.unit, registered) == ("临颍县应急管理局", [])
    assert "临颍县" not in [u.name for u in registry.list_units(archive)]


def test_a_sender_signed_in_full_is_the_office_registered_short(archive):
    registry.add_unit(archive, "长葛市安监局")
    submission, registered = _submit(archive, "长葛市开展工贸企业检查\n11月18日，对全市工贸企业开展安全检查，检查企业40家。\n"
                                              "（长葛市安全生产监督管理局）\n")
    assert (submission.unit, registered) == ("长葛市安监局", [])


@pytest.mark.parametrize("text", [
    "郾城区应急局小王 11月26日 09:15\n11月25日，郾城区组织开展危化品道路运输车辆专项检查，检查车辆58台次。\n",
    "报送单位：郾城区应急局\n11月25日，郾城区组织开展危化品道路运输车辆专项检查。\n",
])
def test_a_registered_office_is_found_in_its_short_writing(text):
    names = [("郾城区应急管理局", 7), ("源汇区应急管理局", 8)]
    assert detect_unit(names, "粘贴", text) == 7


def test_a_registered_short_writing_is_found_in_the_full_one():
    text = "召陵区住房和城乡建设局开展工地检查\n11月24日，检查工地15个。\n"
    assert detect_unit([("召陵区住建局", 3), ("召陵区", 4)], "粘贴", text) == 3


def test_a_cover_letter_above_the_news_is_neither_its_title_nor_an_entry():
    lines = ["关于报送郾城区11月份安全生产信息的函", "市安委办：", "现将我区11月份安全生产工作信息报送如下，请审阅。",
             "郾城区开展燃气安全专项检查", "11月20日，郾城区组织联合检查组对32家餐饮场所开展燃气专项检查。",
             "郾城区应急管理局", "2026年11月26日"]
    item = make_submission(paragraphs_from_text("\n".join(lines)), source="粘贴", received=None, unit_id=None, names=())
    entries = candidate_entries(item.title, item.body, item.received)
    assert (item.title, item.received) == ("郾城区开展燃气安全专项检查", dt.date(2026, 11, 26))
    assert [(e.kind, e.text) for e in entries] == [("item", lines[4])]


def test_a_greeting_to_a_named_clerk_and_the_line_handing_the_news_over_are_no_news():
    news = "11月29日，舞阳县开展商场超市消防安全检查，检查商超21家，发现隐患17处。"
    item = make_submission(paragraphs_from_text(f"李科长您好！\n报送我县一条信息，请审阅。\n{news}\n"), source="粘贴",
                           received=DAY, unit_id=None, names=())
    assert [e.text for e in candidate_entries(item.title, item.body, item.received)] == [news]


@pytest.mark.parametrize("line", ["李科长您好！", "王主任：您好", "张老师你好，报送一条信息", "发一篇稿件，请查收。"])
def test_more_covering_lines(line):
    assert is_covering_line(line)


@pytest.mark.parametrize("line", ["大家都说你好", "群众纷纷称赞县长好", "11月20日，县应急局报送隐患整改情况，请县政府审阅后印发。"])
def test_news_that_greets_or_reports_is_no_covering_line(line):
    assert not is_covering_line(line)


def test_a_unit_s_own_masthead_names_the_office_over_the_place_its_title_opens_with():
    text = ("舞阳县应急管理信息\n第23期\n舞阳县应急管理局　　　　2026年11月28日\n舞阳县召开森林防灭火工作会议\n"
            "11月27日，舞阳县召开森林防灭火工作会议。\n")
    assert detect_unit([("舞阳县", 1), ("舞阳县应急管理局", 2)], "粘贴", text) == 2


def test_a_signature_giving_whom_to_call_names_the_sender():
    text = "11月29日，舞阳县开展商场超市消防安全检查。\n附件：1.现场照片.jpg\n舞阳县应急管理局 联系人：周鹏 0395-7212345\n"
    assert detect_unit([("舞阳县", 1), ("舞阳县应急管理局", 2)], "粘贴", text) == 2


def test_the_sender_a_word_template_prints_in_the_page_header_is_the_unit(tmp_path):
    from docx import Document

    from bulletin_desktop.core.inbox.reading import read_submissions

    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "临颍县应急管理局"
    doc.sections[0].header.add_paragraph("内部资料　注意保存")
    for line in ("临颍县开展粉尘涉爆企业专项执法", "11月26日，执法人员对全县8家粉尘涉爆企业开展专项执法检查。"):
        doc.add_paragraph(line)
    doc.save(tmp_path / "来稿.docx")
    [item] = read_submissions([tmp_path / "来稿.docx"], [("临颍县应急管理局", 5), ("郾城区应急管理局", 6)], DAY) or []
    assert (item.unit_id, item.title) == (5, "临颍县开展粉尘涉爆企业专项执法")
    assert "内部资料" not in item.body


YEAR_2022 = (dt.date(2022, 1, 1), dt.date(2022, 12, 31))


def _adopt(archive, text: str, section: str = "隐患排查") -> None:
    from bulletin_desktop.core.inbox.adopt import adopt_into

    item = make_submission(paragraphs_from_text(text), source="粘贴", received=dt.date(2022, 11, 19), unit_id=None,
                           names=registry.unit_names(archive))
    sid = add_submissions(archive, [item])[0]
    adopt_into(archive, sid, archive.load_issue(archive.list_issues()[0].id), section)


def test_a_joint_submission_signed_by_both_is_one_item_credited_to_each(archive):
    from bulletin_desktop.core.stats import compute_stats

    for name in ("召陵区应急管理局", "召陵区住房和城乡建设局"):
        registry.add_unit(archive, name)
    _adopt(archive, "召陵区应急管理局、召陵区住房和城乡建设局联合开展建筑施工安全检查\n"
                    "11月24日，召陵区应急管理局、召陵区住建局联合对辖区在建项目开展建筑施工安全大检查。\n"
                    "（召陵区应急管理局　召陵区住房和城乡建设局）\n")
    report = compute_stats(archive, *YEAR_2022)
    adopted = {row.name: (row.adopted, row.articles, row.direct) for row in report.rows}
    assert adopted["召陵区应急管理局"] == adopted["召陵区住房和城乡建设局"] == (1, 0, 0)  # through the inbox, none direct
    assert report.joint_entries == 1
    assert report.total.direct == sum(row.direct for row in report.rows)  # its second credit not taken off them


def test_units_a_sender_writes_about_are_not_credited_with_its_submission(archive):
    from bulletin_desktop.core.stats import compute_stats

    for name in ("舞阳县人民政府", "舞阳县住房和城乡建设局", "舞阳县交通运输局"):
        registry.add_unit(archive, name)
    _adopt(archive, "报送单位：舞阳县人民政府\n11月24日，舞阳县住建局、舞阳县交通运输局联合开展道路施工安全检查。\n")
    adopted = {row.name: row.adopted for row in compute_stats(archive, *YEAR_2022).rows}
    assert (adopted["舞阳县人民政府"], adopted["舞阳县住房和城乡建设局"], adopted["舞阳县交通运输局"]) == (1, 0, 0)


def test_a_signature_giving_whom_to_call_without_its_place_leaves_the_sender_to_the_opening():
    text = "主题：西平县开展燃气安全检查\n3月19日，西平县对城区12家餐饮场所开展燃气安全检查。\n县应急局 李明 电话：0396-6221234\n"
    assert detect_unit([("西平县", 1), ("西平县应急管理局", 1), ("上蔡县", 2)], "邮件.txt", text) == 1
