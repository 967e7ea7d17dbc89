"""Argon2id calibration: the same choice on a busy machine as on a quiet one, a floor from
current guidance, and re-wrapping the passphrase slot when this machine can do better."""

from __future__ import annotations

import pytest

from disclosure_helper import kdf as kdf_module
from disclosure_helper.errors import WrongPassphrase
from disclosure_helper.kdf import (
    DEFAULT_MEMORY_KIB,
    KdfParams,
    minimum_time_cost,
)
from disclosure_helper.keystore import MemoryKeyStore
from disclosure_helper.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


class FakeMachine:
    """Derivations that cost `fixed + passes * per_pass` seconds of work per lane.

    `busy` stretches wall time only (other programs take turns on the CPU), and the
    first trials of each probe are the slowest, as when something else is running.
    """

    def __init__(self, busy: float, per_pass: float = 0.03, fixed: float = 0.02,
                 lanes: int = 2) -> None:
        self.busy, self.per_pass, self.fixed, self.lanes = busy, per_pass, fixed, lanes
        self.wall = self.cpu = 0.0
        self.calls: dict[int, int] = {}

    def derive(self, _secret, _salt, params: KdfParams) -> bytes:
        work = self.fixed + params.time_cost * self.per_pass
        seen = self.calls[params.time_cost] = self.calls.get(params.time_cost, 0) + 1
        stretch = self.busy * (2.0 if seen == 1 else 1.0)
        self.wall += work * stretch
        self.cpu += work * self.lanes
        return b"\0" * 32

    def install(self, monkeypatch) -> None:
        monkeypatch.setattr(kdf_module, "derive_key", self.derive)
        monkeypatch.setattr(kdf_module.time, "perf_counter", lambda: self.wall)
        monkeypatch.setattr(kdf_module.time, "process_time", lambda: self.cpu)
        monkeypatch.setattr(kdf_module.os, "cpu_count", lambda: 4)


def _calibrate(monkeypatch, busy: float) -> KdfParams:
    machine = FakeMachine(busy)
    machine.install(monkeypatch)
    return KdfParams.calibrated(target_seconds=0.75)


def test_a_busy_machine_chooses_what_a_quiet_one_does(monkeypatch):
    quiet = _calibrate(monkeypatch, busy=1.0)
    busy = _calibrate(monkeypatch, busy=5.0)
    assert quiet == busy
    # (0.75 s - 0.02 s to fill memory) / 0.03 s a pass
    assert quiet.time_cost == 24
    assert quiet.memory_kib == DEFAULT_MEMORY_KIB


def test_never_below_what_guidance_accepts(monkeypatch):
    machine = FakeMachine(busy=1.0, per_pass=2.0)  # a very slow machine
    machine.install(monkeypatch)
    assert KdfParams.calibrated().time_cost == 3  # RFC 9106: 3 passes with 64 MiB
    assert minimum_time_cost(64 * 1024) == 3
    assert minimum_time_cost(19 * 1024) == 3
    assert minimum_time_cost(8 * 1024) == 6  # OWASP: less memory, more passes
    assert minimum_time_cost(2 * 1024 * 1024) == 1


def test_far_below_is_what_a_later_unlock_offers_to_strengthen():
    suggested = KdfParams(time_cost=20)
    assert KdfParams(time_cost=4).far_below(suggested)
    assert KdfParams(time_cost=10).far_below(suggested)
    assert not KdfParams(time_cost=11).far_below(suggested)
    assert not KdfParams(time_cost=22).far_below(suggested)
    assert KdfParams(time_cost=2).far_below(KdfParams(time_cost=3))  # below the floor


def test_strengthening_rewraps_only_the_passphrase_slot(tmp_path):
    vault = Vault.create(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF, keystore=MemoryKeyStore())
    code = vault.recovery_code
    stronger = KdfParams(time_cost=2, memory_kib=2048, parallelism=1)
    with pytest.raises(WrongPassphrase):
        vault.strengthen_passphrase("not the passphrase", stronger)
    assert vault.passphrase_kdf == FAST_KDF
    vault.strengthen_passphrase(PASSPHRASE, stronger)
    assert vault.passphrase_kdf == stronger
    vault.close()
    again = Vault.open(tmp_path / "v", keystore=MemoryKeyStore())
    assert again.passphrase_kdf == stronger
    again.unlock(PASSPHRASE)
    again.lock()
    again.unlock_with_recovery_code(code)
    again.close()
