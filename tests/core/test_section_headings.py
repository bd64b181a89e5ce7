"""How a bulletin prints its sections' titles (【安排部署】, 一、安排部署, 安排部署): read from
the document it is imported from, kept as its series' layout, printed the same way."""
from __future__ import annotations

import json

import docx
import pytest

from bulletin_desktop.cli import main
from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.importing import read_file
from bulletin_desktop.core.model import Issue, Item, Section
from bulletin_desktop.core.numerals import to_chinese
from bulletin_desktop.export.blocks import BlockKind, layout_issue
from bulletin_desktop.export.layout_options import LayoutOptionError, LayoutOptions

MASTHEAD = "生态环境工作简报\n\n第12期\n\n许昌市生态环境局办公室                    2025年5月20日\n\n"
BODY = [("工作动态", "5月8日，市生态环境局召开全市大气污染防治攻坚推进会，安排部署下一阶段重点工作。"),
        ("督查通报", "5月15日，市攻坚办对各县（市、区）扬尘污染治理情况进行了暗访督查。")]
ARTICLE = ("经验交流", "建安区“三个聚焦”推动秸秆禁烧工作落实", "今年以来，建安区多措并举推进秸秆禁烧工作。")
CLOSING = "编辑：王某某        审核：李某某        签发：张某某\n"


def _bulletin(heading) -> str:
    parts = [MASTHEAD]
    for number, (title, entry) in enumerate(BODY, 1):
        parts.append(f"{heading(number, title)}\n\n{entry}\n\n")
    section, title, paragraph = ARTICLE
    parts.append(f"{heading(len(BODY) + 1, section)}\n\n{title}\n\n{paragraph}\n\n")
    return "".join(parts) + CLOSING


def _read_back(docx_path, db, again, capsys) -> list[dict]:
    """Issue 12 as ``show --json`` gives it from ``db``, and from ``again`` after importing
    ``docx_path`` (its Word export) there."""
    assert main(["import", "--db", str(again), str(docx_path)]) == 0
    capsys.readouterr()
    shown = []
    for archive_path in (db, again):
        assert main(["show", "--db", str(archive_path), "12", "--json"]) == 0
        shown.append(json.loads(capsys.readouterr().out))
    return shown


FORMS = {
    "bracket": lambda number, title: f"【{title}】",
    "numbered": lambda number, title: f"{to_chinese(number)}、{title}",
    "plain": lambda number, title: title,
}


@pytest.mark.parametrize("style", FORMS)
def test_the_form_of_the_headings_is_read_with_the_sections(tmp_path, capsys, style):
    path = tmp_path / "b.txt"
    path.write_text(_bulletin(FORMS[style]), encoding="utf-8")
    imported = read_file(path)
    assert [s.title for s in imported.issue.sections] == ["工作动态", "督查通报", "经验交流"]
    assert [e.kind for e in imported.issue.sections[2].entries] == ["article"]
    assert (imported.issue.office, imported.issue.date.isoformat()) == ("许昌市生态环境局办公室", "2025-05-20")
    assert imported.layout == ({} if style == "bracket" else {"section_heading": style})
    assert main(["import", "--dry-run", "--json", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["layout"] == imported.layout  # what a new series would be given


def test_an_import_that_starts_a_series_gives_it_the_documents_headings_and_word_prints_them(tmp_path, capsys):
    source, db = tmp_path / "b.txt", tmp_path / "a.sqlite"
    source.write_text(_bulletin(FORMS["numbered"]), encoding="utf-8")
    assert main(["import", "--db", str(db), str(source)]) == 0
    with Archive.open(db, readonly=True) as archive:
        [series] = [s for s in archive.list_series() if s.name == "生态环境工作简报"]
        assert archive.series_layout(series.id) == {"section_heading": "numbered"}
    out = tmp_path / "12.docx"
    assert main(["export", "--db", str(db), "12", "-o", str(out)]) == 0
    paragraphs = [p.text for p in docx.Document(str(out)).paragraphs]
    assert [p for p in paragraphs if p in ("一、工作动态", "二、督查通报", "三、经验交流")] == ["一、工作动态", "二、督查通报",
                                                                                      "三、经验交流"]
    assert not any(p.startswith("【") for p in paragraphs)

    # read back into another archive: the same issue, the same form of headings
    again = tmp_path / "b.sqlite"
    kept = [{k: v for k, v in data.items() if k not in ("id", "series_id", "exports")}
            for data in _read_back(out, db, again, capsys)]
    assert kept[0] == kept[1]
    with Archive.open(again, readonly=True) as archive:
        [series] = [s for s in archive.list_series() if s.name == "生态环境工作简报"]
        assert archive.series_layout(series.id) == {"section_heading": "numbered"}


def test_an_import_into_a_series_already_there_leaves_its_layout_alone(tmp_path, capsys):
    db = tmp_path / "a.sqlite"
    for number, form in ((12, "bracket"), (13, "numbered")):
        source = tmp_path / f"{number}.txt"
        source.write_text(_bulletin(FORMS[form]).replace("第12期", f"第{number}期"), encoding="utf-8")
        assert main(["import", "--db", str(db), str(source)]) == 0
    with Archive.open(db, readonly=True) as archive:
        [series] = [s for s in archive.list_series() if s.name == "生态环境工作简报"]
        assert archive.series_layout(series.id) == {}  # the clerk's bulletin, as its first issue printed it


def test_each_form_numbers_only_the_titled_sections(sample_issue):
    issue = Issue(series="某某简报", number=3, date=sample_issue.date,
                  sections=[Section("", [Item(body=sample_issue.sections[0].entries[0].body)]),
                            Section("工作动态", [Item(body=sample_issue.sections[1].entries[0].body)]),
                            Section("督查通报")])

    def headings(style: str) -> list[str]:
        blocks = layout_issue(issue, LayoutOptions(section_heading=style))
        return [b.spans[0].text for b in blocks if b.kind is BlockKind.SECTION_HEADING]

    assert headings("bracket") == ["【工作动态】", "【督查通报】"]  # an untitled section prints no 【】
    assert headings("numbered") == ["一、工作动态", "二、督查通报"]
    assert headings("plain") == ["工作动态", "督查通报"]
    assert [to_chinese(n) for n in (1, 10, 12, 20, 23)] == ["一", "十", "十二", "二十", "二十三"]


def test_the_form_is_a_layout_setting_with_three_values():
    assert LayoutOptions().with_changes({"section_heading": "plain"}).section_heading == "plain"
    with pytest.raises(LayoutOptionError) as refused:
        LayoutOptions().with_changes({"section_heading": "roman"})
    assert "bracket" in refused.value.message and "numbered" in refused.value.message


def test_the_contents_over_numbered_sections_is_not_numbered_and_reads_back(tmp_path, capsys):
    """本期目录 / 一、工作动态 / 二、督查通报 … : Word prints 本期目录 as it is (not 一、本期目录,
    which would number the sections off by one from the list), and the export reads back the same."""
    contents = "本期目录\n\n" + "".join(f"{to_chinese(n)}、{title}\n\n" for n, (title, _e) in enumerate(BODY, 1))
    source, db = tmp_path / "b.txt", tmp_path / "a.sqlite"
    source.write_text(_bulletin(FORMS["numbered"]).replace(MASTHEAD, MASTHEAD + contents), encoding="utf-8")
    assert main(["import", "--db", str(db), str(source)]) == 0
    out = tmp_path / "12.docx"
    assert main(["export", "--db", str(db), "12", "-o", str(out)]) == 0
    paragraphs = [p.text for p in docx.Document(str(out)).paragraphs]
    assert "本期目录" in paragraphs and "一、本期目录" not in paragraphs
    assert paragraphs.count("一、工作动态") == 2 and paragraphs.count("三、经验交流") == 1
    shown = [[(s["title"], [e["text"] for e in s["entries"]]) for s in data["sections"]]
             for data in _read_back(out, db, tmp_path / "b.sqlite", capsys)]
    assert shown[0] == shown[1] and shown[0][0] == ("本期目录", ["一、工作动态", "二、督查通报"])
