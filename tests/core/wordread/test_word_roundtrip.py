"""Our own Word export reads back as the issue it was made from."""
import datetime as dt
import random

from bulletin_desktop.core.importing import read_file
from bulletin_desktop.core.issue_json import issue_to_dict
from bulletin_desktop.core.model import Article, DistributionLine, Issue, Item, Section, Signoff, Special, YearNumber
from bulletin_desktop.core.richtext import Run
from bulletin_desktop.export.docx.writer import write_docx

WORDS = ["安全", "检查", "消防", "隐患", "整改", "会议", "部署", "推进", "燃气", "演练", "APP", "119", "（试点）", "“回头看”"]
UNITS = ["西城区", "市应急管理局", "舞阳县", "源汇区老街街道"]
LABELS = ["报", "送", "发", "抄送", "抄报", "分送", "印发", "本期增发"]


def generated_issue(rng: random.Random) -> Issue:
    def sentence(n: int) -> str:
        return "".join(rng.choice(WORDS) for _ in range(n)) + rng.choice("。！；")

    sections = []
    for s in range(rng.randint(1, 5)):
        entries: list = []
        for _ in range(rng.randint(0, 5)):
            body: tuple = (Run(sentence(rng.randint(3, 60))),)
            if rng.random() < 0.5:  # a bold lead inside the entry: 一是…。
                body += (Run("一是" + sentence(2), True), Run(sentence(rng.randint(2, 20))))
            date = rng.choice(["", "3月1日", "11月14日—11月18日", "12月31日至1月2日"])
            unit = rng.choice(["", *UNITS])
            if not date and not unit and rng.random() < 0.5:
                body = (Run("一是" + sentence(2), True),) + body  # a bold lead that is not a unit
            mark = rng.choice(["", "", "", "1．", "（一）", "◆"]) if date else ""  # printed before the date
            entries.append(Item(body=body, date=date, unit=unit, mark=mark))
        if rng.random() < 0.4:  # articles close their section, as bulletins place them
            paragraphs = [(Run(sentence(rng.randint(10, 80))),)]
            for n in "一二三"[: rng.randint(0, 3)]:
                paragraphs.append((Run(f"{n}、{sentence(2)}{sentence(20)}"), Run("一是" + sentence(3), True),
                                   Run(sentence(15))))
            entries.append(Article(title=rng.choice(["经验交流", "源汇区老街街道聚力打造智慧消防安全防线",
                                                      "一个带逗号，也很长的标题，不像标题"]), paragraphs=paragraphs))
        sections.append(Section(rng.choice(["安排部署", "督导检查", "隐患排查", "工作交流", ""]) + str(s), entries))
    distribution = [DistributionLine(rng.choice(LABELS), sentence(rng.randint(2, 30)))
                    for _ in range(rng.randint(0, 12))]
    number = rng.randint(1, 999)
    # the 期号 line in each printed form (a running number left unprinted reads back as the year's)
    year_number = rng.choice([None, YearNumber(rng.randint(1, 60), rng.randint(2000, 2030)),
                              YearNumber(rng.randint(1, 60), None), YearNumber(number, 2026, total=False)])
    return Issue(
        series=rng.choice(["漯河安全生产简报", "某某县应急管理工作简报", "工作动态"]), number=number,
        year_number=year_number, print_copies=rng.choice([None, 35, 200]),
        date=dt.date(rng.randint(2000, 2030), rng.randint(1, 12), rng.randint(1, 28)),
        office=rng.choice(["", "漯河市安全生产委员会办公室", "某某县应急管理局"]),
        special=rng.choice([None, Special("安全生产大检查专刊", rng.randint(1, 99)), Special("防汛特刊", 3),
                            Special("防汛专刊", None)]),
        sections=sections,
        signoff=Signoff(rng.sample(["卜丹", "赵贺龙", "王五"], rng.randint(0, 2)), rng.sample(["翟红伟", "李四"], rng.randint(0, 1)),
                        rng.sample(["孙全忠"], rng.randint(0, 1))),
        distribution=distribution,
    )


def assert_reads_back(issue: Issue, path) -> None:
    write_docx(issue, path)
    imported = read_file(path)
    expected, actual = issue_to_dict(issue), issue_to_dict(imported.issue)
    assert actual == expected
    assert imported.issue == issue


def test_the_sample_reads_back_exactly(sample_issue, tmp_path):
    assert_reads_back(sample_issue, tmp_path / "sample.docx")


def test_300_generated_issues_read_back_exactly(tmp_path):
    rng = random.Random(9)
    for n in range(300):
        assert_reads_back(generated_issue(rng), tmp_path / f"{n % 5}.docx")


def test_entries_that_read_like_a_headline_and_its_news_read_back_as_entries(tmp_path):
    """A short entry with no stop before a dated one reads, in someone else's file, as a
    news headline over its text; in our own, its 条目 style says it is an entry."""
    issue = Issue("测试简报", 1, dt.date(2024, 3, 15), office="测试县办公室", sections=[Section("简讯", [
        Item(body=(Run("全县春耕生产进展顺利"),)),
        Item(body=(Run("召开春耕调度会。"),), date="3月5日", unit="县农业农村局"),
        Item(body=(Run("查处一起违法案件。"),), unit="灵璧县分局", mark="◆")])])
    assert_reads_back(issue, tmp_path / "entries.docx")
