"""The closing block's 抄： and 呈：, as some offices shorten 抄送 and 呈送, are distribution
lines, not an entry of the body's last section."""
from __future__ import annotations

from bulletin_desktop.core.recognise import recognise
from bulletin_desktop.core.richtext import parse_markup
from bulletin_desktop.core.textformat import read_text, write_text

TEXT = """安全生产简报
第8期
县应急管理局　　2026年12月4日
【工作动态】
12月3日，**县住建局**开展燃气安全检查。
呈：县委、县政府领导
抄：各乡镇，县直有关单位"""


def test_short_labels_are_distribution_lines():
    issue = recognise([parse_markup(line) for line in TEXT.splitlines()]).issue
    assert [(d.label, d.text) for d in issue.distribution] == [("呈", "县委、县政府领导"), ("抄", "各乡镇，县直有关单位")]
    assert len(list(issue.entries())) == 1
    assert read_text(write_text(issue)) == issue
