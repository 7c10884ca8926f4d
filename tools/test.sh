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

# The package test's Debian 12 chroot is bootstrapped meanwhile: mostly download and disk, so it overlaps the
# compiling instead of adding minutes at the end (root only; tests/package/test_package.sh).
"$root/tools/deps.sh"
mkdir -p "$root/build/gui"
"$root/tests/package/test_package.sh" --bootstrap-only "$root/build/gui" >"$root/build/package-bootstrap.log" 2>&1 &
bootstrap=$!

"$root/tools/build.sh" headless
WH_TARGETS="warehouse-appliance central-sim test_ui test_app" "$root/tools/build.sh" gui  # central-sim: the demo walk-through

echo "== headless build (-DWH_GUI=OFF)"
(cd "$root/build/headless" && ctest -j "$jobs" -LE soak --output-on-failure --timeout 900)
echo "== GUI build (widgets and the appliance binary)"
cd "$root/build/gui"
ctest -j "$jobs" -L '^(ui|app|atspi)$' -LE soak --output-on-failure --timeout 900
echo "== the Debian packages (GUI build: the kiosk ships from it)"
wait "$bootstrap" || { cat "$root/build/package-bootstrap.log"; echo "test: bootstrapping the chroot failed" >&2; exit 1; }
ctest -L '^package$' --output-on-failure --timeout 1800
