"""Where the preview may end a line around quotation marks: between a Chinese character and
a “ after it or a ” before it, as LibreOffice breaks, whatever the quoted text is; never
after “ or before ”."""
import pytest

from bulletin_desktop.export.qt_render.line_breaking import LineBreaker


def pieces(text: str) -> list[str]:
    out, last = [], 0
    for end in LineBreaker(text).breaks:
        out.append(text[last:end])
        last = end
    return out


@pytest.mark.parametrize("text, wanted", [
    ("部署“APP”、‘GPS’和“NB-IoT”平台", ["署", "“APP”、‘GPS’", "和", "平"]),
    ("推广“5G”基站和“Wi-Fi”覆盖", ["广", "“5G”", "站", "和", "覆"]),
    ("落实“十四五”规划", ["实", "规"]),
])
def test_a_line_may_end_between_a_chinese_character_and_a_quotation_mark(text, wanted):
    found = pieces(text)
    assert all(piece in found for piece in wanted), found


@pytest.mark.parametrize("text", ["部署“APP”，完成", "《“十四五”规划》", "（“三化”）建设", "要求“早部署”。"])
def test_never_after_an_opening_mark_nor_before_a_closing_one_or_a_pause(text):
    for piece in pieces(text)[:-1]:
        assert piece[-1] not in "“‘（《", piece
    for piece in pieces(text)[1:]:
        assert piece[0] not in "”’，。）》", piece


@pytest.mark.parametrize("text, wanted", [
    ("检查①②③项", ["①", "②", "③"]), ("开展◆◆活动", ["◆", "◆"]), ("第ⅠⅡ类", ["Ⅰ", "Ⅱ"]),
])
def test_symbols_set_in_the_chinese_face_part_as_chinese_characters_do(text, wanted):
    found = pieces(text)
    assert all(piece in found for piece in wanted), found


def test_a_degree_sign_never_starts_a_line():
    assert all(not piece.startswith("℃") for piece in pieces("温度↑℃，★℃"))


@pytest.mark.parametrize("line, hangs", [
    ("责任落实“十四五”，", True),  # after Chinese text the comma hangs past the margin
    ("责任落实“627%”，", False),  # after Latin text, a closing mark of it between, it does not
    ("达到‘GPS’，", False),
    ("整改率100%，", False),
    ("整改到位，", True),
])
def test_a_pause_hangs_after_chinese_text_only(line, hangs):
    breaker = LineBreaker(line)
    assert (breaker.set_end(0, breaker.size) == breaker.size - 1) is hangs
