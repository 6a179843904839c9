#!/usr/bin/env bash
# Build the bundle twice from the lock, in two fresh folders, and compare every file.
# Usage: bash packaging/check-reproducible.sh     (about two builds' time; exit 1 when they differ)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
for n in 1 2; do
    COACH_BUILD_VENV="$TMP/venv$n" COACH_BUILD_DIST="$TMP/dist$n" COACH_BUILD_WORK="$TMP/work$n" \
        bash "$ROOT/packaging/build.sh" >/dev/null
    (cd "$TMP/dist$n/lumbar-coach" && find . -type f ! -type l -print0 | sort -z | xargs -0 sha256sum) > "$TMP/files$n"
done
if cmp -s "$TMP/files1" "$TMP/files2"; then
    echo "Two builds from the lock are identical: $(wc -l < "$TMP/files1") files, $(du -sh "$TMP/dist1/lumbar-coach" | cut -f1)."
else
    echo "The two builds differ:" >&2
    diff "$TMP/files1" "$TMP/files2" | head -20 >&2
    exit 1
fi
