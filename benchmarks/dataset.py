"""Benchmark journals: years of realistic writing, in the app's vault and in raw SQLCipher.

`build(entries, folder)` writes the same entries twice: through the app's public API
into a vault, and with plain SQL into a keyed SQLCipher file laid out the way a careful
programmer would (`RawStore`: same text columns, an FTS5 index with the same tokenizer
kept by triggers, the same pragmas and key type, the indexes its queries need). Each
benchmark then times the app next to raw SQLCipher doing the same work, in the same run.

The mix: check-ins several times a day, writing after shifts, free writing, incident
records, reflections and follow-ups, over three years that end today (so "the last 30
days" finds what it would for a person), with tags, ratings and picked strategies.
"""

from __future__ import annotations

import json
import random
import secrets
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import sqlcipher3

from disclosure_helper.database import key_pragma
from disclosure_helper.journal import Entry
from disclosure_helper.kdf import KdfParams
from disclosure_helper.keystore import MemoryKeyStore
from disclosure_helper.migrations.v0003_journal import TOKENIZER
from disclosure_helper.templates import strategies
from disclosure_helper.vault import Vault

PASSPHRASE = "benchmark passphrase, not a secret"
# Unlock speed is measured by bench_unlock; here a slow derivation would only slow set-up.
BENCH_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
YEARS = 3

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
TAGS = [
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
    tags = rng.sample(TAGS, rng.choice((0, 1, 1, 2, 3)))
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


def make_corpus(entries: int, seed: int = 1, today: date | None = None) -> list[Entry]:
    """`entries` entries over the three years up to `today`, in the order they happened."""
    rng = random.Random(seed)
    today = today or date.today()
    zone = timezone(timedelta(hours=1))
    end = datetime(today.year, today.month, today.day, 21, 0, tzinfo=zone)
    span = timedelta(days=365 * YEARS)
    moments = sorted(end - span * rng.random() for _ in range(entries))
    return [make_entry(rng, when) for when in moments]


# -- the raw SQLCipher baseline ---------------------------------------------------------


class RawStore:
    """The same storage work without the app: plain SQL on a keyed SQLCipher file."""

    def __init__(self, folder: Path, key: bytes | None = None, create: bool = True) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.key = key or secrets.token_bytes(32)
        self.conn = sqlcipher3.connect(str(folder / "raw.db"), isolation_level=None)
        self.conn.execute(f"PRAGMA key = {key_pragma(self.key)}")
        self.conn.execute("PRAGMA cipher_memory_security = OFF")
        self.conn.execute("PRAGMA journal_mode = WAL").fetchone()
        for pragma in ("synchronous = FULL", "foreign_keys = ON", "secure_delete = ON",
                       "temp_store = MEMORY"):
            self.conn.execute(f"PRAGMA {pragma}")
        if not create:
            return
        self.conn.executescript(
            f"""
            CREATE TABLE notes (id INTEGER PRIMARY KEY, kind TEXT, title TEXT, body TEXT,
                                extra TEXT, fields TEXT, tags TEXT, occurred_at INTEGER,
                                day TEXT, mood INTEGER, energy INTEGER, stress INTEGER,
                                strategies TEXT);
            CREATE INDEX notes_time ON notes(occurred_at DESC, id DESC);
            CREATE INDEX notes_day ON notes(day, kind);
            CREATE TABLE note_tags (tag TEXT, note_id INTEGER,
                                    PRIMARY KEY (tag, note_id)) WITHOUT ROWID;
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
        day = entry.occurred_at.date().isoformat() if entry.occurred_at else ""
        picked = entry.fields.get("strategies")
        return (entry.kind, entry.title, entry.body, extra, json.dumps(entry.fields),
                "\n".join(entry.tags), when, day, entry.fields.get("mood"),
                entry.fields.get("energy"), entry.fields.get("stress"),
                json.dumps(picked) if picked else None)

    _INSERT = ("INSERT INTO notes(kind, title, body, extra, fields, tags, occurred_at, day, "
               "mood, energy, stress, strategies) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")

    def insert_many(self, entries: list[Entry]) -> None:
        self.conn.execute("BEGIN IMMEDIATE")
        for entry in entries:
            note_id = self.conn.execute(self._INSERT, self.row(entry)).lastrowid
            self.conn.executemany("INSERT INTO note_tags VALUES (?, ?)",
                                  [(tag, note_id) for tag in entry.tags])
        self.conn.execute("COMMIT")

    def insert(self, entry: Entry) -> int:
        self.conn.execute("BEGIN IMMEDIATE")
        note_id = self.conn.execute(self._INSERT, self.row(entry)).lastrowid
        self.conn.executemany("INSERT INTO note_tags VALUES (?, ?)",
                              [(tag, note_id) for tag in entry.tags])
        self.conn.execute("COMMIT")
        return int(note_id)

    def update(self, note_id: int, entry: Entry) -> None:
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.execute(
            "UPDATE notes SET kind = ?, title = ?, body = ?, extra = ?, fields = ?, tags = ?, "
            "occurred_at = ?, day = ?, mood = ?, energy = ?, stress = ?, strategies = ? "
            "WHERE id = ?",
            (*self.row(entry), note_id),
        )
        self.conn.execute("COMMIT")

    @staticmethod
    def match(text: str) -> str:
        words = text.replace('"', " ").split()
        return " ".join(f'"{w}"' for w in words) + ("*" if not text.endswith('"') else "")

    def search(self, text: str, limit: int = 50) -> list:
        return self.conn.execute(
            "SELECT n.id, n.title, snippet(notes_fts, -1, '[', ']', '…', 14) "
            "FROM notes_fts JOIN notes n ON n.id = notes_fts.rowid "
            f"WHERE notes_fts MATCH ? ORDER BY notes_fts.rank LIMIT {int(limit)}",
            (self.match(text),),
        ).fetchall()

    def search_newest(self, text: str, limit: int = 150) -> tuple[int, list]:
        """What a search-as-you-type list needs: how many, and the newest page with
        snippets, written the plain way."""
        match = self.match(text)
        count = self.conn.execute(
            "SELECT count(*) FROM notes_fts WHERE notes_fts MATCH ?", (match,)).fetchone()[0]
        rows = self.conn.execute(
            "SELECT n.id, highlight(notes_fts, 0, '[', ']'), "
            "snippet(notes_fts, -1, '[', ']', '…', 14), n.occurred_at "
            "FROM notes_fts JOIN notes n ON n.id = notes_fts.rowid "
            f"WHERE notes_fts MATCH ? ORDER BY n.occurred_at DESC LIMIT {int(limit)}",
            (match,),
        ).fetchall()
        return count, rows

    def first_page(self, limit: int = 50) -> list:
        self.conn.execute("SELECT count(*) FROM notes").fetchone()
        return self.conn.execute(
            "SELECT id, title, substr(body, 1, 200), occurred_at FROM notes "
            f"ORDER BY occurred_at DESC, id DESC LIMIT {int(limit)}"
        ).fetchall()

    def close(self) -> None:
        self.conn.close()


# -- building both ------------------------------------------------------------------------


@dataclass
class Dataset:
    entries: int
    vault: Path
    raw: Path
    raw_key: bytes
    today: date
    seconds_app: float
    seconds_raw: float

    def open_raw(self) -> RawStore:
        return RawStore(self.raw, self.raw_key, create=False)

    def open_vault(self) -> Vault:
        vault = Vault.open(self.vault, keystore=MemoryKeyStore())
        vault.unlock(PASSPHRASE)
        return vault


def build(entries: int, folder: Path, seed: int = 1, today: date | None = None) -> Dataset:
    """The same `entries` entries in a new vault and a new raw store under `folder`."""
    today = today or date.today()
    corpus = make_corpus(entries, seed, today)
    vault = Vault.create(folder / "vault", PASSPHRASE, kdf=BENCH_KDF, keystore=MemoryKeyStore())
    t0 = time.perf_counter()
    for i in range(0, entries, 1000):
        vault.journal.add_many(corpus[i : i + 1000])
    seconds_app = time.perf_counter() - t0
    vault.close()
    raw = RawStore(folder / "raw")
    t0 = time.perf_counter()
    for i in range(0, entries, 1000):
        raw.insert_many(corpus[i : i + 1000])
    seconds_raw = time.perf_counter() - t0
    key = raw.key
    raw.close()
    return Dataset(entries, folder / "vault", folder / "raw", key, today, seconds_app,
                   seconds_raw)
