#!/usr/bin/env bash
# Build the one-folder bundle with PyInstaller: dist/lumbar-coach/lumbar-coach
# Usage (from anywhere): bash packaging/build.sh
# Then check it: QT_QPA_PLATFORM=offscreen dist/lumbar-coach/lumbar-coach --smoke-test
#
# Repeatable: it makes its own clean virtual environment (build/venv; COACH_BUILD_VENV to put it
# elsewhere) and installs into it only what packaging/requirements.lock pins, every file checked
# against its hash (PyInstaller included), then the project itself without dependencies; nothing
# is resolved or fetched unpinned. SOURCE_DATE_EPOCH (default: the last commit's time) and a fixed
# PYTHONHASHSEED make the bytecode and the archives the same from one build to the next.
# The lock is for CPython 3.11 on Linux x86-64 (glibc 2.34 or newer); packaging/requirements.in
# says how to regenerate it.
# Other settings: COACH_BUILD_DIST (default dist), COACH_BUILD_WORK (default build/pyinstaller).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
LOCK="$ROOT/packaging/requirements.lock"
VENV="${COACH_BUILD_VENV:-$ROOT/build/venv}"
DIST="${COACH_BUILD_DIST:-$ROOT/dist}"
WORK="${COACH_BUILD_WORK:-$ROOT/build/pyinstaller}"

PY=""
for p in python3.11 python3; do
    if command -v "$p" >/dev/null 2>&1 && "$p" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' 2>/dev/null; then
        PY="$p"; break
    fi
done
if [ -z "$PY" ]; then
    echo "build.sh: the lock is for Python 3.11, and no python3.11 was found (python3 is $(python3 --version 2>&1))." >&2
    echo "Install Python 3.11, or regenerate packaging/requirements.lock for your Python (see packaging/requirements.in)." >&2
    exit 1
fi

export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git -C "$ROOT" log -1 --format=%ct 2>/dev/null || echo 1767225600)}"
export PYTHONHASHSEED=1
export PIP_DISABLE_PIP_VERSION_CHECK=1

start=$(date +%s)
rm -rf "$VENV"
"$PY" -m venv "$VENV"
VPY="$VENV/bin/python"
"$VPY" -m pip install --quiet --require-hashes --no-deps --only-binary :all: -r "$LOCK"
"$VPY" -m pip install --quiet --no-deps --no-build-isolation --no-index "$ROOT"
rm -rf "$ROOT/build/lib" "$ROOT"/*.egg-info  # left in the tree by the setuptools build

if [ ! -f assets/icon.svg ] || [ ! -f "packaging/icons/hicolor/512x512/apps/org.lumbarcoach.LumbarCoach.png" ]; then
    QT_QPA_PLATFORM=offscreen "$VPY" packaging/make_icons.py
fi

# The translations: .ts sources compiled to .qm by Qt's own tool (the spec puts them beside the sources)
rm -rf "$ROOT/build/translations" && mkdir -p "$ROOT/build/translations"
for ts in assets/translations/coach_*.ts; do
    "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "$ROOT/build/translations/$(basename "${ts%.ts}").qm"
done

"$VPY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" \
    packaging/lumbar-coach.spec
end=$(date +%s)

size=$(du -sh "$DIST/lumbar-coach" | cut -f1)
echo "Built $DIST/lumbar-coach/lumbar-coach in $((end - start)) s ($size)."
