"""Adoption statistics and the inbox filter over ten years of bulletins, next to their floors.

The archive: 500 issues (2015-2024) of 40 entries (20,000 entries), 60 registered units,
40,000 submissions of which 10,000 are adopted into entries. Statistics for one year and
for all ten (``compute_stats``: per unit, per category and per month, points, adopted
status of each submission) stand next to the floor of bare ``GROUP BY`` queries over the
same tables giving the same groupings: entries of the range counted per written unit and
per month, submissions of the range counted per unit and per month. The inbox filter (one unit's pending submissions, and every adopted
one) stands next to the bare ``SELECT`` of one unit's rows. With Qt available, opening
the statistics view (the first time, Qt Charts included) is timed next to a bare
``QTableWidget`` filled with the same table.
"""
from __future__ import annotations

import datetime as dt
import random
import tempfile
import time
from pathlib import Path

from bench_archive import SECTIONS, SUBJECTS, _percentiles, _time

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.model import Issue, Item, Section
from bulletin_desktop.core.richtext import Run

COUNTIES = ["舞阳县", "临颍县", "郾城区", "源汇区", "召陵区", "西城区", "经济技术开发区", "市城乡一体化示范区"]
CITY = ["市应急管理局", "市消防救援支队", "市住建局", "市交通运输局", "市市场监管局", "市教育局", "市卫健委", "市公安局",
        "市自然资源局", "市生态环境局", "市水利局", "市农业农村局", "市商务局", "市文广旅局", "市城管局", "市气象局",
        "市工信局", "市发改委", "市财政局", "市人社局", "市民政局", "市司法局", "市林业局", "市粮食局"]
TOWNS = [f"{name}{kind}" for name in ("沙澧", "老街", "干河陈", "顺河", "马路街", "天桥", "黑龙潭", "青年", "问十", "空冢郭",
                                      "大刘", "商桥", "裴城", "龙城", "孟庙", "新店", "李集", "邓襄", "姬石", "万金",
                                      "阴阳赵", "召陵", "老窝", "后谢", "翟庄", "舞泉", "北舞渡", "莲花")
         for kind in ("街道",)]
UNITS = COUNTIES + CITY + TOWNS  # 60
START = dt.date(2015, 1, 5)


def _build(path: Path, rng: random.Random, issues: int, per_issue: int, submissions: int) -> None:
    from sqlite_utils import Database  # bulk inserts of the generated inbox

    with Archive.open(path, auto_backup=False) as archive:
        from bulletin_desktop.core.units import registry

        for name in UNITS:
            category = "县区" if name in COUNTIES else "市直单位" if name in CITY else "乡镇街道"
            registry.add_unit(archive, name, category=category)
        uids = []
        step = 3650 // issues
        for n in range(issues):
            date = START + dt.timedelta(days=step * n)
            sections = [Section(title) for title in SECTIONS]
            for k in range(per_issue):
                unit = rng.choice(UNITS)
                bold = rng.random() < 0.7  # the rest name their unit at the start of the text
                body = f"{'' if bold else unit}{rng.choice(SUBJECTS)}，会议要求各单位高度重视。"
                entry = Item(body=(Run(body),), date=f"{date.month}月{date.day}日", unit=unit if bold else "")
                sections[k % len(sections)].entries.append(entry)
                uids.append((entry.uid, date, unit))
            archive.add_issue(Issue(series="漯河安全生产简报", number=n + 1, date=date, sections=sections))
        unit_ids = {u.name: u.id for u in registry.list_units(archive)}
    db = Database(str(path))
    rows = []
    adopted = rng.sample(range(len(uids)), submissions // 4)
    links = []
    for n, index in enumerate(adopted):  # the adopted ones: received a few days before their issue
        uid, date, unit = uids[index]
        rows.append({"id": n + 1, "received": (date - dt.timedelta(days=rng.randint(1, 6))).isoformat(),
                     "unit_id": unit_ids[unit], "title": "来稿", "body": "正文", "source": "来稿.docx",
                     "status": "pending", "created_at": "2024-01-01"})
        links.append({"entry_uid": uid, "submission_id": n + 1})
    for n in range(len(rows), submissions):
        rows.append({"id": n + 1, "received": (START + dt.timedelta(days=rng.randint(0, 3649))).isoformat(),
                     "unit_id": unit_ids[rng.choice(UNITS)], "title": "来稿", "body": "正文", "source": "粘贴",
                     "status": rng.choice(["pending", "declined", "declined", "returned"]), "created_at": "2024-01-01"})
    db["submissions"].insert_all(rows, batch_size=5000)
    db["adoptions"].insert_all(links, batch_size=5000)
    db.conn.execute("ANALYZE")
    db.conn.commit()
    db.close()


def run(report) -> None:
    issues, per_issue, submissions = (100, 40, 8000) if report.quick else (500, 40, 40000)
    repeat = 10 if report.quick else 30
    rng = random.Random(20240630)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "stats.sqlite"
        started = time.perf_counter()
        _build(path, rng, issues, per_issue, submissions)
        report.add("stats: build the 10-year archive", time.perf_counter() - started, "s",
                   note=f"{issues} issues, {issues * per_issue} entries, {submissions} submissions, {len(UNITS)} units")
        from bulletin_desktop.core.inbox.submissions import list_ids, list_rows, rows_by_id
        from bulletin_desktop.core.stats import compute_stats

        with Archive.open(path, readonly=True) as archive:
            with archive.reading() as conn:
                def floor(start: dt.date, end: dt.date) -> None:
                    span = (start.isoformat(), end.isoformat())
                    conn.execute("SELECT e.unit, count(*) FROM issues i JOIN entries e ON e.issue_id = i.id "
                                 "WHERE i.date BETWEEN ? AND ? GROUP BY e.unit", span).fetchall()
                    conn.execute("SELECT unit_id, count(*) FROM submissions WHERE received BETWEEN ? AND ? "
                                 "GROUP BY unit_id", span).fetchall()
                    conn.execute("SELECT substr(i.date, 1, 7), count(*) FROM issues i JOIN entries e "
                                 "ON e.issue_id = i.id WHERE i.date BETWEEN ? AND ? GROUP BY 1", span).fetchall()
                    conn.execute("SELECT substr(received, 1, 7), count(*) FROM submissions "
                                 "WHERE received BETWEEN ? AND ? GROUP BY 1", span).fetchall()

            for label, start, end in (("one year", dt.date(2020, 1, 1), dt.date(2020, 12, 31)),
                                      ("ten years", dt.date(2015, 1, 1), dt.date(2024, 12, 31))):
                ours = _percentiles(_time(lambda: compute_stats(archive, start, end), repeat))[0]
                bare = _percentiles(_time(lambda: floor(start, end), repeat))[0]
                result = compute_stats(archive, start, end)
                report.add(f"stats: {label} (median)", ours, "ms", bare,
                           note=f"floor: bare GROUP BYs per unit and per month; {result.total.adopted} entries, "
                                f"{result.total.submitted} submissions; target <= 100 ms and <= 3x")
            unit_id = 1
            with archive.reading() as conn:
                def bare_unit() -> None:
                    conn.execute("SELECT id, received, title, source, status FROM submissions WHERE unit_id = ? "
                                 "ORDER BY received DESC", (unit_id,)).fetchall()
                def bare_all() -> None:
                    conn.execute("SELECT id FROM submissions ORDER BY received DESC, id DESC").fetchall()

            def view_filter(**filters) -> None:
                """What the inbox view does: every id of the filter, then the rows of one screen."""
                ids = list_ids(archive, **filters)
                rows_by_id(archive, ids[:60])

            ours = _percentiles(_time(lambda: view_filter(unit_id=unit_id, status="pending"), repeat))[0]
            bare = _percentiles(_time(bare_unit, repeat))[0]
            report.add("inbox: filter one unit, pending (median)", ours, "ms", bare,
                       note=f"floor: bare SELECT of the unit's rows; target <= 50 ms of {submissions}")
            bare = _percentiles(_time(bare_all, repeat))[0]
            for status in ("adopted", "pending"):
                ours = _percentiles(_time(lambda: view_filter(status=status), repeat))[0]
                report.add(f"inbox: filter every {status} one (median)", ours, "ms", bare,
                           note="floor: bare SELECT of every id in order; target <= 50 ms")
            ours = _percentiles(_time(lambda: view_filter(), repeat))[0]
            report.add("inbox: the whole inbox unfiltered (median)", ours, "ms", bare, note=f"{submissions} rows")
            ours = _percentiles(_time(lambda: list_rows(archive, unit_id=unit_id), repeat))[0]
            report.add("inbox: whole rows of one unit, as the command line lists them", ours, "ms")
        _gui(report, path)


def _gui(report, path: Path) -> None:
    try:
        from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem
    except ImportError:
        return
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([])
    try:
        from bulletin_desktop.gui.statistics.view import StatisticsView
    except ImportError:
        return
    from bulletin_desktop.core.stats import compute_stats

    with Archive.open(path, readonly=True) as archive:
        started = time.perf_counter()
        view = StatisticsView()
        view.set_archive(archive)
        view.set_range(dt.date(2024, 1, 1), dt.date(2024, 12, 31))
        view.show()
        app.processEvents()
        ours = (time.perf_counter() - started) * 1000
        view.close()
        view.deleteLater()
        started = time.perf_counter()
        header, rows = compute_stats(archive, dt.date(2024, 1, 1), dt.date(2024, 12, 31)).table()
        table = QTableWidget(len(rows), len(header))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(str(value)))
        table.show()
        app.processEvents()
        bare = (time.perf_counter() - started) * 1000
        table.close()
    report.add("stats view: first open, one year, charts included", ours, "ms", bare,
               note="floor: the same table in a bare QTableWidget")
