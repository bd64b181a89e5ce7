"""An archive of version 18 upgraded through migrations 19 to 21 at once: its entries signed
with their own unit (and their writer) keep printing the unit after the date, and its joint
submissions get the co-senders their text gives a submission registered today: the
migrations read with today's rules on purpose (schema._signed_units_printed,
schema._fill_co_senders say why)."""
from __future__ import annotations

import datetime as dt
import sqlite3

from bulletin_desktop.core.archive import Archive, connection, schema
from bulletin_desktop.core.inbox import NewSubmission, add_submissions, get_submission
from bulletin_desktop.core.model import Item
from bulletin_desktop.core.richtext import Run, plain
from bulletin_desktop.core.units import registry
from bulletin_desktop.core.units.detect import joint_senders

from older_archive import older_archive
from test_archive_support import plain_issue

UNITS = ("市应急管理局", "市消防救援支队", "市住房和城乡建设局", "临颍县")
TEXTS = (  # (the sender, the submission's body)
    ("市应急管理局", "报送单位：市应急管理局、市消防救援支队\n11月22日，开展消防安全联合检查。"),
    ("市住房和城乡建设局", "11月23日，开展燃气安全检查。\n（市住建局　市应急局）"),
    ("临颍县", "联合报送：临颍县应急管理局 和 市消防救援支队\n11月24日，开展演练。"),
    ("市应急管理局", "报送单位：市应急管理局\n11月25日，开展培训。"),
)


def _older(path) -> None:
    issue = plain_issue(3, dt.date(2022, 11, 28), ["开展汛前检查。"])
    entry = issue.sections[0].entries[0]
    assert isinstance(entry, Item)
    entry.date, entry.unit, entry.body = "11月15日", "县应急局", (Run("开展汛前检查。（县应急局　张三）"),)
    older_archive(path, issue, version=18)
    conn = sqlite3.connect(path, isolation_level=None)
    connection.register_functions(conn)
    conn.execute("BEGIN")
    for name in UNITS:
        conn.execute("INSERT INTO units (name, category, created_at) VALUES (?, '', '2022-11-01 08:00:00')", (name,))
        conn.execute("INSERT INTO unit_names (name, unit_id) SELECT name, id FROM units WHERE name = ?", (name,))
    for unit, body in TEXTS:
        conn.execute("INSERT INTO submissions (received, unit_id, title, body, source, created_at) VALUES "
                     "('2022-11-26', (SELECT id FROM units WHERE name = ?), '来稿', ?, '粘贴', '2022-11-26 09:00:00')",
                     (unit, body))
    conn.execute("UPDATE entries SET text = '11月15日，县应急局开展汛前检查。（县应急局　张三）'")
    conn.execute("COMMIT")
    conn.close()


def test_an_archive_of_version_18_upgrades_through_19_to_21(tmp_path):
    path = tmp_path / "old.sqlite"
    _older(path)
    with Archive.open(path, auto_backup=False) as archive:
        assert archive.schema_version == schema.SCHEMA_VERSION
        entry = archive.load_issue(archive.list_issues()[0].id).sections[0].entries[0]
        assert plain(entry.rich) == "11月15日，县应急局开展汛前检查。（县应急局　张三）"  # as printed before
        assert entry.rich[1] == Run("县应急局", True)
        upgraded = [get_submission(archive, sid).joint_units for sid in range(1, len(TEXTS) + 1)]
    assert upgraded[0] == ["市消防救援支队"] and upgraded[3] == []
    # what the same texts registered today are given
    with Archive.open(tmp_path / "new.sqlite", auto_backup=False) as archive:
        for name in UNITS:
            registry.add_unit(archive, name)
        items = [NewSubmission(dt.date(2022, 11, 26), registry.find_unit(archive, unit).id, "来稿", body, "粘贴",
                               joint=joint_senders(body)) for unit, body in TEXTS]
        today = [get_submission(archive, sid).joint_units for sid in add_submissions(archive, items)]
    assert upgraded == today


def test_the_upgrade_reads_only_tables_of_the_versions_before_it(tmp_path):
    """Migration 20 against version 19's tables alone: a later column read by it would fail here."""
    path = tmp_path / "old.sqlite"
    _older(path)
    conn = sqlite3.connect(path, isolation_level=None)
    connection.register_functions(conn)
    assert schema.migrate(conn, target=21) == [19, 20, 21]
    assert conn.execute("SELECT count(*) FROM submission_units").fetchone()[0] >= 1
    conn.close()
