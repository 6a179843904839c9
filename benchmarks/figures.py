"""What a benchmark reports to the table of ``python -m benchmarks``, and the machine it ran on.

A benchmark calls :func:`record` for each figure it measures (as well as
printing its own lines). When the runner started it, ``BENCH_FIGURES`` names a
file and each figure is appended to it as one JSON line; run on its own, the
benchmark prints as usual and :func:`record` writes nothing.
"""

from __future__ import annotations

import json
import os
import platform
import sys
from pathlib import Path

ENV = "BENCH_FIGURES"


def start_coach_with(probe: str) -> str:
    """The end of a child process's script: start the real ``coach --data-dir argv[1]`` with an event filter of
    the class ``probe`` (defined earlier in the script; it is made with the application as its parent) on the
    application, so the script sees the first paint and whatever follows it."""
    return f"""
import sys
import coach.ui.app as app_module
_make = app_module.make_qapp

def make_qapp(*a, **k):
    app = _make(*a, **k)
    app._probe = {probe}(app)
    app.installEventFilter(app._probe)
    return app

app_module.make_qapp = make_qapp
from coach.cli import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def record(figure: str, value: float, unit: str, *, target: float | None = None, higher_is_better: bool = False,
           floor: float | None = None, floor_name: str = "", ratio_target: float | None = None,
           note: str = "", at_least: float | None = None) -> None:
    """One figure: its value and unit, the target it must meet (``value <= target`` unless
    ``higher_is_better``; with ``at_least`` too, a range), and where there is one the floor it is compared with (the same thing done by the
    least an app on this stack could do, measured in the same run) and the target for ``value / floor``."""
    out = os.environ.get(ENV)
    if not out:
        return
    row = {"bench": Path(sys.argv[0]).stem, "figure": figure, "value": value, "unit": unit, "target": target,
           "higher_is_better": higher_is_better, "floor": floor, "floor_name": floor_name,
           "ratio_target": ratio_target, "note": note, "at_least": at_least}
    with open(out, "a", encoding="utf-8") as f:
        f.write(json.dumps(row) + "\n")


def machine() -> dict[str, str]:
    """The machine and software a run measured: CPU, cores, memory, system, Python, Qt, and the load."""
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(next(ln.split()[1] for ln in Path("/proc/meminfo").read_text().splitlines()
                      if ln.startswith("MemTotal")))
        mem = f"{kb / 1024 / 1024:.0f} GB"
    except (OSError, StopIteration, ValueError):
        pass
    system = platform.platform(terse=True)
    try:
        rel = dict(line.split("=", 1) for line in Path("/etc/os-release").read_text().splitlines() if "=" in line)
        system = rel.get("PRETTY_NAME", system).strip('"')
    except OSError:
        pass
    try:
        from PySide6 import __version__ as pyside
        from PySide6.QtCore import qVersion

        qt = f"PySide6 {pyside} (Qt {qVersion()})"
    except ImportError:
        qt = "PySide6 not installed"
    return {"cpu": cpu or platform.processor() or "unknown", "cores": str(os.cpu_count()), "memory": mem,
            "system": system, "python": platform.python_version(), "qt": qt,
            "qpa": os.environ.get("QT_QPA_PLATFORM", "")}


def load() -> str:
    """The load averages (1, 5, 15 minutes) as ``uptime`` shows them."""
    try:
        return ", ".join(f"{v:.2f}" for v in os.getloadavg())
    except OSError:
        return "unknown"


def rss_mb(pid: int | str = "self") -> float:
    """Resident memory of a process in MB (``VmRSS``)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise OSError(f"no VmRSS for process {pid}")
