#!/usr/bin/env bash
# The whole suite: builds the headless variant and the GUI variant and runs every test of both (soak tests
# excepted: `ctest -L soak` runs those). Widgets run on Qt's offscreen platform.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jobs=$(nproc 2>/dev/null || echo 2)
export QT_QPA_PLATFORM=offscreen

"$root/tools/build.sh" headless
"$root/tools/build.sh" gui

echo "== headless build (-DWH_GUI=OFF)"
(cd "$root/build/headless" && ctest -j "$jobs" -LE soak --output-on-failure --timeout 900)
echo "== GUI build"
cd "$root/build/gui"
ctest -j "$jobs" -LE soak --output-on-failure --timeout 900
