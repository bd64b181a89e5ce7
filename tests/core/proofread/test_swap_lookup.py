"""The one-character swaps of listed words are looked up where they are met, through the
characters' classes, instead of being spelled out beforehand: the lookup must find exactly the
slips (and the word each stands for) that spelling them all out finds."""
from bulletin_desktop.core.proofread import check
from bulletin_desktop.core.proofread import office_terms as office
from bulletin_desktop.core.proofread import two_char_terms as pairs
from bulletin_desktop.core.proofread.lists import confusable_chars, confusable_classes, in_classes, office_terms, \
    two_char_terms, words
from bulletin_desktop.resources import resource_path


def _office_slips_spelled_out() -> dict[str, str]:
    """Every swap of every listed word of three or more characters, as the check defines them."""
    terms, swaps, two = office_terms(), confusable_chars(), frozenset(two_char_terms())
    slips: dict[str, str] = {}
    for term in sorted(terms):
        for index, char in enumerate(term):
            before = term[index - 1] if index and term[index - 1:index + 1] in two else ""
            after = term[index + 1] if term[index:index + 2] in two and index + 1 < len(term) else ""
            for other in swaps.get(char, ""):
                if (before and before + other in two) or (after and other + after in two):
                    continue
                slip = term[:index] + other + term[index + 1:]
                if slip not in terms:
                    slips.setdefault(slip, term)
    return slips


def _pair_slips_spelled_out() -> dict[str, str]:
    known, listed, swaps = pairs.known_words(), words(), confusable_chars()
    slips: dict[str, str] = {}
    for term in two_char_terms():
        for index, char in enumerate(term):
            for other in swaps.get(char, ""):
                slip = term[:index] + other + term[index + 1:]
                # a slip the word list reports anywhere (tier A) is left to it; one it reports only in
                # its contexts (tier B) and that is no word is still told where it stands fenced in
                if slip in known or any(entry.tier == "A" for entry in listed.get(slip, ())) \
                        or slip[0] in pairs._FUNCTION_FIRST \
                        or slip[1] in pairs._PREPOSITION_LAST or slip[1] in pairs._MODAL_LAST \
                        or (index == 0 and slip[1] in pairs._PARTICLES):
                    continue
                slips.setdefault(slip, term)
    return slips


def _every_swap(terms) -> set[str]:
    swaps = confusable_chars()
    return {term[:i] + other + term[i + 1:] for term in terms for i, c in enumerate(term) for other in swaps.get(c, "")}


def test_office_word_lookup_finds_what_spelling_out_finds():
    expected = _office_slips_spelled_out()
    by_class, heads = office._terms_by_class()
    wrong = []
    for swap in _every_swap(office_terms()):
        terms = by_class.get(swap.translate(confusable_classes()), ())
        found = None if swap in office_terms() else office._term_of(swap, terms)
        if found != expected.get(swap):
            wrong.append((swap, found, expected.get(swap)))
        if swap in expected:
            assert len(swap) in heads[swap.translate(confusable_classes())[:3]], swap
    assert wrong == []


def test_two_character_lookup_finds_what_spelling_out_finds():
    expected = _pair_slips_spelled_out()
    by_class, known = pairs._terms_by_class(), pairs.known_words()
    wrong = []
    for swap in _every_swap(two_char_terms()):
        terms = by_class.get(swap.translate(confusable_classes()), ())
        found = None if swap in known else pairs._term_of(swap, terms)
        if found != expected.get(swap):
            wrong.append((swap, found, expected.get(swap)))
    assert wrong == []


def test_a_word_and_its_swaps_read_alike_and_groups_sharing_a_character_join():
    swaps = confusable_chars()
    for char, others in list(swaps.items())[:200]:
        assert {in_classes(other) for other in others} == {in_classes(char)}
    groups = [line for line in resource_path("proofread", "confusable_chars.txt").read_text(encoding="utf-8").splitlines()
              if line.strip() and not line.startswith("#")]
    holding: dict[str, list[str]] = {}
    for group in groups:
        for char in group:
            holding.setdefault(char, []).append(group)
    shared = {char: held for char, held in holding.items() if len(held) > 1}
    assert shared
    for char, held in shared.items():
        assert len({in_classes(c) for c in "".join(held)}) == 1, (char, held)
    assert in_classes("。，1a") == "。，1a"  # what is in no group reads as itself


def test_a_slip_closing_the_text_ends_there():
    # 一件世 is a slip of 一件事, and longer words open the same way: the finding once ran
    # past the text's end by the longest one's length
    for text in ("要办好一件世", "县里修订了应急预按", "查处违法违规形为"):
        for finding in check(text):
            assert finding.end <= len(text), (text, finding)
    assert [(f.start, f.end, f.suggestion) for f in check("要办好一件世") if f.rule == "W-TERM-SLIP"] \
        == [(3, 6, "一件事")]
