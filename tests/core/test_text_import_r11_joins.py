"""One rule joins the pieces of a paragraph a line break parted, wherever they are joined: a
printed copy's lines (wrapped_text), a wrapped list of recipients in the closing block, a
typed line break, and pasted paragraphs made one entry (pasted_entries.join_paragraphs):
nothing in Chinese text, a space between Latin words."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.pasted_entries import join_paragraphs, line_gap
from bulletin_desktop.core.richtext import Run, plain
from bulletin_desktop.core.textformat import read_text


@pytest.mark.parametrize("before, after, gap", [
    ("开展", "检查", ""), ("Microsoft", "Office", " "), ("ABC Co.,", "Ltd", " "), ("使用APP", "开展", ""),
    ("“清朗”", "APP", ""), ("共计2024", "年", ""), ("达到", "5G", ""), ("会议。", "Next", ""), ("OK.", "Next", " "),
    ("", "A", ""), ("A", "", ""),
])
def test_the_gap_where_a_line_break_parted_the_text(before, after, gap):
    assert line_gap(before, after) == gap


def test_pasted_paragraphs_and_a_printed_copys_lines_join_alike():
    pasted = join_paragraphs([(Run("5月6日，县大数据局上线"),), (Run("Smart", True), Run(" City")),
                              (Run("平台。"),), (Run("“一网通办”"),), (Run("APP同步上线。"),)])
    assert plain(pasted) == "5月6日，县大数据局上线Smart City平台。“一网通办”APP同步上线。"
    lines = ["5月6日，县大数据局上线“城市大脑”指挥平台，接入公安、城管、应急等部门视频资源3600路，同步发布Smart",
             "City移动端应用，市民可通过手机查询办事进度、预约窗口服务，累计注册用户达到2.3万人，日均访问量超过",
             "8000人次。"]
    issue = read_text("数据工作简报\n第2期\n某县大数据局　　2024年5月8日\n【工作动态】\n" + "\n".join(lines)
                      + "\n报：县委、县政府领导，Smart City Co.,\nLtd项目组。\n")
    entry = issue.sections[0].entries[0]
    assert entry.text == "".join(lines).replace("Smart" + "City", "Smart City")
    assert issue.distribution[0].text == "县委、县政府领导，Smart City Co., Ltd项目组。"
