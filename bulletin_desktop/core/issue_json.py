"""The issue as JSON: the shape ``bulletin-desktop show --json`` prints, and its inverse.

An item carries its parts as they are stored: ``date``, ``unit`` and the ``body`` markup;
``markup`` and ``text`` (the entry as printed) are there for readers and are not read back,
except from JSON written before ``body`` existed, where the split is recognised from ``markup``.
Likewise the issue's ``number_line`` (the 期号 line as printed) is for readers: ``number``
(the running number) and ``year_number`` (null for a plain 第N期) are what is read back.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from .model import Article, DistributionLine, Issue, Item, Section, Signoff, Special, YearNumber
from .richtext import parse_markup, plain, to_markup


def entry_to_dict(entry: Item | Article) -> dict[str, Any]:
    if isinstance(entry, Article):
        return {
            "kind": "article",
            "title": entry.title,
            "paragraphs": [to_markup(p) for p in entry.paragraphs],
            "text": entry.text,
        }
    return {
        "kind": "item",
        "mark": entry.mark,
        "date": entry.date,
        "unit": entry.unit,
        "body": to_markup(entry.body),
        "markup": to_markup(entry.rich),
        "text": plain(entry.rich),
    }


def year_number_to_dict(year_number: YearNumber | None) -> dict[str, Any] | None:
    """The number within a year as show --json and list --json write it; None for a plain 第N期."""
    if year_number is None:
        return None
    return {"number": year_number.number, "year": year_number.year, "total": year_number.total}


def special_to_dict(special: Special | None) -> dict[str, Any] | None:
    return {"name": special.name, "number": special.number} if special else None


def issue_to_dict(issue: Issue) -> dict[str, Any]:
    return {
        "id": issue.id,
        "series": issue.series,
        "series_id": issue.series_id,
        "number": issue.number,
        "number_line": issue.number_line(),
        "year_number": year_number_to_dict(issue.year_number),
        "special": special_to_dict(issue.special),
        "date": issue.date.isoformat(),
        "office": issue.office,
        "status": issue.status,
        "sections": [
            {"title": s.title, "entries": [entry_to_dict(e) for e in s.entries]}
            for s in issue.sections
        ],
        "signoff": signoff_to_dict(issue.signoff),
        "distribution": distribution_to_list(issue.distribution),
        "print_copies": issue.print_copies,
        "marking": issue.marking,
    }


def signoff_to_dict(signoff: Signoff) -> dict[str, list[str]]:
    return {"editors": list(signoff.editors), "reviewers": list(signoff.reviewers), "signers": list(signoff.signers),
            "others": list(signoff.others)}


def signoff_from_dict(data: dict[str, Any]) -> Signoff:
    """As ``signoff_to_dict`` writes it; keys an older file lacks are empty."""
    return Signoff(*(list(data.get(key, [])) for key in ("editors", "reviewers", "signers", "others")))


def distribution_to_list(lines: list[DistributionLine]) -> list[dict[str, str]]:
    return [{"label": d.label, "text": d.text} for d in lines]


def entry_from_dict(data: dict[str, Any]) -> Item | Article:
    if data.get("kind") == "article":
        return Article(
            title=data.get("title", ""),
            paragraphs=[parse_markup(p) for p in data.get("paragraphs", [])],
        )
    if "body" not in data:
        return Item.from_rich(parse_markup(data.get("markup", "")))
    return Item(body=parse_markup(data["body"]), date=data.get("date", ""), unit=data.get("unit", ""),
                mark=data.get("mark", ""))


def issue_from_dict(data: dict[str, Any]) -> Issue:
    special = data.get("special")
    year_number = data.get("year_number")
    copies = data.get("print_copies")
    signoff = data.get("signoff") or {}
    return Issue(
        series=data["series"],
        number=int(data["number"]),
        date=dt.date.fromisoformat(data["date"]),
        office=data.get("office", ""),
        special=Special(special["name"], None if special.get("number") is None else int(special["number"]))
        if special else None,
        sections=[
            Section(s["title"], [entry_from_dict(e) for e in s.get("entries", [])])
            for s in data.get("sections", [])
        ],
        signoff=signoff_from_dict(signoff),
        distribution=[DistributionLine(d["label"], d["text"]) for d in data.get("distribution", [])],
        year_number=(
            YearNumber(int(year_number["number"]) if year_number.get("number") is not None else None,
                       int(year_number["year"]) if year_number.get("year") is not None else None,
                       bool(year_number.get("total", True)))
            if year_number else None
        ),
        print_copies=int(copies) if copies is not None else None,
        marking=str(data.get("marking") or ""),
        status=data.get("status", "draft"),
        id=data.get("id"),
        series_id=data.get("series_id"),
    )
