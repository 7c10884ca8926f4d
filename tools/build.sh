#!/usr/bin/env bash
# Configures and builds one variant into build/<variant>: `gui` (the kiosk, the default) or `headless`
# (-DWH_GUI=OFF: everything but ui/, proving no widget crept out of it). Extra arguments go to cmake.
# WH_TARGETS (space-separated) builds only those targets and what they need; unset, everything.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
variant=${1:-gui}
shift || true
case "$variant" in
    gui) gui=ON ;;
    headless) gui=OFF ;;
    *) echo "build: unknown variant '$variant' (gui or headless)" >&2; exit 2 ;;
esac
"$root/tools/deps.sh"
dir="$root/build/$variant"
if [[ ! -f "$dir/build.ninja" || $# -gt 0 ]]; then
    cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWH_GUI=$gui "$@" >/dev/null
fi
if [[ -n "${WH_TARGETS:-}" ]]; then
    # shellcheck disable=SC2086 # the list is meant to split into targets
    cmake --build "$dir" --target $WH_TARGETS -- --quiet
else
    cmake --build "$dir" -- --quiet
fi
