from bulletin_desktop.core.richtext import parse_markup
from bulletin_desktop.export.blocks import BlockKind, FontRole, article_paragraph_spans, layout_issue
from bulletin_desktop.export.layout_options import LayoutOptionError, LayoutOptions, load_options

import pytest


def test_sample_lays_out_top_to_bottom(sample_issue):
    blocks = layout_issue(sample_issue)
    kinds = [b.kind for b in blocks]
    assert kinds[:5] == [BlockKind.MASTHEAD, BlockKind.ISSUE_LINE, BlockKind.SPECIAL_LINE,
                         BlockKind.OFFICE_DATE, BlockKind.RED_RULE]
    assert kinds[-2:] == [BlockKind.SIGNOFF, BlockKind.DISTRIBUTION]
    assert kinds.count(BlockKind.SECTION_HEADING) == 5
    assert kinds.count(BlockKind.ENTRY) == 8
    assert kinds.count(BlockKind.ARTICLE_TITLE) == 1 and kinds.count(BlockKind.ARTICLE_PARAGRAPH) == 4
    assert blocks[0].text == "漯河安全生产简报"
    assert blocks[2].text == "（安全生产大检查专刊 第34期）"
    assert (blocks[3].left, blocks[3].right) == ("漯河市安全生产委员会办公室", "2022年11月21日")
    assert blocks[-2].text == "编辑：卜丹 赵贺龙  审核：翟红伟  签发：孙全忠"
    assert [head for head, _ in blocks[-1].lines] == ["送：", "发："]


def test_blocks_point_back_to_their_entries(sample_issue):
    blocks = layout_issue(sample_issue)
    entry_uids = [e.uid for _, e in sample_issue.entries()]
    shown = [b.source for b in blocks if b.kind in (BlockKind.ENTRY, BlockKind.ARTICLE_TITLE)]
    assert shown == entry_uids


def test_bold_spans_survive(sample_issue):
    blocks = layout_issue(sample_issue)
    bold = [s.text for b in blocks for s in b.spans if s.bold]
    assert bold[:3] == ["西城区", "市应急管理局", "舞阳县"]
    assert len(bold) == 9


def test_run_in_headings_get_their_own_face():
    spans = article_paragraph_spans(parse_markup("一、夯实消防基础。指导辖区。**一是搭建平台。**将……"))
    assert [(s.text, s.bold, s.role) for s in spans] == [
        ("一、夯实消防基础。", False, FontRole.HEADING),
        ("指导辖区。", False, FontRole.BODY),
        ("一是搭建平台。", True, FontRole.BODY),
        ("将……", False, FontRole.BODY),
    ]
    assert article_paragraph_spans(parse_markup("（二）严格考核。内容"))[0].role is FontRole.KAI
    assert article_paragraph_spans(parse_markup("近年来，一、不是标题。"))[0].role is FontRole.BODY


@pytest.mark.parametrize("text, role", [
    ("一、提高政治站位，压实工作责任。各县区要……", FontRole.HEADING),  # two parallel phrases: a heading
    ("三、在强化监管上下功夫。", FontRole.HEADING),
    ("（二）落实“三个一”（一图一表）要求。内容", FontRole.KAI),
    ("二、今年以来，全市共排查隐患1200处，整改1150处。", FontRole.BODY),  # figures: a sentence
    ("二、今年以来，全市安全生产形势总体平稳。", FontRole.BODY),  # says when: a sentence
    ("（三）截至11月底，共检查企业。", FontRole.BODY),
    ("一、据统计，事故起数同比下降。", FontRole.BODY),
    ("四、全市形势平稳，事故总量下降，未发生较大事故。", FontRole.BODY),  # three clauses
])
def test_a_numbered_sentence_is_not_set_as_a_run_in_heading(text, role):
    """GB/T 9704 sets a numbered heading in 黑体 (楷体 one level down); a numbered sentence
    reporting what happened stays in the body's face, in the preview and in Word alike."""
    assert article_paragraph_spans(parse_markup(text))[0].role is role


def test_unchanged_issue_gives_equal_blocks(sample_issue):
    before = layout_issue(sample_issue)
    assert layout_issue(sample_issue) == before
    sample_issue.sections[1].entries[0].body = parse_markup("改过的文字。")
    after = layout_issue(sample_issue)
    changed = [i for i, (a, b) in enumerate(zip(before, after)) if a != b]
    assert len(changed) == 1 and after[changed[0]].kind is BlockKind.ENTRY


def test_masthead_steps_down_when_the_name_is_long():
    options = LayoutOptions()
    assert options.masthead_size_for("漯河安全生产简报") == 42
    assert options.masthead_size_for("漯河市安全生产委员会办公室简报") == 26  # 15 ems do not fit at 36 pt
    assert options.masthead_size_for("某某市某某某某某某某简报") == 36


def test_options_from_strings_and_files(tmp_path):
    options = load_options(overrides={"red_rule_pt": "3", "page_number_position": "center",
                                      "masthead_fallback_sizes_pt": "30,24"})
    assert (options.red_rule_pt, options.page_number_position, options.masthead_fallback_sizes_pt) == (3.0, "center", (30.0, 24.0))
    settings = tmp_path / "layout.json"
    settings.write_text('{"lines_per_page": 30, "chars_per_line": 28}', encoding="utf-8")
    assert load_options(settings).lines_per_page == 30
    with pytest.raises(LayoutOptionError, match="没有名为"):
        load_options(overrides={"nonsense": "1"})
    with pytest.raises(LayoutOptionError, match="无效"):
        load_options(overrides={"red_rule_pt": "thick"})
    settings.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(LayoutOptionError, match="JSON 对象"):
        load_options(settings)


def test_a_topic_line_over_a_sections_entries_is_set_in_its_levels_face():
    """（一）危化品领域 on a line of its own prints as GB/T 9704 sets a second-level heading, in
    楷体 (一、… in 黑体), in Word and in the preview alike (both take the block's spans); entries stay 仿宋."""
    from bulletin_desktop.core.model import Item, Section
    from bulletin_desktop.core.textformat import read_text

    def roles(issue):
        return [{s.role for s in b.spans} for b in layout_issue(issue) if b.kind is BlockKind.ENTRY]

    issue = read_text("某某简报\n\n第3期\n\n某某办公室\n\n2024年3月5日\n\n【督导检查】\n\n（一）危化品领域\n\n"
                      "8月7日，**市应急管理局**检查3家企业。\n")
    assert roles(issue) == [{FontRole.KAI}, {FontRole.BODY}]
    issue.sections[0].entries[0].body = parse_markup("一、危化品领域")  # the level above: 黑体
    assert roles(issue) == [{FontRole.HEADING}, {FontRole.BODY}]
    issue.sections = [Section("动态", [Item(body=parse_markup("（一）危化品领域要加强监管。")),
                                       Item(body=parse_markup("（二）矿山"), date="8月8日")])]
    assert roles(issue) == [{FontRole.BODY}, {FontRole.BODY}]  # a sentence, and a dated entry
