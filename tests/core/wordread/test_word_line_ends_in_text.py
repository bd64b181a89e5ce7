"""A line end a program wrote into a run's text (not Word's line break w:br) prints as a
space in Word, and is read so: no entry or heading carries a line end Word never shows."""
from bulletin_desktop.core.importing import read_file

from wordfiles import CLOSING, MASTHEAD, make_docx, p, r


def test_line_ends_in_a_run_s_text_read_as_spaces(tmp_path):
    body = (MASTHEAD + p("【工作\n动态】") + p("3月1日，", runs=r("县应急管理局", bold=True) + r("召开安全生产\n工作会议，部署&#13;\n近期工作。"))
            + p("3月2日，", runs=r("城关镇", bold=True) + r("开展检查。&#13;3月3日起开展督查。")) + CLOSING)
    imported = read_file(make_docx(tmp_path / "简报.docx", body))
    assert not any("\n" in para.text or "\r" in para.text for para in imported.paragraphs)
    entries = imported.issue.sections[0].entries
    assert [e.text for e in entries] == ["3月1日，县应急管理局召开安全生产 工作会议，部署 近期工作。",
                                         "3月2日，城关镇开展检查。 3月3日起开展督查。"]
