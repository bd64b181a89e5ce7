"""The figures of a statistics run, and the tables every output (CSV, Excel, 通报) is made from."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .periods import longer_than_a_quarter, period_title, quarter_name, quarter_of as _quarter_of_month, quarter_range

UNREGISTERED = "未登记"
TOTAL = "合计"  # the label of a table's row (and a cross table's column) adding up the others
UNIT_HEAD = "单位"  # the head of the column naming each row's unit

# What the figures count, said once for every table, note and JSON. 报送 and the rate are of
# the submissions received in the period (adopted in whichever issue); 采用 is of the issues
# dated in the period (their entries may come from submissions received before it): the two
# need not agree, so every table says by which date each column counts.
SUBMITTED_HEAD = "报送（按收稿日期）"
ADOPTED_SUBMISSIONS_HEAD = "报送中已采用"
RATE_HEAD = "采用率"
ADOPTED_HEAD = "采用（按刊发日期）"
COUNTING = {
    "submitted": "本期收到的来稿（按收稿日期）",
    "adopted_submissions": "本期收到的来稿中已被采用的（不论采用在哪一期）",
    "rate": "采用率＝报送中已采用÷报送",
    "adopted": "本期各期简报采用的信息（按简报刊发日期，含此前收到的来稿和未经来稿登记的）",
}
# How the entries of 专刊 (special issues, Issue.special) are counted: with the others, as
# ever (the 其中专刊 column says how many), left out (the regular issues' figures), or alone.
INCLUDE, EXCLUDE, ONLY = "include", "exclude", "only"
SPECIAL_CHOICES = (INCLUDE, EXCLUDE, ONLY)
SPECIAL_SQL = {INCLUDE: "", EXCLUDE: "AND i.special_name IS NULL", ONLY: "AND i.special_name IS NOT NULL"}
# what the lead, every table's note and the JSON say of it (nothing when they are counted with the others)
SPECIAL_SAID = {INCLUDE: "", EXCLUDE: "采用数不含专刊", ONLY: "只统计专刊采用的信息"}
COUNTING_NOTE = "报送和采用率按收稿日期计本期收到的来稿（采用率＝报送中已采用÷报送）；采用按刊发日期计本期各期简报采用的信息，含此前收到的来稿"


@dataclass
class UnitStats:
    name: str
    category: str
    unit_id: int | None = None
    sort_order: int = 0
    submitted: int = 0  # submissions received in the range
    adopted_submissions: int = 0  # of those, adopted into an entry that exists
    adopted: int = 0  # entries (items and articles) in issues of the range
    articles: int = 0
    special: int = 0  # of ``adopted``, entries in special issues (专刊)
    # of ``adopted``, entries with no submission of the inbox behind them, written into the issue
    # in the window or imported with a past issue: how many the unit sent is not known
    direct: int = 0
    points: float = 0.0
    rank: int = 0
    # adopted entries by the title of the section they are in, and by their issue's month (2024-05)
    by_section: dict[str, int] = field(default_factory=dict)
    by_month: dict[str, int] = field(default_factory=dict)
    submitted_by_month: dict[str, int] = field(default_factory=dict)  # ``submitted`` by the month received

    @property
    def rate(self) -> float | None:
        return self.adopted_submissions / self.submitted if self.submitted else None

    @property
    def note(self) -> str:
        # (报送中已采用 has a column of its own: the rate's count is never left to a note)
        return f"含未经来稿登记{self.direct}条（直接编写或导入，报送数未知）" if self.direct else ""

    def add(self, other: "UnitStats") -> None:
        for name in ("submitted", "adopted_submissions", "adopted", "articles", "special", "direct", "points"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for section, count in other.by_section.items():
            self.by_section[section] = self.by_section.get(section, 0) + count
        for month, count in other.by_month.items():
            self.by_month[month] = self.by_month.get(month, 0) + count
        for month, count in other.submitted_by_month.items():
            self.submitted_by_month[month] = self.submitted_by_month.get(month, 0) + count

    def to_dict(self) -> dict:
        return {"unit": self.name, "category": self.category, "rank": self.rank, "submitted": self.submitted,
                "adopted_submissions": self.adopted_submissions, "adopted": self.adopted,
                "rate": None if self.rate is None else round(self.rate, 4), "articles": self.articles,
                "special": self.special, "sections": dict(self.by_section), "months": dict(sorted(self.by_month.items())),
                "submitted_months": dict(sorted(self.submitted_by_month.items())),
                "direct": self.direct, "submitted_unknown": self.direct > 0, "points": self.points,
                "note": self.note}


@dataclass
class CategoryStats(UnitStats):
    units: int = 0


@dataclass
class MonthStats:
    month: str  # 2024-05
    submitted: int = 0
    adopted: int = 0
    direct: int = 0  # as UnitStats.direct
    adopted_submissions: int = 0  # of the month's submissions, those adopted (in whichever issue)

    @property
    def rate(self) -> float | None:
        return self.adopted_submissions / self.submitted if self.submitted else None


def month_title(month: str) -> str:
    """2024-05 as a table's column names it: 2024年5月."""
    return f"{month[:4]}年{int(month[5:7])}月"


def quarter_of(month: str) -> str:
    """2024-05 → 2024Q2 (periods.quarter_of says which quarter a month is in)."""
    return f"{month[:4]}Q{_quarter_of_month(int(month[5:7]))}"


def quarter_title(quarter: str) -> str:
    """2024Q2 → 2024年第二季度."""
    return quarter_name(int(quarter[:4]), int(quarter[-1]))


@dataclass
class QuarterStats:
    """A quarter's figures, the sum of its months' (MonthStats): each counted by the same date."""
    quarter: str  # 2024Q2
    submitted: int = 0
    adopted: int = 0
    direct: int = 0
    adopted_submissions: int = 0

    @property
    def rate(self) -> float | None:
        return self.adopted_submissions / self.submitted if self.submitted else None

    def to_dict(self) -> dict:
        return {"quarter": self.quarter, "submitted": self.submitted, "adopted": self.adopted, "direct": self.direct,
                "adopted_submissions": self.adopted_submissions,
                "rate": None if self.rate is None else round(self.rate, 4)}


def _per_quarter(by_month: dict[str, int]) -> dict[str, int]:
    quarters: dict[str, int] = {}
    for month, count in by_month.items():
        quarters[quarter_of(month)] = quarters.get(quarter_of(month), 0) + count
    return quarters


def _counts(row: UnitStats) -> list:
    """A row's 报送, 报送中已采用, 采用率 and 采用, as the heads name them (COUNTING)."""
    return [row.submitted, row.adopted_submissions, format_rate(row.rate), row.adopted]


def format_rate(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"


def rate_number(value: object) -> float | None:
    """A table's cell written by format_rate (66.7%) as the fraction it shows (0.667), for a
    sheet that keeps it a number a clerk can sort and sum; None for any other cell."""
    if isinstance(value, str) and value.endswith("%"):
        try:
            return round(float(value[:-1]) / 100, 6)
        except ValueError:
            return None
    return None


RATE_NUMBER_FORMAT = "0.0%"  # the sheet's way of showing it as format_rate does


def points_value(points: float) -> int | float:
    """6 rather than 6.0 in tables; fractions as they are."""
    return int(points) if float(points).is_integer() else round(points, 2)


@dataclass
class StatsReport:
    date_from: dt.date
    date_to: dt.date
    series: str | None
    rows: list[UnitStats]  # ranked
    categories: list[CategoryStats]
    months: list[MonthStats]
    total: UnitStats
    unattributed: int = 0  # entries whose unit could not be told
    scoring: dict[str, float] = field(default_factory=dict)
    # submissions of the range whose unit the clerk has not given yet: in no row and no total
    without_unit: int = 0
    sections: list[str] = field(default_factory=list)  # the section titles of the range, as first printed
    joint_entries: int = 0  # entries several units reported together: in each one's row, once in the totals
    joint_submissions: int = 0  # submissions several units sent together: as joint_entries
    special: str = INCLUDE  # how the 专刊 are counted (SPECIAL_CHOICES)
    offices: frozenset[int] = frozenset()  # the units issuing the bulletins counted: no senders themselves

    @property
    def quarters(self) -> list[QuarterStats]:
        """Every quarter the range touches, its months' figures added up."""
        quarters: dict[str, QuarterStats] = {}
        for month in self.months:
            quarter = quarters.setdefault(quarter_of(month.month), QuarterStats(quarter_of(month.month)))
            quarter.submitted += month.submitted
            quarter.adopted += month.adopted
            quarter.direct += month.direct
            quarter.adopted_submissions += month.adopted_submissions
        return list(quarters.values())

    @property
    def period(self) -> str:
        return period_title(self.date_from, self.date_to)

    def quarter_label(self, quarter: str) -> str:
        """2024Q4 as the tables name it: 2024年第四季度, or of a quarter the range takes only
        part of, that part (2024年12月 of a range from December to January): its figures
        are of that part alone."""
        start, end = quarter_range(int(quarter[:4]), int(quarter[-1]))
        if self.date_from <= start and end <= self.date_to:
            return quarter_title(quarter)
        first, last = max(start, self.date_from), min(end, self.date_to)
        if first.day == 1 and (last + dt.timedelta(days=1)).day == 1:  # whole months: 2024年12月, 2024年11—12月
            return period_title(first, last)
        # (within one year, as a quarter is: a column's head need not say it twice)
        return f"{first.year}年{first.month}月{first.day}日—{last.month}月{last.day}日"

    @property
    def by_quarter_in_notice(self) -> bool:
        """Whether the 通报 lists each category quarter by quarter after the ranking: for a
        range longer than a quarter (half a year, a year), whose quarters a reader compares;
        not for a month or a quarter, nor for a few weeks across two quarters (December to
        January), whose parts are no quarters to compare."""
        return bool(self.categories) and longer_than_a_quarter(self.date_from, self.date_to)

    @property
    def title(self) -> str:
        return f"{self.period}各单位信息报送采用情况通报"

    def table_title(self, by: str = "unit") -> str:
        """The title over the table ``by`` printed on its own (Excel): a 统计表 of what it
        lists, not the 通报 it may go with; the 专刊 left out or alone said."""
        what = {"unit": "各单位", "category": "各类别", "month": "逐月", "quarter": "分季度",
                "category-quarter": "各类别分季度", "section": "各单位分栏目", "unit-month": "各单位逐月",
                "unit-quarter": "各单位分季度"}.get(by, "各单位")
        counted = "信息采用" if by in ("section", "unit-month", "unit-quarter") else "信息报送采用"
        return f"{self.period}{what}{counted}情况统计表" + {EXCLUDE: "（不含专刊）", ONLY: "（专刊）"}.get(self.special, "")

    def made_line(self, office: str, today: dt.date) -> str:
        """The line a printed table closes with: the exact dates counted, the bulletin when
        one alone is counted, who made the table and when."""
        from ..model import format_cn_date

        parts = [f"统计时段：{format_cn_date(self.date_from)}至{format_cn_date(self.date_to)}"]
        if self.series:
            parts.append(f"刊物：《{self.series}》")
        if office:
            parts.append(f"制表单位：{office}")
        parts.append(f"制表日期：{format_cn_date(today)}")
        return "　　".join(parts)

    def row(self, name: str) -> UnitStats | None:
        return next((r for r in self.rows if r.name == name), None)

    def lead(self) -> str:
        """The 通报's opening paragraph with the totals."""
        t = self.total
        series = f"《{self.series}》" if self.series else "简报"
        series += {EXCLUDE: "（不含专刊）", ONLY: "专刊"}.get(self.special, "")
        text = f"{self.period}，各单位共报送信息{t.submitted}篇（按收稿日期）"
        if t.submitted:
            text += f"，其中已被采用{t.adopted_submissions}篇，来稿采用率{format_rate(t.rate)}"
            if self.series:  # the inbox is the office's: its submissions are no series'
                text += f"（报送数为收件箱中的全部来稿，采用数为{series}采用的来稿）"
        text += f"；本期{series}共采用信息{t.adopted}篇（按刊发日期）"
        if t.articles:
            text += f"，其中经验交流等文章{t.articles}篇"
        if t.direct:
            text += (f"；采用的信息中有{t.direct}篇未经来稿登记（在简报中直接编写或随往期简报导入），"
                     "报送数未知，未计入采用率")
        if self.without_unit:
            text += f"；另有{self.without_unit}篇来稿尚未确定报送单位，未计入报送数"
        return text + "。现将各单位信息报送采用情况通报如下。"

    def table(self, by: str = "unit") -> tuple[list[str], list[list]]:
        """Header and rows, values as numbers where they are numbers, for CSV/Excel/Word."""
        counts = [SUBMITTED_HEAD, ADOPTED_SUBMISSIONS_HEAD, RATE_HEAD, ADOPTED_HEAD]
        if by == "month":
            # 2024年5月 as the other tables name a month: 2024-05 in a CSV, WPS and Excel turn into a date
            return (["月份", *counts, "其中未经来稿登记"],
                    [[month_title(m.month), m.submitted, m.adopted_submissions, format_rate(m.rate), m.adopted, m.direct]
                     for m in self.months])
        if by == "quarter":
            return (["季度", *counts, "其中未经来稿登记"],
                    [[self.quarter_label(q.quarter), q.submitted, q.adopted_submissions, format_rate(q.rate), q.adopted,
                      q.direct] for q in self.quarters])
        if by == "category-quarter":
            return self._category_quarters()
        t = self.total  # its row last: each entry once (table_note)
        if by == "category":
            return (["类别", "单位数", *counts, "其中文章", "其中专刊", "得分", "备注"],
                    [[c.name, c.units, *_counts(c), c.articles, c.special,
                      points_value(c.points), c.note] for c in self.categories]
                    + [[TOTAL, sum(c.units for c in self.categories), *_counts(t),
                        t.articles, t.special, points_value(t.points), t.note]])
        if by == "section":
            return self._cross_table(self.sections, lambda r: r.by_section)
        if by == "unit-month":
            months = [m.month for m in self.months]
            return self._cross_table(months, lambda r: r.by_month, [month_title(m) for m in months])
        if by == "unit-quarter":
            quarters = list(dict.fromkeys(quarter_of(m.month) for m in self.months))
            return self._cross_table(quarters, lambda r: _per_quarter(r.by_month), [self.quarter_label(q) for q in quarters])
        return (["排名", UNIT_HEAD, "类别", *counts, "其中文章", "其中专刊", "得分", "备注"],
                [[r.rank, r.name, r.category, *_counts(r), r.articles, r.special,
                  points_value(r.points), r.note] for r in self.rows]
                + [["", TOTAL, "", *_counts(t), t.articles, t.special,
                    points_value(t.points), t.note]])

    def _category_quarters(self) -> tuple[list[str], list[list]]:
        """Each category (a unit's level: 县区, 市直单位, 乡镇街道 …) with its 报送 and 采用 in
        each quarter of the range, each by its own date as the heads say, and a 合计 row
        counting each submission and entry once."""
        quarters = [q.quarter for q in self.quarters]
        heads = [f"{self.quarter_label(q)}{head}" for q in quarters for head in (SUBMITTED_HEAD, ADOPTED_HEAD)]

        def cells(row: UnitStats) -> list:
            sent, adopted = _per_quarter(row.submitted_by_month), _per_quarter(row.by_month)
            return [count for q in quarters for count in (sent.get(q, 0), adopted.get(q, 0))]

        return (["类别", "单位数", *heads, SUBMITTED_HEAD, ADOPTED_HEAD],
                [[c.name, c.units, *cells(c), c.submitted, c.adopted] for c in self.categories]
                + [[TOTAL, sum(c.units for c in self.categories), *cells(self.total), self.total.submitted,
                    self.total.adopted]])

    def _cross_table(self, keys: list[str], counts, titles: list[str] | None = None) -> tuple[list[str], list[list]]:
        """Each unit that had an entry adopted, its adopted entries under each of ``keys``
        (``counts`` of a row gives them), and a 合计 row and column. The 合计 row counts
        each entry once, as the totals do (``table_note``)."""
        counted = [r for r in self.rows if r.adopted]
        return ([UNIT_HEAD, *(titles or keys), TOTAL],
                [[r.name, *(counts(r).get(k, 0) for k in keys), r.adopted] for r in counted]
                + [[TOTAL, *(counts(self.total).get(k, 0) for k in keys), self.total.adopted]])

    @property
    def silent_units(self) -> list[str]:
        """The registered units (not retired) that sent nothing in the range: no submission
        received and no entry adopted, in the registry's order; the clerk's 未报送 list. The
        office issuing the bulletins is none of them."""
        silent = [r for r in self.rows if r.unit_id is not None and r.unit_id not in self.offices
                  and not r.submitted and not r.adopted]
        return [r.name for r in sorted(silent, key=lambda r: (r.sort_order, r.name))]

    def silent_note(self) -> str:
        """The sentence naming the units that sent nothing in the range; "" when every one did."""
        # (nothing sent by anyone: the lead says so, a list of every unit would add nothing)
        if not (self.total.submitted or self.total.adopted) or not (silent := self.silent_units):
            return ""
        return f"{self.period}没有报送信息的单位（{len(silent)}个）：{'、'.join(silent)}"

    def table_note(self, by: str = "unit", counting: bool = True) -> str:
        """What a reader of the table ``by`` must know: by which date each column counts
        (COUNTING; not with ``counting`` False, where the lead above the table says it), and
        what adding it up needs."""
        notes = [COUNTING_NOTE if by in ("unit", "category", "month", "quarter", "category-quarter")
                 else "表中为各期简报采用的信息，按刊发日期统计"]
        notes = notes if counting else []
        if said := SPECIAL_SAID[self.special]:  # (the CSV has no lead to say it)
            notes.append(said)
        if self.joint_submissions and by in ("unit", "category", "category-quarter"):
            notes.append(f"有{self.joint_submissions}篇来稿由几个单位联合报送，报送和采用在每个单位中各计一篇，合计只计一篇")
        if self.joint_entries and by not in ("month", "quarter"):
            within = "，同一类别的几个单位联合报送的在该类别也只计一篇" if by in ("category", "category-quarter") else ""
            notes.append(f"有{self.joint_entries}篇信息由几个单位联合报送，在每个单位中各计一篇，"
                         f"合计只计一篇{within}，所以各行相加多于合计")
        if by == "unit" and (silent := self.silent_note()):
            notes.append(silent)
        if self.unattributed:
            where = {"month": "已计入各月的采用数", "quarter": "已计入各季度的采用数"}.get(by, "未列入表中")
            notes.append(f"另有{self.unattributed}篇采用信息未能确定报送单位，{where}")
        # a month's intake is every piece received, its sender known or not; a unit's row and the
        # 合计 under them only those of known units (the lead says so, which a CSV has not)
        if self.without_unit and by in ("month", "quarter") or self.without_unit and counting and by in (
                "unit", "category", "category-quarter"):
            where = {"month": "已计入各月的报送数", "quarter": "已计入各季度的报送数"}.get(by, "未计入报送数")
            notes.append(f"另有{self.without_unit}篇来稿尚未确定报送单位，{where}")
        return "注：" + "；".join(notes) + "。" if notes else ""

    def to_dict(self) -> dict:
        return {
            "from": self.date_from.isoformat(), "to": self.date_to.isoformat(), "series": self.series,
            "title": self.title, "units": [r.to_dict() for r in self.rows],
            "categories": [{**c.to_dict(), "units": c.units} for c in self.categories],
            "months": [{"month": m.month, "submitted": m.submitted, "adopted": m.adopted, "direct": m.direct,
                        "adopted_submissions": m.adopted_submissions,
                        "rate": None if m.rate is None else round(m.rate, 4)} for m in self.months],
            "quarters": [{**q.to_dict(), "title": self.quarter_label(q.quarter)} for q in self.quarters],
            "sections": list(self.sections), "joint_entries": self.joint_entries,
            "joint_submissions": self.joint_submissions, "counting": dict(COUNTING),
            "total": self.total.to_dict(), "unattributed_entries": self.unattributed,
            "submissions_without_unit": self.without_unit, "scoring": self.scoring, "special": self.special,
            "silent_units": self.silent_units,
        }
