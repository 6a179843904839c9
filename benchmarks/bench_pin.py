"""How long one clinician-PIN try takes (the key derivation), and what that means for guessing (run by hand).

The PIN's record is a salted scrypt hash (``coach.core.clinician``). Someone
with a copy of the data file can try PINs offline; each try costs one key
derivation. This times ``verify_pin`` with the settings the app writes now
and with the earlier ones, and prints how long trying every 6-digit PIN
would take on one core of this machine. Target: 0.25–0.5 s per try.

    python benchmarks/bench_pin.py [--tries 7]
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from coach.core import clinician

LOW_S, HIGH_S = 0.25, 0.5


def seconds_per_try(record: str, tries: int) -> float:
    times = []
    for _ in range(tries):
        t0 = time.perf_counter()
        clinician.verify_pin("000000", record)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _old_record() -> str:
    salt = bytes(16)
    key = hashlib.scrypt(b"2468", salt=salt, n=2**14, r=8, p=1, dklen=32)
    return f"scrypt${2**14}$8$1${salt.hex()}${key.hex()}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Time one PIN try.")
    ap.add_argument("--tries", type=int, default=7)
    args = ap.parse_args(argv)
    now = seconds_per_try(clinician.hash_pin("135790"), args.tries)
    old = seconds_per_try(_old_record(), args.tries)
    memory = 128 * clinician.R * clinician.N / 2**20
    print(f"scrypt N=2^{clinician.N.bit_length() - 1} r={clinician.R} p={clinician.P}: {now:.3f} s per try, "
          f"{memory:.0f} MB (median of {args.tries})")
    print(f"earlier settings (N=2^14 r=8 p=1): {old:.3f} s per try")
    space = 10**clinician.MIN_LENGTH
    print(f"every {clinician.MIN_LENGTH}-digit PIN on one core: {space * now / 86400:.1f} days "
          f"(earlier: 4 digits in {10**4 * old / 60:.0f} min)")
    ok = LOW_S <= now <= HIGH_S
    from benchmarks.figures import record

    record("Clinician PIN: one try (scrypt)", now * 1000, "ms", target=HIGH_S * 1000, at_least=LOW_S * 1000)
    print(f"per try {'OK' if ok else 'OUTSIDE'} (target {LOW_S:g}–{HIGH_S:g} s)")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
