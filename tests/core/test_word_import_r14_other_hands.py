"""Files made by other hands, round 14: two joint senders printed two lines in one (双行合一)
whose names differ in length, so Word's own halving would cut a name."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.importing import read_file
from bulletin_desktop.core.wordread.combined import two_lines
from wordread.wordfiles import CLOSING, MASTHEAD, make_docx, p

COMBINED = '<w:rPr><w:b/><w:eastAsianLayout w:id="-1" w:combine="1" w:combineBrackets="round"/></w:rPr>'


def run(text: str, props: str = "") -> str:
    return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'


@pytest.mark.parametrize(("combined", "read"), [
    ("县委办公室县政府办公室", "县委办公室　县政府办公室"),  # Word's half (6 of 11) would cut 县 off the second
    ("市委宣传部市文明办", "市委宣传部　市文明办"),
    ("县委办公室 县政府办公室", "县委办公室　县政府办公室"),  # the clerk's own space
    ("县应急管理局县交通运输局", "县应急管理局　县交通运输局"),
])
def test_two_names_of_different_lengths_split_where_both_are_names(combined, read):
    assert two_lines(combined) == read


def test_text_not_two_names_and_long_text_stay_as_written():
    assert two_lines("2024年3月") == "2024年3月"
    long = "县应急管理局" * 2000
    assert two_lines(long) == long


def test_combined_joint_senders_in_an_entry_keep_both_names_whole(tmp_path):
    entry = "<w:p>" + run("3月1日，") + run("县委办公室县政府办公室", COMBINED) + run("联合召开调度会。") + "</w:p>"
    path = make_docx(tmp_path / "双行合一.docx", MASTHEAD + p("【工作动态】") + entry + CLOSING)
    [(_, first)] = list(read_file(path).issue.entries())
    assert first.text == "3月1日，县委办公室　县政府办公室联合召开调度会。"
