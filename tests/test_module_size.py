"""Modules stay small enough to read: no file in coach/ over 600 lines (split along a seam instead)."""

from pathlib import Path

COACH = Path(__file__).resolve().parent.parent / "coach"
LIMIT = 600


def test_no_module_is_over_600_lines():
    long = {str(p.relative_to(COACH.parent)): n for p in COACH.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > LIMIT}
    assert long == {}, f"split these modules (over {LIMIT} lines): {long}"
