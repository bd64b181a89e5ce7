"""An issue sent as an attachment to a covering document prints the attachment's label top left
above its name (附件1, as GB/T 9704 places it): a masthead mark, printed there again, never
part of the bulletin's name; the text format reads it back."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.recognise import recognise
from bulletin_desktop.core.richtext import parse_markup
from bulletin_desktop.core.textformat import read_text, write_text

REST = ("安全生产工作简报\n第8期\n县安委会办公室\n2026年11月6日\n【工作动态】\n"
        "11月3日，**县应急管理局**召开安全生产工作会议。\n编辑：王一　审核：李二　签发：张三\n报：市安委办。")


@pytest.mark.parametrize("label, marking", [
    ("附件1", "附件1"), ("附件", "附件"), ("附件 2", "附件 2"), ("附件1\n内部资料", "附件1 内部资料"),
])
def test_the_label_is_a_mark(label, marking):
    result = recognise([parse_markup(line) for line in (label + "\n" + REST).splitlines()])
    issue = result.issue
    assert (issue.series, issue.number, issue.office, issue.marking) == ("安全生产工作简报", 8, "县安委会办公室", marking)
    assert [s.title for s in issue.sections] == ["工作动态"]
    assert not result.warnings
    assert read_text(write_text(issue)) == issue
