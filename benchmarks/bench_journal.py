"""Journal at scale: search, save, first page and memory with 20,000 entries.

Every app number sits next to raw SQLCipher doing the same work in the same run:
a table with the same text columns, an FTS5 external-content index with the same
tokenizer kept by the same kind of triggers, the same pragmas, the same key type.

    python benchmarks/bench_journal.py [--entries N] [--saves N] [--queries N]

Entries are created through the public API (`vault.journal.add_many`, then
`add`/`update` for the timed saves). Memory is measured in fresh processes: one
opening the full vault, one opening an empty vault, both doing the same reads.
"""

from __future__ import annotations

import argparse
import random
import secrets
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import sqlcipher3  # noqa: E402

from benchmarks.common import percentile, print_table  # noqa: E402
from disclosure_helper.database import key_pragma  # noqa: E402
from disclosure_helper.insights import Insights  # noqa: E402
from disclosure_helper.journal import Entry, EntryQuery  # noqa: E402
from disclosure_helper.kdf import KdfParams  # noqa: E402
from disclosure_helper.keystore import MemoryKeyStore  # noqa: E402
from disclosure_helper.migrations.v0003_journal import TOKENIZER  # noqa: E402
from disclosure_helper.templates import strategies  # noqa: E402
from disclosure_helper.vault import Vault  # noqa: E402

PASSPHRASE = "benchmark passphrase, not a secret"
# Unlock speed is measured by bench_unlock; here it would only slow the setup.
BENCH_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
PAGE = 50
FRAME_MS = 16.0
MEMORY_BUDGET_MB = 60.0

# -- realistic text -------------------------------------------------------------------

_COMMON = (
    "the a and to i of it was in that my me he she they we at for on with but not so "
    "had have be is this what about all just like felt said did when then there after "
    "again today work shift team day time one more them their out up know think really"
).split()
_DOMAIN = (
    "nurse manager supervisor peer worker support staff ward meeting client person "
    "recovery lived experience prejudice discrimination respect boundary colleague "
    "handover notes policy shift lead break lunch office phone email training rota "
    "tired anxious angry calm proud hurt dismissed ignored heard valued listened "
    "chest shoulders headache sleep breathe walk coffee tea home bus rain evening "
    "morning night weekend family friend partner advocacy union rights disclosure "
    "medication diagnosis therapist group session plan goal hope choice voice "
    "afraid confident frustrated relieved exhausted grateful lonely connected safe "
    "unsafe comment joke remark assumption label file record witness apology change "
    "decision question answer story trust honest open careful gentle strong small"
).split()
_RARE = (
    "kaleidoscope marmalade quietude lighthouse sycamore pilgrimage harmonica "
    "origami tapestry compass lantern meadow archipelago velvet riverbank thimble "
    "cartography saffron juniper mosaic porcelain glacier hummingbird labyrinth "
    "café résumé naïve façade jalapeño über piñata señora coöperate déjà"
).split()
_WORDS = _COMMON + _DOMAIN + _RARE
# Zipf-like: a few words are everywhere, most are uncommon, as in real writing.
_WEIGHTS = [1.0 / (rank + 8) for rank in range(len(_WORDS))]
_TAGS = [
    "work", "team", "ward", "nights", "supervision", "union", "boundaries", "family",
    "sleep", "wins", "training", "manager", "records", "recovery", "advocacy", "self care",
    "peer group", "interview", "new job", "rights", "health", "🙂", "café", "weekend",
]
_KIND_MIX = [
    ("checkin", 40), ("after_shift", 22), ("free", 15), ("incident", 9),
    ("reflection", 8), ("disclosure_followup", 6),
]


def _sentence(rng: random.Random) -> str:
    words = rng.choices(_WORDS, _WEIGHTS, k=rng.randint(6, 18))
    words[0] = words[0].capitalize()
    return " ".join(words) + rng.choice((".", ".", ".", "!", "?"))


def _text(rng: random.Random, sentences: tuple[int, int]) -> str:
    return " ".join(_sentence(rng) for _ in range(rng.randint(*sentences)))


def make_entry(rng: random.Random, when: datetime) -> Entry:
    kind = rng.choices([k for k, _ in _KIND_MIX], [w for _, w in _KIND_MIX])[0]
    tags = rng.sample(_TAGS, rng.choice((0, 1, 1, 2, 3)))
    if kind == "checkin":
        return Entry(
            kind=kind,
            body=_sentence(rng) if rng.random() < 0.6 else "",
            fields={"mood": rng.randint(1, 5), "energy": rng.randint(1, 5),
                    "stress": rng.randint(1, 5)},
            tags=tags,
            occurred_at=when,
        )
    title = " ".join(rng.choices(_WORDS, _WEIGHTS, k=rng.randint(2, 6))).capitalize()
    fields: dict = {}
    if kind == "after_shift":
        fields = {
            "felt": _text(rng, (1, 3)),
            "prejudice": rng.choice(("yes", "not_sure", "no")),
            "strategies": rng.sample([s.id for s in strategies()], rng.randint(0, 3)),
            "me_or_system": _text(rng, (1, 2)),
            "need_now": _sentence(rng),
            "mattered": _sentence(rng),
        }
    elif kind == "incident":
        fields = {
            "where": rng.choice(("Ward 3", "Team meeting", "Email", "Corridor", "Phone")),
            "who": rng.choice(("J.B., shift lead", "Manager", "A.K.", "Two nurses")),
            "witnesses": rng.choice(("", "P.S.", "The whole team")),
            "affect": _text(rng, (1, 3)),
            "response": _text(rng, (1, 2)),
            "want": _sentence(rng),
        }
    elif kind == "reflection":
        fields = {"so_what": _text(rng, (1, 3)), "now_what": _text(rng, (1, 2))}
    elif kind == "disclosure_followup":
        fields = {"outcome": rng.choice(("told", "not_told", "ahead")),
                  "response": _text(rng, (1, 2))}
    return Entry(kind=kind, title=title, body=_text(rng, (3, 14)), fields=fields, tags=tags,
                 occurred_at=when)


def make_queries(rng: random.Random, count: int) -> list[str]:
    """What people type: common and rare words, half-typed words, two words, a phrase."""
    domain = _DOMAIN
    makers = [
        lambda: rng.choice(domain),
        lambda: rng.choice(_RARE),
        lambda: rng.choice(domain)[:rng.randint(3, 4)],
        lambda: f"{rng.choice(domain)} {rng.choice(domain)}",
        lambda: f'"{rng.choice(_COMMON)} {rng.choice(domain)}"',
        lambda: rng.choice(_COMMON),
    ]
    return [makers[i % len(makers)]() for i in range(count)]


# -- the raw SQLCipher baseline ---------------------------------------------------------


class RawStore:
    """The same storage work without the app: plain SQL on a keyed SQLCipher file."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.conn = sqlcipher3.connect(str(folder / "raw.db"), isolation_level=None)
        self.conn.execute(f"PRAGMA key = {key_pragma(secrets.token_bytes(32))}")
        self.conn.execute("PRAGMA cipher_memory_security = OFF")
        self.conn.execute("PRAGMA journal_mode = WAL").fetchone()
        for pragma in ("synchronous = FULL", "foreign_keys = ON", "secure_delete = ON",
                       "temp_store = MEMORY"):
            self.conn.execute(f"PRAGMA {pragma}")
        self.conn.executescript(
            f"""
            CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT, body TEXT,
                                extra TEXT, tags TEXT, occurred_at INTEGER);
            CREATE INDEX notes_time ON notes(occurred_at DESC, id DESC);
            CREATE VIRTUAL TABLE notes_fts USING fts5(title, body, extra, tags,
                content = 'notes', content_rowid = 'id', tokenize = "{TOKENIZER}",
                prefix = '2 3');
            CREATE TRIGGER notes_ai AFTER INSERT ON notes BEGIN
                INSERT INTO notes_fts(rowid, title, body, extra, tags)
                VALUES (new.id, new.title, new.body, new.extra, new.tags);
            END;
            CREATE TRIGGER notes_au AFTER UPDATE ON notes BEGIN
                INSERT INTO notes_fts(notes_fts, rowid, title, body, extra, tags)
                VALUES ('delete', old.id, old.title, old.body, old.extra, old.tags);
                INSERT INTO notes_fts(rowid, title, body, extra, tags)
                VALUES (new.id, new.title, new.body, new.extra, new.tags);
            END;
            """
        )

    @staticmethod
    def row(entry: Entry) -> tuple:
        extra = "\n".join(str(v) for v in entry.fields.values() if isinstance(v, str))
        when = int(entry.occurred_at.timestamp()) if entry.occurred_at else 0
        return (entry.title, entry.body, extra, "\n".join(entry.tags), when)

    def insert_many(self, entries: list[Entry]) -> None:
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.executemany(
            "INSERT INTO notes(title, body, extra, tags, occurred_at) VALUES (?, ?, ?, ?, ?)",
            [self.row(e) for e in entries],
        )
        self.conn.execute("COMMIT")

    def insert(self, entry: Entry) -> int:
        self.conn.execute("BEGIN IMMEDIATE")
        cursor = self.conn.execute(
            "INSERT INTO notes(title, body, extra, tags, occurred_at) VALUES (?, ?, ?, ?, ?)",
            self.row(entry),
        )
        self.conn.execute("COMMIT")
        return int(cursor.lastrowid)

    def update(self, note_id: int, entry: Entry) -> None:
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.execute(
            "UPDATE notes SET title = ?, body = ?, extra = ?, tags = ?, occurred_at = ? "
            "WHERE id = ?",
            (*self.row(entry), note_id),
        )
        self.conn.execute("COMMIT")

    def search(self, text: str) -> list:
        words = text.replace('"', " ").split()
        match = " ".join(f'"{w}"' for w in words) + ("*" if not text.endswith('"') else "")
        return self.conn.execute(
            "SELECT n.id, n.title, snippet(notes_fts, -1, '[', ']', '…', 14) "
            "FROM notes_fts JOIN notes n ON n.id = notes_fts.rowid "
            f"WHERE notes_fts MATCH ? ORDER BY notes_fts.rank LIMIT {PAGE}",
            (match,),
        ).fetchall()

    def first_page(self) -> list:
        self.conn.execute("SELECT count(*) FROM notes").fetchone()
        return self.conn.execute(
            "SELECT id, title, substr(body, 1, 200), occurred_at FROM notes "
            f"ORDER BY occurred_at DESC, id DESC LIMIT {PAGE}"
        ).fetchall()

    def close(self) -> None:
        self.conn.close()


# -- memory probe (runs in a fresh process) ---------------------------------------------


def _probe(folder: str) -> None:
    import psutil

    vault = Vault.open(Path(folder), keystore=MemoryKeyStore())
    vault.unlock(sys.stdin.readline().rstrip("\n"))
    journal = vault.journal
    journal.count(EntryQuery())
    for offset in range(0, 1000, PAGE):
        journal.page(EntryQuery(), offset, PAGE)
    for query in make_queries(random.Random(7), 30):
        journal.search(query)
    journal.tags()
    insights = Insights(vault.db)
    for period in ("week", "month", "year"):
        insights.checkins(period)
    insights.strategies()
    print(psutil.Process().memory_info().rss, flush=True)
    vault.close()


def _rss_after_use(folder: Path) -> int:
    result = subprocess.run(
        [sys.executable, __file__, "--probe", str(folder)],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        check=True,
    )
    return int(result.stdout.strip().splitlines()[-1])


# -- the run ------------------------------------------------------------------------------


def _ms(samples: list[float], pct: float) -> float:
    return percentile(samples, pct) * 1000


def _ratio(app: float, raw: float) -> str:
    return f"{app / raw:.2f}×" if raw > 0 else "-"


def run(entries: int, saves: int, queries: int, seed: int = 1) -> list[list[str]]:
    rng = random.Random(seed)
    start = datetime(2022, 1, 1, 8, 0, tzinfo=timezone(timedelta(hours=1)))
    span = timedelta(days=3 * 365)
    moments = sorted(start + span * rng.random() for _ in range(entries))
    corpus = [make_entry(rng, when) for when in moments]
    rows: list[list[str]] = []

    with tempfile.TemporaryDirectory(prefix="dh-bench-") as tmp:
        base = Path(tmp)
        empty = Vault.create(base / "empty", PASSPHRASE, kdf=BENCH_KDF,
                             keystore=MemoryKeyStore())
        empty.close()
        vault = Vault.create(base / "full", PASSPHRASE, kdf=BENCH_KDF, keystore=MemoryKeyStore())
        journal = vault.journal
        raw = RawStore(base / "raw")

        t0 = time.perf_counter()
        for i in range(0, entries, 1000):
            journal.add_many(corpus[i : i + 1000])
        app_bulk = time.perf_counter() - t0
        t0 = time.perf_counter()
        for i in range(0, entries, 1000):
            raw.insert_many(corpus[i : i + 1000])
        raw_bulk = time.perf_counter() - t0

        # Saves: one entry per transaction, app and raw interleaved so drift hits both.
        app_save, raw_save, app_update, raw_update = [], [], [], []
        extra = [make_entry(rng, start + span * rng.random()) for _ in range(saves)]
        for entry in extra:
            t0 = time.perf_counter()
            saved = journal.add(entry)
            app_save.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            note_id = raw.insert(entry)
            raw_save.append(time.perf_counter() - t0)
            saved.body += " One more line added later."
            t0 = time.perf_counter()
            journal.update(saved)
            app_update.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            raw.update(note_id, saved)
            raw_update.append(time.perf_counter() - t0)

        # Search: the same typed text through the app and through raw FTS5.
        app_search, raw_search = [], []
        texts = make_queries(rng, queries)
        for text in texts:  # warm both caches the same way
            journal.search(text)
            raw.search(text)
        for text in texts:
            t0 = time.perf_counter()
            journal.search(text, limit=PAGE)
            app_search.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            raw.search(text)
            raw_search.append(time.perf_counter() - t0)

        # First page of the timeline: the count and the first rows a list model asks for.
        app_page, raw_page = [], []
        for _ in range(60):
            t0 = time.perf_counter()
            journal.count(EntryQuery())
            journal.page(EntryQuery(), 0, PAGE)
            app_page.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            raw.first_page()
            raw_page.append(time.perf_counter() - t0)
        # Filtered first pages and the Insights page: absolute times, no raw equivalent.
        filtered = [EntryQuery(kinds=("incident",)), EntryQuery(tags=("work",)),
                    EntryQuery(kinds=("after_shift",), tags=("team",))]
        app_filtered = []
        for _ in range(20):
            for query in filtered:
                t0 = time.perf_counter()
                journal.count(query)
                journal.page(query, 0, PAGE)
                app_filtered.append(time.perf_counter() - t0)
        insights = Insights(vault.db)
        charts = [
            lambda: insights.checkins("week"),
            lambda: insights.checkins("month"),
            lambda: insights.checkins("year"),
            insights.strategies,
            insights.incidents_per_month,
            insights.entries_per_week,
        ]
        app_insights = []  # each chart is drawn on its own, so each gets one frame
        for _ in range(10):
            for chart in charts:
                t0 = time.perf_counter()
                chart()
                app_insights.append(time.perf_counter() - t0)
        vault.lock()
        vault.unlock(PASSPHRASE)
        t0 = time.perf_counter()
        vault.journal.count(EntryQuery())
        vault.journal.page(EntryQuery(), 0, PAGE)
        app_cold = time.perf_counter() - t0
        total = vault.journal.count(EntryQuery())
        vault.close()
        raw.close()

        rss_full = _rss_after_use(base / "full")
        rss_empty = _rss_after_use(base / "empty")

    def timing_rows(name, app, base_, target, limit):
        out = []
        for pct in (50, 95):
            a, r = _ms(app, pct), _ms(base_, pct)
            ok = a <= limit(r)
            out.append([f"{name} p{pct}", f"{a:.2f} ms", f"{r:.2f} ms", _ratio(a, r), target,
                        "yes" if ok else "NO"])
        return out

    rows += timing_rows("search", app_search, raw_search, "≤ 1.5× raw", lambda r: 1.5 * r)
    rows += timing_rows("save (new entry)", app_save, raw_save, "≤ 1.5× raw", lambda r: 1.5 * r)
    rows += timing_rows("save (edit entry)", app_update, raw_update, "≤ 1.5× raw",
                        lambda r: 1.5 * r)
    rows += timing_rows("first page (count + 50 rows)", app_page, raw_page, f"< {FRAME_MS:.0f} ms",
                        lambda r: FRAME_MS)
    for name, samples in (("filtered first page (kind/tag)", app_filtered),
                          ("insights chart (any of 6)", app_insights)):
        p95 = _ms(samples, 95)
        rows.append([f"{name} p95", f"{p95:.2f} ms", "-", "-", f"< {FRAME_MS:.0f} ms",
                     "yes" if p95 < FRAME_MS else "NO"])
    cold_ms = app_cold * 1000
    rows.append(["first page after unlock (cold)", f"{cold_ms:.2f} ms", "-", "-",
                 f"< {FRAME_MS:.0f} ms", "yes" if cold_ms < FRAME_MS else "NO"])
    rows.append(["bulk create (per 1,000)", f"{app_bulk / entries * 1e6:.0f} ms",
                 f"{raw_bulk / entries * 1e6:.0f} ms", _ratio(app_bulk, raw_bulk), "-", "-"])
    extra_mb = (rss_full - rss_empty) / 2**20
    rows.append([f"memory with {total:,} entries", f"{rss_full / 2**20:.1f} MB",
                 f"{rss_empty / 2**20:.1f} MB (empty app)", f"+{extra_mb:.1f} MB",
                 f"≤ +{MEMORY_BUDGET_MB:.0f} MB", "yes" if extra_mb <= MEMORY_BUDGET_MB else "NO"])
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=20_000)
    parser.add_argument("--saves", type=int, default=200)
    parser.add_argument("--queries", type=int, default=120)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--probe", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.probe:
        _probe(args.probe)
        return 0
    rows = run(args.entries, args.saves, args.queries, args.seed)
    print_table(
        f"Journal with {args.entries:,} entries: app vs raw SQLCipher FTS5, same run "
        f"({args.saves} saves, {args.queries} searches)",
        rows,
        ["metric", "app", "raw SQLCipher", "ratio", "target", "met"],
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
