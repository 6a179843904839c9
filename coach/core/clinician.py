"""Clinician mode's optional PIN: a salted scrypt hash, checked in constant time.

The PIN keeps a patient from wandering into program editing and profile
management by accident on a shared clinic laptop; it is not encryption of
any data. The stored record is text: ``scrypt$N$r$p$salt-hex$hash-hex``.

Pure Python (``hashlib``, ``hmac``, ``secrets``).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

SCHEME = "scrypt"
N, R, P = 2**14, 8, 1  # about 16 MB and a few tens of milliseconds per check
SALT_BYTES = 16
KEY_BYTES = 32
MIN_LENGTH = 4
MAX_LENGTH = 32


def pin_problem(pin: str) -> str | None:
    """Why ``pin`` cannot be used (a message for the person), or None when it can."""
    if len(pin) < MIN_LENGTH:
        return f"The PIN needs at least {MIN_LENGTH} characters."
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
