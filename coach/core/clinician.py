"""Clinician mode's optional PIN: a salted scrypt hash, checked in constant time, with a pause after failures.

What the PIN protects against: a patient changing doses or programs by
accident, or wandering into profile management on a shared laptop. What it
does not protect against: someone who has the data file. The file is not
encrypted, and the PIN's record can be attacked offline; the key derivation
is made slow (:data:`N`, :data:`R`, :data:`P`: about 0.4 s and 64 MB per try
on a 2-core machine, ``benchmarks/bench_pin.py``) so that trying every
6-digit PIN takes days of computer time rather than minutes, but a PIN is not
a password. The stored record is text: ``scrypt$N$r$p$salt-hex$hash-hex``; a
record made with older, cheaper settings still verifies (its own settings are
in it) and :func:`needs_new_pin` says to ask for a new PIN.

After :data:`FREE_TRIES` wrong PINs in a row each further try waits
(:func:`wait_after`), and the count is kept with the data, so restarting the
app does not reset it.

Pure Python (``hashlib``, ``hmac``, ``secrets``).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

SCHEME = "scrypt"
N, R, P = 2**16, 8, 2  # 64 MB and about 0.4 s per try (measured by benchmarks/bench_pin.py)
SALT_BYTES = 16
KEY_BYTES = 32
MIN_LENGTH = 6
MAX_LENGTH = 32
FREE_TRIES = 3  # wrong PINs in a row before the first pause
FIRST_WAIT_S = 30.0  # then 30 s, 60 s, 2 min, … up to MAX_WAIT_S
MAX_WAIT_S = 15 * 60.0


def pin_problem(pin: str) -> str | None:
    """Why ``pin`` cannot be used (a message for the person), or None when it can."""
    if len(pin) < MIN_LENGTH:
        return f"The PIN needs at least {MIN_LENGTH} characters (digits, letters or both)."
    if len(pin) > MAX_LENGTH:
        return f"The PIN can have at most {MAX_LENGTH} characters."
    if pin != pin.strip():
        return "The PIN cannot start or end with a space."
    return None


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=KEY_BYTES,
                          maxmem=128 * r * (n + p + 2) + 1024 * 1024)


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """The stored record for ``pin`` (a new random salt unless one is given)."""
    problem = pin_problem(pin)
    if problem:
        raise ValueError(problem)
    salt = salt if salt is not None else secrets.token_bytes(SALT_BYTES)
    key = _derive(pin, salt, N, R, P)
    return f"{SCHEME}${N}${R}${P}${salt.hex()}${key.hex()}"


def verify_pin(pin: str, record: str | None) -> bool:
    """Whether ``pin`` matches the stored ``record``; False for a missing or damaged record."""
    if not record or not isinstance(pin, str):
        return False
    parts = record.split("$")
    if len(parts) != 6 or parts[0] != SCHEME:
        return False
    try:
        n, r, p = (int(x) for x in parts[1:4])
        salt, want = bytes.fromhex(parts[4]), bytes.fromhex(parts[5])
        if not (2 <= n <= 2**20 and 1 <= r <= 32 and 1 <= p <= 16 and salt and want):
            return False
        got = _derive(pin, salt, n, r, p)
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(got, want)


def needs_new_pin(pin: str, record: str | None) -> bool:
    """After ``pin`` verified against ``record``: whether to ask for a new one (too short, or a weaker record)."""
    if len(pin) < MIN_LENGTH:
        return True
    try:
        n, _r, p = (int(x) for x in (record or "").split("$")[1:4])
    except ValueError:
        return True
    return n * p < N * P


def wait_after(failures: int) -> float:
    """Seconds to wait before the next try after ``failures`` wrong PINs in a row."""
    if failures < FREE_TRIES:
        return 0.0
    return min(MAX_WAIT_S, FIRST_WAIT_S * 2 ** (failures - FREE_TRIES))


def wait_left(failures: int, last_failure_s: float | None, now_s: float) -> float:
    """Seconds still to wait at ``now_s`` (wall-clock seconds); a clock set back never shortens the wait."""
    wait = wait_after(failures)
    if wait <= 0 or last_failure_s is None:
        return 0.0
    passed = now_s - last_failure_s
    if passed < 0:
        return wait
    return max(0.0, wait - passed)
