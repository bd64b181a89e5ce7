"""Bulletin Desktop benchmarks.

Each ``benchmarks/bench_*.py`` module has ``run(report)``; it measures one thing of ours
next to its floor (the same work done with the bare library in the same run), since
these machines are noisy and only ratios compare across runs.

    python benchmarks/run.py [--json OUT] [--only NAME ...] [--quick]
"""
from __future__ import annotations

import argparse
import importlib
import json
import platform
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


class Report:
    def __init__(self, quick: bool):
        self.quick = quick
        self.results: dict[str, dict] = {}

    def add(self, name: str, value: float, unit: str, floor: float | None = None, note: str = "",
            lower_is_better: bool = True) -> None:
        entry = {"value": value, "unit": unit, "floor": floor, "note": note}
        if floor:
            entry["ratio"] = value / floor if lower_is_better else floor / value
        self.results[name] = entry
        ratio = f"  ratio {entry['ratio']:.2f}x" if floor else ""
        floor_text = f"  floor {floor:.4g} {unit}" if floor is not None else ""
        print(f"{name:48s} {value:10.4g} {unit:8s}{floor_text}{ratio}  {note}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="write the figures to this JSON file")
    parser.add_argument("--only", nargs="*", help="run only these modules (e.g. import_search)")
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke run")
    args = parser.parse_args(argv)
    report = Report(args.quick)
    names = sorted(p.stem[len("bench_"):] for p in HERE.glob("bench_*.py"))
    if args.only:
        names = [n for n in names if n in args.only]
    started = time.time()
    for name in names:
        print(f"== {name}", flush=True)
        importlib.import_module(f"bench_{name}").run(report)
    if args.json:
        args.json.write_text(json.dumps({
            "python": platform.python_version(), "machine": platform.machine(),
            "seconds": time.time() - started, "results": report.results,
        }, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
