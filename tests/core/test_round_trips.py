"""Exact round trips: text → issue → text and JSON → issue → JSON are identity, for generated
issues full of the cases the reading rules have to guess at (bold leads with and without a
unit, items after articles, short lines that look like titles, long lines without a full stop,
empty sections and paragraphs, 专刊, every form of the 期号 line, a print note, many
distribution lines, 𠀾/𪚥, * and \\)."""
from __future__ import annotations

import datetime as dt
import json
import random

from bulletin_desktop.core.issue_json import issue_from_dict, issue_to_dict
from bulletin_desktop.core.model import (
    Article, DistributionLine, Issue, Item, Section, Signoff, Special, YearNumber,
)
from bulletin_desktop.core.richtext import Run, normalize
from bulletin_desktop.core.textformat import DISTRIBUTION_LABELS, read_text, write_text

CLERK_WORDS = ["安全", "检查", "消防", "隐患", "整改", "会议", "部署", "燃气", "演练", "𠀾村", "𪚥家", "ABC", "12", "，"]
ODD_WORDS = ["3.5", "*", "**", "\\", "\\*", "|", "、", "：", " ", "\u3000", "\u3000\u3000", "  ", "\t", "【", "】", "一、", "编辑：", "发："]
ENDINGS = ["。", "；", "！", "", "", "：", "”", "…"]
DATES = ["", "", "11月15日", "11月14日—11月18日", "3月1日至3月5日", "1月2日", "昨天", "11月", "3|4", "a\\"]
UNITS = ["", "", "西城区", "市应急管理局", "𪚥家村委会", "区，县", "A*B", "某\\县", "x|y", " 空格 "]
LEADS = ["", "", "11月15日，", "**一是**", "一、", "【专栏】", "编辑：某人", "发：各单位", "\\条目|", "\\", "（城关镇党政办供稿）",
         "◆", "—2—"]


def _phrase(rng: random.Random, low: int, high: int) -> str:
    # mostly the words of ordinary clerk text, now and then something the format must escape
    return "".join(rng.choice(ODD_WORDS if rng.random() < 0.05 else CLERK_WORDS)
                   for _ in range(rng.randint(low, high)))


def _rich(rng: random.Random, lead: str = "") -> tuple[Run, ...]:
    """A few runs, bold or not; sometimes bold first (a bold lead), sometimes a lead that looks
    like a date, a heading or the closing block; long or short, with or without a full stop."""
    bold = rng.random() < 0.4
    runs = [Run(lead)] if lead else []
    for _ in range(rng.randint(0, 4)):
        runs.append(Run(_phrase(rng, 0, rng.choice([2, 6, 30])), bold))
        bold = not bold
    if rng.random() < 0.8:
        runs.append(Run(rng.choice(ENDINGS)))
    return normalize(runs)


MARKS = ["", "", "", "", "1．", "（一）", "◆", "2. ", "|", "\\", "一、"]


def _item(rng: random.Random) -> Item:
    lead = rng.choice(LEADS) if rng.random() < 0.3 else ""
    return Item(body=_rich(rng, lead), date=rng.choice(DATES), unit=rng.choice(UNITS), mark=rng.choice(MARKS))


def _article(rng: random.Random) -> Article:
    title = rng.choice(["源汇区老街街道聚力打造智慧消防安全防线", "经验交流", "", "标题，带逗号", "以句号结尾。",
                        "11月15日的做法", "一、标题", "**假加粗**", "𪚥家村的经验", "很长" * 25, "县长　王某某",
                        "——某镇做法", "（某县应急管理局）"])
    paragraphs = []
    for number in range(rng.randint(0, 5)):
        heading = rng.choice(["", "", f"{'一二三四五'[number]}、", "**一是**", "短段落"])
        paragraphs.append(_rich(rng, heading))
    return Article(title=title, paragraphs=paragraphs)


def _signoff(rng: random.Random) -> Signoff:
    names = ["卜丹", "赵贺龙", "翟红伟", "孙全忠", "𠀾明"]
    return Signoff(*(rng.sample(names, rng.randint(0, 2)) for _ in range(3)))


def _year_number(rng: random.Random, number: int) -> YearNumber | None:
    """The 期号 in its forms: plain 第N期, 2026年第6期（总第60期）, 第6期（总第60期）, 2026年第6期
    (its running number unprinted, equal to the year's number or not)."""
    form = rng.choice(["plain", "plain", "year", "no year", "no total"])
    if form == "plain":
        return None
    year_number = rng.choice([1, 6, number, rng.randint(1, 99)])
    if form == "no year":
        return YearNumber(year_number, None)
    return YearNumber(year_number, rng.randint(2000, 2030), total=form == "year")


def generated_issue(rng: random.Random) -> Issue:
    sections = []
    for number in range(rng.choice([0, 1, 3, 5])):
        entries: list[Item | Article] = [
            _article(rng) if rng.random() < 0.25 else _item(rng) for _ in range(rng.choice([0, 1, 3, 6]))]
        sections.append(Section(rng.choice(["安排部署", "督导检查", "", f"栏目{number}", "𠀾 栏目"]), entries))
    distribution = [
        DistributionLine(rng.choice(DISTRIBUTION_LABELS), rng.choice(["", "市委常委。", "各县区人民政府，西城区管委会。",
                                                                      "𪚥家村委会"]))
        for _ in range(rng.choice([0, 1, 2, 12]))]
    number = rng.randint(1, 999)
    return Issue(
        series=rng.choice(["漯河安全生产简报", "某某简报", "𠀾村简报"]),
        number=number,
        year_number=_year_number(rng, number),
        print_copies=rng.choice([None, None, 1, 35, 1200]),
        date=dt.date(rng.randint(2000, 2030), rng.randint(1, 12), rng.randint(1, 28)),
        office=rng.choice(["", "漯河市安全生产委员会办公室", "𪚥家村委会"]),
        special=rng.choice([None, None, Special("安全生产大检查专刊", rng.randint(1, 99)), Special("防汛专刊", None)]),
        sections=sections,
        signoff=_signoff(rng),
        distribution=distribution,
    )


def test_text_round_trip_of_generated_issues_is_identity():
    rng = random.Random(2026)
    for _ in range(1000):
        issue = generated_issue(rng)
        text = write_text(issue)
        back = read_text(text)
        assert back == issue, text
        assert write_text(back) == text


def test_json_round_trip_of_generated_issues_is_identity():
    rng = random.Random(9704)
    for _ in range(1000):
        issue = generated_issue(rng)
        issue.status = rng.choice(["draft", "final"])
        issue.id = rng.choice([None, rng.randint(1, 500)])
        issue.series_id = rng.choice([None, rng.randint(1, 50)])
        data = json.dumps(issue_to_dict(issue), ensure_ascii=False)
        back = issue_from_dict(json.loads(data))
        assert back == issue and (back.id, back.series_id) == (issue.id, issue.series_id)
        assert json.dumps(issue_to_dict(back), ensure_ascii=False) == data


def test_a_bold_lead_without_a_unit_stays_body_text():
    body = (Run("一是", True), Run("加强燃气安全检查。"))
    issue = Issue("某某简报", 3, dt.date(2024, 3, 5), sections=[Section("动态", [
        Item(body=body, date="3月1日"), Item(body=body), Item(body=body, unit="某县")])])
    text = write_text(issue)
    assert "\\条目|3月1日||**一是**加强燃气安全检查。" in text
    assert "\\条目||某县|**一是**加强" in text  # a unit and a bold lead: explicit too
    assert read_text(text) == issue


def test_ordinary_lines_stay_ordinary(sample_issue, sample_text):
    """The sample needs no explicit line; clerk text is read as before."""
    assert "\\条目|" not in write_text(sample_issue) and "\\段落|" not in write_text(sample_issue)
    assert read_text(sample_text) == read_text(write_text(sample_issue))


def test_old_json_without_body_is_still_read():
    data = issue_to_dict(Issue("某某简报", 3, dt.date(2024, 3, 5), sections=[Section("动态", [
        Item(body=(Run("开会。"),), date="3月1日", unit="某县")])]))
    del data["sections"][0]["entries"][0]["body"]
    item = issue_from_dict(data).sections[0].entries[0]
    assert (item.date, item.unit, item.body) == ("3月1日", "某县", (Run("开会。"),))


def test_other_sign_off_roles_survive_the_text_format_in_any_order():
    """The roles besides the three (主编, 校对, 联系人, 电话 …), in any order and spacing: the
    printed line reads back as the same list, chief editors first."""
    rng, roles = random.Random(52), random.Random(9704)
    choices = ["主编：王五", "副主编：赵六 钱七", "校对：李四", "校　对：李四", "排版：𠀾明", "联系人：张三", "电话：0395-1234567",
               "总编辑：孙全忠"]
    for _ in range(300):
        issue = generated_issue(rng)
        issue.signoff = Signoff(issue.signoff.editors, issue.signoff.reviewers, issue.signoff.signers,
                                roles.sample(choices, roles.randint(1, 4)))
        assert read_text(write_text(issue)) == issue
        assert issue_from_dict(json.loads(json.dumps(issue_to_dict(issue)))) == issue


def test_text_without_a_label_on_the_sign_off_line_is_printed_where_it_reads_back():
    """What stood before the first role (期 编辑：…) is kept among the other roles; printed
    after 签发 it would read back as more signers, so it leads the line."""
    issue = read_text("某某简报\n第3期\n2024年3月5日\n【动态】\n3月1日，某县开会。\n"
                      "联系电话12345 编辑：卜丹 审核：翟红伟 签发：孙全忠\n")
    assert issue.signoff == Signoff(["卜丹"], ["翟红伟"], ["孙全忠"], ["联系电话12345"])
    assert issue.signoff.line() == "联系电话12345 编辑：卜丹 审核：翟红伟 签发：孙全忠"
    assert read_text(write_text(issue)) == issue


def test_a_numbered_item_over_an_entry_stays_an_item():
    """一、**检查** as an entry's text, over another entry: not a section's heading typed in
    the other form (it would come back as the section 【检查】)."""
    issue = Issue("某某简报", 3, dt.date(2024, 3, 5), sections=[Section("", [
        Item(body=(Run("一、"), Run("检查", True))), Item(body=(Run("11月15日，开会"),)),
        Item(body=(Run("二、督导"),)), Item(body=(Run("开会。"),), date="3月1日", unit="某县")])])
    assert read_text(write_text(issue)) == issue


def test_our_own_text_is_never_taken_for_a_printed_copy():
    """Masthead lines, titles and entries of one width, stopping mid-sentence, each with a
    blank line after it, as a copy from a PDF comes: the text holds explicit lines, so it is
    our own format, and its lines are not joined by their width (the 专刊 line to the office,
    a title to its paragraph)."""
    title = "源汇区老街街道聚力打造消防防线"
    issue = Issue("某某简报", 815, dt.date(2012, 3, 3), year_number=YearNumber(6, 2009), office="漯河市安全生产委员会办公室",
                  special=Special("安全生产大检查专刊", 69), sections=[Section("栏目", [
                      Item(body=(Run("会议燃气消防，隐患检查演练部署"),)), Item(body=(Run("整改燃气消防，隐患检查演练部署"),)),
                      Article(title, [(Run("一是", True), Run("燃气隐患燃气整改𪚥家！"))]),
                      Item(body=(Run("安全燃气消防隐患检查演练部署"),), date="3|4")])])
    text = write_text(issue)
    assert "\\条目|3\\|4||" in text
    assert read_text(text) == issue
