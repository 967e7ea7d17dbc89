"""My adjustments: `vault.adjustments`, the person's passport of what helps them work.

A living record owned by the person, needs-first and never requiring a diagnosis: each
adjustment is a need from the shared needs list (the one the plan's Why page uses) or
the person's own words, with where it stands (an idea, asked for, agreed, working, not
working, turned down, taken away). Every change of status and every fresh look is kept
as dated history. Review dates follow the passports' suggestion of a look at least every
six months, and whenever the job, the manager or the person's health changes.

Links run both ways: an adjustment can name the plan it came from (`for_plan`,
`add_from_plan`), and journal entries, such as an incident record of a refusal, can be
linked to adjustments (`link_entry`, `for_entry`, `record_from_entry`).

Writes report what they changed to subscribers (`subscribe`), so a screen can refresh
only that. Everything lives in vault.db, encrypted like the rest of the vault.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime, timezone
from typing import Any

from disclosure_helper.adjustments_content import load_adjustments_content
from disclosure_helper.adjustments_model import (
    ACTIVE,
    MAX_ADJUSTMENTS,
    MAX_NEED_CHARS,
    MAX_TEXT_CHARS,
    Adjustment,
    AdjustmentChanges,
    AdjustmentNotFound,
    ChangeKind,
    DueReview,
    EntryLink,
    InvalidAdjustment,
    LinkNotFound,
    Passport,
    PlanNeed,
    ReviewReason,
    Status,
    StatusChange,
    add_months,
    clean_date,
    clean_id,
    clean_passport_fields,
    clean_reason,
    clean_short,
    clean_status,
    clean_text,
)
from disclosure_helper.guide import NOT_SURE

PASSPORT_FORMAT = 1
# Where a plan keeps the answer to "What might you need at work to do your best?".
PLAN_NEEDS_STEP = "why"
PLAN_NEEDS_QUESTION = "needs_at_work"

_COLUMNS = (
    "id, need, own_words, details, helps, plan_id, status, status_on, review_on, "
    "review_reason, created, updated"
)
_HISTORY_COLUMNS = (
    "id, adjustment_id, kind, status, happened_on, whom, how, reason, note, review_on, "
    "entry_id, recorded_at"
)

Listener = Callable[[AdjustmentChanges], None]


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


def _ts(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat()


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _parse_day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _reason(text: str | None) -> ReviewReason | None:
    try:
        return ReviewReason(text) if text else None
    except ValueError:
        return ReviewReason.OTHER


def _status(text: str) -> Status:
    try:
        return Status(text)
    except ValueError:
        # Written by a newer version: show it as an idea rather than lose the row.
        return Status.IDEA


def _key(need: str | None, own_words: str) -> str:
    """Two needs are the same when their ids match, or their own words do (any case)."""
    return f"need:{need}" if need else "own:" + " ".join(own_words.split()).casefold()


class AdjustmentsRepository:
    """The adjustments passport in one vault."""

    def __init__(
        self,
        db,
        now: Callable[[], datetime] | None = None,
        today: Callable[[], date] | None = None,
    ) -> None:
        self._db = db
        self._now = now or _utcnow
        self._today = today or date.today
        self._listeners: list[Listener] = []

    def transaction(self):
        """Several writes kept together or not at all (a Together session's end)."""
        return self._db.transaction()

    # -- change reports ----------------------------------------------------------------

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener` with what changed after each write commits. Returns an unsubscribe."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _report(self, changes: AdjustmentChanges) -> None:
        for listener in list(self._listeners):
            listener(changes)

    # -- adjustments ---------------------------------------------------------------------

    def create(
        self,
        need: str | None = None,
        own_words: str = "",
        details: str = "",
        helps: str = "",
        plan_id: int | None = None,
        status: Status | str = Status.IDEA,
        on: date | None = None,
    ) -> Adjustment:
        """A new adjustment, from the needs list (`need`) or in the person's own words.

        Its history starts with its first status, dated `on` (today unless given).
        """
        created = self._create_many([(need, own_words, details, helps)], plan_id, status, on)
        self._report(AdjustmentChanges(adjustment_ids=frozenset(a.id for a in created)))
        return created[0]

    def get(self, adjustment_id: int) -> Adjustment:
        row = self._db.query_one(
            f"SELECT {_COLUMNS} FROM adjustments WHERE id = ?", (clean_id(adjustment_id),)
        )
        if row is None:
            raise AdjustmentNotFound()
        return self._adjustment(row)

    def all(self) -> list[Adjustment]:
        """Every adjustment, in the order they were added."""
        return [
            self._adjustment(row)
            for row in self._db.query(f"SELECT {_COLUMNS} FROM adjustments ORDER BY id")
        ]

    def count(self) -> int:
        return int(self._db.scalar("SELECT count(*) FROM adjustments"))

    def save(self, adjustment: Adjustment) -> Adjustment:
        """Store the need, the person's words, the plan link and the review date.

        Cheap and idempotent: nothing is written when nothing changed. A changed status
        is recorded in the history, dated `status_on` if that was changed too, else today;
        `change_status()` notes more (who, how, the reason given).
        """
        need, own_words = self._clean_need(adjustment.need, adjustment.own_words)
        details = clean_text(adjustment.details, MAX_TEXT_CHARS, "What this looks like")
        helps = clean_text(adjustment.helps, MAX_TEXT_CHARS, "How it helps")
        plan_id = None if adjustment.plan_id is None else clean_id(adjustment.plan_id, "That plan")
        status = clean_status(adjustment.status)
        status_on = clean_date(adjustment.status_on) or self._today()
        review_on = clean_date(adjustment.review_on)
        reason = clean_reason(adjustment.review_reason)
        with self._db.transaction():
            stored = self.get(adjustment.id)
            if need != stored.need and need is not None:
                self._check_need(need)
            if plan_id is not None and plan_id != stored.plan_id:
                self._require_plan(plan_id)
            if review_on is None:
                reason = None
            fields = (need, own_words, details, helps, plan_id, _day(review_on),
                      reason.value if reason else None)
            old = (stored.need, stored.own_words, stored.details, stored.helps, stored.plan_id,
                   _day(stored.review_on),
                   stored.review_reason.value if stored.review_reason else None)
            status_changed = status is not stored.status
            if fields == old and not status_changed:
                return stored
            stamp = self._now()
            self._db.execute(
                "UPDATE adjustments SET need = ?, own_words = ?, details = ?, helps = ?, "
                "plan_id = ?, review_on = ?, review_reason = ?, updated = ? WHERE id = ?",
                (*fields, _ts(stamp), adjustment.id),
            )
            if status_changed:
                if status_on == stored.status_on:
                    # Only the status was changed on screen: it happened today.
                    status_on = self._today()
                self._add_change(
                    adjustment.id, ChangeKind.STATUS, status, status_on, stamp=stamp
                )
                self._refresh_status(adjustment.id)
            saved = self.get(adjustment.id)
        self._report(AdjustmentChanges(adjustment_ids=frozenset({saved.id})))
        return saved

    def delete(self, adjustment_id: int) -> bool:
        """Delete an adjustment with its history and links. Plans and entries stay."""
        adjustment_id = clean_id(adjustment_id)
        with self._db.transaction():
            cur = self._db.execute("DELETE FROM adjustments WHERE id = ?", (adjustment_id,))
        if cur.rowcount:
            self._report(AdjustmentChanges(deleted_ids=frozenset({adjustment_id}), links=True))
        return cur.rowcount > 0

    # -- status and history --------------------------------------------------------------------

    def change_status(
        self,
        adjustment_id: int,
        status: Status | str,
        on: date | None = None,
        whom: str = "",
        how: str = "",
        reason: str = "",
        note: str = "",
        review_on: date | None = None,
        entry_id: int | None = None,
    ) -> Adjustment:
        """Record where the adjustment stands now, dated `on` (today unless given).

        `whom`/`how` suit "asked for" and "agreed", `reason` the reason given for a no or
        for taking it away. When it is agreed with no look-again date, one is suggested
        (the passports' six months). `entry_id` names the journal entry it is written
        up in, and links that entry both ways.
        """
        adjustment_id = clean_id(adjustment_id)
        status = clean_status(status)
        details = (
            clean_short(whom, "Who"),
            clean_short(how, "How"),
            clean_text(reason, MAX_TEXT_CHARS, "The reason"),
            clean_text(note, MAX_TEXT_CHARS, "That note"),
        )
        review_on = clean_date(review_on, "The date to look again")
        with self._db.transaction():
            current = self.get(adjustment_id)
            entry_day = self._require_entry(entry_id) if entry_id is not None else None
            happened = clean_date(on) or entry_day or self._today()
            if review_on is None and status is Status.AGREED and current.review_on is None:
                review_on = self.suggested_review(happened)
            stamp = self._now()
            self._add_change(
                adjustment_id, ChangeKind.STATUS, status, happened, *details,
                review_on=review_on, entry_id=entry_id, stamp=stamp,
            )
            self._refresh_status(adjustment_id)
            if review_on is not None:
                self._db.execute(
                    "UPDATE adjustments SET review_on = ?, review_reason = NULL WHERE id = ?",
                    (review_on.isoformat(), adjustment_id),
                )
            self._db.execute(
                "UPDATE adjustments SET updated = ? WHERE id = ?", (_ts(stamp), adjustment_id)
            )
            if entry_id is not None:
                self._link(adjustment_id, entry_id, stamp)
            saved = self.get(adjustment_id)
        self._report(
            AdjustmentChanges(adjustment_ids=frozenset({adjustment_id}), links=entry_id is not None)
        )
        return saved

    def review(
        self,
        adjustment_id: int,
        on: date | None = None,
        note: str = "",
        next_review: date | None = None,
    ) -> Adjustment:
        """Note a fresh look at the adjustment; its status stays. Sets the next look-again
        date (`next_review`, or the passports' six months from `on`)."""
        adjustment_id = clean_id(adjustment_id)
        note = clean_text(note, MAX_TEXT_CHARS, "That note")
        next_review = clean_date(next_review, "The date to look again")
        with self._db.transaction():
            current = self.get(adjustment_id)
            happened = clean_date(on) or self._today()
            next_review = next_review or self.suggested_review(happened)
            stamp = self._now()
            self._add_change(
                adjustment_id, ChangeKind.REVIEW, current.status, happened, note=note,
                review_on=next_review, stamp=stamp,
            )
            self._db.execute(
                "UPDATE adjustments SET review_on = ?, review_reason = NULL, updated = ? "
                "WHERE id = ?",
                (next_review.isoformat(), _ts(stamp), adjustment_id),
            )
            saved = self.get(adjustment_id)
        self._report(AdjustmentChanges(adjustment_ids=frozenset({adjustment_id})))
        return saved

    def history(self, adjustment_id: int) -> list[StatusChange]:
        """Every change and fresh look, oldest first."""
        adjustment_id = clean_id(adjustment_id)
        self.get(adjustment_id)
        return [
            self._change(row)
            for row in self._db.query(
                f"SELECT {_HISTORY_COLUMNS} FROM adjustment_history "
                "WHERE adjustment_id = ? ORDER BY happened_on, id",
                (adjustment_id,),
            )
        ]

    # -- the passport's own words and review dates ------------------------------------------------

    def passport(self) -> Passport:
        row = self._db.query_one(
            "SELECT fields, review_on, review_reason, reviewed_on, updated "
            "FROM adjustment_passport WHERE id = 1"
        )
        if row is None:
            return Passport()
        try:
            fields = json.loads(row[0])
        except ValueError:
            fields = {}
        return Passport(
            fields={str(k): str(v) for k, v in fields.items()} if isinstance(fields, dict) else {},
            review_on=_parse_day(row[1]),
            review_reason=_reason(row[2]),
            reviewed_on=_parse_day(row[3]),
            updated=datetime.fromisoformat(row[4]),
        )

    def save_passport(self, passport: Passport) -> Passport:
        """Store the passport's parts and its next review date. Idempotent; cleans in place."""
        if not isinstance(passport, Passport):
            raise InvalidAdjustment()
        fields = clean_passport_fields(passport.fields)
        review_on = clean_date(passport.review_on, "The date to look again")
        reason = clean_reason(passport.review_reason) if review_on else None
        raw = json.dumps(fields, ensure_ascii=False, sort_keys=True)
        with self._db.transaction():
            stored = self._db.query_one(
                "SELECT fields, review_on, review_reason FROM adjustment_passport WHERE id = 1"
            )
            new = (raw, _day(review_on), reason.value if reason else None)
            if stored is not None and tuple(stored) == new:
                passport.fields = fields
                return self.passport()
            self._write_passport(raw, review_on, reason, keep_reviewed=True)
        self._report(AdjustmentChanges(passport=True))
        saved = self.passport()
        passport.fields, passport.updated = saved.fields, saved.updated
        return saved

    def review_passport(self, on: date | None = None, next_review: date | None = None) -> Passport:
        """Note a fresh look at the whole passport and set the next one."""
        happened = clean_date(on) or self._today()
        next_review = clean_date(next_review, "The date to look again") or self.suggested_review(
            happened
        )
        with self._db.transaction():
            current = self.passport()
            raw = json.dumps(current.fields, ensure_ascii=False, sort_keys=True)
            self._write_passport(raw, next_review, None, reviewed_on=happened)
        self._report(AdjustmentChanges(passport=True))
        return self.passport()

    def something_changed(self, reason: ReviewReason | str, on: date | None = None) -> list[int]:
        """A change of job, manager or health: the passport and every adjustment that was
        asked for or is in place come up for a fresh look from `on` (today unless given).

        Earlier look-again dates are kept. Returns the ids of the adjustments now due.
        """
        reason = clean_reason(reason) or ReviewReason.OTHER
        day = clean_date(on) or self._today()
        changed: list[int] = []
        with self._db.transaction():
            stamp = _ts(self._now())
            for adjustment in self.all():
                if adjustment.status not in ACTIVE:
                    continue
                if adjustment.review_on is not None and adjustment.review_on <= day:
                    continue
                self._db.execute(
                    "UPDATE adjustments SET review_on = ?, review_reason = ?, updated = ? "
                    "WHERE id = ?",
                    (day.isoformat(), reason.value, stamp, adjustment.id),
                )
                changed.append(adjustment.id)
            current = self.passport()
            if current.review_on is None or current.review_on > day:
                raw = json.dumps(current.fields, ensure_ascii=False, sort_keys=True)
                self._write_passport(raw, day, reason, keep_reviewed=True)
        self._report(AdjustmentChanges(adjustment_ids=frozenset(changed), passport=True))
        return changed

    def suggested_review(self, on: date | None = None) -> date:
        """The passports' suggestion: a fresh look at least every six months."""
        months = load_adjustments_content().review.every_months
        return add_months(clean_date(on) or self._today(), months)

    def due_reviews(self, today: date | None = None) -> list[DueReview]:
        """Fresh looks due today or before, earliest first: the passport, then adjustments."""
        today = clean_date(today) or self._today()
        due: list[DueReview] = []
        passport = self.passport()
        if passport.due_for_review(today) and passport.review_on is not None:
            due.append(DueReview(passport.review_on, passport.review_reason))
        for row in self._db.query(
            f"SELECT {_COLUMNS} FROM adjustments WHERE review_on IS NOT NULL "
            "AND review_on <= ? ORDER BY review_on, id",
            (today.isoformat(),),
        ):
            adjustment = self._adjustment(row)
            if adjustment.review_on is not None:
                due.append(
                    DueReview(
                        adjustment.review_on, adjustment.review_reason, adjustment.id,
                        adjustment.label,
                    )
                )
        due.sort(key=lambda d: (d.review_on, d.adjustment_id is not None, d.adjustment_id or 0))
        return due

    # -- plans ------------------------------------------------------------------------------------

    def plan_needs(self, plan_id: int) -> list[PlanNeed]:
        """The needs picked on a plan's Why page, each saying whether the passport has it."""
        from disclosure_helper.plan_model import PlanNotFound
        from disclosure_helper.plans import PlanRepository

        try:
            plan = PlanRepository(self._db).get(clean_id(plan_id, "That plan"))
        except PlanNotFound:
            raise LinkNotFound("That plan could not be found. It may have been deleted.") from None
        value = plan.answer(PLAN_NEEDS_STEP, PLAN_NEEDS_QUESTION)
        if not isinstance(value, list) or value == NOT_SURE:
            return []
        known = {self._key_of(a): a.id for a in self.all()}
        text = load_adjustments_content()
        out: list[PlanNeed] = []
        seen: set[str] = set()
        for item in value:
            if isinstance(item, Mapping) and isinstance(item.get("own"), str):
                need, own = None, " ".join(item["own"].split())
                label = own
            elif isinstance(item, str):
                option = text.need(item)
                if option is None:
                    # "Nothing right now", or a need this version does not know.
                    continue
                need, own, label = item, "", option.text
            else:
                continue
            key = _key(need, own)
            if not label or key in seen:
                continue
            seen.add(key)
            out.append(PlanNeed(need, own, label, known.get(key)))
        return out

    def add_from_plan(
        self, plan_id: int, picks: Iterable[PlanNeed] | None = None
    ) -> list[Adjustment]:
        """Add a plan's needs to the passport as ideas, each naming the plan.

        `picks` narrows it to some of `plan_needs(plan_id)`; needs the passport already
        has are never added twice. Returns the adjustments it added.
        """
        offered = self.plan_needs(plan_id)
        if picks is not None:
            wanted = {_key(p.need, p.own_words) for p in picks}
            offered = [n for n in offered if _key(n.need, n.own_words) in wanted]
        fresh = [n for n in offered if not n.in_passport]
        if not fresh:
            return []
        created = self._create_many(
            [(n.need, n.own_words, "", "") for n in fresh], plan_id, Status.IDEA, None
        )
        self._report(AdjustmentChanges(adjustment_ids=frozenset(a.id for a in created)))
        return created

    def for_plan(self, plan_id: int) -> list[Adjustment]:
        """Adjustments that came from a plan, in the order they were added."""
        return [
            self._adjustment(row)
            for row in self._db.query(
                f"SELECT {_COLUMNS} FROM adjustments WHERE plan_id = ? ORDER BY id",
                (clean_id(plan_id, "That plan"),),
            )
        ]

    # -- journal entries --------------------------------------------------------------------------

    def link_entry(self, adjustment_id: int, entry_id: int) -> None:
        """Link a journal entry (an incident record, say) and an adjustment, both ways."""
        adjustment_id = clean_id(adjustment_id)
        with self._db.transaction():
            self.get(adjustment_id)
            self._require_entry(entry_id)
            self._link(adjustment_id, entry_id, self._now())
        self._report(AdjustmentChanges(adjustment_ids=frozenset({adjustment_id}), links=True))

    def unlink_entry(self, adjustment_id: int, entry_id: int) -> bool:
        with self._db.transaction():
            cur = self._db.execute(
                "DELETE FROM adjustment_entries WHERE adjustment_id = ? AND entry_id = ?",
                (clean_id(adjustment_id), clean_id(entry_id, "That entry")),
            )
        if cur.rowcount:
            self._report(AdjustmentChanges(adjustment_ids=frozenset({adjustment_id}), links=True))
        return cur.rowcount > 0

    def entries_for(self, adjustment_id: int) -> list[EntryLink]:
        """Journal entries linked to an adjustment, oldest link first (trashed ones too)."""
        return [
            EntryLink(row[0], row[1], row[2] is not None, datetime.fromisoformat(row[3]))
            for row in self._db.query(
                "SELECT l.entry_id, l.adjustment_id, e.deleted_at, l.linked_at "
                "FROM adjustment_entries l JOIN journal_entries e ON e.id = l.entry_id "
                "WHERE l.adjustment_id = ? ORDER BY l.linked_at, l.entry_id",
                (clean_id(adjustment_id),),
            )
        ]

    def for_entry(self, entry_id: int) -> list[Adjustment]:
        """Adjustments linked to a journal entry, in the order they were added."""
        return [
            self._adjustment(row)
            for row in self._db.query(
                f"SELECT {_COLUMNS} FROM adjustments WHERE id IN "
                "(SELECT adjustment_id FROM adjustment_entries WHERE entry_id = ?) ORDER BY id",
                (clean_id(entry_id, "That entry"),),
            )
        ]

    def record_from_entry(
        self,
        entry_id: int,
        adjustment_id: int,
        status: Status | str = Status.REFUSED,
        reason: str = "",
        whom: str = "",
        note: str = "",
        on: date | None = None,
    ) -> Adjustment:
        """From a journal entry (an incident record): an adjustment was turned down or
        taken away. Dated the day the entry happened unless `on` is given."""
        return self.change_status(
            adjustment_id, status, on=on, whom=whom, reason=reason, note=note,
            entry_id=clean_id(entry_id, "That entry"),
        )

    # -- internals --------------------------------------------------------------------------------

    def _create_many(
        self,
        needs: Sequence[tuple[str | None, str, str, str]],
        plan_id: int | None,
        status: Status | str,
        on: date | None,
    ) -> list[Adjustment]:
        status = clean_status(status)
        day = clean_date(on) or self._today()
        if plan_id is not None:
            plan_id = clean_id(plan_id, "That plan")
        cleaned = []
        for need, own_words, details, helps in needs:
            need, own_words = self._clean_need(need, own_words)
            if need is not None:
                self._check_need(need)
            cleaned.append((
                need,
                own_words,
                clean_text(details, MAX_TEXT_CHARS, "What this looks like"),
                clean_text(helps, MAX_TEXT_CHARS, "How it helps"),
            ))
        review_on = self.suggested_review(day) if status is Status.AGREED else None
        created = []
        with self._db.transaction():
            if self.count() + len(cleaned) > MAX_ADJUSTMENTS:
                raise InvalidAdjustment(
                    "Your passport can hold up to {limit} adjustments. "
                    "Please remove some you no longer need first.",
                    limit=MAX_ADJUSTMENTS,
                )
            if plan_id is not None:
                self._require_plan(plan_id)
            stamp = self._now()
            for need, own_words, details, helps in cleaned:
                cur = self._db.execute(
                    "INSERT INTO adjustments(need, own_words, details, helps, plan_id, status, "
                    "status_on, review_on, created, updated) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (need, own_words, details, helps, plan_id, status.value, day.isoformat(),
                     _day(review_on), _ts(stamp), _ts(stamp)),
                )
                adjustment_id = int(cur.lastrowid)
                self._add_change(
                    adjustment_id, ChangeKind.STATUS, status, day, review_on=review_on,
                    stamp=stamp,
                )
                created.append(self.get(adjustment_id))
        return created

    def _add_change(
        self,
        adjustment_id: int,
        kind: ChangeKind,
        status: Status,
        happened_on: date,
        whom: str = "",
        how: str = "",
        reason: str = "",
        note: str = "",
        review_on: date | None = None,
        entry_id: int | None = None,
        stamp: datetime | None = None,
    ) -> None:
        # Noting an adjustment as an idea today and then filling in that it was asked
        # for in March: it was an idea before March, so the plain first note moves back
        # to that day and the history reads in the order things happened.
        self._db.execute(
            "UPDATE adjustment_history SET happened_on = ? WHERE id = (SELECT min(id) FROM "
            "adjustment_history WHERE adjustment_id = ?) AND kind = ? AND status = ? "
            "AND happened_on > ? AND whom = '' AND how = '' AND reason = '' AND note = ''",
            (happened_on.isoformat(), adjustment_id, ChangeKind.STATUS.value,
             Status.IDEA.value, happened_on.isoformat()),
        )
        self._db.execute(
            "INSERT INTO adjustment_history(adjustment_id, kind, status, happened_on, whom, how, "
            "reason, note, review_on, entry_id, recorded_at) "
            "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (adjustment_id, kind.value, status.value, happened_on.isoformat(), whom, how, reason,
             note, _day(review_on), entry_id, _ts(stamp or self._now())),
        )

    def _refresh_status(self, adjustment_id: int) -> None:
        """Where it stands is the change noted last, whatever day it is dated: people
        often note things after the fact ("I asked in March"), and what they noted last
        is what they mean now. The history itself reads in date order."""
        row = self._db.query_one(
            "SELECT status, happened_on FROM adjustment_history "
            "WHERE adjustment_id = ? AND kind = ? ORDER BY id DESC LIMIT 1",
            (adjustment_id, ChangeKind.STATUS.value),
        )
        if row is not None:
            self._db.execute(
                "UPDATE adjustments SET status = ?, status_on = ? WHERE id = ?",
                (row[0], row[1], adjustment_id),
            )

    def _write_passport(
        self,
        raw_fields: str,
        review_on: date | None,
        reason: ReviewReason | None,
        reviewed_on: date | None = None,
        keep_reviewed: bool = False,
    ) -> None:
        reviewed = "reviewed_on" if keep_reviewed else "excluded.reviewed_on"
        self._db.execute(
            "INSERT INTO adjustment_passport(id, format, fields, review_on, review_reason, "
            "reviewed_on, updated) VALUES(1, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
            "format = excluded.format, fields = excluded.fields, review_on = excluded.review_on, "
            f"review_reason = excluded.review_reason, reviewed_on = {reviewed}, "
            "updated = excluded.updated",
            (PASSPORT_FORMAT, raw_fields, _day(review_on), reason.value if reason else None,
             _day(reviewed_on), _ts(self._now())),
        )

    def _link(self, adjustment_id: int, entry_id: int, stamp: datetime) -> None:
        self._db.execute(
            "INSERT OR IGNORE INTO adjustment_entries(adjustment_id, entry_id, linked_at) "
            "VALUES(?, ?, ?)",
            (adjustment_id, entry_id, _ts(stamp)),
        )

    def _require_entry(self, entry_id: Any) -> date:
        """The day the entry happened; LinkNotFound if it was emptied from the trash."""
        row = self._db.query_one(
            "SELECT day FROM journal_entries WHERE id = ?", (clean_id(entry_id, "That entry"),)
        )
        if row is None:
            raise LinkNotFound(
                "That journal entry could not be found. It may have been deleted."
            )
        return _parse_day(row[0]) or self._today()

    def _require_plan(self, plan_id: int) -> None:
        if self._db.scalar("SELECT 1 FROM plans WHERE id = ?", (plan_id,)) is None:
            raise LinkNotFound("That plan could not be found. It may have been deleted.")

    @staticmethod
    def _clean_need(need: Any, own_words: Any) -> tuple[str | None, str]:
        if need is not None and not isinstance(need, str):
            raise InvalidAdjustment("Please choose a need from the list, or write your own.")
        words = " ".join(clean_text(own_words, MAX_NEED_CHARS, "Your words for this").split())
        if need:
            return need, ""
        if not words:
            raise InvalidAdjustment("Please choose a need from the list, or write your own.")
        return None, words

    @staticmethod
    def _check_need(need: str) -> None:
        if load_adjustments_content().need(need) is None:
            raise InvalidAdjustment("Please choose a need from the list, or write your own.")

    @staticmethod
    def _key_of(adjustment: Adjustment) -> str:
        return _key(adjustment.need, adjustment.own_words)

    @staticmethod
    def _adjustment(row: tuple) -> Adjustment:
        return Adjustment(
            id=row[0],
            need=row[1],
            own_words=row[2],
            details=row[3],
            helps=row[4],
            plan_id=row[5],
            status=_status(row[6]),
            status_on=_parse_day(row[7]) or date.today(),
            review_on=_parse_day(row[8]),
            review_reason=_reason(row[9]),
            created=datetime.fromisoformat(row[10]),
            updated=datetime.fromisoformat(row[11]),
        )

    @staticmethod
    def _change(row: tuple) -> StatusChange:
        try:
            kind = ChangeKind(row[2])
        except ValueError:
            kind = ChangeKind.STATUS
        return StatusChange(
            id=row[0],
            adjustment_id=row[1],
            kind=kind,
            status=_status(row[3]),
            happened_on=_parse_day(row[4]) or date.today(),
            whom=row[5],
            how=row[6],
            reason=row[7],
            note=row[8],
            review_on=_parse_day(row[9]),
            entry_id=row[10],
            recorded_at=datetime.fromisoformat(row[11]),
        )


__all__ = ["AdjustmentsRepository", "PLAN_NEEDS_QUESTION", "PLAN_NEEDS_STEP"]
