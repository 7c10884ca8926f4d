#!/usr/bin/env bash
# The main job: the appliance with its embedded defaults (a store in the user's data folder, demo data on
# first start, offline and buffering while no broker is configured). With a display it opens its window;
# without one it runs headless and says so. Arguments go to the appliance (try --help).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/tools/build.sh" gui
exec "$root/build/gui/app/warehouse-appliance" "$@"
