"""The clinician-mode PIN: salted hash, verification, refusal, old records, and the pause after wrong tries."""

from __future__ import annotations

import hashlib

import pytest

from coach.core import clinician
from coach.core.clinician import hash_pin, needs_new_pin, pin_problem, verify_pin, wait_after, wait_left


def test_the_right_pin_verifies_and_a_wrong_one_is_refused():
    record = hash_pin("246813")
    assert verify_pin("246813", record)
    assert not verify_pin("246814", record)
    assert not verify_pin("", record)
    assert not verify_pin(" 246813", record)


def test_the_record_is_salted_never_holds_the_pin_and_uses_the_stronger_cost():
    a, b = hash_pin("246813"), hash_pin("246813")
    assert a != b  # a new random salt each time
    assert "246813" not in a
    assert a.startswith(f"scrypt${2**16}$8$2$")
    assert verify_pin("246813", a) and verify_pin("246813", b)


def test_the_same_salt_gives_the_same_record():
    salt = bytes(range(16))
    assert hash_pin("open sesame", salt) == hash_pin("open sesame", salt)


@pytest.mark.parametrize("record", [None, "", "plain", "scrypt$1$2$3", "md5$16384$8$1$00$00",
                                    "scrypt$16384$8$1$zz$00", "scrypt$99999999$8$1$00ff$00ff"])
def test_a_missing_or_damaged_record_refuses_every_pin(record):
    assert not verify_pin("246813", record)


def test_pins_that_cannot_be_used_say_why():
    assert "at least 6" in pin_problem("1234")
    assert "at least 6" in pin_problem("12345")
    assert pin_problem("123456") is None
    assert pin_problem(" 123456") is not None
    with pytest.raises(ValueError, match="at least 6"):
        hash_pin("1234")


def _old_record(pin: str) -> str:
    """A record as the earlier version wrote it: 4 digits allowed, scrypt N=2**14, r=8, p=1."""
    salt = bytes(range(16))
    key = hashlib.scrypt(pin.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
    return f"scrypt${2**14}$8$1${salt.hex()}${key.hex()}"


def test_an_old_four_digit_pin_keeps_working_and_asks_for_a_new_one():
    old = _old_record("2468")
    assert verify_pin("2468", old) and not verify_pin("2469", old)
    assert needs_new_pin("2468", old)
    assert needs_new_pin("24681357", _old_record("24681357"))  # long enough, but the old, cheaper cost
    assert not needs_new_pin("246813", hash_pin("246813"))


def test_wrong_tries_pause_longer_and_longer_up_to_a_limit():
    assert [wait_after(n) for n in range(0, 8)] == [0, 0, 0, 30, 60, 120, 240, 480]
    assert wait_after(20) == clinician.MAX_WAIT_S == 900
    assert wait_left(3, 1000.0, 1010.0) == 20
    assert wait_left(3, 1000.0, 1031.0) == 0
    assert wait_left(3, 1000.0, 900.0) == 30  # a clock set back never shortens the wait
    assert wait_left(2, 1000.0, 1000.0) == 0
