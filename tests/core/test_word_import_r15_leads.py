"""A Word file's masthead with the office, the date and the hour on one line, and its
entries dated as of a day and an hour (截至7月12日8时，) or in full-width figures (３月１日，):
read as the text import reads them."""
from __future__ import annotations

import datetime as dt

from bulletin_desktop.core.importing import read_file
from wordread.wordfiles import CLOSING, make_docx, p, r


def test_a_masthead_dated_to_the_minute_beside_its_office_and_dated_entries(tmp_path):
    body = (p("安全生产简报") + p("第5期") + p("漯河市应急管理局　　2026年12月3日 16:00") + p("【工作动态】")
            + p(runs=r("３月１日，") + r("县应急局", bold=True) + r("召开调度会。"))
            + p("截至7月12日8时，全市大型水库均在汛限水位以下运行。") + CLOSING)
    read = read_file(make_docx(tmp_path / "快报.docx", body))
    assert (read.issue.number, read.issue.date, read.issue.office) == (5, dt.date(2026, 12, 3), "漯河市应急管理局")
    assert [(e.date, e.unit) for _, e in read.issue.entries()] == [("３月１日", "县应急局"), ("截至7月12日8时", "")]
    assert any("16:00" in warning for warning in read.warnings)
