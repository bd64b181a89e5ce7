"""Bulletins copied from where they were published (a web page, a WeChat article, an OA
system's print view) and mastheads that print more than the name, number and date."""
import pytest

from bulletin_desktop.core.model import DistributionLine
from bulletin_desktop.core.recognise import BulletinFormatError, recognise
from bulletin_desktop.core.richtext import plain
from bulletin_desktop.core.textformat import text_paragraphs

ISSUE = """某某工作简报
第45期
某某县应急管理局　　2026年11月20日
【工作动态】
11月16日，**侯集镇**组织开展冬季森林防火应急演练。
编辑：李明　审核：王刚　签发：赵强
发：各乡镇人民政府。"""


def _read(text: str):
    return recognise(text_paragraphs(text))


def _items(issue) -> list[str]:
    return [item.text for section in issue.sections for item in section.entries]


def test_a_web_page_s_lines_around_the_issue_are_left_out_with_a_warning():
    page = ("首页 > 政务公开 > 工作动态\n某某工作简报（第45期）\n"
            "来源：某某县应急管理局　　发布时间：2026-11-20 09:32　　浏览次数：268\n【字体：大 中 小】　　打印本页　　关闭窗口\n"
            + ISSUE + "\n【打印本页】　【关闭窗口】\n上一篇：某某工作简报（第44期）\n"
            "主办单位：某某县人民政府办公室　　技术支持：某某科技有限公司\n豫ICP备12345678号")
    result = _read(page)
    assert result.issue == _read(ISSUE).issue
    assert any("已略去" in w and "8 行" in w for w in result.warnings)


@pytest.mark.parametrize("bracketed", ["【字体：大 中 小】", "[打印本页]", "【关闭窗口】"])
def test_a_page_line_in_brackets_on_its_own_is_left_out_not_taken_for_a_section(bracketed):
    page = ("首页 > 政务公开 > 工作简报\n某某工作简报（第45期）\n"
            "来源：某某县应急管理局　　发布时间：2026-11-20 09:32　　浏览次数：268\n" + bracketed + "\n" + ISSUE)
    result = _read(page)
    assert result.issue == _read(ISSUE).issue
    assert any("已略去" in w and "4 行" in w for w in result.warnings)


def test_a_wechat_article_s_lines_around_the_issue_are_left_out():
    page = ("某某工作简报 | 第45期\n原创 县应急局 某某应急 2026-11-20 18:30 发表于河南\n" + ISSUE
            + "\n长按识别二维码，关注我们\n阅读原文\n分享　收藏　点赞　在看")
    result = _read(page)
    assert result.issue == _read(ISSUE).issue
    assert any("5 行" in w for w in result.warnings)


def test_an_oa_print_view_s_form_and_routing_record_are_left_out():
    page = ("打印时间：2026-11-27 10:15:33                                 打印人：王小红\n"
            "文件标题：关于印发《某某工作简报》第45期的通知\n文号：某办〔2026〕15号\n"
            + "=" * 60 + "\n" + ISSUE + "\n" + "=" * 60 + "\n流程记录：\n2026-11-26 王小红 拟稿\n2026-11-27 赵强 签发 同意")
    result = _read(page)
    assert result.issue == _read(ISSUE).issue


def test_the_same_words_inside_the_issue_stay():
    text = ISSUE.replace("演练。", "演练。\n11月17日，**县融媒体中心**发布的短视频浏览次数超过10万。")
    result = _read(text)
    assert any("浏览次数" in item for item in _items(result.issue))
    assert not any("已略去" in w for w in result.warnings)


def test_a_rule_drawn_with_characters_joins_nothing_however_wide():
    lines = text_paragraphs("=" * 60 + "\n某某工作简报\n第45期")
    assert [p.text for p in lines] == ["=" * 60, "某某工作简报", "第45期"]


def test_the_signer_printed_right_of_the_mark_above_the_name():
    result = _read("秘密★1年　　　　　　　　签发人：张国强\n内部资料　注意保存\n\n" + ISSUE.replace("　签发：赵强", ""))
    assert result.issue.marking == "秘密★1年 内部资料　注意保存"
    assert result.issue.signoff.signers == ["张国强"]


def test_distribution_lines_printed_under_the_masthead_go_to_the_closing_block():
    head, body = ISSUE.split("【工作动态】")
    result = _read(head + "报：市民政局。\n送：县直有关单位。\n【工作动态】" + body)
    assert result.issue.distribution == [DistributionLine("报", "市民政局。"), DistributionLine("送", "县直有关单位。"),
                                         DistributionLine("发", "各乡镇人民政府。")]
    assert _items(result.issue) == _items(_read(ISSUE).issue)
    assert any("报头下方" in w for w in result.warnings)


def test_several_issues_pasted_into_one_file_are_refused_with_one_sentence():
    with pytest.raises(BulletinFormatError, match="不止一期.*第46期.*每期一个文件"):
        _read(ISSUE + "\n\n" + ISSUE.replace("第45期", "第46期"))


def test_the_masthead_printed_again_for_the_same_issue_is_no_second_issue():
    head = ISSUE.split("【")[0]
    result = _read(ISSUE.replace("演练。", "演练。\n" + head))
    assert result.issue.number == 45


def test_a_report_s_attachments_listed_a_line_each_stay_in_the_report():
    text = ISSUE.split("【")[0] + ("关于全县经济运行情况的报告\n今年以来，全县经济运行总体平稳。\n"
                                   "附件：1.主要经济指标完成情况表\n2.重点项目进展情况表\n3.重点企业名单\n报：县委、县政府领导。")
    [section] = _read(text).issue.sections
    [report] = section.entries
    assert [plain(p) for p in report.paragraphs][-3:] == ["附件：1.主要经济指标完成情况表", "2.重点项目进展情况表", "3.重点企业名单"]


def test_sections_numbered_in_brackets_in_a_bulletin_with_no_other_headings():
    head = ISSUE.split("【")[0]
    text = head + ("（一）重点工作\n11月18日，**东关分局**开展食品安全检查。\n11月19日，**汉冶分局**开展电梯检查。\n"
                   "（二）基层动态\n11月20日，**新华分局**开展诚信经营培训。\n"
                   "（三）经验交流\n某分局“三个一”工作法\n今年以来，某分局探索形成“三个一”工作法。\n编辑：李明")
    result = _read(text)
    assert [(s.title, len(s.entries)) for s in result.issue.sections] == [
        ("（一）重点工作", 2), ("（二）基层动态", 1), ("（三）经验交流", 1)]
    assert result.issue.sections[0].entries[0].unit == "东关分局"
    assert result.section_style == "plain"


def test_a_numbered_topic_under_a_section_stays_an_entry_with_its_entries():
    text = ISSUE.replace("【工作动态】\n", "【工作动态】\n（一）危化品领域\n")
    [section] = _read(text).issue.sections
    assert [e.text for e in section.entries][0] == "（一）危化品领域"


@pytest.mark.parametrize("heading, title", [("第一部分　工作动态", "第一部分　工作动态"), ("1. 工作动态", "1. 工作动态"),
                                            ("工　作　动　态", "工作动态")])
def test_a_section_title_keeps_the_space_after_its_number_not_its_letter_spacing(heading, title):
    text = ISSUE.replace("【工作动态】", heading).replace("演练。", "演练。\n11月17日，**莲花镇**开展防火宣传。")
    assert [s.title for s in _read(text).issue.sections] == [title]


def test_an_unnumbered_supplement_is_refused_saying_it_needs_a_number():
    with pytest.raises(BulletinFormatError, match="增刊.*没有期号"):
        _read(ISSUE.replace("第45期", "增　刊"))


def test_a_wechat_post_s_own_lines_and_credits_with_bars():
    """点击蓝字 关注我们 above the masthead, the post's END mark, its 往期推荐 and their titles
    below the issue are the post's; its credits set with bars (编辑 | 李明, 来源 | …) are the
    closing block's sign-off and the entry's source."""
    post = ("点击蓝字 关注我们\n" + ISSUE.replace("编辑：李明　审核：王刚　签发：赵强\n发：各乡镇人民政府。", "")
            + "\nEND\n来源 | 某某县应急管理局\n编辑 | 李明\n审核 | 王刚\n签发 | 赵强\n往期推荐\n某县召开安全生产工作会议\n"
            "某县开展森林防火演练")
    result = _read(post)
    issue = result.issue
    assert (issue.series, issue.signoff.editors, issue.signoff.reviewers, issue.signoff.signers) == (
        "某某工作简报", ["李明"], ["王刚"], ["赵强"])
    assert _items(issue) == ["11月16日，侯集镇组织开展冬季森林防火应急演练。来源 | 某某县应急管理局"]
    assert any("5 行" in w for w in result.warnings)


def test_a_list_of_earlier_posts_followed_by_the_closing_block_is_kept():
    """往期推荐 with the closing block after it is no trailer of a post: nothing is left out after it."""
    text = ISSUE.replace("编辑：", "往期推荐\n11月17日，**县应急局**开展检查。\n编辑：")
    assert "往期推荐" in " ".join(_items(_read(text).issue))
