#!/usr/bin/env bash
# Installs the Debian 12 packages the appliance needs to build, run and test. Quiet and quick when they are
# all there already; uses sudo when not run as root.
set -euo pipefail

packages=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-serialport-dev libqt6sql6-sqlite libqt6sql6-psql libgl-dev
    libsqlite3-dev sqlite3
    postgresql
    libpaho-mqttpp-dev libpaho-mqtt-dev
    libzint-dev fonts-dejavu-core
    libsodium-dev
    qt6-multimedia-dev qt6-tools-dev qt6-l10n-tools
    catch2
    mosquitto mosquitto-clients socat
    openssl
    xvfb xauth
    python3-pyatspi at-spi2-core dbus-daemon dbus-bin
    python3-jsonschema clang libclang-rt-14-dev
    python3-prometheus-client
    prometheus-cpp-dev libsystemd-dev libssl-dev
    dpkg-dev fakeroot lintian debootstrap systemd
)

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

as_root=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "deps: need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
    as_root=(sudo)
fi
echo "deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
