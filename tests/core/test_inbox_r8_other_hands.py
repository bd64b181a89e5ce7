"""Submissions by other hands, round 8: a Word file with a cover letter (报送函) before its
news, three short items for three sections, a unit renamed this year (县安监局 → 县应急管理局)
with submissions under both names, a corrected copy (更正稿、修改稿) sent again, a forwarded
mail with two levels of quoting, a town's news sent by its county (代报), a mail dated only in
its headers (also in English), photos listed with captions, contact lines, an office written
with Latin letters (临颍县AJJ). Each read for its unit, date, title and candidates; the
duplicates, adoption credit and statistics checked through the core."""
from __future__ import annotations

import datetime as dt

import docx
import pytest

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.inbox import add_submissions, get_submission, list_rows
from bulletin_desktop.core.inbox.adopt import adopt_into, entries_for
from bulletin_desktop.core.inbox.reading import make_submission, paragraphs_from_text, read_submissions
from bulletin_desktop.core.model import Issue, Item, Section
from bulletin_desktop.core.richtext import parse_markup
from bulletin_desktop.core.stats import compute_stats
from bulletin_desktop.core.units import registry

TODAY = dt.date(2022, 11, 30)
YEAR = (dt.date(2022, 1, 1), dt.date(2022, 12, 31))
COUNTIES = ("郾城区", "源汇区", "召陵区", "临颍县")


@pytest.fixture
def city(tmp_path, sample_issue):
    with Archive.open(tmp_path / "city.sqlite", auto_backup=False) as archive:
        archive.add_issue(sample_issue)  # 漯河市's: 西城区, 市应急管理局, 舞阳县 registered
        for name in COUNTIES:  # the clerk's registry has every county and district
            registry.add_unit(archive, name, category="县区")
        yield archive


@pytest.fixture
def county(tmp_path):
    issue = Issue(series="舞阳县安全生产简报", number=3, date=dt.date(2022, 3, 10), office="舞阳县安全生产委员会办公室",
                  sections=[Section("工作动态", [Item.from_rich(parse_markup("3月8日，**县安监局**组织开展复工复产检查。"))])])
    with Archive.open(tmp_path / "county.sqlite", auto_backup=False) as archive:
        archive.add_issue(issue)
        yield archive


def _item(archive, text: str, source: str = "粘贴"):
    return make_submission(paragraphs_from_text(text), source=source, received=None, unit_id=None,
                           names=registry.unit_names(archive), today=TODAY)


def _submit(archive, text: str, source: str = "粘贴"):
    submission = get_submission(archive, add_submissions(archive, [_item(archive, text, source)])[0])
    return submission, [e.text for e in entries_for(archive, submission)]


# (text, unit, received, title, candidates)
READ = {
    "a mail dated only by its English headers": ("""From: 郾城区应急管理局 <ycqyjj@163.com>
Sent: Monday, November 21, 2022 9:30 AM
To: 漯河市应急管理局
Subject: 郾城区开展冬季消防安全检查
近日，郾城区组织消防、市场监管等部门对辖区大型商超开展冬季消防安全联合检查，排查隐患23处。""",
        "郾城区", dt.date(2022, 11, 21), "郾城区开展冬季消防安全检查",
        ["近日，郾城区组织消防、市场监管等部门对辖区大型商超开展冬季消防安全联合检查，排查隐患23处。"]),
    "a mail dated only by an RFC date header": ("""Date: Tue, 22 Nov 2022 15:15:02 +0800
From: "源汇区应急管理局" <yhqyjj@126.com>
Subject: 源汇区组织危化品运输车辆检查
源汇区联合交警部门对过境危化品运输车辆开展专项检查，查处违法行为5起。""",
        "源汇区", dt.date(2022, 11, 22), "源汇区组织危化品运输车辆检查",
        ["11月22日，源汇区联合交警部门对过境危化品运输车辆开展专项检查，查处违法行为5起。"]),
    "a mail dated only by its Chinese headers with the weekday": ("""发件人：召陵区应急管理局
发送时间：2022年11月22日(星期二) 下午3:15
主题：召陵区开展冬季道路交通安全检查
召陵区组织交通运输部门对客运站开展安全检查。""",
        "召陵区", dt.date(2022, 11, 22), "召陵区开展冬季道路交通安全检查",
        ["11月22日，召陵区组织交通运输部门对客运站开展安全检查。"]),
    "a forward of a town's reply, quoting two mails below it": ("""发件人：舞阳县应急管理局办公室 <wyyjj@126.com>
发送时间：2022年11月23日 08:12
主题：转发：北舞渡镇防汛物资清点
---------- 转发邮件 ----------
发件人：北舞渡镇人民政府 <bwdz@126.com>
发送时间：2022年11月22日 17:40
主题：回复：北舞渡镇防汛物资清点
11月22日，北舞渡镇对全镇防汛物资储备库开展清点，补充编织袋2000条。
> 在 2022-11-18 09:00，"舞阳县应急管理局办公室" 写道：
> 请各乡镇于11月22日前报送物资清点情况。
>> 在 2022-11-15 10:00，"漯河市应急管理局" 写道：
>> 请各县区组织开展防汛物资清点。""",
        "北舞渡镇", dt.date(2022, 11, 23), "北舞渡镇防汛物资清点",
        ["11月22日，北舞渡镇对全镇防汛物资储备库开展清点，补充编织袋2000条。"]),
    "a town's news signed as sent by its county (代报)": ("""北舞渡镇开展燃气安全入户排查
11月24日，北舞渡镇组织网格员对辖区餐饮场所燃气使用情况开展入户排查，整改隐患8处。
（北舞渡镇人民政府供稿　舞阳县应急管理局代报）""",
        "北舞渡镇", TODAY, "北舞渡镇开展燃气安全入户排查",
        ["11月24日，北舞渡镇组织网格员对辖区餐饮场所燃气使用情况开展入户排查，整改隐患8处。"]),
    "a town's news whose sender's line says the county sends it for the town": ("""报送单位：舞阳县应急管理局（代孟寨镇报送）
孟寨镇组织开展冬季校园安全检查
11月24日，孟寨镇对辖区6所中小学开展冬季安全检查。""",
        "孟寨镇", TODAY, "孟寨镇组织开展冬季校园安全检查", ["11月24日，孟寨镇对辖区6所中小学开展冬季安全检查。"]),
    "a county sending for a town, said after the news": ("""辛安镇开展秸秆禁烧巡查
11月26日，辛安镇组织干部对辖区农田开展秸秆禁烧巡查。
（舞阳县应急管理局代辛安镇报送）""",
        "辛安镇", TODAY, "辛安镇开展秸秆禁烧巡查", ["11月26日，辛安镇组织干部对辖区农田开展秸秆禁烧巡查。"]),
    "photos listed with captions after the news": ("""召陵区开展交通安全宣传进校园活动
11月25日，召陵区交警大队走进辖区小学开展交通安全宣传，发放宣传资料500余份。
图1：交警为学生讲解交通安全知识
图2：学生参与交通安全知识问答
（附现场照片2张）
召陵区应急管理局""",
        "召陵区", TODAY, "召陵区开展交通安全宣传进校园活动",
        ["11月25日，召陵区交警大队走进辖区小学开展交通安全宣传，发放宣传资料500余份。"]),
    "photos under a label, numbered": ("""郾城区开展校园消防演练
11月17日，郾城区在第二实验小学开展消防疏散演练，师生1200余人参加。
附图：
1.演练现场
2.消防员讲解灭火器使用方法
郾城区应急管理局
2022年11月18日""",
        "郾城区", dt.date(2022, 11, 18), "郾城区开展校园消防演练",
        ["11月17日，郾城区在第二实验小学开展消防疏散演练，师生1200余人参加。"]),
    "contact, reviewer and writer lines": ("""临颍县开展烟花爆竹专项整治
11月20日，临颍县组织开展烟花爆竹“打非治违”专项行动，查扣非法烟花爆竹120箱。
报送单位：临颍县应急管理局
审核：李明　撰稿：王芳
联系人：王芳（13912345678）""",
        "临颍县", TODAY, "临颍县开展烟花爆竹专项整治",
        ["11月20日，临颍县组织开展烟花爆竹“打非治违”专项行动，查扣非法烟花爆竹120箱。"]),
    "the sender, contact and telephone on one line over the news": ("""报送单位：召陵区应急管理局　联系人：王磊　电话：0395-3312345
召陵区召开安全生产专题会
11月16日，召陵区召开安全生产专题会，部署今冬明春安全防范工作。""",
        "召陵区", TODAY, "召陵区召开安全生产专题会", ["11月16日，召陵区召开安全生产专题会，部署今冬明春安全防范工作。"]),
    "three short items for three sections": ("""郾城区应急管理局本周信息
【工作动态】
11月21日，郾城区召开安全生产工作例会。
【隐患排查】
11月22日，郾城区组织专家对辖区3家危化品企业开展隐患排查。
【宣传培训】
11月23日，郾城区举办安全生产管理人员培训班，培训120人。""",
        "郾城区", TODAY, "郾城区应急管理局本周信息",
        ["11月21日，郾城区召开安全生产工作例会。", "11月22日，郾城区组织专家对辖区3家危化品企业开展隐患排查。",
         "11月23日，郾城区举办安全生产管理人员培训班，培训120人。"]),
    "three items under numbered section names": ("""源汇区报送三条信息
一、工作动态
11月21日，源汇区召开冬季安全生产部署会。
二、隐患排查
11月22日，源汇区开展燃气管道巡查，发现隐患4处。
三、应急演练
11月23日，源汇区组织开展森林火灾应急演练。""",
        "源汇区", TODAY, "源汇区报送三条信息",
        ["11月21日，源汇区召开冬季安全生产部署会。", "11月22日，源汇区开展燃气管道巡查，发现隐患4处。",
         "11月23日，源汇区组织开展森林火灾应急演练。"]),
    "an office written with Latin letters over the title": ("""临颍县AJJ报送
临颍县开展矿山安全检查
11月19日，临颍县对辖区2家非煤矿山开展安全检查。""",
        "临颍县", TODAY, "临颍县开展矿山安全检查", ["11月19日，临颍县对辖区2家非煤矿山开展安全检查。"]),
    "news signed with an office written with Latin letters": ("""建筑施工安全检查
11月19日，对辖区在建项目开展检查，发现隐患9处。
（临颍县YJJ）""",
        "临颍县", TODAY, "建筑施工安全检查", ["11月19日，临颍县对辖区在建项目开展检查，发现隐患9处。"]),
    "signed over a date in Chinese numerals": ("""召陵区开展森林防火宣传
11月15日，召陵区在林区入口设立防火宣传点。
召陵区应急管理局
二〇二二年十一月十六日""",
        "召陵区", dt.date(2022, 11, 16), "召陵区开展森林防火宣传", ["11月15日，召陵区在林区入口设立防火宣传点。"]),
}

READ.update({
    "a forward with the forwarder's note above the mail it forwards": ("""发件人：舞阳县应急管理局 <wyyjj@126.com>
发送时间：2022年11月23日 08:12
主题：转发：辛安镇秸秆禁烧巡查
转发辛安镇信息一条，请审阅。
---------- 转发邮件 ----------
发件人：辛安镇人民政府
发送时间：2022年11月22日 17:40
主题：辛安镇秸秆禁烧巡查
11月22日，辛安镇组织干部对辖区农田开展秸秆禁烧巡查。""",
        "辛安镇", dt.date(2022, 11, 23), "辛安镇秸秆禁烧巡查", ["11月22日，辛安镇组织干部对辖区农田开展秸秆禁烧巡查。"]),
    "a county saying in a sentence that it sends a town's news": ("""孟寨镇开展燃气安全入户排查
11月24日，孟寨镇组织网格员开展燃气安全入户排查，整改隐患8处。
（本信息由舞阳县应急管理局代孟寨镇报送）""",
        "孟寨镇", TODAY, "孟寨镇开展燃气安全入户排查", ["11月24日，孟寨镇组织网格员开展燃气安全入户排查，整改隐患8处。"]),
    "a cover letter without a date over the news": ("""关于报送郾城区安全生产信息的函
市应急管理局：
现将我区安全生产信息一条报送如下：
郾城区开展消防演练
11月18日，郾城区在万达广场开展消防疏散演练。""",
        "郾城区", TODAY, "郾城区开展消防演练", ["11月18日，郾城区在万达广场开展消防疏散演练。"]),
    "photos counted under 附件": ("""郾城区开展应急演练
11月17日，郾城区开展地震应急演练，500余人参加。
附件：现场照片3张""",
        "郾城区", TODAY, "郾城区开展应急演练", ["11月17日，郾城区开展地震应急演练，500余人参加。"]),
    "a chat's items each after the name of its section": ("""2022-11-25 17:02 源汇区应急局 周涛
【工作动态】11月23日，源汇区开展燃气专项整治。
【隐患排查】11月24日，源汇区组织专家检查工贸企业。""",
        "源汇区", dt.date(2022, 11, 25), "【工作动态】11月23日，源汇区开展燃气专项整治…",
        ["11月23日，源汇区开展燃气专项整治。", "11月24日，源汇区组织专家检查工贸企业。"]),
})


def test_an_article_keeps_its_numbered_headings(city):
    """(Section names between dated items are dropped; an article's own parts are not.)"""
    _submission, [text] = _submit(city, "郾城区安全生产工作经验\n一、强化组织领导\n郾城区成立安全生产委员会，统筹全区安全生产工作。\n"
                                        "二、压实企业责任\n郾城区督促企业建立全员安全生产责任制。")
    assert "一、强化组织领导" in text and "二、压实企业责任" in text


@pytest.mark.parametrize("case", list(READ))
def test_read_as_the_office_reads_it(city, case):
    text, unit, received, title, candidates = READ[case]
    submission, found = _submit(city, text)
    assert (submission.unit, submission.received, submission.title) == (unit, received, title)
    assert found == candidates


def _word(path, lines: list[str]):
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(path)
    return path


def test_a_word_file_with_a_cover_letter_before_its_news(city, tmp_path):
    path = _word(tmp_path / "临颍县11月信息.docx", [
        "临颍县应急管理局", "临应急函〔2022〕15号", "关于报送临颍县11月份安全生产信息的函", "漯河市应急管理局：",
        "现将我局11月份安全生产信息报送如下，请审阅。", "临颍县应急管理局", "2022年11月28日",
        "临颍县开展危化品企业专项检查", "11月25日，临颍县组织专家对辖区6家危化品企业开展专项检查，发现隐患14处。",
        "检查组要求企业立即整改，确保冬季安全生产形势稳定。"])
    items = read_submissions([path], registry.unit_names(city), None, today=TODAY)
    submission = get_submission(city, add_submissions(city, items)[0])
    assert (submission.unit, submission.received, submission.title) == ("临颍县", dt.date(2022, 11, 28),
                                                                         "临颍县开展危化品企业专项检查")
    [article] = entries_for(city, submission)
    assert article.title == "临颍县开展危化品企业专项检查"
    assert [p.text if hasattr(p, "text") else "".join(r.text for r in p) for p in article.paragraphs] == [
        "11月25日，临颍县组织专家对辖区6家危化品企业开展专项检查，发现隐患14处。",
        "检查组要求企业立即整改，确保冬季安全生产形势稳定。"]


CORRECTED = """郾城区开展电动自行车充电安全检查
11月14日，郾城区对居民小区电动自行车充电设施开展检查。
郾城区应急管理局
2022.11.15"""


@pytest.mark.parametrize("again", [
    "【更正稿】郾城区开展电动自行车充电安全检查\n11月14日，郾城区对居民小区电动自行车充电设施开展检查，排查隐患17处。\n"
    "郾城区应急管理局\n2022.11.16",
    "郾城区开展电动自行车充电安全检查（修改稿）\n11月14日，郾城区对居民小区电动自行车充电设施开展检查，排查隐患17处。\n"
    "郾城区应急管理局\n2022.11.16",
    "市局：此稿为更正稿，请以此稿为准，原稿作废。\n郾城区开展电动自行车充电安全检查\n"
    "11月14日，郾城区对居民小区电动自行车充电设施开展检查，排查隐患17处。\n郾城区应急管理局\n2022.11.16",
])
def test_a_corrected_copy_replaces_the_one_it_corrects(city, again):
    first, _ = _submit(city, CORRECTED)
    replaced: list = []
    ids = add_submissions(city, [_item(city, again)], replaced=replaced)
    assert ids == [] and [r.id for r in replaced] == [first.id]
    submission = get_submission(city, first.id)
    assert submission.title == "郾城区开展电动自行车充电安全检查"
    assert "排查隐患17处" in submission.body and submission.received == dt.date(2022, 11, 15)
    assert [row.id for row in list_rows(city)] == [first.id]
    report = compute_stats(city, *YEAR)
    assert report.row("郾城区").submitted == 1


def test_a_correction_of_another_piece_is_a_submission_of_its_own(city):
    first, _ = _submit(city, CORRECTED)
    other, _ = _submit(city, "【更正稿】郾城区开展燃气安全检查\n11月20日，郾城区对餐饮场所开展燃气安全检查。")
    assert other.id != first.id and other.title == "郾城区开展燃气安全检查"


def test_a_correction_sent_twice_is_registered_once(city):
    correction = "【更正稿】郾城区开展燃气安全检查\n11月20日，郾城区对餐饮场所开展燃气安全检查。"
    first, _ = _submit(city, correction)
    repeated: list = []
    assert add_submissions(city, [_item(city, correction)], repeated=repeated) == []
    assert [r.id for r in repeated] == [first.id]


def test_a_unit_renamed_this_year_counts_once_after_the_merge(county):
    old = [_item(county, f"县安监局开展复工复产检查\n{day}，县安监局组织开展复工复产检查。\n（县安监局）")
           for day in ("2月20日", "3月9日")]
    for item, received in zip(old, (dt.date(2022, 2, 21), dt.date(2022, 3, 9))):
        item.received = received
    new = _item(county, "县应急管理局开展防汛演练\n6月15日，县应急管理局组织开展防汛应急演练。\n（县应急管理局）")
    new.received = dt.date(2022, 6, 16)
    add_submissions(county, [*old, new])
    report = compute_stats(county, *YEAR)
    assert (report.row("县安监局").submitted, report.row("县应急管理局").submitted) == (2, 1)
    from bulletin_desktop.core.units.same_unit import likely_same

    assert any({pair.source, pair.target} == {"县安监局", "县应急管理局"} for pair in likely_same(county))
    registry.merge_units(county, "县安监局", "县应急管理局")
    report = compute_stats(county, *YEAR)
    assert report.row("县安监局") is None
    merged = report.row("县应急管理局")
    assert (merged.submitted, merged.adopted) == (3, 1)  # the old name's entry in the March issue too
    # a submission still signed with the old name is the renamed unit's
    late, _ = _submit(county, "县安监局督查\n11月2日，县安监局开展督查。\n（县安监局）")
    assert late.unit == "县应急管理局"


def test_items_adopted_into_three_sections_credit_the_unit_once_as_submitted(city):
    text, *_ = READ["three short items for three sections"]
    submission, _ = _submit(city, text)
    before = compute_stats(city, *YEAR).row("郾城区").adopted  # (the sample issue's own entries)
    issue = city.load_issue(city.list_issues()[0].id)
    sections = [s.title for s in issue.sections][:3]
    for number, section in enumerate(sections, 1):
        adopt_into(city, submission.id, city.load_issue(issue.id), section, candidate=number)
    report = compute_stats(city, *YEAR)
    row = report.row("郾城区")
    assert (row.submitted, row.adopted_submissions, row.adopted - before) == (1, 1, 3)


def test_a_corrected_copy_under_a_new_title_replaces_the_copy_its_news_opens_as(city):
    first, _ = _submit(city, CORRECTED)
    replaced: list = []
    again = ("郾城区全面排查电动自行车充电隐患（更正稿）\n11月14日，郾城区对居民小区电动自行车充电设施开展检查，"
             "排查隐患17处。\n郾城区应急管理局\n2022.11.16")
    assert add_submissions(city, [_item(city, again)], replaced=replaced) == [] and [r.id for r in replaced] == [first.id]
    assert get_submission(city, first.id).title == "郾城区全面排查电动自行车充电隐患"


@pytest.mark.parametrize("line", ["城区GDP", "全市YJJ", "各单位要以此为准，认真抓好落实"])
def test_words_like_an_office_s_initials_or_a_correction_are_news(line):
    from bulletin_desktop.core.inbox.candidates import is_news

    assert is_news(line)


@pytest.mark.parametrize("line", ["11月20日，郾城区开展修改稿件培训。", "全县共修改稿件12篇，以此为准开展评比。"])
def test_news_about_drafts_is_no_correction_note(line):
    from bulletin_desktop.core.inbox.candidates import is_correction_note, is_news

    assert is_news(line) and not is_correction_note(line)
