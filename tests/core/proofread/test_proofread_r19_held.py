"""A held-out set of dated entries of county offices and towns (winter to spring: meetings,
inspections, drills, duty, statistics), written before any rule of its round and not tuned on:
each slip the checker found when the set was written must stay found, each slip it missed is
listed below (a slip newly found is taken off the list by hand), and the correct sentences and
every slip's correction must draw no finding. Measured when written: 55 of 72 found, none of the
221 correct sentences flagged; 61 of 72 after the round (组召开; 120批词 and 23坐 by the measure-word
rules; 启动, 破获, 粮库 by the common words taken from earlier correct sentences), still none flagged."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check

from .test_corpus import _caught, corpus_lines, seeded

MISSED = {"{垃练|拉练}", "{防寒保暧|防寒保暖}", "{捡修|检修}", "{演|演练}", "{景去|景区}",
          "{3万余余条|3万余条}", "{同知|通知}", "{开僻|开辟}", "{加油战|加油站}", "{抡修|抢修}", "{季渡|季度}"}


ERRORS = corpus_lines("corpus_r19_held_errors.txt")
CLEAN = corpus_lines("corpus_r19_held_clean.txt")


def _mark(line: str) -> str:
    return line[line.index("{"):line.index("}") + 1]


def test_set_holds_enough_lines_each_with_one_slip():
    assert len(ERRORS) >= 60 and len(CLEAN) >= 200
    assert all(len(seeded(line)[2]) == 1 for line in ERRORS)
    assert MISSED <= {_mark(line) for line in ERRORS}


@pytest.mark.parametrize("line", [line for line in ERRORS if _mark(line) not in MISSED])
def test_slip_is_found(line):
    wrong, _right, spans = seeded(line)
    assert _caught(check(wrong), *spans[0])


@pytest.mark.parametrize("line", CLEAN)
def test_correct_sentence_draws_no_finding(line):
    assert check(line) == []


@pytest.mark.parametrize("line", ERRORS)
def test_corrected_slip_draws_no_finding(line):
    assert check(seeded(line)[1]) == []
