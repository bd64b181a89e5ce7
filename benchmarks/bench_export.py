"""Exporting a generated 50-entry issue (about 12,000 characters) to .docx, next to a bare
python-docx script writing the same paragraphs and bold runs without any styling; and
the PDF export through LibreOffice once."""
from __future__ import annotations

import datetime as dt
import random
import statistics
import tempfile
import time
from pathlib import Path

import docx

from bulletin_desktop.core.model import Article, DistributionLine, Issue, Item, Section, Signoff, Special
from bulletin_desktop.core.richtext import Run
from bulletin_desktop.export.blocks import BlockKind, layout_issue
from bulletin_desktop.export.docx.writer import write_docx

_WORDS = ("安全生产", "隐患排查", "督导检查", "应急演练", "专项整治", "责任落实", "重点企业", "回头看",
          "风险管控", "消防安全", "宣传培训", "整改销号", "值班值守", "执法检查", "网格化管理")
_UNITS = ("舞阳县", "临颍县", "郾城区", "源汇区", "召陵区", "市应急管理局", "西城区", "市消防救援支队")


def generated_issue(entries: int = 50, seed: int = 52) -> Issue:
    rng = random.Random(seed)

    def sentence() -> str:
        return "，".join("".join(rng.choice(_WORDS) for _ in range(rng.randint(2, 4))) for _ in range(3)) + "。"

    sections = [Section(title) for title in ("安排部署", "督导检查", "隐患排查", "应急演练", "工作交流")]
    for n in range(entries):
        body = [Run("".join(sentence() for _ in range(5)))]
        if n % 3 == 0:
            body += [Run("一是" + sentence(), True), Run(sentence())]
        sections[n % 4].entries.append(Item(body=tuple(body), date=f"11月{n % 28 + 1}日", unit=rng.choice(_UNITS)))
    sections[4].entries.append(Article("聚力打造智慧消防安全防线", [
        (Run("一、夯实消防基础。" + sentence() * 3),),
        (Run("二、推行智能管控。" + sentence()), Run("一是搭建平台。", True), Run(sentence() * 2)),
    ]))
    return Issue("漯河安全生产简报", 52, dt.date(2022, 11, 21), "漯河市安全生产委员会办公室",
                 Special("安全生产大检查专刊", 34), sections,
                 Signoff(["卜丹", "赵贺龙"], ["翟红伟"], ["孙全忠"]),
                 [DistributionLine("送", "市委常委、市安委会主任、副主任。"),
                  DistributionLine("发", "各县区人民政府，市安全生产委员会有关成员单位。")])


def bare_python_docx(issue: Issue, path: Path) -> None:
    """The floor: the same paragraphs and bold runs, python-docx's defaults, no styling."""
    document = docx.Document()
    for block in layout_issue(issue):
        if block.kind is BlockKind.RED_RULE:
            continue
        paragraph = document.add_paragraph()
        if not block.spans:  # office/date line, distribution lines
            paragraph.add_run(block.text)
        for span in block.spans:
            paragraph.add_run(span.text).bold = span.bold
    document.save(str(path))


def _median_seconds(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def run(report) -> None:
    issue = generated_issue()
    characters = sum(len(b.text) for b in layout_issue(issue))
    runs = 5 if report.quick else 21
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        write_docx(issue, folder / "first.docx")
        first = time.perf_counter() - started
        bare_python_docx(issue, folder / "warm.docx")  # import and template caches warm for both
        floor = _median_seconds(lambda: bare_python_docx(issue, folder / "bare.docx"), runs)
        ours = _median_seconds(lambda: write_docx(issue, folder / "ours.docx"), runs)
        report.add("export docx, 50 entries (median)", ours * 1000, "ms", floor * 1000,
                   f"{characters} characters; floor: bare python-docx, same paragraphs and bold runs")
        report.add("export docx, first call in the process", first * 1000, "ms",
                   note="includes reading the template")

        from bulletin_desktop.export.pdf import libreoffice_path, write_pdf

        if libreoffice_path() is None:
            print("export pdf: LibreOffice not found, skipped", flush=True)
            return
        started = time.perf_counter()
        write_pdf(issue, folder / "ours.pdf")
        report.add("export pdf via LibreOffice (once)", time.perf_counter() - started, "s",
                   note="cold start with a private profile")
