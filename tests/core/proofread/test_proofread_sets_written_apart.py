"""Sets of sentences written apart from the rules, each with its slips and its correct
sentences: each slip typed in by an input method or by hand must be found (at the set's
recall), and the correct sentences, and the slips' corrections, must draw no finding at all.

- r8: many kinds of 简报 (health, schools, courts, farming, party organisation, discipline
  inspection, statistics, petitions …); a slip in a two-character word is found only between
  known words (全县共处制 is, 医疗废物处制 is not yet).
- r9: departments the earlier sets did not use (water, transport, land, medical insurance,
  veterans, audit, the united front, towns, communities, fire, weather), with numbers, dates,
  quotes, titles, lists, ranges, phone numbers and document numbers; two words meeting that
  look like a word one character off (搭配和, 新增集中, 标准却) draw nothing.
- r10: police and traffic, market regulation, tax, human resources, ecology, grain reserves,
  rural revitalisation, schools, disease control, petitions, statistics; slips of 查/插,
  化/画, flat and curled tongue (正改, 者任, 志查), doubled and dropped characters, measure
  words, impossible dates, weekdays that do not match their dates, marks left open, gaps in
  a list's order.
- r11: every kind of county department again, with the slips a pinyin input makes that the
  lists did not know yet (值斑, 共暖, 两测, 改照, 诺实), a two-character verb with a character
  dropped (县住建局织开展, 组织召防汛会商会), 做地 for 做得, and correct sentences with a power
  strip (排插), an exhibition of paintings (书画展) and 坚定 where it belongs.
- r11_held: five batches of the eleventh round written before its rules were settled and measured
  as they stood (tobacco, customs, ferries, the armed forces department, legal aid, water supply,
  towns, minutes of meetings, hospitals, schools, state firms, incident reports …): their recall
  is what material nobody has seen gets, so its floor is lower.
- r12: water, transport, land, fire, civil affairs, labour, statistics, schools, hospitals and
  streets, with the slips of one syllable's common characters (体建, 组止, 保帐), words of those
  offices (加固, 购置, 毕业生), 的/地/得, 作/做, 既/即, words and dates typed twice (大队大队,
  10月10月), measure words by their sound (36屯) and marks struck twice (..).
- r12_held: two batches of the same offices, one written before the twelfth round's rules and one
  after them, each measured once as it stood.
- r14: audit, commerce, culture and tourism, health, market regulation, farming, ecology, petitions,
  traffic police and towns, in meeting reports, accounts of how a thing was done, paragraphs of
  statistics (同比, 环比, percentages), lists of names and posts (同志) and quoted documents with their
  numbers (〔2026〕12号); words typed back to front (施措), a full stop inside 《》, a function word
  typed for a like-sounding character (研就, 只导, 严个).
- r14_held: the same offices, written before the fourteenth round's rules, measured before and after.
- r15_held: education, justice, tax, medical insurance, veterans, archives, government offices' services,
  supply cooperatives, weather and earthquake offices, in leaders' speeches summed up, a year's main
  points, notices of matters overseen and cases told as examples; written before the fifteenth round's
  rules, measured before and after.
- r16_held: housing provident fund, civil air defence, grain and material reserves, the cyberspace office,
  the disabled persons' federation, the Red Cross, party building in offices, government services, the
  business environment and rural revitalisation; written before the sixteenth round's rules, measured
  before and after."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check

from .test_corpus import _caught, corpus_lines, seeded

# set: (recall the slips must reach, at least this many slips, at least this many correct sentences)
SETS = {"r8": (0.9, 250, 300), "r9": (0.85, 150, 200), "r10": (0.85, 300, 300), "r11": (0.85, 150, 200),
        "r11_held": (0.6, 250, 300), "r12": (0.78, 150, 250), "r12_held": (0.6, 140, 200),
        "r14": (0.8, 150, 300), "r14_held": (0.75, 80, 160), "r15_held": (0.6, 70, 150),
        "r16_held": (0.75, 60, 150)}


ERRORS = {name: corpus_lines(f"corpus_{name}_errors.txt") for name in SETS}
CLEAN = {name: corpus_lines(f"corpus_{name}_clean.txt") for name in SETS}


@pytest.mark.parametrize("name", SETS)
def test_each_error_line_holds_one_slip(name):
    _recall, slips, sentences = SETS[name]
    assert len(ERRORS[name]) >= slips and len(CLEAN[name]) >= sentences
    assert all(len(seeded(line)[2]) == 1 for line in ERRORS[name])


@pytest.mark.parametrize("name", SETS)
def test_recall_on_slips(name):
    missed = [line for line in ERRORS[name] if not _caught(check(seeded(line)[0]), *seeded(line)[2][0])]
    assert 1 - len(missed) / len(ERRORS[name]) >= SETS[name][0], missed


@pytest.mark.parametrize("line", [line for name in SETS for line in CLEAN[name]])
def test_correct_sentence_draws_no_finding(line):
    assert check(line) == []


@pytest.mark.parametrize("line", [line for name in SETS for line in ERRORS[name]])
def test_corrected_slip_draws_no_finding(line):
    assert check(seeded(line)[1]) == []
