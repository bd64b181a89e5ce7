"""A unit's name on a line of its own under each entry (……。 / 县市场监管局质量股, printed flush
right) signs the entry above it: its unit, kept after a gap in the entry's one paragraph; where
such a name stands under a heading instead it heads the entries below, as before."""
from __future__ import annotations

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH

from bulletin_desktop.core.importing import read_file
from bulletin_desktop.core.pasted_entries import pasted_entries
from bulletin_desktop.core.recognise import recognise
from bulletin_desktop.core.richtext import parse_markup
from bulletin_desktop.core.textformat import read_text, write_text

MASTHEAD = "市场监管信息\n第7期\n县市场监督管理局　　2026年12月3日\n"
FIRST = "12月2日，全县开展燃气具产品质量专项抽查，抽检产品20批次。"
SECOND = "12月2日，城关所对辖区食品经营户开展检查。"


def read(text: str):
    return recognise([parse_markup(line) for line in (MASTHEAD + text).splitlines()]).issue


def test_the_name_under_each_entry_is_its_unit():
    issue = read(f"【工作动态】\n{FIRST}\n　　　　　　县市场监管局质量股\n{SECOND}\n城关市场监管所\n"
                 "【典型案例】\n12月3日，**县市场监管局执法大队**查处一起案件。")
    entries = [entry for _, entry in issue.entries()]
    assert [(e.date, e.unit) for e in entries] == [
        ("12月2日", "县市场监管局质量股"), ("12月2日", "城关市场监管所"), ("12月3日", "县市场监管局执法大队")]
    assert entries[0].text == FIRST + "　　县市场监管局质量股"
    assert read_text(write_text(issue)) == issue


def test_names_under_a_heading_head_the_entries_below_them():
    issue = read(f"【各地动态】\n舞阳县应急管理局\n{FIRST}\n临颍县应急管理局\n{SECOND}")
    assert [(e.date, e.unit, e.text) for _, e in issue.entries()] == [
        ("", "", "舞阳县应急管理局"), ("12月2日", "", FIRST), ("", "", "临颍县应急管理局"), ("12月2日", "", SECOND)]


def test_a_word_file_signing_flush_right(tmp_path):
    doc = Document()
    for text in ("生态环境信息", "第13期", "县环境保护委员会办公室　　2026年12月3日", "◆大气污染防治◆",
                 "（一）12月1日，全县启动重污染天气橙色预警。", "县生态环境分局",
                 "（二）12月2日，县城管局增加道路洒水频次。", "县城市管理局", "◆水污染防治◆",
                 "（一）12月3日，开展入河排污口排查整治。", "县河长办", "抄送：县环委会各成员单位"):
        paragraph = doc.add_paragraph(text)
        if text.startswith("县") and len(text) < 10:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.save(tmp_path / "署名.docx")
    issue = read_file(tmp_path / "署名.docx").issue
    assert [s.title for s in issue.sections] == ["大气污染防治", "水污染防治"]
    assert [(e.date, e.unit) for _, e in issue.entries()] == [
        ("12月1日", "县生态环境分局"), ("12月2日", "县城市管理局"), ("12月3日", "县河长办")]


def test_a_people_s_organisation_by_its_short_name_signs_too():
    entry = "12月3日，县妇联联合县人社局举办女性专场招聘会。"
    issue = read(f"【巾帼建功】\n{entry}\n县妇联\n【家庭家教家风】\n12月3日，**城关镇妇联**开展评选活动。")
    assert [(e.date, e.unit) for _, e in issue.entries()] == [("12月3日", "县妇联"), ("12月3日", "城关镇妇联")]
    [pasted] = pasted_entries([parse_markup(entry), parse_markup("县妇联")])
    assert (pasted.date, pasted.unit) == ("12月3日", "县妇联")


@pytest.mark.parametrize("line, unit", [("县应急管理局　王磊", "县应急管理局"), ("县应急管理局　供稿", "县应急管理局"),
                                        ("县应急管理局　县住建局", "县应急管理局、县住建局")])
def test_a_name_under_an_entry_with_what_a_signature_says_after_it(line, unit):
    issue = read(f"【工作动态】\n{FIRST}\n{line}\n{SECOND}\n城关市场监管所")
    entries = [entry for _, entry in issue.entries()]
    assert [(e.date, e.unit) for e in entries] == [("12月2日", unit), ("12月2日", "城关市场监管所")]
    assert entries[0].text == FIRST + "　　" + line
    assert read_text(write_text(issue)) == issue
    [pasted] = pasted_entries([parse_markup(FIRST), parse_markup(line)])
    assert (pasted.unit, pasted.text) == (unit, entries[0].text)


def test_a_person_alone_under_an_entry_is_no_unit():
    issue = read(f"【工作动态】\n{FIRST}\n记者　王磊")
    assert [e.unit for _, e in issue.entries()] == [""]
