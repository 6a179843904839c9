#!/usr/bin/env bash
# Build a one-folder bundle with PyInstaller: dist/lumbar-coach/lumbar-coach
# Usage (from anywhere): bash packaging/build.sh
# Then check it: QT_QPA_PLATFORM=offscreen dist/lumbar-coach/lumbar-coach --smoke-test
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PY="$ROOT/.venv/bin/python"
if [ ! -x "$PY" ]; then
    echo "No virtual environment at .venv: run ./dev test (or python3 -m venv .venv && .venv/bin/pip install .) first." >&2
    exit 1
fi
if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
    echo "Installing PyInstaller into .venv ..."
    "$PY" -m pip install --quiet "pyinstaller>=6.10"
fi
if [ ! -f assets/icon.svg ] || [ ! -f "packaging/icons/hicolor/512x512/apps/org.lumbarcoach.LumbarCoach.png" ]; then
    QT_QPA_PLATFORM=offscreen "$PY" packaging/make_icons.py
fi

start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" \
    packaging/lumbar-coach.spec
end=$(date +%s)

size=$(du -sh dist/lumbar-coach | cut -f1)
echo "Built dist/lumbar-coach/lumbar-coach in $((end - start)) s ($size)."
