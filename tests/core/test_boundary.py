"""coach/core stays free of Qt, pyqtgraph and storage: checked by reading the source and by running
the core tests in a process where those packages cannot be imported."""

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = ("PySide6", "shiboken6", "pyqtgraph", "sqlite_utils", "sqlite3")


def test_core_sources_import_no_qt_or_storage():
    offenders = []
    for path in (ROOT / "coach" / "core").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for n in names:
                if n.split(".")[0] in FORBIDDEN:
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: imports {n}")
    assert offenders == []


BLOCKER = """
import sys, importlib.abc
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in {forbidden!r}:
            raise ImportError(f"{{name}} is not installed in this test")
sys.meta_path.insert(0, Block())
import importlib, pkgutil, coach.core
for m in pkgutil.walk_packages(coach.core.__path__, "coach.core."):  # every module, tested or not
    importlib.import_module(m.name)
import pytest
sys.exit(pytest.main(sys.argv[1:]))
"""


@pytest.mark.longest
@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("COACH_CORE_ONLY") == "1", reason="already the Qt-free run")
def test_core_tests_pass_without_qt_installed(tmp_path):
    env = dict(os.environ, COACH_CORE_ONLY="1")
    script = BLOCKER.format(forbidden=set(FORBIDDEN) - {"sqlite3"})
    result = subprocess.run(
        [sys.executable, "-c", script, "-q", "-p", "no:pytest-qt", "-p", "no:cacheprovider", "-W", "ignore::pytest.PytestConfigWarning",
         # the slow ones (the fuzzer, the speech engine, every figure) run in the suite already; every core
         # module is imported above whether a quick test reaches it or not
         "-m", "not slow", "-x", str(ROOT / "tests" / "core")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
