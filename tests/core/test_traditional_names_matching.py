"""A bulletin or a unit written in traditional characters (a template set in Hong Kong or
Taiwan, an input method left so, text pasted from a traditional page) finds the series or
unit the archive already has in simplified: it does not start a bulletin or a unit of its
own beside it, so the issue list and the statistics do not split. Where nothing folds to
it, it is new, as written."""
from __future__ import annotations

import json

from bulletin_desktop.cli import main
from bulletin_desktop.core.archive import Archive
from bulletin_desktop.core.importing import join_stored_series, read_file
from bulletin_desktop.core.richtext import plain
from bulletin_desktop.core.textformat import read_text
from bulletin_desktop.core.units import registry


def bulletin(name: str, number: int, office: str, entries: list[str]) -> str:
    return (f"{name}\n第{number}期\n{office}　　2025年4月{number}日\n【工作动态】\n"
            + "\n".join(entries) + "\n送：各乡镇、各有关单位。\n")


SIMPLIFIED = bulletin("许昌市防汛工作简报", 7, "许昌市防汛抗旱指挥部办公室",
                      ["4月2日，**市水利局**组织开展汛前检查。"])
TRADITIONAL = bulletin("許昌市防汛工作簡報", 8, "許昌市防汛抗旱指揮部辦公室",
                       ["4月6日，**市水利局**召開防汛會議，部署汛前準備工作。"])


def imported_into(archive: Archive, path) -> tuple[int, list[str]]:
    imported = read_file(path)
    stored = archive.get_series(imported.issue.series)
    join_stored_series(imported, stored.name if stored is not None else None)
    return archive.add_issue(imported.issue), imported.warnings


def test_a_masthead_in_traditional_characters_joins_the_simplified_series(tmp_path):
    (tmp_path / "7.txt").write_text(SIMPLIFIED, encoding="utf-8")
    (tmp_path / "8.txt").write_text(TRADITIONAL, encoding="utf-8")
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        imported_into(archive, tmp_path / "7.txt")
        issue_id, warnings = imported_into(archive, tmp_path / "8.txt")
        assert [s.name for s in archive.list_series()] == ["许昌市防汛工作简报"]
        assert any("許昌市防汛工作簡報" in w and "许昌市防汛工作简报" in w for w in warnings)
        issue = archive.load_issue(issue_id)
        # the issue's own text is kept as written
        assert issue.office == "許昌市防汛抗旱指揮部辦公室"
        assert "召開防汛會議" in plain(issue.sections[0].entries[0].body)
        assert sorted(s.number for s in archive.list_issues()) == [7, 8]


def test_the_archive_finds_a_series_by_its_traditional_name(tmp_path):
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        archive.add_issue(read_text(SIMPLIFIED))
        # the import path stores by name too: no second series even without the note
        archive.add_issue(read_text(TRADITIONAL))
        assert [s.name for s in archive.list_series()] == ["许昌市防汛工作简报"]
        assert archive.get_series("許昌市防汛工作簡報").name == "许昌市防汛工作简报"


def test_a_traditional_name_nothing_folds_to_is_a_new_series_as_written(tmp_path):
    (tmp_path / "8.txt").write_text(TRADITIONAL, encoding="utf-8")
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        archive.add_issue(read_text(bulletin("平顶山市安全生产简报", 3, "平顶山市应急管理局", ["4月1日，开会。"])))
        _issue_id, warnings = imported_into(archive, tmp_path / "8.txt")
        assert sorted(s.name for s in archive.list_series()) == ["平顶山市安全生产简报", "許昌市防汛工作簡報"]
        assert not any("繁简" in w for w in warnings)


def test_the_command_line_import_says_so_and_keeps_one_series(tmp_path, capsys):
    db = tmp_path / "a.sqlite"
    (tmp_path / "7.txt").write_text(SIMPLIFIED, encoding="utf-8")
    (tmp_path / "8.txt").write_text(TRADITIONAL, encoding="utf-8")
    assert main(["import", "--db", str(db), str(tmp_path / "7.txt")]) == 0
    capsys.readouterr()
    assert main(["import", "--db", str(db), "--json", str(tmp_path / "8.txt")]) == 0
    [done] = json.loads(capsys.readouterr().out)
    assert done["series"] == "许昌市防汛工作简报"
    assert any("許昌市防汛工作簡報" in w for w in done["warnings"])
    assert main(["list", "--db", str(db), "--series", "許昌市防汛工作簡報", "--json"]) == 0
    assert sorted(row["number"] for row in json.loads(capsys.readouterr().out)) == [7, 8]


def county(office: str, number: int, entries: list[str]) -> str:
    return bulletin("西平县应急管理简报", number, office, entries)


def test_a_bold_unit_in_traditional_characters_counts_for_the_registered_unit(tmp_path):
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        archive.add_issue(read_text(county("西平县应急管理局", 1, ["4月1日，**县住房和城乡建设局**开展燃气检查。"])))
        before = {u.name for u in registry.list_units(archive)}
        archive.add_issue(read_text(county("西平县应急管理局", 2, ["4月8日，**縣住房和城鄉建設局**開展自建房排查。",
                                                                   "4月9日，**縣住建局**約談兩家企業。"])))
        assert {u.name for u in registry.list_units(archive)} == before
        unit = registry.find_unit(archive, "县住房和城乡建设局")
        assert unit is not None and {"縣住房和城鄉建設局", "縣住建局"} <= set(unit.aliases)
        with archive.reading() as conn:
            counted = conn.execute("SELECT count(*) FROM entry_units WHERE unit_id = ?", (unit.id,)).fetchone()[0]
        assert counted == 3


def test_a_unit_option_in_traditional_characters_finds_the_unit(tmp_path):
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        registry.add_unit(archive, "西平县应急管理局")
        assert registry.resolve_unit(archive, "西平縣應急管理局").name == "西平县应急管理局"
        assert registry.find_unit(archive, "西平縣應急局").name == "西平县应急管理局"
        with archive.reading() as conn:
            assert registry.known_unit(conn, "西平縣應急管理局").name == "西平县应急管理局"
        # nothing registered folds to it: still unknown, not someone else's
        assert registry.find_unit(archive, "上蔡縣應急管理局") is None


def test_a_city_s_level_only_unit_in_traditional_characters_is_not_registered(tmp_path):
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        archive.add_issue(read_text(bulletin("驻马店市安全生产简报", 4, "驻马店市应急管理局",
                                             ["4月3日，**縣應急局**開展督導檢查。"])))
        assert registry.find_unit(archive, "縣應急局") is None
        assert "縣應急局" not in {u.name for u in registry.list_units(archive)}


def test_a_signature_in_traditional_characters_counts_for_the_registered_unit(tmp_path):
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        registry.add_unit(archive, "上蔡县应急管理局")
        archive.add_issue(read_text(bulletin("驻马店市安全生产简报", 5, "驻马店市应急管理局",
                                             ["4月3日，開展督導檢查，排查隱患12處。（上蔡縣應急管理局）"])))
        unit = registry.find_unit(archive, "上蔡县应急管理局")
        with archive.reading() as conn:
            counted = conn.execute("SELECT count(*) FROM entry_units WHERE unit_id = ?", (unit.id,)).fetchone()[0]
        assert counted == 1


def test_a_unit_typed_in_traditional_characters_becomes_the_unit_s_alias(tmp_path):
    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        registry.add_unit(archive, "郾城区市场监督管理局")
        assert [u.name for u in registry.alias_typed_writing(archive, "郾城區市場監管局")] == ["郾城区市场监督管理局"]
        assert "郾城區市場監管局" in registry.find_unit(archive, "郾城区市场监督管理局").aliases


def test_a_unit_registered_apart_in_traditional_characters_is_listed_as_likely_the_same(tmp_path):
    from bulletin_desktop.core.units.same_unit import likely_same

    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        registry.add_unit(archive, "县应急管理局")
        registry.add_unit(archive, "县卫生健康委员会")
        registry.add_unit(archive, "縣應急管理局")  # (as an archive filled before the fold holds it)
        registry.add_unit(archive, "縣衛健委")
        pairs = {(p.source, p.target) for p in likely_same(archive)}
        assert {("縣應急管理局", "县应急管理局"), ("縣衛健委", "县卫生健康委员会")} <= pairs
        assert not any(p.target.startswith("縣") for p in likely_same(archive))


def test_a_new_bulletin_named_so_is_refused_naming_the_archive_s(tmp_path):
    from bulletin_desktop.core.archive import DuplicateSeriesError

    with Archive.open(tmp_path / "a.sqlite", auto_backup=False) as archive:
        archive.add_series("许昌市防汛工作简报")
        try:
            archive.add_series("許昌市防汛工作簡報")
        except DuplicateSeriesError as refused:
            assert "《许昌市防汛工作简报》" in refused.message
        else:
            raise AssertionError("a second series of the same name in traditional characters was made")
