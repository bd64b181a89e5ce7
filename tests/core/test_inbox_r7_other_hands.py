"""Submissions as other hands send them: a chat group's export with the city's answer in it,
a mail answering the office's notice with the notice quoted below, a mail signed under a
delimiter, a list of attachments without file names' endings, a Word file with its news in
a table, a unit's own small bulletin, an old name the registry keeps as an alias, a town
under its county; each read for its unit, date, title and candidates, and credited."""
from __future__ import annotations

import datetime as dt

import pytest

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.inbox import Repeated, add_submissions, get_submission
from bulletin_desktop.core.inbox.adopt import adopt_into, entries_for
from bulletin_desktop.core.inbox.reading import make_submission, paragraphs_from_text, read_submissions
from bulletin_desktop.core.model import Issue, Item, Section
from bulletin_desktop.core.richtext import parse_markup
from bulletin_desktop.core.stats import compute_stats
from bulletin_desktop.core.units import registry

TODAY = dt.date(2022, 11, 30)
YEAR = (dt.date(2022, 1, 1), dt.date(2022, 12, 31))


@pytest.fixture
def city(tmp_path, sample_issue):
    with Archive.open(tmp_path / "city.sqlite", auto_backup=False) as archive:
        archive.add_issue(sample_issue)  # 漯河市's: 西城区, 市应急管理局, 舞阳县 registered
        yield archive


@pytest.fixture
def county(tmp_path):
    issue = Issue(series="舞阳县安全生产简报", number=18, date=dt.date(2022, 11, 25), office="舞阳县安全生产委员会办公室",
                  sections=[Section("工作动态", [Item.from_rich(parse_markup(text)) for text in (
                      "11月22日，**县应急管理局**组织开展执法检查。", "11月23日，**北舞渡镇**开展消防宣传。")])])
    with Archive.open(tmp_path / "county.sqlite", auto_backup=False) as archive:
        archive.add_issue(issue)
        yield archive


def _submit(archive, text: str, received: dt.date | None = None):
    item = make_submission(paragraphs_from_text(text), source="粘贴", received=received, unit_id=None,
                           names=registry.unit_names(archive), today=TODAY)
    submission = get_submission(archive, add_submissions(archive, [item])[0])
    return submission, [e.text for e in entries_for(archive, submission)]


def test_a_chat_group_s_export_is_the_poster_s_news_without_the_group_or_the_answer(city):
    submission, candidates = _submit(city, "漯河市应急信息报送群\n2022-11-18 08:41:07 召陵区应急局-王磊\n"
                                           "11月17日，召陵区组织开展冬季道路交通安全隐患排查，检查重点路段12处。\n"
                                           "2022-11-18 08:45:31 市应急局-张科长\n收到")
    assert (submission.unit, submission.received) == ("召陵区", dt.date(2022, 11, 18))
    assert "群" not in submission.title and "群" not in submission.body
    assert candidates == ["11月17日，召陵区组织开展冬季道路交通安全隐患排查，检查重点路段12处。"]


def test_a_chat_header_with_the_poster_s_name_spaced_after_the_time_dates_it(city):
    submission, candidates = _submit(city, "2022-11-25 17:02 西城区应急局 周涛\n西城区本周两条信息：\n"
                                           "11月23日，西城区开展城镇燃气安全专项整治“回头看”。\n"
                                           "11月24日，西城区组织工贸企业负责人参加安全生产培训。\n"
                                           "2022-11-25 17:05 西城区应急局 周涛\n[强]")
    assert (submission.unit, submission.received) == ("西城区", dt.date(2022, 11, 25))
    assert [c[:6] for c in candidates] == ["11月23日", "11月24日"]


def test_a_mail_answering_the_notice_is_its_sender_s_without_the_notice_quoted(city):
    submission, candidates = _submit(city, """发件人：临颍县应急管理局 <lyxyjj@126.com>
发送时间：2022年11月24日 10:15
收件人：漯河市应急管理局办公室
主题：临颍县开展危化品企业专项检查
市局办公室：
11月23日，临颍县组织专家对辖区6家危化品企业开展专项检查，发现隐患14处。
临颍县应急管理局办公室　刘洋
电话：0395-8812345
在 2022-11-20 16:00:12，"漯河市应急管理局办公室" 写道：
> 请各县区于11月25日前报送本月安全生产信息。
> 漯河市应急管理局办公室""")
    assert (submission.unit, submission.received, submission.title) == ("临颍县", dt.date(2022, 11, 24),
                                                                         "临颍县开展危化品企业专项检查")
    assert "请各县区" not in submission.body
    assert candidates == ["11月23日，临颍县组织专家对辖区6家危化品企业开展专项检查，发现隐患14处。"]


def test_a_reply_to_the_notice_takes_neither_the_notice_s_subject_nor_its_text(city):
    submission, candidates = _submit(city, """主题：回复：关于报送11月份安全生产信息的通知
源汇区应急管理局信息：
11月22日，源汇区组织开展燃气安全进餐饮场所专项检查，检查餐饮单位45家。
源汇区应急管理局
2022年11月22日
-----原始邮件-----
发件人：漯河市应急管理局
发送时间：2022年11月15日 9:00
主题：关于报送11月份安全生产信息的通知
各县区应急管理局：请于11月25日前报送信息。""")
    assert (submission.unit, submission.received) == ("源汇区", dt.date(2022, 11, 22))
    assert "关于报送" not in submission.title and "回复" not in submission.title
    assert candidates == ["11月22日，源汇区组织开展燃气安全进餐饮场所专项检查，检查餐饮单位45家。"]


def test_a_mail_signed_under_a_delimiter_is_its_sender_s_and_the_signature_no_news(city):
    submission, candidates = _submit(city, """发件人：郾城区应急管理局
发送时间：2022年11月26日 16:40
主题：郾城区开展冬季用电安全检查
11月25日，郾城区组织供电、消防等部门对辖区商业综合体开展冬季用电安全检查。
--
郾城区应急管理局综合股
王洁　13903950000""")
    assert (submission.unit, submission.title) == ("郾城区", "郾城区开展冬季用电安全检查")
    assert candidates == ["11月25日，郾城区组织供电、消防等部门对辖区商业综合体开展冬季用电安全检查。"]


def test_files_listed_under_attachments_without_their_endings_are_no_news(city):
    submission, candidates = _submit(city, """主题：郾城区11月第四周安全生产信息
各位领导好，报送我区本周信息一条，请审阅。
11月24日，郾城区组织开展有限空间作业专项检查，检查企业16家，发现隐患21处。
附件：
1.郾城区有限空间作业检查情况统计表
2.检查现场照片
郾城区应急管理局
2022年11月25日""")
    assert (submission.unit, submission.received) == ("郾城区", dt.date(2022, 11, 25))
    assert candidates == ["11月24日，郾城区组织开展有限空间作业专项检查，检查企业16家，发现隐患21处。"]


def test_numbered_news_after_the_attachments_label_s_own_line_stays_news(city):
    _submission, candidates = _submit(city, "附件：现场照片.jpg\n1.11月24日，郾城区开展有限空间作业专项检查。\n"
                                            "2.11月25日，郾城区召开安全生产例会。", received=TODAY)
    assert [c[:6] for c in candidates] == ["11月24日", "11月25日"]


def test_a_word_file_with_its_news_in_a_table_offers_each_row(city, tmp_path):
    from docx import Document

    doc = Document()
    doc.add_paragraph("郾城区安全生产工作动态（11月第三周）")
    rows = [["序号", "日期", "工作内容"],
            ["1", "11月20日", "郾城区应急管理局执法大队对辖区8家粉尘涉爆企业开展专项执法检查。"],
            ["2", "11月21日", "郾城区召开安全生产工作例会，安排部署冬季安全生产工作。"]]
    table = doc.add_table(rows=3, cols=3)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    doc.add_paragraph("郾城区应急管理局")
    doc.add_paragraph("2022年11月21日")
    doc.save(tmp_path / "动态.docx")
    [item] = read_submissions([tmp_path / "动态.docx"], registry.unit_names(city), None, today=TODAY) or []
    registered: list[str] = []
    submission = get_submission(city, add_submissions(city, [item], registered)[0])
    assert (submission.unit, submission.received, registered) == ("郾城区", dt.date(2022, 11, 21), ["郾城区"])
    candidates = [e.text for e in entries_for(city, submission)]
    assert len(candidates) == 2 and "粉尘涉爆" in candidates[0] and "例会" in candidates[1]
    assert not any("序号" in c or "工作内容" in c for c in candidates)


def test_a_unit_s_own_small_bulletin_offers_its_two_items_and_is_credited_with_both(city):
    submission, candidates = _submit(city, """召陵区安全生产信息
第15期
召陵区安全生产委员会办公室　　　2022年11月23日
【工作动态】
1．11月21日，召陵区召开安全生产工作例会，通报安全生产大检查进展情况。
2．11月22日，召陵区组织消防救援大队对辖区5家大型商场开展消防安全检查。""")
    assert (submission.unit, submission.received) == ("召陵区", dt.date(2022, 11, 23))
    assert [c[:6] for c in candidates] == ["11月21日", "11月22日"]
    adopt_into(city, submission.id, city.load_issue(city.list_issues()[0].id), "工作交流")
    row = compute_stats(city, *YEAR).row("召陵区")
    assert (row.submitted, row.adopted_submissions, row.adopted - row.direct) == (1, 1, 2)


def test_an_old_submission_signed_by_the_old_name_counts_for_the_renamed_unit(city):
    registry.change_aliases(city, "市应急管理局", add=["市安监局"])  # 安监局 became 应急管理局
    submission, _ = _submit(city, "市安监局开展烟花爆竹打非治违专项行动\n报送单位：漯河市安全生产监督管理局\n"
                                  "报送时间：2018年1月22日\n1月20日，组织执法人员对城区烟花爆竹零售网点开展专项检查。")
    assert (submission.unit, submission.received) == ("市应急管理局", dt.date(2018, 1, 22))


@pytest.mark.parametrize(("fixture", "unit"), [("city", "舞阳县"), ("county", "北舞渡镇")])
def test_a_town_under_its_county_counts_for_the_county_in_the_city_s_statistics_and_for_itself_in_the_county_s(
        request, fixture, unit):
    archive = request.getfixturevalue(fixture)
    submission, candidates = _submit(archive, "北舞渡镇开展汛后水库安全检查\n报送单位：舞阳县北舞渡镇人民政府\n"
                                              "11月22日，北舞渡镇组织水利站、派出所对辖区2座小型水库开展汛后安全检查。",
                                     received=dt.date(2022, 11, 22))
    assert submission.unit == unit and len(candidates) == 1


def test_the_writer_s_and_checker_s_lines_are_no_news(city):
    submission, candidates = _submit(city, "西城区开展校园周边安全隐患排查\n"
                                           "11月21日，西城区组织相关部门对辖区18所中小学校周边开展安全隐患排查。\n"
                                           "撰稿人：刘佳　审核人：赵强\n报送单位：西城区应急管理局", received=TODAY)
    assert submission.unit == "西城区"
    assert candidates == ["11月21日，西城区组织相关部门对辖区18所中小学校周边开展安全隐患排查。"]


def test_the_same_news_by_mail_then_in_the_chat_is_registered_once_and_a_follow_up_again(city):
    news = "11月23日，临颍县对辖区9家粮食仓储企业开展有限空间作业安全检查，发现隐患12处。"
    texts = [f"主题：临颍县开展粮食仓储企业安全检查\n{news}\n临颍县应急管理局\n2022年11月23日",
             f"临颍县应急局刘洋 2022-11-23 18:20\n{news}",
             "临颍县开展粮食仓储企业安全检查\n11月28日，临颍县对检查发现的12处隐患进行复查，已全部整改到位。\n（临颍县应急管理局）"]
    first = add_submissions(city, [make_submission(paragraphs_from_text(texts[0]), source="邮件", received=None,
                                                   unit_id=None, names=registry.unit_names(city), today=TODAY)])
    repeated: list[Repeated] = []
    later = [make_submission(paragraphs_from_text(t), source="粘贴", received=None, unit_id=None,
                             names=registry.unit_names(city), today=TODAY) for t in texts[1:]]
    stored = add_submissions(city, later, repeated=repeated)
    assert repeated == [Repeated(0, first[0])] and len(stored) == 1


def test_a_unit_s_own_bulletin_is_not_sent_by_those_it_is_sent_to(county):
    submission, candidates = _submit(county, """北舞渡镇安全生产简报
2022年第10期
北舞渡镇人民政府　　2022年11月29日
11月28日，北舞渡镇组织开展冬季消防安全大检查，检查沿街门店86家。
报送：县应急管理局、县委办公室
发送：各村委会""")
    assert (submission.unit, submission.joint_units, submission.received) == ("北舞渡镇", [], dt.date(2022, 11, 29))
    assert candidates == ["11月28日，北舞渡镇组织开展冬季消防安全大检查，检查沿街门店86家。"]


def test_a_mail_from_a_person_s_account_signed_by_the_office_alone_is_the_office_s(city):
    submission, candidates = _submit(city, """发件人：王洁 <wj12345@163.com>
发送时间：2022年11月26日 16:40
主题：源汇区开展校园食品安全检查
11月25日，源汇区对辖区32所学校食堂开展食品安全检查。
源汇区应急管理局""")
    assert (submission.unit, submission.received) == ("源汇区", dt.date(2022, 11, 26))
    assert candidates == ["11月25日，源汇区对辖区32所学校食堂开展食品安全检查。"]


def test_a_chat_s_export_is_the_messages_of_who_posted_the_news_not_of_the_office_asking_for_it(city):
    submission, candidates = _submit(city, """2022-11-24 08:30 市应急局-张科长
请各县区今天下班前报送本周安全生产信息。
2022-11-24 10:12 源汇区应急局-刘敏
11月23日，源汇区组织开展城镇燃气安全专项检查，检查燃气经营企业5家，整改隐患9处。
2022-11-24 10:15 市应急局-张科长
收到""")
    assert (submission.unit, submission.received) == ("源汇区", dt.date(2022, 11, 24))
    assert "请各县区" not in submission.title + submission.body
    assert candidates == ["11月23日，源汇区组织开展城镇燃气安全专项检查，检查燃气经营企业5家，整改隐患9处。"]


def test_a_town_and_the_county_s_office_sending_together_are_each_credited_in_the_county(county):
    submission, _ = _submit(county, "北舞渡镇开展危化品运输车辆检查\n报送单位：北舞渡镇人民政府、舞阳县应急管理局\n"
                                    "11月25日，在镇域主干道开展危化品运输车辆联合检查，检查车辆21台次。",
                            received=dt.date(2022, 11, 26))
    assert (submission.unit, submission.joint_units) == ("北舞渡镇", ["县应急管理局"])
    adopt_into(county, submission.id, county.load_issue(county.list_issues()[0].id), "工作动态")
    report = compute_stats(county, *YEAR)
    assert [(report.row(u).submitted, report.row(u).adopted_submissions) for u in ("北舞渡镇", "县应急管理局")] == [(1, 1)] * 2
    assert report.total.submitted == 1


@pytest.mark.parametrize("subject", ["【信息】临颍县开展养老机构消防安全检查", "回复：[投稿]临颍县开展养老机构消防安全检查"])
def test_a_tag_before_the_mail_s_subject_is_no_part_of_the_title(city, subject):
    submission, _ = _submit(city, f"发件人：临颍县应急管理局\n发送时间：2022年11月27日 9:05\n主题：{subject}\n"
                                  "11月26日，临颍县对全县14家养老机构开展消防安全检查，整改隐患19处。")
    assert (submission.unit, submission.title) == ("临颍县", "临颍县开展养老机构消防安全检查")


def test_a_spaced_label_and_a_date_in_chinese_numerals_are_read(city):
    submission, _ = _submit(city, "召陵区开展矿山安全检查\n报 送 单 位：召陵区应急管理局\n"
                                  "11月21日，召陵区对辖区2家非煤矿山开展安全检查。\n召陵区应急管理局\n二〇二二年十一月二十三日")
    assert (submission.unit, submission.received) == ("召陵区", dt.date(2022, 11, 23))
