"""Files made by other hands, round 14: two joint senders printed two lines in one (双行合一)
whose names differ in length, so Word's own halving would cut a name; a table of entries
whose 栏目 column, merged down, stands beside one cell holding each whole entry; a master
document whose entries are in sub-documents it only links to, said, not dropped silently."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.importing import read_file
from bulletin_desktop.core.wordread.combined import two_lines
from wordread.wordfiles import CLOSING, MASTHEAD, RT, make_docx, p

COMBINED = '<w:rPr><w:b/><w:eastAsianLayout w:id="-1" w:combine="1" w:combineBrackets="round"/></w:rPr>'


def run(text: str, props: str = "") -> str:
    return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'


@pytest.mark.parametrize(("combined", "read"), [
    ("县委办公室县政府办公室", "县委办公室　县政府办公室"),  # Word's half (6 of 11) would cut 县 off the second
    ("市委宣传部市文明办", "市委宣传部　市文明办"),
    ("县委办公室 县政府办公室", "县委办公室　县政府办公室"),  # the clerk's own space
    ("县应急管理局县交通运输局", "县应急管理局　县交通运输局"),
])
def test_two_names_of_different_lengths_split_where_both_are_names(combined, read):
    assert two_lines(combined) == read


def test_text_not_two_names_and_long_text_stay_as_written():
    assert two_lines("2024年3月") == "2024年3月"
    long = "县应急管理局" * 2000
    assert two_lines(long) == long


def test_combined_joint_senders_in_an_entry_keep_both_names_whole(tmp_path):
    entry = "<w:p>" + run("3月1日，") + run("县委办公室县政府办公室", COMBINED) + run("联合召开调度会。") + "</w:p>"
    path = make_docx(tmp_path / "双行合一.docx", MASTHEAD + p("【工作动态】") + entry + CLOSING)
    [(_, first)] = list(read_file(path).issue.entries())
    assert first.text == "3月1日，县委办公室、县政府办公室联合召开调度会。"  # (the joint units: test_word_import_r15_combined_units)


def entry(date: str, unit: str, rest: str) -> str:
    return "<w:p>" + run(date + "，") + run(unit, "<w:rPr><w:b/></w:rPr>") + run(rest) + "</w:p>"


def sections(path):
    return [(s.title, [(e.date, e.unit) for e in s.entries]) for s in read_file(path).issue.sections]


@pytest.mark.parametrize("merged", [True, False])
def test_a_section_column_beside_whole_entries(tmp_path, merged):
    def row(first: str, cell: str) -> str:
        return f"<w:tr><w:tc>{first}</w:tc><w:tc>{cell}</w:tc></w:tr>"

    def name(title: str, first: bool) -> str:
        if not merged:
            return p(title)
        return f'<w:tcPr><w:vMerge w:val="restart"/></w:tcPr>{p(title)}' if first else "<w:tcPr><w:vMerge/></w:tcPr><w:p/>"
    table = ("<w:tbl><w:tblPr/>" + row(p("所属栏目"), p("信息内容"))
             + row(name("工作动态", True), entry("5月6日", "县应急管理局", "召开防汛调度会。"))
             + row(name("工作动态", False), entry("5月7日", "县水利局", "巡查堤防12公里。"))
             + row(name("基层信息", True), entry("5月8日", "东关镇", "转移群众35人。")) + "</w:tbl>")
    path = make_docx(tmp_path / "栏目列.docx", MASTHEAD + table + CLOSING)
    assert sections(path) == [("工作动态", [("5月6日", "县应急管理局"), ("5月7日", "县水利局")]),
                              ("基层信息", [("5月8日", "东关镇")])]


def test_a_section_column_beside_cells_of_other_text_is_a_column_like_any(tmp_path):
    table = ("<w:tbl><w:tblPr/><w:tr><w:tc>" + p("栏目") + "</w:tc><w:tc>" + p("内容") + "</w:tc></w:tr>"
             "<w:tr><w:tc>" + p("工作动态") + "</w:tc><w:tc>" + p("本期共收到各单位来稿23篇。") + "</w:tc></w:tr></w:tbl>")
    path = make_docx(tmp_path / "说明表.docx", MASTHEAD + p("【工作动态】") + entry("5月6日", "县应急管理局", "召开会议。") + table + CLOSING)
    assert [s.title for s in read_file(path).issue.sections] == ["工作动态"]


SUB_REL = f'<Relationship Id="rIdSub" Type="{RT}/subDocument" Target="file:///D:/%E7%AE%80%E6%8A%A5/%E6%9D%A1%E7%9B%AE.docx" TargetMode="External"/>'


@pytest.mark.parametrize("link", ['<w:p><w:subDoc r:id="rIdSub"/></w:p>', '<w:subDoc r:id="rIdSub"/>'])
def test_a_master_documents_linked_sub_documents_are_named(tmp_path, link):
    path = make_docx(tmp_path / "主控文档.docx", MASTHEAD + p("【工作动态】") + link + entry("5月6日", "县应急管理局", "召开会议。") + CLOSING,
                     doc_rels=SUB_REL)
    warnings = read_file(path).warnings
    assert any("主控文档" in w and "1 个子文档" in w for w in warnings)
    assert not any("外部文件" in w for w in warnings)  # (no template or linked picture)


def word_art(text: str, style: str, fill: str = "", shape_id: str = "_x0000_s1026") -> str:
    return (f'<w:r><w:pict><v:shape id="{shape_id}" type="#_x0000_t136" style="{style}" fillcolor="red" stroked="f">{fill}'
            f'<v:textpath style="font-family:&quot;宋体&quot;" string="{text}"/></v:shape></w:pict></w:r>')


BEHIND = "position:absolute;width:415pt;height:138pt;z-index:-251657216;mso-position-horizontal:center"


@pytest.mark.parametrize(("style", "fill"), [
    (BEHIND + ";rotation:-2949120f", ""),  # turned 45° in 65536ths, as WPS writes it
    (BEHIND + ";rotation:315", ""),
    (BEHIND, '<v:fill opacity=".5"/>'),  # see-through
])
def test_a_watermark_of_another_hand_is_no_text(tmp_path, style, fill):
    body = ("<w:p>" + word_art("样稿", style, fill, "WaterMark_1") + run("某某工作简报") + "</w:p>"
            + p("第7期") + p("某某县应急管理局　　　　2024年3月5日") + p("【工作动态】") + entry("5月6日", "县应急管理局", "召开会议。") + CLOSING)
    issue = read_file(make_docx(tmp_path / "水印.docx", body)).issue
    assert issue.series == "某某工作简报"


@pytest.mark.parametrize("style", [BEHIND, "position:absolute;width:415pt;height:60pt;rotation:-5;z-index:251657216"])
def test_word_art_behind_the_text_or_turned_in_front_of_it_is_still_read(tmp_path, style):
    body = ("<w:p>" + word_art("某某工作简报", style) + "</w:p>" + p("第7期") + p("某某县应急管理局　　　　2024年3月5日")
            + p("【工作动态】") + entry("5月6日", "县应急管理局", "召开会议。") + CLOSING)
    issue = read_file(make_docx(tmp_path / "艺术字.docx", body)).issue
    assert issue.series == "某某工作简报"
