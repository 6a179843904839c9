"""Keep the translation files current, with Qt's own tools.

    python tools/translations.py update        every coach_*.ts gets the texts now in the code
    python tools/translations.py add fr        start coach_fr.ts for a new language
    python tools/translations.py check         exit 1 when a .ts is not current (what the tests check)
    python tools/translations.py compile DIR   compile every .ts to DIR/coach_<code>.qm (lrelease)

``update`` runs ``pyside6-lupdate`` over every Python file under ``coach/``: it
finds ``translate("Context", "text")`` and ``QT_TRANSLATE_NOOP("Context",
"text")`` (see ``coach/core/i18n.py``), keeps the translations already made,
marks new texts unfinished and drops texts no longer in the code. Locations are
left out, so moving code does not change the files. Translate with Qt Linguist
(``pyside6-linguist assets/translations/coach_es.ts``) or any editor.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "assets" / "translations"


def tool(name: str) -> str:
    here = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(here) if here.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} was not found: install PySide6 (pip install -e .) and run this again.")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "coach").rglob("*.py"))


def ts_files() -> list[Path]:
    return sorted(TS_DIR.glob("coach_*.ts"))


def lupdate(ts: Path, language: str | None = None) -> None:
    args = [tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete", *sources()]
    if language:
        args += ["-source-language", "en", "-target-language", language]
    subprocess.run([*args, "-ts", str(ts)], cwd=ROOT, check=True)


def update() -> int:
    for ts in ts_files():
        lupdate(ts)
    return 0


def add(code: str) -> int:
    ts = TS_DIR / f"coach_{code}.ts"
    if ts.exists():
        raise SystemExit(f"{ts} already exists; run 'update' to bring it up to date.")
    TS_DIR.mkdir(parents=True, exist_ok=True)
    lupdate(ts, code)
    print(f"Made {ts.relative_to(ROOT)}. Translate it, then add {code!r} with the language's own name to "
          "LANGUAGES in coach/core/i18n.py.")
    return 0


def stale() -> list[str]:
    """The .ts files that differ from what lupdate makes of the code now."""
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for ts in ts_files():
            copy = Path(tmp) / ts.name
            shutil.copyfile(ts, copy)
            lupdate(copy)
            if copy.read_bytes() != ts.read_bytes():
                out.append(ts.name)
    return out


def check() -> int:
    bad = stale()
    for name in bad:
        print(f"{name} is not current: run python tools/translations.py update and translate what is new.")
    return 1 if bad else 0


def compile_all(dest: Path) -> int:
    dest.mkdir(parents=True, exist_ok=True)
    for ts in ts_files():
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(dest / f"{ts.stem}.qm")], check=True)
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        return update()
    if argv[:1] == ["check"]:
        return check()
    if argv[:1] == ["add"] and len(argv) == 2:
        return add(argv[1])
    if argv[:1] == ["compile"] and len(argv) == 2:
        return compile_all(Path(argv[1]))
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
