"""Which characters take the Latin face and where Chinese is spaced from Latin."""
from bulletin_desktop.export.text_runs import cjk_latin_gaps, is_han, latin_runs


def test_latin_runs_are_ascii_and_latin_letters():
    text = "今年 11 月份，手机APP终端，拼音lǜ，“引号”—破折号"
    assert [text[a:b] for a, b in latin_runs(text)] == [" 11 ", "APP", "lǜ"]


def test_gaps_stand_between_chinese_and_latin_letters_or_digits_only():
    text = "自2022年11月，PM2.5浓度《APP》（GPS）国 2 国漯安委〔2021〕5号𠀾A"
    gaps = cjk_latin_gaps(text)
    pairs = [text[i - 1:i + 1] for i in gaps]
    assert pairs == ["自2", "2年", "年1", "1月", "5浓", "5号", "𠀾A"]


def test_gaps_match_the_rule_at_every_position():
    # every neighbouring pair of a mixed text, checked against the rule stated per character
    def kind(ch: str) -> str:
        if ch.isascii() and ch.isalnum() or "\u00c0" <= ch <= "\u024f" and ch not in "\u00d7\u00f7":
            return "latin"
        return "han" if is_han(ch) else "other"

    text = "〇A一b㐀9丽Z𠀀é，x 中1）国ǜ龥" * 3
    expected = [i for i in range(1, len(text)) if {kind(text[i - 1]), kind(text[i])} == {"latin", "han"}]
    assert cjk_latin_gaps(text) == expected
    assert is_han("〇") and is_han("𪚥") and not is_han("。") and not is_han("Ａ")
