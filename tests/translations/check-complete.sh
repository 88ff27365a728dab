#!/usr/bin/env bash
# Fails when a translation is incomplete: lupdate is run on a copy of each
# .ts file, and the copy must have no unfinished, vanished or obsolete entry
# (so a string added to the code without its translations fails CI).
set -euo pipefail
cd "$(dirname "$0")/../.."
lupdate=/usr/lib/qt6/bin/lupdate
[ -x "$lupdate" ] || lupdate=$(command -v lupdate)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sources=$(git ls-files 'core/*.cpp' 'core/*.h' 'ui/*.cpp' 'ui/*.h' 'app/*.cpp' 'app/*.h')
status=0
for ts in translations/amparo_*.ts; do
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    # shellcheck disable=SC2086
    "$lupdate" -silent -no-obsolete -locations none $sources -ts "$copy" >/dev/null
    unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
    vanished=$(grep -c 'type="vanished"\|type="obsolete"' "$copy" || true)
    if [ "$unfinished" -gt 0 ] || [ "$vanished" -gt 0 ]; then
        echo "$ts: $unfinished unfinished and $vanished vanished entries (run: cmake --build build/dev --target update_translations, then translate)" >&2
        grep -B3 'type="unfinished"' "$copy" | grep '<source>' | head -5 >&2 || true
        status=1
    fi
done
exit $status
