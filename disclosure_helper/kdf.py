"""Argon2id key derivation with parameters calibrated on this machine."""

from __future__ import annotations

import math
import os
import time
from dataclasses import asdict, dataclass

KEY_BYTES = 32
SALT_BYTES = 16
DEFAULT_MEMORY_KIB = 64 * 1024
# RFC 9106 section 4 recommends, where memory is limited to 64 MiB, 3 passes; OWASP's
# password storage guidance trades memory for passes at about 46 MiB-passes or more
# (46 MiB x 1, 19 MiB x 2, 12 MiB x 3, 9 MiB x 4, 7 MiB x 5). The floor takes the larger.
RFC9106_PASSES_64MIB = 3
OWASP_MIB_PASSES = 46
# Calibration probes: each is timed this many times and the quickest kept.
CALIBRATION_TRIALS = 3
# A vault whose passes are this far (or further) below what this machine would choose
# is offered a stronger setting on a later unlock.
RETUNE_FACTOR = 2


def minimum_time_cost(memory_kib: int) -> int:
    """The fewest passes current guidance accepts for this much memory."""
    floor = RFC9106_PASSES_64MIB if memory_kib <= DEFAULT_MEMORY_KIB else 1
    return max(floor, math.ceil(OWASP_MIB_PASSES * 1024 / max(memory_kib, 1)))

# The most this app ever writes into a key file. A key file asking for more was not made
# by us, so it is refused as damaged instead of tying up the machine for minutes: a
# tampered 4 GiB, 100-pass slot would otherwise hang every unlock attempt.
MAX_TIME_COST = 40
MAX_MEMORY_KIB = 64 * 1024
MAX_PARALLELISM = 4


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. Stored per key slot, so each slot can be re-tuned on its own."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 2

    def to_json(self) -> dict:
        return {"algorithm": "argon2id", "version": 19, **asdict(self)}

    @classmethod
    def from_json(cls, data: dict) -> KdfParams:
        if data.get("algorithm") != "argon2id":
            raise ValueError("unsupported key derivation")
        params = cls(
            time_cost=int(data["time_cost"]),
            memory_kib=int(data["memory_kib"]),
            parallelism=int(data["parallelism"]),
        )
        if not params.within_bounds():
            raise ValueError("key derivation parameters out of range")
        return params

    def within_bounds(self) -> bool:
        """True for parameters this app could have written (see MAX_* above)."""
        return (
            1 <= self.time_cost <= MAX_TIME_COST
            and 1 <= self.parallelism <= MAX_PARALLELISM
            and 8 * self.parallelism <= self.memory_kib <= MAX_MEMORY_KIB
        )

    @classmethod
    def calibrated(
        cls,
        target_seconds: float = 0.75,
        memory_kib: int = DEFAULT_MEMORY_KIB,
        parallelism: int = 2,
        max_time_cost: int = MAX_TIME_COST,
        trials: int = CALIBRATION_TRIALS,
    ) -> KdfParams:
        """Pick the time cost that makes one derivation take about `target_seconds` here.

        Like KeePassXC's one-second benchmark: memory is fixed (64 MiB resists GPUs),
        and iterations grow until the target is met. Never below the floor current
        guidance sets for that memory (`minimum_time_cost`).

        The answer must not depend on how busy the machine is at that moment: a busy
        moment would make every pass look slow and give a vault a much cheaper key
        derivation for good. So each probe is timed several times and the quickest
        kept, and each timing is also read from the CPU time the derivation used
        (divided over the lanes that ran at once), which waiting for a busy CPU does
        not inflate.
        """
        lanes = max(1, min(parallelism, os.cpu_count() or 1))

        def seconds(time_cost: int) -> float:
            probe = cls(time_cost=time_cost, memory_kib=memory_kib, parallelism=parallelism)
            best = math.inf
            for _ in range(max(1, trials)):
                wall, cpu = time.perf_counter(), time.process_time()
                derive_key(b"calibration", b"\0" * SALT_BYTES, probe)
                wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
                best = min(best, wall, cpu / lanes if cpu > 0 else wall)
            return best

        # Two probes give the cost of one pass apart from the fixed cost of filling memory.
        one, three = seconds(1), seconds(3)
        per_pass = max((three - one) / 2, 1e-4)
        fixed = max(one - per_pass, 0.0)
        time_cost = int((target_seconds - fixed) / per_pass)
        return cls(
            time_cost=min(max(time_cost, minimum_time_cost(memory_kib)), max_time_cost),
            memory_kib=memory_kib,
            parallelism=parallelism,
        )

    def far_below(self, suggested: KdfParams) -> bool:
        """True when these (stored) parameters are much cheaper than `suggested` (what
        this machine would choose now), or below what guidance accepts: worth offering
        to strengthen."""
        if self.time_cost < minimum_time_cost(self.memory_kib):
            return True
        work, suggested_work = (self.time_cost * self.memory_kib,
                                suggested.time_cost * suggested.memory_kib)
        return work * RETUNE_FACTOR <= suggested_work


def derive_key(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    # Imported on first use: the unlock screen appears before any key is derived.
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        secret=secret,
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )
