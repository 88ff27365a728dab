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
# Qt 6.4's lupdate misreads C++17 nested namespace definitions and would file
# their strings under a context the program never asks for.
if git grep -nE '^namespace [A-Za-z_]+::' -- 'core/*' 'ui/*' 'app/*' >&2; then
    echo "Write 'namespace a { namespace b {' instead of 'namespace a::b {' (see above; scripts/flatten-namespaces.py does it)." >&2
    status=1
fi
for ts in translations/amparo_*.ts; do
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    # shellcheck disable=SC2086
    options=(-silent -no-obsolete -locations none -I core -I ui -I app/cli)
    [ "$(basename "$ts")" = amparo_en.ts ] && options+=(-pluralonly)
    "$lupdate" "${options[@]}" $sources -ts "$copy" >/dev/null 2>&1
    unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
    vanished=$(grep -c 'type="vanished"\|type="obsolete"' "$copy" || true)
    if [ "$unfinished" -gt 0 ] || [ "$vanished" -gt 0 ]; then
        echo "$ts: $unfinished unfinished and $vanished vanished entries (run translations/update.sh, then translate)" >&2
        grep -B3 'type="unfinished"' "$copy" | grep '<source>' | head -5 >&2 || true
        status=1
    fi
done
exit $status
