"""The Archive: the one owner of the SQLite file that holds every issue.

Every user action is one transaction. Writing needs the archive's write lock, held for
the Archive's lifetime; a read-only Archive takes no lock, so the command line can list,
show, search and export while the window has the archive open.
"""
from __future__ import annotations

import copy
import datetime as dt
import errno
import logging
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator, Mapping, Sequence

from ..model import Issue, Section, Series, Special, year_number_in_form
from ..safe_write import os_error_reason
from . import KEEP_BACKUPS, TRASH_RETENTION_DAYS, backup, schema, store
from .changes import ArchiveChange, ChangeNotices, Subscriber
from .connection import ArchiveConnection, Clock, check_sqlite_support, configure, connect, read_header, time_text
from .errors import (
    ArchiveCorruptError, ArchiveError, ArchiveNotCreatedError, ArchiveNotWritableError, ArchiveTooNewError,
    DuplicateIssueError,
    IssueNotFoundError, ReadOnlyArchiveError, SeriesNotFoundError, sqlite_reason,
)
from .lock import WriteLock
from .records import IssueSummary

if TYPE_CHECKING:
    from .auto_backup import AutoBackups
    from .search_records import SearchChoices, SearchFilters, SearchHit
    from .trash import TrashItem

# The trash, final issues, the search and automatic backups load when first used, not with
# every opening: the window reads its first issue through this class before it has the rest.

log = logging.getLogger(__name__)


def _duplicate(conn: sqlite3.Connection, issue_id: int) -> DuplicateIssueError:
    found = store.summary(conn, issue_id)
    assert found is not None, "the issue holding the number was just read in this transaction"
    return DuplicateIssueError(found)


def _quick_check(conn: sqlite3.Connection) -> list[str]:
    """["ok"], or what SQLite's quick check found wrong with the file."""
    return [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]


class Archive:
    """Open with ``Archive.open(path)``; use as a context manager or call ``close()``."""

    path: Path
    readonly: bool
    backups_dir: Path
    schema_version: int

    def __init__(self, path: Path, conn: sqlite3.Connection, lock: WriteLock | None, readonly: bool,
                 keep_backups: int | None, clock: Clock):
        self.path = path
        self.readonly = readonly
        self.backups_dir = backup.backups_dir_for(path)
        self.keep_backups = keep_backups
        self._connection: sqlite3.Connection | None = conn
        self.clock = clock
        self.auto_backups: AutoBackups | None = None
        self._lock = lock
        self._guard = threading.RLock()
        self._notices = ChangeNotices()
        self.schema_version = schema.user_version(conn)

    @property
    def clock(self) -> Clock:
        """The archive's one clock: every date it stores (rows, trash, records, backups'
        names) and every age it judges (trash retention, backup intervals) reads it. Tests
        set it to check them; for the clerk it is the wall clock."""
        return self._clock

    @clock.setter
    def clock(self, clock: Clock) -> None:
        self._clock = clock
        if isinstance(self._connection, ArchiveConnection):  # rows other packages write through it
            self._connection.clock = clock

    def today(self) -> dt.date:
        """The day by the archive's clock: a new issue's date, a submission's received day."""
        return self.clock().date()

    # -- opening and closing --------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, readonly: bool = False, keep_backups: int | None = KEEP_BACKUPS,
             auto_backup: bool = True, clock: Clock | None = None,
             trash_days: int | None = None, check: bool = True,
             backup_on_close: bool = True, purge_trash: bool = True) -> "Archive":
        """``check=False`` skips SQLite's check of the whole file (a tenth of a second on
        a thousand issues); the caller then runs ``check_in_background``. ``trash_days``:
        how long deleted things stay in the trash (None: the trash's own default).
        ``backup_on_close=False``: a one-shot command, whose closing takes no backup.
        A caller that does not know the clerk's numbers (the window's settings hold them)
        passes ``keep_backups=None`` (see ``backup.take_backup``) and ``purge_trash=False``,
        so that it never removes what the clerk asked to keep longer. ``clock``: see the
        ``clock`` property (None: the wall clock)."""
        check_sqlite_support()
        clock = clock or dt.datetime.now
        path = Path(path).expanduser().absolute()
        if path.is_dir():
            raise ArchiveError(f"{path} 是一个文件夹，不是档案库文件。")
        if readonly and not path.exists():
            raise ArchiveError(f"档案库文件不存在：{path}")
        lock: WriteLock | None = None
        if not readonly:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                lock = WriteLock(path)
                lock.acquire(clock())
            except OSError as exc:
                if path.exists() and exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                    raise ArchiveNotWritableError(path, os_error_reason(exc)) from None
                raise ArchiveError(f"无法在 {path.parent} 中建立或打开档案库：{os_error_reason(exc)}") from None
        new = not readonly and not path.exists()  # (under the lock: no one else makes it meanwhile)
        try:
            archive = cls._open_locked(path, readonly, keep_backups, lock, check, clock)
        except BaseException:
            if new:  # made just now and not finished (a full disk): no empty or half-made archive is left
                from .file_ops import remove_with_side_files

                remove_with_side_files(path)
            if lock is not None:
                lock.release()
            raise
        if not readonly:
            archive._after_open(auto_backup, trash_days, backup_on_close, purge_trash)
        return archive

    @classmethod
    def _open_locked(cls, path: Path, readonly: bool, keep_backups: int | None, lock: WriteLock | None,
                     check: bool, clock: Clock) -> "Archive":
        backups_dir = backup.backups_dir_for(path)

        def corrupt(detail: str) -> ArchiveCorruptError:
            return ArchiveCorruptError(path, detail, backup.newest_backup(backups_dir), clock)

        if path.exists() and path.stat().st_size > 0:
            is_sqlite, version = read_header(path)
            if not is_sqlite:
                raise corrupt("文件开头不是 SQLite 数据库")
            if version > schema.SCHEMA_VERSION:
                raise ArchiveTooNewError(path, version, schema.SCHEMA_VERSION)
        try:
            conn = connect(path, readonly)
        except sqlite3.Error as exc:
            raise ArchiveError(f"无法打开档案库 {path}：{sqlite_reason(exc)}") from None
        if isinstance(conn, ArchiveConnection):  # an upgrade's copy and rows are dated by it too
            conn.clock = clock
        try:
            try:
                version = int(conn.execute("PRAGMA user_version").fetchone()[0])
                if version > schema.SCHEMA_VERSION:  # the header on disk was stale (WAL)
                    raise ArchiveTooNewError(path, version, schema.SCHEMA_VERSION)
                problems = _quick_check(conn) if check else ["ok"]
                if problems != ["ok"]:
                    raise corrupt("；".join(problems[:3]))
                if version == 0 and not schema.is_blank(conn):  # ours have a version from their first step
                    raise ArchiveError(f"{path} 是 SQLite 数据库，但不是简报档案库（没有简报的数据），没有打开，文件保持原样。")
                configure(conn, readonly)  # (WAL mode is written into the file: only into one of ours)
            except sqlite3.DatabaseError as exc:
                raise corrupt(str(exc)) from None
            if version < schema.SCHEMA_VERSION:
                if readonly and schema.is_blank(conn):
                    raise ArchiveError(f"档案库文件是空的，里面还没有简报：{path}")
                if readonly:
                    raise ArchiveError(
                        f"档案库 {path} 的格式较旧，需要先用简报编辑器以可写方式打开一次完成升级。"
                    )
                from .upgrade import upgrade_connection

                upgrade_connection(conn, path, cls._migrate, clock())
            return cls(path, conn, lock, readonly, keep_backups, clock)
        except BaseException:
            conn.close()
            raise

    @staticmethod
    def _migrate(conn: sqlite3.Connection, path: Path) -> None:
        new = schema.is_blank(conn)  # being made, not upgraded: said so when it fails
        try:
            schema.migrate(conn)
        except sqlite3.Error as exc:
            if new:
                raise ArchiveNotCreatedError(path, sqlite_reason(exc)) from None
            raise ArchiveError(
                f"升级档案库格式失败（{sqlite_reason(exc)}），档案库保持升级前的状态：{path}"
            ) from None

    def close(self) -> None:
        """Closes the file; a backup started now or still being written is waited for at
        most a few seconds (``AutoBackups.finish``), then stopped leaving no partial file."""
        with self._guard:
            conn = self._connection
            if conn is None:
                return
            if self.auto_backups is not None:
                self.auto_backups.closing()  # its own connection: it outlives this one
            try:
                if not self.readonly:
                    try:  # keeps the query planner's statistics fresh; cheap when nothing changed
                        conn.execute("PRAGMA optimize")
                    except sqlite3.Error:
                        pass
                conn.close()
            finally:
                self._connection = None
        try:
            if self.auto_backups is not None:
                self.auto_backups.finish()
            if not self.readonly:
                self._fold_log()
        finally:
            if self._lock is not None:
                self._lock.release()

    _FOLD_WAIT_MS = 200  # a reader in another program (a search) does not hold up closing for long

    def _fold_log(self) -> None:
        """Every change into the archive's main file once its connections are done, the
        write-ahead log emptied: the file alone (copied to a USB stick, restored from) is the
        whole archive. The last connection to close does this by itself, but the backup's
        may outlive ours, and a read-only one cannot; a reader elsewhere may hold part of
        it back, which the next close folds in."""
        try:
            conn = sqlite3.connect(str(self.path), isolation_level=None)
            try:
                conn.execute(f"PRAGMA busy_timeout = {self._FOLD_WAIT_MS}")
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.close()
        except sqlite3.Error:
            pass  # the log stays beside the file, read with it the next time: nothing is lost

    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:
            pass

    # -- plumbing -------------------------------------------------------------------

    @property
    def _conn(self) -> sqlite3.Connection:
        if self._connection is None:
            raise ArchiveError(f"档案库 {self.path} 已关闭。")
        return self._connection

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        with self._guard:
            conn = self._conn
            try:
                yield conn
            except sqlite3.Error as exc:
                raise ArchiveError(f"读取档案库失败：{sqlite_reason(exc)}") from None

    @contextmanager
    def _transaction(self, action: str) -> Iterator[sqlite3.Connection]:
        """One user action: committed whole, or rolled back whole with a clear ArchiveError."""
        with self._guard:
            if self.readonly:
                raise ReadOnlyArchiveError(self.path)
            conn = self._conn
            try:
                conn.execute("BEGIN IMMEDIATE")
                before = conn.total_changes
                yield conn
                # rows written, triggers' included: an autosave of an issue as stored writes
                # none, and must not use up the hourly backup or make closing take one
                changed = conn.total_changes != before
                conn.execute("COMMIT")
                if self.auto_backups is not None and changed:
                    self.auto_backups.note_change()
            except BaseException as exc:
                if conn.in_transaction:
                    try:
                        conn.execute("ROLLBACK")
                    except sqlite3.Error:
                        log.exception("rollback failed")
                if isinstance(exc, sqlite3.Error):
                    raise ArchiveError(
                        f"{action}没有成功（{sqlite_reason(exc)}），档案库保持原样。"
                    ) from exc
                raise

    # -- change notices -------------------------------------------------------------

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """``callback(ArchiveChange)`` after every operation that changed data; returns
        the function that unsubscribes it."""
        return self._notices.subscribe(callback)

    # -- for the feature packages that keep tables of their own (units, inbox, statistics) --

    def reading(self):
        """``with archive.reading() as conn:`` a consistent read, errors as ArchiveError."""
        return self._reading()

    @contextmanager
    def transaction(self, action: str, change: ArchiveChange | None = None) -> Iterator[sqlite3.Connection]:
        """``with archive.transaction("合并单位") as conn:`` one user action, all or nothing;
        ``action`` names it in the message if it fails. Once committed, ``change`` (by default:
        the inbox, units or scoring changed) goes to the subscribers."""
        with self._transaction(action) as conn:
            yield conn
        self._notices.send(change or ArchiveChange(inbox_changed=True))

    # -- issues ---------------------------------------------------------------------

    def list_issues(self) -> list[IssueSummary]:
        with self._reading() as conn:
            return store.summaries(conn)

    def latest_issue_id(self) -> int | None:
        """The newest issue (the first one ``list_issues`` gives); None in an empty archive."""
        with self._reading() as conn:
            return store.latest_issue_id(conn)

    def find_issues(self, number: int, series: str | None = None) -> list[IssueSummary]:
        with self._reading() as conn:
            if series is None:
                return store.summaries(conn, "i.number = ?", (number,))
            return store.summaries(conn, "i.number = ? AND sr.name = ?", (number, series))

    def find_issues_by_year_number(self, number: int, year: int | None = None,
                                   series: str | None = None) -> list[IssueSummary]:
        """Issues numbered by the year (2024年第5期) with ``number`` in ``year`` (any year when
        None); a masthead that leaves the year out counts the year of its date."""
        if number < 1:  # no number within a year is 0 (store.TOTAL_ONLY marks 总第N期 alone)
            return []
        where = ["i.year_number = ?"]
        params: list[object] = [number]
        if year is not None:
            where.append("coalesce(i.number_year, CAST(substr(i.date, 1, 4) AS INTEGER)) = ?")
            params.append(year)
        if series is not None:
            where.append("sr.name = ?")
            params.append(series)
        with self._reading() as conn:
            return store.summaries(conn, " AND ".join(where), params)

    def summaries_of(self, issue_ids) -> list[IssueSummary]:
        with self._reading() as conn:
            return store.summaries_of(conn, issue_ids)

    def load_issue(self, issue_id: int) -> Issue:
        with self._reading() as conn:
            issue = store.load_issue(conn, issue_id)
        if issue is None:
            raise IssueNotFoundError(issue_id)
        return issue

    def add_issue(self, issue: Issue, *, replace: bool = False, new_series_layout: Mapping[str, Any] | None = None) -> int:
        """Store ``issue`` as a new issue (the import path). With ``replace``, an issue of
        the same series and number has its content replaced and keeps its id; what it held
        goes to the trash first, in the same transaction.
        ``new_series_layout``: the layout changes a series this issue starts is given (the
        form of its section headings, as the imported document printed them)."""
        store.make_uids_unique(issue)
        with self._transaction("导入这一期") as conn:
            now = self.now_text()  # the archive's clock: the replaced version's trash date too
            known = store.series_id(conn, issue.series)  # an imported issue names its series
            series_id = known if known is not None else store.ensure_series(conn, issue, now)
            if known is None and new_series_layout:
                store.set_series_layout(conn, series_id, dict(new_series_layout), now)
            existing = store.issue_with_number(conn, series_id, issue.number)
            if existing is None:
                issue_id = store.insert_issue(conn, issue, series_id, now)
            elif replace:
                issue_id = existing
                from . import finals

                finals.refuse_if_final(conn, issue_id)
                from . import trash

                issue.status = finals.DRAFT
                if store.load_issue(conn, issue_id) != issue:  # the same file again loses nothing
                    trash.keep_replaced_issue(conn, issue_id, now)
                store.update_issue(conn, issue_id, issue, series_id, now, keep_removed=False)
            else:
                raise _duplicate(conn, existing)
            from ..units.registry import register_bold_units

            register_bold_units(conn)
        issue.id, issue.series_id = issue_id, series_id
        self._notices.send(ArchiveChange(
            issues_added=frozenset({issue_id}) if existing is None else frozenset(),
            issues_changed=frozenset({issue_id}) if existing is not None else frozenset(),
            series_changed=frozenset({series_id}) if known is None else frozenset()))
        return issue_id

    def save_issue(self, issue: Issue) -> int:
        """The autosave path: insert a new issue, or bring a stored one up to date in place."""
        store.make_uids_unique(issue)
        with self._transaction("保存这一期") as conn:
            added, changed, series_changed = self._save_in(conn, issue, self.now_text())
        assert issue.id is not None and issue.series_id is not None
        self._notices.send(ArchiveChange(
            issues_added=frozenset({issue.id}) if added else frozenset(),
            issues_changed=frozenset({issue.id}) if changed and not added else frozenset(),
            series_changed=frozenset({issue.series_id}) if series_changed else frozenset()))
        return issue.id

    def _save_in(self, conn: sqlite3.Connection, issue: Issue, now: str, doing: str = "修改") -> tuple[bool, bool, bool]:
        """Write ``issue`` within the caller's transaction, setting its id and series id:
        whether it was added, whether anything changed, whether its series changed.
        ``doing``: what a final issue is said to refuse."""
        # the archive's clock: the removed parts' trash date too
        series_id, series_changed = store.series_for_save(conn, issue, now)
        other = store.issue_with_number(conn, series_id, issue.number, other_than=issue.id)
        if other is not None:
            raise _duplicate(conn, other)
        added = issue.id is None
        if issue.id is None:
            issue_id = store.insert_issue(conn, issue, series_id, now)
            changed: bool | None = True
        else:
            issue_id = issue.id
            from . import finals

            finals.refuse_if_final(conn, issue_id, doing)
            issue.status = finals.DRAFT  # the archive owns the status: finalize() and reopen()
            changed = store.update_issue(conn, issue_id, issue, series_id, now)
            if changed is None:
                raise IssueNotFoundError(issue_id)
        issue.id, issue.series_id = issue_id, series_id
        return added, bool(changed), series_changed

    def save_entry_move(self, source: Issue, target: Issue, uid: str) -> None:
        """An entry taken out of ``source`` and put into ``target`` (both changed in memory
        already; ``target`` may be a new issue, from ``next_issue``, started with the entry in
        it): both saved in one transaction, or neither. The entry keeps its uid, so what
        refers to it (the submission it was adopted from, its bonus flags) follows it, and the
        search index follows its row; it is moved, not deleted, so it does not go to the
        trash. A final issue on either side refuses."""
        if source.id is None or source.id == target.id:
            raise ValueError("an entry moves from a stored issue to another")
        store.make_uids_unique(source)
        store.make_uids_unique(target)
        with self._transaction("把条目移到另一期") as conn:
            from . import finals, trash

            now = self.now_text()
            finals.refuse_if_final(conn, source.id, "移出条目")
            finals.refuse_if_final(conn, target.id, "移入条目")
            # the source first: the entry's row leaves it before the target's is written, so
            # the uid is in one issue at a time (the adoption counts follow the rows)
            _added, _changed, source_series = self._save_in(conn, source, now, "移出条目")
            trash.forget_returned_parts(conn, source.id, [uid])  # the save kept it as a deletion
            started, _changed, target_series = self._save_in(conn, target, now, "移入条目")
            adopted = conn.execute("SELECT 1 FROM adoptions WHERE entry_uid = ?", (uid,)).fetchone() is not None
        assert target.id is not None
        self._notices.send(ArchiveChange(
            issues_added=frozenset({target.id}) if started else frozenset(),
            issues_changed=frozenset({source.id} if started else {source.id, target.id}),
            series_changed=frozenset(s.series_id for s, changed in ((source, source_series), (target, target_series))
                                     if changed and s.series_id is not None),
            inbox_changed=adopted))  # the statistics count an adopted entry for its new issue

    def delete_issue(self, issue_id: int) -> int:
        """Move the issue to the trash; the trash item's id."""
        with self._transaction("删除这一期") as conn:
            from . import finals, trash

            finals.refuse_if_final(conn, issue_id, "删除")
            item = trash.move_issue(conn, issue_id, self.now_text())
        self._notices.send(ArchiveChange(issues_deleted=frozenset({issue_id})))
        return item

    def next_issue(self, series: int | str | None = None, today: dt.date | None = None) -> Issue:
        """A new, unsaved issue that continues the latest one of ``series`` (its id, or its
        name); without one, the series of the newest issue. The 期号 form, the print run, the
        office and the closing block are the series' saved defaults when 存为本刊默认设置 was used
        (``Series.numbering`` set), else the latest issue's; the number within the year
        continues the latest issue's (第1期 in a new year)."""
        today = today or self.today()
        with self._reading() as conn:
            if series is None:
                row = conn.execute(f"SELECT i.series_id FROM issues i {store.NEWEST_FIRST} LIMIT 1").fetchone()
                if row is None:
                    row = conn.execute("SELECT id FROM series ORDER BY id LIMIT 1").fetchone()
                series = row[0] if row else ""
            defaults = store.get_series(conn, series) if series != "" else None
            if defaults is None and isinstance(series, int):
                raise SeriesNotFoundError(series)
            latest_row = conn.execute(
                "SELECT id FROM issues WHERE series_id = ? ORDER BY number DESC LIMIT 1",
                (defaults.id if defaults else None,)).fetchone()
            latest = store.load_issue(conn, latest_row[0]) if latest_row else None
            numbering = defaults.numbering if defaults else None
            year_count = 0
            if numbering is not None and (latest is None or latest.year_number is None
                                          or latest.year_number.number is None):
                # the year's first number to give: one more than the issues of the year so far
                year_count = conn.execute("SELECT count(*) FROM issues WHERE series_id = ? AND date LIKE ?",
                                          (defaults.id if defaults else None, f"{today.year}-%")).fetchone()[0]
        name = defaults.name if defaults else str(series)
        series_id = defaults.id if defaults else None
        year_number = latest.year_number.following(latest.date, today) if latest and latest.year_number else None
        print_copies = latest.print_copies if latest else None
        if numbering is not None:
            within = year_number.number if year_number is not None else None  # None too for 总第N期
            year_number = year_number_in_form(numbering.form, within if within is not None else year_count + 1,
                                              today.year)
            print_copies = numbering.print_copies
        if latest is None:
            defaults = defaults or Series(name=name)
            return Issue(series=name, number=1, date=today, office=defaults.office,
                         sections=[Section(title) for title in defaults.default_sections],
                         signoff=copy.deepcopy(defaults.signoff), distribution=copy.deepcopy(defaults.distribution),
                         year_number=year_number, print_copies=print_copies, marking=defaults.marking,
                         series_id=series_id)
        titles = defaults.default_sections if defaults and defaults.default_sections else [
            s.title for s in latest.sections]
        special = latest.special
        if special is not None and special.number is not None:
            special = Special(special.name, special.number + 1)
        # after 存为本刊默认设置 (numbering saved) the office and closing block are the saved
        # ones; before it, the series' own were only taken from its first issue: the latest's
        closing: Series | Issue = defaults if defaults is not None and numbering is not None else latest
        return Issue(series=name, number=latest.number + 1, date=today, office=closing.office, special=special,
                     sections=[Section(title) for title in titles], signoff=copy.deepcopy(closing.signoff),
                     distribution=copy.deepcopy(closing.distribution), year_number=year_number,
                     print_copies=print_copies, marking=closing.marking, series_id=series_id)

    # -- series ---------------------------------------------------------------------

    def list_series(self) -> list[Series]:
        with self._reading() as conn:
            return store.list_series(conn)

    def get_series(self, key: int | str) -> Series | None:
        """The series with this id (an int) or name (a str)."""
        with self._reading() as conn:
            return store.get_series(conn, key)

    def add_series(self, name: str) -> Series:
        """A new series with nothing but its name; DuplicateSeriesError if the name is taken."""
        with self._transaction("新建刊物") as conn:
            series_id = store.insert_series(conn, Series(name=name), self.now_text())
            series = store.get_series(conn, series_id)
        assert series is not None
        self._notices.send(ArchiveChange(series_changed=frozenset({series_id})))
        return series

    def rename_series(self, key: int | str, name: str) -> Series:
        """Rename the series with this id or name: one row renamed, every draft of it follows
        (a final issue keeps the name it was finalized with)."""
        with self._transaction("重命名刊物") as conn:
            series = store.get_series(conn, key)
            if series is None:
                raise SeriesNotFoundError(key)
            assert series.id is not None
            changed = store.rename_series(conn, series.id, name, self.now_text())
            series = store.get_series(conn, series.id)
        assert series is not None and series.id is not None
        if changed:
            self._notices.send(ArchiveChange(series_changed=frozenset({series.id})))
        return series

    def save_series(self, series: Series) -> int:
        """Store what new issues of ``series`` start from; returns its id."""
        with self._transaction("保存刊物设置") as conn:
            series_id = store.save_series(conn, series, self.now_text())
        series.id = series_id
        self._notices.send(ArchiveChange(series_changed=frozenset({series_id})))
        return series_id

    def save_defaults_from(self, issue: Issue) -> int:
        """存为本刊默认设置: new issues of ``issue``'s series start from its sections and closing
        block, and write their 期号 and print run as it does; returns the series' id."""
        return self.save_series(store.defaults_from_issue(issue))

    def series_layout(self, series_id: int) -> dict[str, Any]:
        """The layout options this series changes from the defaults (key: value, as JSON)."""
        with self._reading() as conn:
            return store.series_layout(conn, series_id)

    def set_series_layout(self, series_id: int, changes: dict[str, Any]) -> None:
        """Replace the layout options the series changes; ``{}`` gives it the defaults again."""
        with self._transaction("保存刊物版式") as conn:
            changed = store.set_series_layout(conn, series_id, dict(changes), self.now_text())
        if changed:
            self._notices.send(ArchiveChange(series_changed=frozenset({series_id})))

    # -- helpers for the editor -----------------------------------------------------

    def known_units(self) -> list[str]:
        with self._reading() as conn:
            rows = conn.execute(
                "SELECT unit FROM entries WHERE unit != '' GROUP BY unit ORDER BY count(*) DESC, max(id) DESC"
            ).fetchall()
            # then the registered units not yet printed in any entry
            registered = conn.execute("SELECT name FROM units WHERE active = 1 ORDER BY sort_order, id").fetchall()
        names = [r[0] for r in rows]
        seen = set(names)
        return names + [r[0] for r in registered if r[0] not in seen]

    def proofread(self):
        """The proofreader's queries and its memory (term list, ignores) in this archive."""
        from .proofread_queries import ProofreadQueries

        return ProofreadQueries(self)

    # -- search ---------------------------------------------------------------------

    def search(self, query: str, limit: int = 50, filters: SearchFilters | None = None) -> list[SearchHit]:
        """Entries holding every term of ``query``, newest issue first (see ``search``)."""
        with self._reading() as conn:
            from .search import search

            return search(conn, query, limit, filters)

    def search_choices(self) -> SearchChoices:
        """The series, years, section titles and units a search can be narrowed to."""
        with self._reading() as conn:
            from .search import choices

            return choices(conn)

    def now_text(self) -> str:
        """The archive's time as its rows are dated, by its one clock (``store.now_text``
        gives the same to code that holds only the connection); the trash's retention purge
        reads that clock too."""
        return time_text(self.clock())

    # -- trash ----------------------------------------------------------------------

    def trash_items(self) -> list[TrashItem]:
        with self._reading() as conn:
            from . import trash

            return trash.list_items(conn)

    def restore_from_trash(self, item_id: int, number: int | None = None) -> int:
        """Put an item back; the id of the issue it is in. A restored issue whose number is
        taken raises trash.NumberTakenError unless ``number`` gives another."""
        with self._transaction("从回收站恢复") as conn:
            from . import trash

            kind = trash.item_kind(conn, item_id)
            issue_id = trash.restore(conn, item_id, number)
        self._notices.send(ArchiveChange(issues_added=frozenset({issue_id}) if kind == "issue" else frozenset(),
                                         issues_changed=frozenset({issue_id}) if kind != "issue" else frozenset()))
        return issue_id

    def empty_trash(self) -> int:
        with self._transaction("清空回收站") as conn:
            from . import trash

            return trash.empty(conn)

    # -- final issues and export records --------------------------------------------

    def set_final(self, issue_id: int, final: bool) -> bool:
        """定稿 (or 撤销定稿), recorded with the time; False when it already was so."""
        with self._transaction("定稿" if final else "撤销定稿") as conn:
            from . import finals

            changed = finals.set_status(conn, issue_id, final, self.now_text())
        if changed:
            self._notices.send(ArchiveChange(issues_changed=frozenset({issue_id})))
        return changed

    def set_final_many(self, issue_ids: Sequence[int]) -> list[int]:
        """定稿 of several issues in one transaction; the ones that were drafts."""
        with self._transaction("定稿") as conn:
            now = self.now_text()
            from . import finals

            changed = [i for i in issue_ids if finals.set_status(conn, i, True, now)]
        if changed:
            self._notices.send(ArchiveChange(issues_changed=frozenset(changed)))
        return changed

    def final_count(self, series_id: int) -> int:
        """How many issues of the series are final: renaming it leaves their printed name."""
        with self._reading() as conn:
            from . import finals

            return finals.final_count(conn, series_id)

    def record_export(self, issue_id: int, fmt: str, path: Path, settings: dict | None = None) -> str:
        """Note that ``path`` was exported from the issue; its SHA-256."""
        return self.record_exports([(issue_id, fmt, Path(path), settings or {})])[0]

    def record_exports(self, records: Sequence[tuple[int, str, Path, dict]]) -> list[str]:
        """Note several exports (issue id, format, file, layout settings) in one
        transaction: all recorded or none; the SHA-256 of each, a file shared by several
        issues (a compilation) read once."""
        from . import finals

        digests: dict[Path, str] = {}
        for _issue_id, _fmt, path, _settings in records:
            if Path(path).absolute() not in digests:
                digests[Path(path).absolute()] = finals.file_sha256(Path(path))
        with self._transaction("记录导出") as conn:
            now = self.now_text()
            for issue_id, fmt, path, settings in records:
                finals.record_export(conn, issue_id, fmt, Path(path).absolute(), digests[Path(path).absolute()],
                                     settings, now)
        return [digests[Path(path).absolute()] for _i, _f, path, _s in records]

    def issue_history(self, issue_id: int) -> dict:
        """Status changes and export records of the issue, as ``show --json`` prints them."""
        with self._reading() as conn:
            from . import finals

            return finals.history_dict(conn, issue_id)

    def export_count(self, issue_id: int) -> int:
        with self._reading() as conn:
            return int(conn.execute("SELECT count(*) FROM exports WHERE issue_id = ?", (issue_id,)).fetchone()[0])

    # -- maintenance ----------------------------------------------------------------

    def backup_to(self, target: Path) -> None:
        with self._guard:
            backup.copy_to(self._conn, Path(target))

    def backup_now(self, manual: bool = False) -> Path:
        """A backup in the backups folder: a rotating one, or (``manual``: the clerk asked for
        it) one that is kept, never rotated away."""
        with self._guard:
            if manual:
                return backup.take_manual_backup(self._conn, self.path, self.backups_dir, self.clock())
            return backup.take_backup(self._conn, self.path, self.backups_dir, self.keep_backups, self.clock())

    def _after_open(self, auto_backup: bool, trash_days: int | None, backup_on_close: bool = True,
                    purge_trash: bool = True) -> None:
        """Trash past its retention goes; backups start (in the background). A failure here
        is logged and never stops the clerk."""
        if purge_trash:
            self._purge_trash(TRASH_RETENTION_DAYS if trash_days is None else trash_days)
        if not auto_backup:
            return
        from .auto_backup import AutoBackups, backup_failed

        self.auto_backups = AutoBackups(self.path, self.backups_dir, self.keep_backups, self.clock,
                                        on_close=backup_on_close)
        try:
            with self._guard:
                has_issues = self._conn.execute("SELECT 1 FROM issues LIMIT 1").fetchone() is not None
                # an issue saved or deleted last (a thousand rows: a scan is a millisecond)
                changed = self._conn.execute(
                    "SELECT max(coalesce((SELECT max(updated_at) FROM issues), ''), "
                    "coalesce((SELECT max(deleted_at) FROM trash), ''))").fetchone()[0]
            self.auto_backups.opened(has_issues, dt.datetime.fromisoformat(changed) if changed else None)
        except Exception as exc:
            log.warning("automatic backup of %s failed", self.path, exc_info=True, extra={"clerk": backup_failed(exc)})

    def _purge_trash(self, days: int) -> None:
        try:
            with self._reading() as conn:  # most openings have nothing to purge: no write then
                if conn.execute("SELECT 1 FROM trash LIMIT 1").fetchone() is None:
                    return  # nor the trash's module to load, at the window's start
                from . import trash

                cutoff = trash.purge_cutoff(self.clock(), days)
                due = conn.execute("SELECT 1 FROM trash WHERE deleted_at < ? LIMIT 1", (cutoff,)).fetchone()
            if due:
                with self._transaction("清理回收站") as conn:
                    trash.empty(conn, older_than=cutoff)
        except ArchiveError:
            log.warning("purging the trash of %s failed", self.path, exc_info=True,
                        extra={"clerk": "清理回收站中过期的内容没有成功，下次打开档案库时再试。"})

    def check_in_background(self, report: Callable[[ArchiveCorruptError], None]) -> threading.Thread:
        """SQLite's check of the whole file, skipped at opening (``check=False``), on a
        read-only connection of its own in another thread, so the window can show the
        issue meanwhile. ``report`` is called from that thread if the file is damaged."""
        def work() -> None:
            try:
                conn = connect(self.path, readonly=True)
                try:
                    conn.execute("PRAGMA cache_size = -512")  # it reads every page once: no cache to keep
                    problems = _quick_check(conn)
                finally:
                    conn.close()
            except sqlite3.DatabaseError as exc:
                problems = [str(exc)]
            except Exception:  # the file went away (closed, moved): nothing to report
                log.warning("background check of %s failed", self.path, exc_info=True)
                return
            if problems != ["ok"]:
                report(ArchiveCorruptError(self.path, "；".join(problems[:3]), backup.newest_backup(self.backups_dir),
                                           self.clock))

        thread = threading.Thread(target=work, name="archive-check", daemon=True)
        thread.start()
        return thread

    def integrity_check(self) -> str:
        """"ok", or what SQLite found wrong (the tables, then the search indexes)."""
        with self._guard:
            conn = self._conn
            try:
                problems = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
                if problems != ["ok"]:
                    return "\n".join(problems)
                if not self.readonly:  # the index checks are written as INSERT commands
                    for table in ("entries_fts", "entries_grams"):
                        conn.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
            except sqlite3.DatabaseError as exc:
                return str(exc)
            return "ok"
