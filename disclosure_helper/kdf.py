"""Argon2id key derivation with parameters calibrated on this machine."""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass

KEY_BYTES = 32
SALT_BYTES = 16

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
        memory_kib: int = 64 * 1024,
        parallelism: int = 2,
        max_time_cost: int = MAX_TIME_COST,
    ) -> KdfParams:
        """Pick the time cost that makes one derivation take about `target_seconds` here.

        Like KeePassXC's one-second benchmark: memory is fixed (64 MiB resists GPUs),
        and iterations grow until the target is met. Never below OWASP's minimum of 2.
        """
        def seconds(time_cost: int) -> float:
            probe = cls(time_cost=time_cost, memory_kib=memory_kib, parallelism=parallelism)
            start = time.perf_counter()
            derive_key(b"calibration", b"\0" * SALT_BYTES, probe)
            return time.perf_counter() - start

        # Two probes give the cost of one pass apart from the fixed cost of filling memory.
        one, three = seconds(1), seconds(3)
        per_pass = max((three - one) / 2, 1e-4)
        fixed = max(one - per_pass, 0.0)
        time_cost = int((target_seconds - fixed) / per_pass)
        return cls(
            time_cost=min(max(time_cost, 2), max_time_cost),
            memory_kib=memory_kib,
            parallelism=parallelism,
        )


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
