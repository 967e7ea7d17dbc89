"""The SQLCipher connection: keyed with the raw data key, tuned for durability."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite3

    import sqlcipher3

from disclosure_helper import cancellation
from disclosure_helper.cancellation import Cancelled
from disclosure_helper.changes import ChangeLog, areas_written
from disclosure_helper.errors import (
    DiskFull,
    ReadOnlyStorage,
    StorageError,
    VaultCorrupt,
    VaultError,
    VaultLocked,
    VaultMissing,
    WrongPassphrase,
)
from disclosure_helper.memory import wipe

DB_NAME = "vault.db"
# How often SQLite asks whether to stop (in virtual machine steps): every few tens of
# microseconds of work, often enough that a cancelled search stops at once and rarely
# enough to cost nothing measurable.
PROGRESS_STEPS = 2000

# The driver loads on the first open, so the unlock screen appears without it. Every
# other use of `dbapi2` below runs on a Database, which only exists after an open.
dbapi2: Any = None


def _load_driver():
    global dbapi2
    import sqlcipher3

    if dbapi2 is None:
        dbapi2 = sqlcipher3.dbapi2
    return sqlcipher3


# SQLCipher's cipher_memory_security zeroes (and mlocks) every buffer SQLite allocates.
# benchmarks/bench_memory.py measures it: with 20,000 entries it makes search as you type
# about nine times slower (a median of 140 ms instead of 16 ms, 450 ms at the 95th
# percentile), a delay people would feel on every key press. The app gets nearly the same
# result another way: on glibc, memory.protect_process() has malloc overwrite every block
# it frees, which costs a few milliseconds a search. After lock the bench counts about 690
# copies of the marker text left that way, 670 with memory security, 2,400 with neither.
# SQLCipher wipes its own key material either way, and our copies of the key are wiped
# below. So it stays off; the benchmark sets this True to compare. It is process-wide and
# cannot be turned off again once on.
MEMORY_SECURITY = False


def key_pragma(data_key: bytes | bytearray) -> str:
    # A raw key skips SQLCipher's own PBKDF2: our key is already random, full-strength.
    # Callers wipe the returned text once SQLCipher has it (see memory.wipe).
    return f"\"x'{bytes(data_key).hex()}'\""


def _apply_key(conn, data_key: bytes | bytearray, prefix: str = "PRAGMA key = ") -> None:
    """Run a statement holding the key, then wipe our copies of its text.

    executescript, not execute: execute would keep the statement (key included) in the
    driver's statement cache for as long as the connection is open.
    """
    hexed = data_key.hex()  # a new string whichever type the key is
    pragma = f"\"x'{hexed}'\""
    sql = prefix + pragma + ";"
    try:
        conn.executescript(sql)
    finally:
        for value in (sql, pragma, hexed):
            wipe(value)


def translate_error(exc: Exception) -> Exception:
    """Map an SQLite error to a kind VaultError. Never includes SQL or content."""
    text = str(exc).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFull()
    if "readonly" in text or "read-only" in text or "attempt to write a readonly" in text:
        return ReadOnlyStorage()
    if "disk i/o" in text:
        return StorageError()
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return VaultCorrupt()
    return StorageError()


class Database:
    """A thin owner of one SQLCipher connection, shared by the repositories.

    Autocommit mode with explicit transactions, so a returned `transaction()` block
    is durable (synchronous=FULL) and nothing is left half-written on a crash.
    The connection may be used from the app's one database worker thread as well as
    the GUI thread, so a lock serialises access. An unlocked vault `share`s a second
    connection for threads other than the one that opened it: a long read on the
    worker then never keeps the GUI thread waiting (WAL lets both read while one
    writes).

    Work running under a `cancellation` token stops mid-statement when the token is
    cancelled (raising `Cancelled`; a write in progress is rolled back whole). Closing
    stops whatever statement is running, waits for it to unwind, and from then on every
    use raises `VaultLocked`: a worker still holding this object learns the vault
    locked, rather than failing somewhere odd.
    """

    def __init__(
        self, conn: sqlcipher3.Connection, path: Path | None = None, read_only: bool = False
    ) -> None:
        self._conn: sqlcipher3.Connection | None = conn
        self._lock = threading.RLock()
        self._depth = 0
        self.path = path
        self.read_only = read_only
        self._identity = _identity(path) if path is not None else None
        self._closing = False
        self._owner = threading.get_ident()
        self._side: Database | None = None
        # What the open transaction has written, reported to `changes` once committed.
        self._written: set[str] = set()
        self.changes = ChangeLog()
        conn.set_progress_handler(self._progress, PROGRESS_STEPS)

    def share(self, side: Database) -> None:
        """Serve threads other than this one through `side`, a second connection to the
        same file (opened with the same key). Closing this closes both."""
        self._side = side
        side.changes = self.changes

    def _route(self) -> Database | None:
        """The second connection, when the calling thread should use it."""
        side = self._side
        if side is not None and threading.get_ident() != self._owner:
            return side
        return None

    def _progress(self) -> int:
        """SQLite's progress callback: non-zero stops the running statement."""
        return 1 if self._closing or cancellation.is_cancelled() else 0

    def _connection(self) -> sqlcipher3.Connection:
        conn = self._conn
        if conn is None:
            raise VaultLocked()
        return conn

    def _stopped(self) -> VaultError:
        return VaultLocked() if self._closing or self._conn is None else Cancelled()

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        """Kind errors for everything a statement can raise, while running or fetching."""
        try:
            yield
        except dbapi2.IntegrityError:
            raise
        except dbapi2.OperationalError as exc:
            if _is_interrupt(exc):
                raise self._stopped() from None
            if _is_query_error(exc):
                raise
            raise translate_error(exc) from None
        except dbapi2.DatabaseError as exc:
            if self._conn is None:
                raise VaultLocked() from None
            raise translate_error(exc) from None

    @classmethod
    def open(
        cls,
        folder: Path,
        data_key: bytes | bytearray,
        create: bool = False,
        read_only: bool = False,
    ) -> Database:
        path = Path(folder) / DB_NAME
        if not create:
            if not path.exists():
                raise VaultCorrupt("The vault's data file is missing. Nothing has been changed.")
            if path.stat().st_size == 0:
                # SQLite would treat an empty file as a new database and write to it.
                raise VaultCorrupt()
        driver = _load_driver()
        if not read_only:
            # A file: URI, so an ATTACH later can name its file in plain ASCII (see export_to).
            conn = cls._connect(driver, path.absolute().as_uri(), data_key, create,
                                read_only=False)
        else:
            # mode=ro: SQLite never writes. A WAL database in a read-only folder cannot
            # make its shared-memory file, so when nothing waits in the WAL (there never
            # is after a clean close) it is opened as immutable instead.
            uri = path.absolute().as_uri() + "?mode=ro"
            try:
                conn = cls._connect(driver, uri, data_key, create, read_only=True)
            except ReadOnlyStorage:
                wal = path.with_name(path.name + "-wal")
                if wal.exists() and wal.stat().st_size > 0:
                    raise ReadOnlyStorage(
                        "The vault has changes that were not finished being saved, and its "
                        "folder cannot be written to, so it cannot be opened here. Nothing "
                        "has been changed. Copy the folder somewhere you can write to."
                    ) from None
                conn = cls._connect(driver, uri + "&immutable=1", data_key, create,
                                    read_only=True)
        return cls(conn, path, read_only)

    @staticmethod
    def _connect(driver, target: str, data_key: bytes | bytearray, create: bool,
                 read_only: bool):
        try:
            conn = driver.connect(target, uri=True, isolation_level=None,
                                  check_same_thread=False, timeout=5.0)
        except dbapi2.Error as exc:
            raise translate_error(exc) from None
        try:
            # SQLCipher's own log would print page errors to stderr; we report them ourselves.
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(
                f"PRAGMA cipher_memory_security = {'ON' if MEMORY_SECURITY else 'OFF'}"
            )
            _apply_key(conn, data_key)
            # The first read proves the key: a wrong key or a damaged header fails here.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if not create and conn.execute("PRAGMA user_version").fetchone()[0] == 0:
                raise VaultCorrupt()
            pragmas = ["foreign_keys = ON", "temp_store = MEMORY", "busy_timeout = 5000"]
            if not read_only:
                conn.execute("PRAGMA journal_mode = WAL").fetchone()
                pragmas += ["synchronous = FULL", "secure_delete = ON"]
            for pragma in pragmas:
                conn.execute(f"PRAGMA {pragma}")
        except VaultCorrupt:
            conn.close()
            raise
        except dbapi2.Error as exc:
            conn.close()
            if "not a database" in str(exc).lower() and not create:
                # The key came from a slot that unwrapped correctly, so the file is damaged.
                raise VaultCorrupt() from None
            raise translate_error(exc) from None
        return conn

    def ensure_present(self) -> None:
        """VaultMissing when the file we opened is no longer where it was.

        SQLite keeps writing to an open file even after its folder is deleted or its
        drive unplugged, and every "saved" word would then vanish at close. Checking the
        file's identity (device and inode) at the path costs one stat per write.
        """
        if self._identity is None or self.path is None:
            return
        try:
            now = _identity(self.path)
        except OSError:
            raise VaultMissing() from None
        if now != self._identity:
            raise VaultMissing()

    # -- queries -------------------------------------------------------------

    def execute(self, sql: str, params: Sequence[Any] | dict = ()) -> sqlite3.Cursor:
        side = self._route()
        if side is not None:
            return side.execute(sql, params)
        with self._lock, self._errors():
            cursor = self._connection().execute(sql, params)
        self._wrote(sql)
        return cursor

    def _wrote(self, sql: str) -> None:
        """Note what a statement that ran without error changed (a cheap look at its
        first words): in a transaction, for its commit; otherwise it is committed now."""
        areas = areas_written(sql)
        if not areas:
            return
        if self._depth:
            self._written.update(areas)
        else:
            self.changes.committed(areas)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        side = self._route()
        if side is not None:
            return side.executemany(sql, rows)
        with self._lock, self._errors():
            self._connection().executemany(sql, rows)
        self._wrote(sql)

    def query(self, sql: str, params: Sequence[Any] | dict = ()) -> list[tuple]:
        side = self._route()
        if side is not None:
            return side.query(sql, params)
        with self._lock, self._errors():
            rows = self._connection().execute(sql, params).fetchall()
        self._wrote(sql)  # UPDATE ... RETURNING writes too
        return rows

    def query_one(self, sql: str, params: Sequence[Any] | dict = ()) -> tuple | None:
        side = self._route()
        if side is not None:
            return side.query_one(sql, params)
        with self._lock, self._errors():
            row = self._connection().execute(sql, params).fetchone()
        self._wrote(sql)
        return row

    def scalar(self, sql: str, params: Sequence[Any] | dict = ()) -> Any:
        row = self.query_one(sql, params)
        return None if row is None else row[0]

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """BEGIN IMMEDIATE … COMMIT; nested blocks join the outer one."""
        side = self._route()
        if side is not None:
            with side.transaction():
                yield self
            return
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self
                finally:
                    self._depth -= 1
                return
            self.ensure_present()
            self.execute("BEGIN IMMEDIATE")
            self._depth = 1
            self._written.clear()
            try:
                yield self
            except BaseException:
                self._depth = 0
                self._written.clear()
                self._rollback()
                raise
            self._depth = 0
            try:
                self.ensure_present()
            except VaultMissing:
                self._rollback()
                raise
            written, self._written = frozenset(self._written), set()
            try:
                self._connection().execute("COMMIT")
            except dbapi2.Error as exc:
                self._rollback()
                if _is_interrupt(exc):
                    raise self._stopped() from None
                raise translate_error(exc) from None
        self.changes.committed(written)

    def _rollback(self) -> None:
        # SQLite may already have rolled back (an interrupted write does so itself).
        if self._conn is not None:
            with contextlib.suppress(dbapi2.Error):
                self._conn.execute("ROLLBACK")

    # -- maintenance ---------------------------------------------------------

    @property
    def user_version(self) -> int:
        return int(self.scalar("PRAGMA user_version"))

    def integrity_problems(self) -> list[str]:
        """Empty when both SQLite's and SQLCipher's page checks pass."""
        problems = [r[0] for r in self.query("PRAGMA cipher_integrity_check")]
        problems += [r[0] for r in self.query("PRAGMA integrity_check") if r[0] != "ok"]
        return problems

    def export_to(self, dest: Path, data_key: bytes) -> None:
        """Write a consistent, encrypted copy of the whole database to `dest`."""
        side = self._route()
        if side is not None:
            return side.export_to(dest, data_key)
        with self._lock:
            # The path goes in as a percent-encoded file: URI, so the statement holding the
            # key is plain ASCII and can be wiped (executescript takes no parameters).
            literal = "'" + Path(dest).absolute().as_uri().replace("'", "''") + "'"
            try:
                _apply_key(self._connection(), data_key,
                           f"ATTACH DATABASE {literal} AS snapshot KEY ")
            except dbapi2.DatabaseError as exc:
                raise translate_error(exc) from None
            try:
                self.execute("SELECT sqlcipher_export('snapshot')")
                version = self.user_version
                self.execute(f"PRAGMA snapshot.user_version = {int(version)}")
            finally:
                self.execute("DETACH DATABASE snapshot")

    def checkpoint(self) -> None:
        with contextlib.suppress(StorageError, dbapi2.Error):
            self.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def interrupt(self) -> None:
        """Stop the statements running now on any thread (they raise `Cancelled`)."""
        for db in (self, self._side):
            conn = db._conn if db is not None else None
            if conn is not None:
                conn.interrupt()

    def close(self, checkpoint: bool = True) -> None:
        """Stop any running statement, wait for it to unwind, then close for good."""
        self._closing = True  # a statement on another thread stops at its next check
        if self._side is not None:
            self._side.close(checkpoint=False)
        with self._lock:
            # Holding the lock, nothing else can start a statement: let the checkpoint run.
            self._closing = False
            if self._conn is not None:
                if checkpoint:
                    with contextlib.suppress(dbapi2.Error):
                        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                self._conn.close()
                self._conn = None

    @property
    def closed(self) -> bool:
        return self._conn is None


def _identity(path: Path) -> tuple[int, int]:
    info = os.stat(path)
    return info.st_dev, info.st_ino


def _is_interrupt(exc: Exception) -> bool:
    return "interrupted" in str(exc).lower()


def _is_query_error(exc: Exception) -> bool:
    """Programming errors (bad SQL, FTS syntax) stay as they are for the caller to handle."""
    text = str(exc).lower()
    return any(
        marker in text
        for marker in ("syntax error", "no such", "fts5", "unterminated", "malformed match")
    )


__all__ = ["Database", "WrongPassphrase", "DB_NAME", "key_pragma"]
