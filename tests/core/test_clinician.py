"""The clinician-mode PIN: salted hash, verification, refusal."""

from __future__ import annotations

import pytest

from coach.core.clinician import hash_pin, pin_problem, verify_pin


def test_the_right_pin_verifies_and_a_wrong_one_is_refused():
    record = hash_pin("2468")
    assert verify_pin("2468", record)
    assert not verify_pin("2469", record)
    assert not verify_pin("", record)
    assert not verify_pin(" 2468", record)


def test_the_record_is_salted_and_never_holds_the_pin():
    a, b = hash_pin("2468"), hash_pin("2468")
    assert a != b  # a new random salt each time
    assert "2468" not in a
    assert a.startswith("scrypt$")
    assert verify_pin("2468", a) and verify_pin("2468", b)


def test_the_same_salt_gives_the_same_record():
    salt = bytes(range(16))
    assert hash_pin("open sesame", salt) == hash_pin("open sesame", salt)


@pytest.mark.parametrize("record", [None, "", "plain", "scrypt$1$2$3", "md5$16384$8$1$00$00",
                                    "scrypt$16384$8$1$zz$00", "scrypt$99999999$8$1$00ff$00ff"])
def test_a_missing_or_damaged_record_refuses_every_pin(record):
    assert not verify_pin("2468", record)


def test_pins_that_cannot_be_used_say_why():
    assert "at least 4" in pin_problem("12")
    assert pin_problem("1234") is None
    assert pin_problem(" 1234") is not None
    with pytest.raises(ValueError, match="at least 4"):
        hash_pin("1")
