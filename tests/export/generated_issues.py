"""Generated bulletins rich in what makes renderers disagree: numbers, dates, times,
percentages, document numbers, Latin abbreviations and words, bold leads, run-in
headings; every other one with the year-numbered 期号 line and a print note. Deterministic for a seed, so a figure measured on them can be measured again."""
from __future__ import annotations

import datetime as dt
import random

from bulletin_desktop.core.model import Article, DistributionLine, Issue, Item, Section, Signoff, Special, YearNumber
from bulletin_desktop.core.richtext import Run

_WORDS = ("安全生产", "隐患排查", "督导检查", "应急演练", "专项整治", "责任落实", "重点企业", "回头看",
          "风险管控", "消防安全", "宣传培训", "整改销号", "值班值守", "执法检查", "网格化管理", "燃气管道",
          "危险化学品", "有限空间", "粉尘涉爆", "道路交通")
_UNITS = ("舞阳县", "临颍县", "郾城区", "源汇区", "召陵区", "市应急管理局", "西城区", "市消防救援支队",
          "经济技术开发区", "市城乡一体化示范区")
_LATIN = ("GPS", "APP", "PM2.5", "LNG", "110kV", "5G", "ISO9001", "Wi-Fi", "AI", "LED", "CO", "VR",
          "No.3", "B2B", "NB-IoT", "4S店", "KTV", "CT", "3D", "U型")


def _figure(rng: random.Random) -> str:
    kind = rng.randrange(12)
    if kind == 0:
        return f"{rng.randint(2019, 2025)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    if kind == 1:
        return f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    if kind == 2:
        return f"{rng.randint(1, 999)}家"
    if kind == 3:
        return f"{rng.randint(1, 99)}.{rng.randint(1, 9)}%"
    if kind == 4:
        return f"{rng.randint(8, 18)}:{rng.choice(('00', '30', '45'))}"
    if kind == 5:
        return f"漯安委〔{rng.randint(2019, 2025)}〕{rng.randint(1, 99)}号"
    if kind == 6:
        return f"{rng.randint(1, 9)}.{rng.randint(1, 99)}万元"
    if kind == 7:
        return f"0395-{rng.randint(1000000, 9999999)}"
    if kind == 8:
        return f"{rng.randint(1, 12)}—{rng.randint(1, 12)}月"
    if kind == 9:
        return f" {rng.choice(_LATIN)} "  # as clerks type them: spaces around the Latin word
    return rng.choice(_LATIN)


def _sentence(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(2, 4)):
        words = [rng.choice(_WORDS) for _ in range(rng.randint(1, 3))]
        if rng.random() < 0.7:
            words.insert(rng.randrange(len(words) + 1), _figure(rng))
        parts.append("".join(words))
    return "，".join(parts) + rng.choice("。。。；")


def rich_issue(seed: int = 0, entries: int = 12) -> Issue:
    """An issue of ``entries`` items (and one article) dense in figures and Latin."""
    rng = random.Random(seed)
    sections = [Section(title) for title in ("安排部署", "督导检查", "隐患排查", "应急演练", "工作交流")]
    for n in range(entries):
        body = [Run("".join(_sentence(rng) for _ in range(rng.randint(2, 6))))]
        if n % 3 == 0:
            body += [Run(f"一是{_sentence(rng)}", True), Run(_sentence(rng))]
        date = f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
        sections[n % 4].entries.append(Item(body=tuple(body), date=date, unit=rng.choice(_UNITS)))
    sections[4].entries.append(Article(f"{rng.choice(_UNITS)}推行 {rng.choice(_LATIN)} 智慧监管", [
        (Run("一、夯实基础。" + _sentence(rng) * 2),),
        (Run("（一）完善机制。" + _sentence(rng)), Run("一是搭建平台。", True), Run(_sentence(rng) * 2)),
        (Run(_sentence(rng) * 3),),
    ]))
    return Issue("漯河安全生产简报", 50 + seed, dt.date(2022, 11, 21), "漯河市安全生产委员会办公室",
                 Special("安全生产大检查专刊", 30 + seed), sections,
                 Signoff(["卜丹", "赵贺龙"], ["翟红伟"], ["孙全忠"]),
                 [DistributionLine("送", "市委常委、市安委会主任、副主任。"),
                  DistributionLine("发", "各县区人民政府，经济技术开发区、市城乡一体化示范区、西城区管委会，"
                                        "市安全生产委员会有关成员单位。")],
                 # every other issue numbered by the year and closed by a print note
                 year_number=YearNumber(seed + 1, 2022) if seed % 2 == 0 else None,
                 print_copies=30 + seed if seed % 2 == 0 else None)
