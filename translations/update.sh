#!/usr/bin/env bash
# Brings every .ts file up to date with the sources: the four translations
# in full, and English with plural forms only (so that "%n file(s)" reads
# "1 file" / "2 files"). Then translate what is marked unfinished.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=/usr/lib/qt6/bin/lupdate
[ -x "$lupdate" ] || lupdate=$(command -v lupdate)
mapfile -t sources < <(git ls-files 'core/*.cpp' 'core/*.h' 'ui/*.cpp' 'ui/*.h' 'app/*.cpp' 'app/*.h')
"$lupdate" -silent -no-obsolete -locations none -I core -I ui -I app/cli "${sources[@]}" \
    -ts translations/amparo_fr.ts translations/amparo_es.ts translations/amparo_ru.ts translations/amparo_ar.ts
"$lupdate" -silent -no-obsolete -locations none -I core -I ui -I app/cli -pluralonly "${sources[@]}" -ts translations/amparo_en.ts
grep -c 'type="unfinished"' translations/amparo_*.ts || true
