"""A paragraph whose last sentence lost its full stop: found in entries' paragraphs, never in
headings, labelled lines or titles, which end bare."""
from __future__ import annotations

from bulletin_desktop.core.model import Article, Item
from bulletin_desktop.core.proofread import CheckContext, check
from bulletin_desktop.core.proofread.issue_check import check_entry
from bulletin_desktop.core.richtext import parse_markup


def _ends(text: str) -> list[str]:
    return [f.suggestion for f in check(text) if f.rule == "P-END-NONE"]


def test_the_last_sentence_without_its_full_stop_is_found():
    assert _ends("近日，县应急管理局对辖区内的加油站进行了检查") == ["查。"]
    assert _ends("会议要求，各单位认真贯彻落实《安全生产法》") == ["》。"]
    assert _ends("今年以来，全县安全生产形势总体平稳；事故起数同比下降12%") == ["%。"]


def test_headings_labels_and_short_lines_end_bare():
    for text in ("一、提高政治站位，压实工作责任", "（二）强化督导检查，推动问题整改", "1.完善制度，健全机制",
                 "一是压实责任，二是强化督导", "送：市委办公室，市政府办公室，市人大常委会办公室",
                 "【安排部署】", "各乡镇，各有关单位", "近日，县应急管理局对辖区内的加油站进行了检查。",
                 "全市共排查企业136家，整改隐患52处（见附件）", "他说：“隐患不除，决不收兵。”"):
        assert _ends(text) == [], text


def test_a_title_ends_bare_but_its_paragraphs_do_not():
    article = Article(title="压实责任链条，筑牢安全防线",
                      paragraphs=[parse_markup("**坚持高位推动，凝聚各方工作合力，全面压实责任**"),  # a heading, set in bold
                                  parse_markup("今年以来，我镇坚持安全发展理念，扎实开展隐患排查")])
    found = [(p.field, p.paragraph, f.rule) for p, f, _text in check_entry(article, CheckContext())]
    assert found == [("paragraph", 1, "P-END-NONE")]
    item = Item(body=parse_markup("近日，县应急管理局对辖区内的加油站进行了检查"))
    assert [f.rule for _p, f, _t in check_entry(item, CheckContext())] == ["P-END-NONE"]
