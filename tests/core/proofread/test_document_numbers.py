"""发文字号 as GB/T 9704—2012 7.2.4 writes them: the year in full inside 〔〕, the serial without
第 and without leading zeros."""
from __future__ import annotations

import pytest

from bulletin_desktop.core.proofread import check


def _doc_numbers(text: str) -> list[tuple[str, str | None]]:
    return [(f.found, f.suggestion) for f in check(text) if f.rule == "N-DOCNO"]


@pytest.mark.parametrize("text, found, right", [
    ("县政府办公室印发了《通知》（长政办[2026]12号）。", "[2026]12号", "〔2026〕12号"),
    ("县政府办公室印发了《通知》（长政办（2026）12号）。", "（2026）12号", "〔2026〕12号"),
    ("县政府办公室印发了《通知》（长政办［2026］12号）。", "［2026］12号", "〔2026〕12号"),
    ("县政府办公室印发了《通知》（长政办〔26〕12号）。", "〔26〕12号", "〔2026〕12号"),
    ("县政府办公室印发了《通知》（长政办〔2026〕第12号）。", "〔2026〕第12号", "〔2026〕12号"),
    ("县政府办公室印发了《通知》（长政办〔2026〕012号）。", "〔2026〕012号", "〔2026〕12号"),
])
def test_a_document_number_written_otherwise_is_reported(text, found, right):
    assert _doc_numbers(text) == [(found, right)]


@pytest.mark.parametrize("text", [
    "县政府办公室印发了《关于做好防汛工作的通知》（长政办〔2026〕12号）。",
    "国务院印发《通知》（国发〔2025〕1号）。",
    "该案案号为（2026）豫1082民初123号。",  # a court's case number keeps its round brackets
    "〔2026〕12号文件已转发各乡镇。",
])
def test_right_numbers_and_case_numbers_stay_silent(text):
    assert check(text) == []
