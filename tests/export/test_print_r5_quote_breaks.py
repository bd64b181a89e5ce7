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
