"""A bulletin copied out of a government site's page: the page's own lines around it (您当前的位置：
首页 > …, 【大】【中】【小】　【打印】　【关闭】, 发布时间：…　信息来源：…　浏览量：56, 相关链接： and its
links, 版权所有…) are left out, and none of them is joined to the masthead's name under it."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.recognise import recognise
from bulletin_desktop.core.textformat import text_paragraphs

BULLETIN = ("水利工作简报\n第19期\n县水利局　　　　　　2026年11月30日\n【工作动态】\n"
            "11月27日，**县水利局**开展冬季水利工程安全检查。\n编辑：周五　审核：吴六　签发：郑七\n报：市水利局。\n")
BOTTOM = "【打印】　【关闭】\n相关链接：\n县人民政府　市水利局\n版权所有：某某县人民政府　网站标识码：4117000001\n"


@pytest.mark.parametrize("top", [
    "您当前的位置：首页 > 信息公开 > 简报\n【大】【中】【小】　【打印】　【关闭】\n水利工作简报（第19期）\n"
    "发布时间：2026-12-01　信息来源：县水利局　浏览量：56\n",
    "您所在位置：首页 > 信息公开 > 简报\n\n水利工作简报（第19期）\n\n"
    # (a page's line longer than a title, stopping on no stop, is no paragraph cut by a page break)
    "发布时间：2026-12-01 09:30:12　信息来源：某某县水利局办公室　作者：王某某　浏览次数：1234\n\n",
])
def test_the_pages_lines_are_left_out(top):
    result = recognise(text_paragraphs(top + BULLETIN + BOTTOM))
    issue = result.issue
    assert (issue.series, issue.number, issue.office) == ("水利工作简报", 19, "县水利局")
    assert [s.title for s in issue.sections] == ["工作动态"]
    assert [(d.label, d.text) for d in issue.distribution] == [("报", "市水利局。")]
    left_out = len([line for line in (top + BOTTOM).splitlines() if line])
    assert len(result.warnings) == 1 and f"不属于简报的 {left_out} 行" in result.warnings[0]
