"""Which characters take the Latin face and where Chinese is spaced from Latin."""
from bulletin_desktop.export.text_runs import cjk_latin_gaps, latin_runs


def test_latin_runs_are_ascii_and_latin_letters():
    text = "今年 11 月份，手机APP终端，拼音lǜ，“引号”—破折号"
    assert [text[a:b] for a, b in latin_runs(text)] == [" 11 ", "APP", "lǜ"]


def test_gaps_stand_between_chinese_and_latin_letters_or_digits_only():
    text = "自2022年11月，PM2.5浓度《APP》（GPS）国 2 国漯安委〔2021〕5号𠀾A"
    gaps = cjk_latin_gaps(text)
    pairs = [text[i - 1:i + 1] for i in gaps]
    assert pairs == ["自2", "2年", "年1", "1月", "5浓", "5号", "𠀾A"]
