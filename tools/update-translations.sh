#!/usr/bin/env bash
# Brings the kiosk's translation files up to date with the sources after strings changed: every source text
# into ui/translations/kiosk_de.ts, and only the plural forms into kiosk_en.ts (English needs a translation
# only where "%n item(s)" becomes "1 item" and "2 items"). Then translate what lupdate marked unfinished.
# Usage: tools/update-translations.sh [GUI-BUILD-DIR]   (default build/gui, configured by tools/build.sh gui)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/gui}
cmake --build "$build" --target update_translations
cd "$build/ui"
/usr/lib/qt6/bin/lupdate -project .lupdate/wh_ui_project.json -no-obsolete -pluralonly \
    -ts "$root/ui/translations/kiosk_en.ts"
grep -c 'type="unfinished"' "$root/ui/translations/kiosk_de.ts" "$root/ui/translations/kiosk_en.ts" || true
