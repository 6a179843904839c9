"""The program-file fuzzer: 400 hostile files, each rejected with file:line or accepted and working.

Accepted means Today's plan is built for every week and every session runs to
the end through the real session engine (see ``tests/program_fuzz.py``). The
examples are the same on every run (the suite's hypothesis profile is
derandomized); ``benchmarks/bench_fuzz.py`` runs many more, and times them.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from tests.program_fuzz import check, program_texts

EXAMPLES = 400


@pytest.mark.slow  # about 12 s on a shared 2-core machine
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(program_texts())
def test_hostile_program_files_are_rejected_with_a_line_or_work(text):
    check(text)
