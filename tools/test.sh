#!/usr/bin/env bash
# The whole suite: builds the headless variant and the GUI variant; runs every test in the headless build
# (soak tests excepted: `ctest -L soak` runs those), and in the GUI build the ones that differ there - the
# widgets, the appliance binary with its GUI linked in, and that binary's kiosk driven through AT-SPI (label
# atspi: under an Xvfb, a D-Bus session and an AT-SPI bus the test starts itself). The other tests are the
# same code on the same libraries in both builds, so running them twice would only double the time (so the
# GUI build compiles only what those tests need). Widgets run on Qt's offscreen platform. Last, in the GUI
# build, the .deb packages: cpack, lintian and an install into a Debian 12 chroot (tests/package/).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jobs=$(nproc 2>/dev/null || echo 2)
export QT_QPA_PLATFORM=offscreen

"$root/tools/build.sh" headless
WH_TARGETS="warehouse-appliance central-sim test_ui test_app" "$root/tools/build.sh" gui  # central-sim: the demo walk-through

echo "== headless build (-DWH_GUI=OFF)"
(cd "$root/build/headless" && ctest -j "$jobs" -LE soak --output-on-failure --timeout 900)
echo "== GUI build (widgets and the appliance binary)"
cd "$root/build/gui"
ctest -j "$jobs" -L '^(ui|app|atspi)$' -LE soak --output-on-failure --timeout 900
echo "== the Debian packages (GUI build: the kiosk ships from it)"
ctest -L '^package$' --output-on-failure --timeout 1800
