#!/usr/bin/env bash
# The main job: the kiosk with its embedded defaults, as a demo a newcomer can use at once. It builds what is
# missing, then starts on 127.0.0.1 a Mosquitto broker and the reference central service (tools/central-sim)
# generating customers' orders for the demo's two merchants, and the appliance connected to both: a store in
# the user's data folder, demo data and staff on first start (README), and the demo scanner's panel of
# barcodes to tap. With a display it opens the kiosk; without one it runs headless and prints what happens.
# Ctrl+C (or closing the kiosk) stops all three.
#
# Arguments go to the appliance (try --help). A subcommand other than `run` (verify, decode, label, staff...),
# a --broker of your own, or WH_DEMO_SERVICES=0 runs the appliance alone, without the demo's broker and
# central service.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# WH_BUILD_DIR names a GUI build made elsewhere (the demo's own test): then nothing is built here.
build=${WH_BUILD_DIR:-}
if [[ -z "$build" ]]; then
    WH_TARGETS="warehouse-appliance central-sim" "$root/tools/build.sh" gui
    build="$root/build/gui"
fi
app="$build/app/warehouse-appliance"

services=${WH_DEMO_SERVICES:-1}
first=${1:-run}
[[ "$first" != run && "$first" != -* ]] && services=0
for arg in "$@"; do
    [[ "$arg" == --broker || "$arg" == --broker=* || "$arg" == --help || "$arg" == --version ]] && services=0
done
if [[ "$services" != 1 ]]; then
    exec "$app" "$@"
fi

# The central service's store lives beside the appliance's, so a second demo run goes on where the first
# stopped (the two keep each other's cursors).
data="${XDG_DATA_HOME:-$HOME/.local/share}/warehouse-appliance/warehouse-appliance"
for ((i = 1; i <= $#; i++)); do
    [[ "${!i}" == --data-dir ]] && { j=$((i + 1)); data="${!j}"; }
    [[ "${!i}" == --data-dir=* ]] && data="${!i#--data-dir=}"
done
mkdir -p "$data"
demo=$(mktemp -d -t warehouse-demo.XXXXXX)
pids=()
stop() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$demo"
}
trap stop EXIT
trap 'exit 130' INT TERM

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat > "$demo/mosquitto.conf" <<CONF
listener $port 127.0.0.1
allow_anonymous true
persistence false
CONF
/usr/sbin/mosquitto -c "$demo/mosquitto.conf" > "$demo/mosquitto.log" 2>&1 &
pids+=($!)
for _ in $(seq 50); do
    (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    sleep 0.1
done
echo "demo: Mosquitto on 127.0.0.1:$port"

# The central service: a new customer order every 10 s over both merchants, through payment and routing to
# this warehouse (it waits for the appliance's first stock snapshot), delivered 60 s after the hand-over.
"$build/tools/central-sim/central-sim" --broker "tcp://127.0.0.1:$port" --warehouse wh-1 \
    --catalog "$root/tools/demo/catalog.json" --store "$data/demo-central.db" --sagas --orders 500 --rate 0.1 \
    --pay-decline 0 --pay-timeout 0 --delivery-ms 60000 > >(sed -u 's/^/central: /') 2>&1 &
pids+=($!)
echo "demo: the central service generates an order every 10 s (its store: $data/demo-central.db)"

"$app" run --broker "tcp://127.0.0.1:$port" --warehouse wh-1 --stock-round-minutes 0.25 --demo-scanner "$@" &
pids+=($!)
wait "${pids[-1]}"
