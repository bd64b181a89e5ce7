"""Archive search and autosave, each next to its floor measured in the same run.

An archive of 2,000 issues x 30 entries (200 with --quick) of generated bulletin text is
searched with 3-, 2- and 1-character terms. The floor is a bare FTS5 trigram MATCH on a
bare sqlite3 table holding the same texts in date order, asking for the newest 50
(``SELECT rowid, text ... ORDER BY rowid DESC LIMIT 50``); for the short terms that same
bare query finds nothing, which is why the archive needs its own index for them. The plain
``LIKE '%x%'`` scan for the newest 50 is reported for comparison. Autosave is
``save_issue`` of a 50-entry issue with one entry changed, next to a bare one-row UPDATE
committed with the same pragmas (WAL, synchronous=FULL), i.e. the cost of the disk flush.
"""
from __future__ import annotations

import datetime as dt
import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.model import Article, Issue, Item, Section, Signoff
from bulletin_desktop.core.richtext import Run

UNITS = [
    "舞阳县", "临颍县", "郾城区", "源汇区", "召陵区", "西城区", "经济技术开发区", "市城乡一体化示范区",
    "市应急管理局", "市消防救援支队", "市住建局", "市交通运输局", "市市场监管局", "市教育局", "市卫健委",
    "叶县", "郏县", "宝丰县", "鲁山县", "舞钢市", "汝州市", "卫东区", "新华区", "湛河区", "石龙区",
]
SUBJECTS = [
    "组织召开安全生产工作推进会", "开展安全生产大检查“回头看”", "对重点企业开展暗查暗访", "举办危险化学品应急处置演练",
    "组织专家对重大危险源进行复查", "开展燃气安全专项整治", "召开防汛抗旱工作部署会", "开展消防安全集中宣传",
    "部署冬季安全生产工作", "开展道路交通安全隐患排查", "组织开展有限空间作业专项检查", "开展校园周边安全整治",
]
PHRASES = [
    "会议听取了有关情况汇报", "对下一步工作进行安排部署", "要求各责任单位高度重视", "明确专人负责",
    "切实把各项工作抓实抓牢抓出成效", "对发现的问题提出整改意见", "现场交办并限期整改", "全面压实各方责任",
    "确保全市安全生产形势持续稳定向好", "进一步筑牢安全防线", "着力解决问题隐患多发频发等突出问题",
    "深入查找制约安全生产的短板和瓶颈", "强化督导检查", "扎实开展隐患排查治理", "提升应急处置能力",
    "加强组织领导", "统筹协调推进", "建立问题隐患和整改措施两个清单", "实行闭环管理", "坚持高位推动",
    "共检查企业12家", "发现问题隐患23处", "已整改完毕18处", "下达执法文书5份", "约谈企业负责人3人",
    "营造齐抓共管的良好氛围", "切实提高安全防范意识", "推动企业主体责任落实", "严防各类事故发生",
]
SECTIONS = ["安排部署", "督导检查", "隐患排查", "应急演练", "工作交流"]
# One entry in about 200 mentions this; the rest of the vocabulary is common on purpose
# (a safety bulletin says 安全 everywhere), so both kinds of term are measured.
RARE_PHRASE = "开展烟花爆竹和冷链物流专项检查"
QUERIES = {
    "3-char": ["回头看", "大检查", "消防安"],
    "4-char": ["隐患排查", "应急处置"],
    "2-char": ["隐患", "燃气", "防汛"],
    "1-char": ["县", "汛", "暗"],
    "rare 3-char": ["冷链物", "爆竹和"],
    "rare 2-char": ["冷链", "爆竹"],
    "rare 1-char": ["爆", "链"],
}


def _entry_text(rng: random.Random) -> str:
    phrases = rng.sample(PHRASES, rng.randint(3, 6))
    if rng.random() < 0.005:
        phrases.insert(1, RARE_PHRASE)
    return f"{rng.choice(SUBJECTS)}。" + "，".join(phrases) + "。"


def make_issue(rng: random.Random, number: int, date: dt.date, entries: int) -> Issue:
    sections = [Section(title) for title in SECTIONS]
    for n in range(entries):
        if n == entries - 1:
            sections[-1].entries.append(Article(
                title=f"{rng.choice(UNITS)}{rng.choice(SUBJECTS)}",
                paragraphs=[(Run(_entry_text(rng)),) for _ in range(4)]))
            continue
        day = date - dt.timedelta(days=rng.randint(1, 6))
        sections[min(n * 4 // entries, 3)].entries.append(Item(
            body=(Run(_entry_text(rng)),), date=f"{day.month}月{day.day}日", unit=rng.choice(UNITS)))
    return Issue(series="漯河安全生产简报", number=number, date=date, office="漯河市安全生产委员会办公室",
                 sections=sections, signoff=Signoff(["卜丹"], ["翟红伟"], ["孙全忠"]))


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def _time(fn, repeat: int) -> list[float]:
    fn()  # warm the page cache
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def run(report) -> None:
    issues = 200 if report.quick else 2000
    repeat = 10 if report.quick else 30
    rng = random.Random(20221121)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite"
        bare = sqlite3.connect(Path(tmp) / "bare.sqlite", isolation_level=None)
        bare.execute("PRAGMA journal_mode=WAL")
        bare.execute("CREATE VIRTUAL TABLE bare USING fts5(text, tokenize='trigram')")
        started = time.perf_counter()
        with Archive.open(path, auto_backup=False) as archive:
            start_date = dt.date(2015, 1, 5)
            for n in range(issues):
                issue = make_issue(rng, n + 1, start_date + dt.timedelta(days=2 * n), 30)
                archive.add_issue(issue)
                bare.execute("BEGIN")
                bare.executemany("INSERT INTO bare(text) VALUES (?)", [(e.text,) for _, e in issue.entries()])
                bare.execute("COMMIT")
        build = time.perf_counter() - started
        entries = issues * 30
        report.add("archive: build by add_issue", build / issues * 1000, "ms/issue",
                   note=f"{issues} issues x 30 entries, {path.stat().st_size / 1e6:.0f} MB")

        started = time.perf_counter()
        Archive.open(path, readonly=True, auto_backup=False).close()
        report.add("archive: open read-only (with quick_check)", (time.perf_counter() - started) * 1000, "ms",
                   note=f"{entries} entries")

        with Archive.open(path, readonly=True) as archive:
            for kind, terms in QUERIES.items():
                ours, floor, like = [], [], []
                counts = []
                for term in terms:
                    counts.append(len(archive.search(term, limit=50)))
                    ours += _time(lambda: archive.search(term, limit=50), repeat)
                    floor += _time(lambda: bare.execute(
                        "SELECT rowid, text FROM bare WHERE bare MATCH ? ORDER BY rowid DESC LIMIT 50",
                        (f'"{term}"',)).fetchall(), repeat)
                    like += _time(lambda: bare.execute(
                        "SELECT id, c0 FROM bare_content WHERE c0 LIKE ? ORDER BY id DESC LIMIT 50",
                        (f"%{term}%",)).fetchall(), max(3, repeat // 5))
                median, p95 = _percentiles(ours)
                floor_median, floor_p95 = _percentiles(floor)
                report.add(f"search {kind} median", median, "ms", floor_median,
                           note=f"{'/'.join(terms)}; hits (limit 50): {counts}")
                report.add(f"search {kind} p95", p95, "ms", floor_p95)
                report.add(f"search {kind} LIKE scan (for comparison)", _percentiles(like)[0], "ms",
                           note="bare table, newest 50 rows")
            two_terms = _time(lambda: archive.search("隐患 回头看", limit=50), repeat)
            report.add("search two terms (2-char AND 3-char) median", _percentiles(two_terms)[0], "ms")
            rare = _time(lambda: archive.search("不存在的词", limit=50), repeat)
            report.add("search a term found nowhere, median", _percentiles(rare)[0], "ms")
            scan = _time(lambda: archive.search("（", limit=50), max(3, repeat // 5))
            report.add("search 1 punctuation char (scan, last resort)", _percentiles(scan)[0], "ms")

        started = time.perf_counter()
        with Archive.open(path, auto_backup=False) as archive:
            opened = time.perf_counter()
            archive.backup_now()
            backed_up = time.perf_counter()
        report.add("archive: open for writing (lock, quick_check)", (opened - started) * 1000, "ms")
        report.add("archive: backup_now (VACUUM INTO)", (backed_up - opened) * 1000, "ms")

        with Archive.open(path, auto_backup=False) as archive:
            issue = make_issue(rng, issues + 1, dt.date(2030, 1, 1), 50)
            archive.save_issue(issue)
            items = [e for _, e in issue.entries() if isinstance(e, Item)]

            def edit_and_save():
                target = rng.choice(items)
                target.body = (Run(target.body[0].text + "改"),)
                archive.save_issue(issue)

            ours = _time(edit_and_save, repeat * 3)
        bare.execute("CREATE TABLE one(id INTEGER PRIMARY KEY, text TEXT)")
        bare.execute("PRAGMA synchronous=FULL")
        bare.execute("INSERT INTO one VALUES (1, '')")

        def bare_update():
            bare.execute("BEGIN")
            bare.execute("UPDATE one SET text = text || '改' WHERE id = 1")
            bare.execute("COMMIT")

        floor = _time(bare_update, repeat * 3)
        report.add("save_issue, 50 entries, one changed (median)", _percentiles(ours)[0], "ms",
                   _percentiles(floor)[0], note="floor: bare one-row UPDATE + COMMIT, WAL, synchronous=FULL")
        report.add("save_issue, 50 entries, one changed (p95)", _percentiles(ours)[1], "ms", _percentiles(floor)[1])
        bare.close()
