"""Time reaches the app one way: through the injected clock (coach/core/clock.py).

No other module in coach/ reads the system's time, so a test that fixes the clock
fixes every "now" and "today" the app sees, and the suite passes at any hour.
"""

import ast
from pathlib import Path

COACH = Path(__file__).resolve().parent.parent / "coach"
CLOCK = COACH / "core" / "clock.py"
# datetime.now(), date.today() …; time.time(), time.monotonic() … (dt.time(8, 0) only makes a time of day)
DATE_READERS = {"now", "today", "utcnow"}
TIME_READERS = {"time", "time_ns", "monotonic", "monotonic_ns", "perf_counter", "perf_counter_ns", "localtime",
                "gmtime", "ctime", "process_time"}
READERS = DATE_READERS | TIME_READERS


def _reads_system_time(node: ast.AST) -> bool:
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
        return False
    owner = node.func.value
    name = owner.id if isinstance(owner, ast.Name) else owner.attr if isinstance(owner, ast.Attribute) else ""
    if name == "time":
        return node.func.attr in TIME_READERS
    return name in ("datetime", "date") and node.func.attr in DATE_READERS


def _imports_time_reader(node: ast.AST) -> bool:
    return (isinstance(node, ast.ImportFrom) and node.module in ("time", "datetime")
            and any(a.name in READERS for a in node.names))


def test_only_the_clock_module_reads_the_system_time():
    offenders = []
    for path in sorted(COACH.rglob("*.py")):
        if path == CLOCK:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if _reads_system_time(node) or _imports_time_reader(node):
                offenders.append(f"{path.relative_to(COACH.parent)}:{node.lineno}")
    assert offenders == [], "read the time from the injected Clock instead: " + ", ".join(offenders)


def test_the_check_finds_a_direct_read():
    code = "import datetime as dt\nx = dt.datetime.now()\ny = dt.date.today()\nimport time\nz = time.monotonic()\n"
    found = [n for n in ast.walk(ast.parse(code)) if _reads_system_time(n)]
    assert len(found) == 3
    ok = "x = self.clock.now()\ny = ctx.today()\nz = dt.time(8, 0)\n"
    assert not [n for n in ast.walk(ast.parse(ok)) if _reads_system_time(n)]
