"""A page printed in two columns and copied out side by side (pdftotext -layout) reads down
each column in turn."""
from bulletin_desktop.core.textformat import read_text
from bulletin_desktop.core.wrapped_text import read_columns_down

LEFT = ["【工作动态】", "11月12日，龙城镇组织召开安全生产工作推进", "会，对冬季安全生产工作进行安排部署。",
        "11月13日，黑龙潭镇开展燃气安全宣传进社", "区活动，发放宣传资料600余份。"]
RIGHT = ["【隐患排查】", "11月15日，商桥镇对辖区12家小作坊开展安", "全检查，发现问题隐患18处。",
         "11月16日，裴城镇组织开展有限空间作业专", "项检查，检查企业5家。", "11月16日，孟庙镇开展烟花爆竹打非治违", "行动。"]
HEAD = "                    安全生产简报\n\n                       第8期\n\n    郾城区应急管理局                        2026年11月18日\n\n"
TAIL = "\n\n                         —1—\n\f编辑：周红　审核：吴刚　签发：郑伟\n发：各镇（街道）。\n"


def side_by_side(left: list[str], right: list[str], gap: int = 4) -> str:
    width = max(len(line) for line in left)
    rows = [(left[i] if i < len(left) else "", right[i] if i < len(right) else "") for i in range(max(len(left), len(right)))]
    return "\n".join((a.ljust(width) + " " * gap + b).rstrip() if a else " " * (width + gap) + b for a, b in rows)


def test_two_columns_side_by_side_read_down_the_left_then_the_right():
    assert read_columns_down(side_by_side(LEFT, RIGHT)).split("\n") == LEFT + RIGHT


def test_a_bulletin_printed_in_two_columns_reads_as_printed():
    issue = read_text(HEAD + side_by_side(LEFT, RIGHT) + TAIL)
    assert [s.title for s in issue.sections] == ["工作动态", "隐患排查"]
    assert [e.text for e in issue.sections[1].entries] == [
        "11月15日，商桥镇对辖区12家小作坊开展安全检查，发现问题隐患18处。",
        "11月16日，裴城镇组织开展有限空间作业专项检查，检查企业5家。", "11月16日，孟庙镇开展烟花爆竹打非治违行动。"]
    assert issue.office == "郾城区应急管理局"


def test_lines_set_out_with_spaces_stay_as_they_are():
    table = "站点　　水位　　警戒水位\n沙河　　60.1　　61.0\n澧河　　58.2　　59.5\n颍河　　55.0　　56.5"
    pairs = "检查企业    12家\n发现隐患    36处\n完成整改    30处\n立案处罚    2起"
    office = "郾城区应急管理局                        2026年11月18日"
    for text in (table, pairs, office):
        assert read_columns_down(text) == text
