"""Three joint senders printed two lines in one (双行合一) after an entry's date are the entry's
three units, each whole, bold or not; where the clerk spaced the names, the spaces part them."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.importing import read_file
from bulletin_desktop.core.wordread.combined import two_lines
from wordread.wordfiles import CLOSING, MASTHEAD, make_docx, p

COMBINED = '<w:eastAsianLayout w:id="-1" w:combine="1"/>'


def run(text: str, props: str = "") -> str:
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


@pytest.mark.parametrize("bold", ["<w:b/>", ""])
@pytest.mark.parametrize("combined, unit", [
    ("县委办公室县政府办公室县人武部", "县委办公室、县政府办公室、县人武部"),
    ("县应急管理局县交通运输局县公安局", "县应急管理局、县交通运输局、县公安局"),
    ("市委宣传部 市文明办市教育局", "市委宣传部、市文明办、市教育局"),
])
def test_three_joint_senders_two_lines_in_one_are_the_units(tmp_path, bold, combined, unit):
    paragraph = "<w:p>" + run("3月1日，") + run(combined, bold + COMBINED) + run("联合开展督导。") + "</w:p>"
    path = make_docx(tmp_path / "三个单位.docx", MASTHEAD + p("【工作动态】") + paragraph + CLOSING)
    [(_, entry)] = list(read_file(path).issue.entries())
    assert (entry.date, entry.unit) == ("3月1日", unit)
    assert entry.text == f"3月1日，{unit}联合开展督导。"


@pytest.mark.parametrize("combined, read", [
    ("县应急管理局县交通运输局 县公安局", "县应急管理局　县交通运输局　县公安局"),  # two names above the clerk's space
    ("县委办公室县政府办公室", "县委办公室　县政府办公室"),  # two stay two (no cut inside 办公室)
    ("县卫生健康委员会县教育局", "县卫生健康委员会　县教育局"),
])
def test_names_split_whole(combined, read):
    assert two_lines(combined) == read
