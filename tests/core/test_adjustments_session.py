"""Together mode on My adjustments: nothing is written until the person keeps it, and
keeping writes only what changed, onto what is stored at that moment."""

from __future__ import annotations

from datetime import date

import pytest

from disclosure_helper.adjustments_model import (
    InvalidAdjustment,
    PassportField,
    Status,
)
from disclosure_helper.adjustments_session import AdjustmentsSession, StagedStatus
from disclosure_helper.together import SessionFinished
from disclosure_helper.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture
def repo(tmp_path, keystore):
    vault = Vault.create(tmp_path / "data", PASSPHRASE, kdf=FAST_KDF, keystore=keystore)
    yield vault.adjustments
    vault.close()


def _seed(repo):
    desk = repo.create(own_words="A standing desk", details="By the window")
    hours = repo.create("flexible_hours")
    passport = repo.passport()
    passport.set(PassportField.BAD_DAY, "A short walk")
    passport.set(PassportField.CONTACT, "Email first")
    repo.save_passport(passport)
    return desk, hours


def test_nothing_is_written_until_kept_and_letting_go_leaves_no_trace(repo):
    desk, hours = _seed(repo)
    before = (repo.passport().fields, [(a, repo.history(a.id)) for a in repo.all()])
    session = AdjustmentsSession(repo)
    session.set_part(PassportField.BAD_DAY.value, "Ten quiet minutes")
    session.set_words(desk.id, "By the window, near the door", "")
    session.note_status(StagedStatus(hours.id, Status.ASKED, whom="Sam"))
    assert [a.status for a in session.adjustments()] == [Status.IDEA, Status.ASKED]
    assert (repo.passport().fields, [(a, repo.history(a.id)) for a in repo.all()]) == before
    summary = session.summary()
    assert summary.parts == (PassportField.BAD_DAY.value,)
    assert summary.words == (desk.id,)
    assert summary.statuses == (hours.id,)
    session.discard()
    assert (repo.passport().fields, [(a, repo.history(a.id)) for a in repo.all()]) == before
    with pytest.raises(SessionFinished):
        session.keep(repo)


def test_keeping_writes_only_what_changed_onto_what_is_stored_now(repo):
    desk, hours = _seed(repo)
    session = AdjustmentsSession(repo)
    session.set_part(PassportField.BAD_DAY.value, "Ten quiet minutes")
    session.set_part(PassportField.CONTACT.value, "")  # cleared in the session
    session.set_words(desk.id, desk.details, "I can stretch between calls")
    session.note_status(StagedStatus(hours.id, Status.AGREED, on=date(2026, 3, 2),
                                     whom="Sam", review_on=date(2026, 9, 2)))
    # Meanwhile, elsewhere: the passport's name and the desk's details change.
    stored = repo.passport()
    stored.set(PassportField.NAME, "Alex")
    repo.save_passport(stored)
    moved = repo.get(desk.id)
    moved.details = "By the back window"
    repo.save(moved)

    assert session.keep(repo) == []
    passport = repo.passport()
    assert passport.get(PassportField.NAME) == "Alex"
    assert passport.get(PassportField.BAD_DAY) == "Ten quiet minutes"
    assert passport.get(PassportField.CONTACT) == ""
    kept = repo.get(desk.id)
    assert (kept.details, kept.helps) == ("By the back window", "I can stretch between calls")
    agreed = repo.get(hours.id)
    assert (agreed.status, agreed.review_on) == (Status.AGREED, date(2026, 9, 2))
    assert repo.history(hours.id)[-1].whom == "Sam"


def test_a_change_that_cannot_be_kept_writes_nothing_and_keeps_the_session(repo):
    desk, hours = _seed(repo)
    session = AdjustmentsSession(repo)
    session.note_status(StagedStatus(hours.id, Status.ASKED, whom="Sam"))
    session.set_words(desk.id, "x" * 30_000, "")
    with pytest.raises(InvalidAdjustment):
        session.keep(repo)
    assert repo.get(hours.id).status is Status.IDEA
    assert repo.get(desk.id).details == "By the window"
    assert not session.finished and session.summary().words == (desk.id,)


def test_changes_to_an_adjustment_deleted_meanwhile_are_reported(repo):
    desk, hours = _seed(repo)
    session = AdjustmentsSession(repo)
    session.set_words(desk.id, "Gone soon", "")
    session.note_status(StagedStatus(hours.id, Status.ASKED))
    repo.delete(desk.id)
    assert session.keep(repo) == [desk.id]
    assert repo.get(hours.id).status is Status.ASKED


def test_a_session_interrupted_by_a_lock_carries_on_after_unlocking(tmp_path, keystore):
    from disclosure_helper.adjustments_session import (
        drop_stashed_session,
        stash_session,
        stashed_session,
    )

    vault = Vault.create(tmp_path / "data", PASSPHRASE, kdf=FAST_KDF, keystore=keystore)
    repo = vault.adjustments
    desk, hours = _seed(repo)
    session = AdjustmentsSession(repo)
    session.set_part(PassportField.BAD_DAY.value, "Ten quiet minutes")
    session.set_words(desk.id, "By the window, near the door", "")
    session.note_status(StagedStatus(hours.id, Status.AGREED, on=date(2026, 3, 2),
                                     whom="Sam", review_on=date(2026, 9, 2)))
    stash_session(vault.settings, session)
    vault.lock()
    vault.unlock(PASSPHRASE)
    repo = vault.adjustments
    assert repo.passport().get(PassportField.BAD_DAY) == "A short walk"  # nothing kept yet
    again = stashed_session(vault.settings, repo)
    assert again is not None and again.summary() == session.summary()
    assert again.to_json() == session.to_json()
    again.keep(repo)
    drop_stashed_session(vault.settings)
    assert stashed_session(vault.settings, repo) is None
    assert repo.get(hours.id).status is Status.AGREED
    assert repo.get(desk.id).details == "By the window, near the door"
    vault.settings.set("adjustments_together_interrupted", {"format": 99})
    assert stashed_session(vault.settings, repo) is None  # unreadable: left, not lost
    assert vault.settings.get("adjustments_together_interrupted") == {"format": 99}
    vault.close()
