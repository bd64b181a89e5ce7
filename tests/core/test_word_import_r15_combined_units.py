"""Joint senders printed two lines in one (双行合一, Word's combined characters) right after an
entry's date are the entry's units, bold or not: reported together, joined as joint units are
(县委办公室、县政府办公室), so the registry and the statistics credit each."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.importing import read_file
from wordread.wordfiles import CLOSING, MASTHEAD, make_docx, p

COMBINED = '<w:eastAsianLayout w:id="-1" w:combine="1"/>'


def run(text: str, props: str = "") -> str:
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def entries(tmp_path, *paragraphs: str):
    path = make_docx(tmp_path / "双行合一.docx", MASTHEAD + p("【工作动态】") + "".join(paragraphs) + CLOSING)
    return [entry for _, entry in read_file(path).issue.entries()]


@pytest.mark.parametrize("bold", ["<w:b/>", ""])
@pytest.mark.parametrize("combined, unit", [("县委办公室县政府办公室", "县委办公室、县政府办公室"),
                                            ("县应急管理局 县交通运输局", "县应急管理局、县交通运输局")])
def test_joint_senders_two_lines_in_one_after_the_date_are_the_units(tmp_path, bold, combined, unit):
    [entry] = entries(tmp_path, "<w:p>" + run("3月1日，") + run(combined, bold + COMBINED) + run("联合召开调度会。") + "</w:p>")
    assert (entry.date, entry.unit) == ("3月1日", unit)
    assert entry.text == f"3月1日，{unit}联合召开调度会。"


def test_two_lines_in_one_elsewhere_in_an_entry_stay_text(tmp_path):
    middle = "<w:p>" + run("3月1日，全县召开调度会，") + run("县委办公室县政府办公室", COMBINED) + run("参加。") + "</w:p>"
    not_names = "<w:p>" + run("3月2日，") + run("上午下午", COMBINED) + run("全县开展检查。") + "</w:p>"
    first, second = entries(tmp_path, middle, not_names)
    assert (first.unit, second.unit) == ("", "")
    assert first.text == "3月1日，全县召开调度会，县委办公室　县政府办公室参加。"
