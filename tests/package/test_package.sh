#!/usr/bin/env bash
# The Debian packages end to end (label `package`, GUI build): builds them with cpack, fails on any lintian
# error, installs them with apt-get into a fresh Debian 12 chroot, and checks there what an operator gets:
# the programs run, the system user with its groups and data folder, the units (systemd-analyze verify),
# the udev rules and the configuration file; then removes them and checks the store is kept.
#
#   tests/package/test_package.sh BUILD_DIR
#   tests/package/test_package.sh --bootstrap-only BUILD_DIR   # only make the chroot's tar (tools/test.sh
#                                                              # runs it early, beside the builds)
#
# Needs root for the chroot (as CI runs); without root it stops after lintian with exit code 77 (skipped).
# The bootstrapped chroot is kept as a tar in BUILD_DIR/package-test, and the .deb files apt downloads in
# BUILD_DIR/package-test/apt-archives, so a rerun bootstraps nothing and downloads little. WH_DEBIAN_MIRROR
# names another mirror than deb.debian.org.
set -euo pipefail

bootstrap_only=false
if [[ ${1:-} == --bootstrap-only ]]; then
    bootstrap_only=true
    shift
fi
mkdir -p "${1:?usage: test_package.sh [--bootstrap-only] BUILD_DIR}"
build=$(cd "$1" && pwd)
mirror=${WH_DEBIAN_MIRROR:-http://deb.debian.org/debian}
work=$build/package-test
root=$work/root
tarball=$work/bookworm-minbase.tar
archives=$work/apt-archives
user=warehouse-appliance
conf=/etc/warehouse-appliance/appliance.conf

started=$SECONDS
step() {
    echo "== $* (at $((SECONDS - started)) s)"
}
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# Unmounts what this script mounted under the chroot, innermost first; then the folder can go.
unmount_root() {
    [[ -d $root ]] || return 0
    local mounts
    mounts=$(findmnt -rn -o TARGET | grep -F "$root/" | sort -r || true)
    for m in $mounts; do
        umount "$m" 2>/dev/null || umount -l "$m"
    done
}
remove_root() {
    unmount_root
    if findmnt -rn -o TARGET | grep -qF "$root/"; then
        fail "something is still mounted under $root; not removing it"
    fi
    rm -rf --one-file-system "$root"
}
in_root() {
    chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}

# The Debian 12 minbase chroot, bootstrapped once and kept as a tar.
make_tarball() {
    [[ -f $tarball ]] && return 0
    step "debootstrap --variant=minbase bookworm (once; kept as $tarball)"
    rm -rf --one-file-system "$work/bootstrap"
    debootstrap --variant=minbase bookworm "$work/bootstrap" "$mirror" >"$work/debootstrap.log" 2>&1 ||
        { tail -30 "$work/debootstrap.log"; fail "debootstrap failed"; }
    rm -f "$work"/bootstrap/var/cache/apt/archives/*.deb
    tar -C "$work/bootstrap" --numeric-owner -cf "$tarball.partial" . && mv "$tarball.partial" "$tarball"
    rm -rf --one-file-system "$work/bootstrap"
}

mkdir -p "$work"
if $bootstrap_only; then
    if [[ $(id -u) -ne 0 ]]; then
        echo "not root: no chroot to bootstrap"
        exit 0
    fi
    make_tarball
    exit 0
fi
step "building the appliance and central-sim"
cmake --build "$build" --target warehouse-appliance central-sim -- --quiet

step "cpack"
rm -rf "$work/debs"
(cd "$build" && cpack --config CPackConfig.cmake -B "$work/debs" >"$work/cpack.log") ||
    { cat "$work/cpack.log"; fail "cpack failed"; }
debs=("$work"/debs/*.deb)
for name in warehouse-appliance warehouse-appliance-kiosk central-sim; do
    ls "$work"/debs/"${name}"_*.deb >/dev/null 2>&1 || fail "cpack made no $name package (${debs[*]})"
done
for deb in "${debs[@]}"; do
    echo "$(basename "$deb"): $(dpkg-deb -f "$deb" Version), Depends: $(dpkg-deb -f "$deb" Depends)"
done
version=$(dpkg-deb -f "$work"/debs/warehouse-appliance_*.deb Version)

step "lintian"
rc=0
lintian --fail-on error --tag-display-limit 0 "${debs[@]}" >"$work/lintian.log" 2>"$work/lintian.err" || rc=$?
cat "$work/lintian.log"
grep -v 'running with root privileges is not recommended' "$work/lintian.err" >&2 || true
if grep -q '^E: ' "$work/lintian.log"; then
    fail "lintian reports errors (above)"
fi
((rc == 0)) || fail "lintian failed (exit code $rc)"

if [[ $(id -u) -ne 0 ]]; then
    echo "SKIPPED: the chroot install needs root (CI runs as root)"
    exit 77
fi

trap unmount_root EXIT
remove_root
make_tarball

step "a fresh chroot from $tarball"
mkdir -p "$root" "$archives"
tar -C "$root" --numeric-owner -xf "$tarball"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount -t sysfs -o ro sysfs "$root/sys"
mount --bind "$archives" "$root/var/cache/apt/archives"
cp /etc/resolv.conf "$root/etc/resolv.conf"
echo "deb $mirror bookworm main" >"$root/etc/apt/sources.list"
# A throwaway root: no fsync after each file (the install takes half the time).
echo force-unsafe-io >"$root/etc/dpkg/dpkg.cfg.d/unsafe-io"
mkdir -p "$root/tmp/debs"
cp "${debs[@]}" "$root/tmp/debs/"

step "apt-get install ./*.deb (and systemd and udev, for systemd-analyze and udevadm)"
in_root apt-get update -qq
# shellcheck disable=SC2046 # one argument per package file
in_root apt-get install -y -qq --no-install-recommends systemd udev \
    $(cd "$root" && printf './tmp/debs/%s ' $(ls tmp/debs)) >"$work/apt.log" 2>&1 ||
    { tail -40 "$work/apt.log"; fail "apt-get install failed"; }
grep -iE 'warning|error' "$work/apt.log" || true

step "the installed programs"
out=$(in_root warehouse-appliance --version)
echo "$out"
[[ $out == *"$version"* ]] || fail "warehouse-appliance --version says '$out', the package is $version"
in_root warehouse-appliance --help >/dev/null || fail "warehouse-appliance --help failed"
in_root warehouse-appliance --check-config --config "$conf" || fail "--check-config refuses the packaged $conf"
out=$(in_root central-sim --version)
[[ $out == *"$version"* ]] || fail "central-sim --version says '$out', the package is $version"

step "the system user, its groups and its data folder"
entry=$(in_root getent passwd "$user") || fail "no user $user"
echo "$entry"
[[ $(cut -d: -f6 <<<"$entry") == /var/lib/warehouse-appliance ]] || fail "$user's home is not its data folder"
[[ $(cut -d: -f7 <<<"$entry") == /usr/sbin/nologin ]] || fail "$user can log in"
(($(cut -d: -f3 <<<"$entry") < 1000)) || fail "$user is not a system user"
groups=$(in_root id -nG "$user")
echo "$user is in: $groups"
for g in dialout lp; do
    [[ " $groups " == *" $g "* ]] || fail "$user is not in $g"
done
owner=$(in_root stat -c '%U:%G %a' /var/lib/warehouse-appliance)
[[ $owner == "$user:$user 750" ]] || fail "/var/lib/warehouse-appliance is $owner, not $user:$user 750"
# The user can run the appliance with the packaged configuration, as the unit does (no broker: it buffers).
in_root runuser -u "$user" -- env QT_QPA_PLATFORM=offscreen warehouse-appliance run --headless \
    --config "$conf" --exit-after 2 >"$work/run.log" 2>&1 ||
    { cat "$work/run.log"; fail "the appliance did not run as $user"; }
# The unit's check before each start, now with a store there: still accepted, and the store left alone.
in_root runuser -u "$user" -- warehouse-appliance --check-config --config "$conf" >"$work/check.log" 2>&1 ||
    { cat "$work/check.log"; fail "--check-config refuses the packaged $conf with a store in place"; }
owner=$(in_root stat -c '%U' /var/lib/warehouse-appliance/warehouse.db) || fail "no store was made"
[[ $owner == "$user" ]] || fail "the store belongs to $owner"

step "the files in place"
for f in /lib/systemd/system/warehouse-appliance.service /lib/systemd/system/warehouse-appliance-kiosk.service \
    /lib/udev/rules.d/60-warehouse-appliance.rules /usr/lib/sysusers.d/warehouse-appliance.conf \
    /usr/lib/tmpfiles.d/warehouse-appliance.conf "$conf" /usr/share/man/man1/warehouse-appliance.1.gz \
    /usr/share/man/man1/central-sim.1.gz /usr/bin/cage; do
    [[ -f $root$f ]] || fail "$f is missing"
done
# shellcheck disable=SC2016 # dpkg-query's field, not the shell's
in_root dpkg-query -W -f='${Conffiles}\n' warehouse-appliance | grep -q " $conf " ||
    fail "$conf is not a conffile"

step "systemd-analyze verify"
for unit in warehouse-appliance.service warehouse-appliance-kiosk.service; do
    # --man=no: there is no man in a minbase chroot; the pages' files are checked above.
    in_root systemd-analyze verify --man=no "/lib/systemd/system/$unit" ||
        fail "systemd-analyze verify refuses $unit"
done
# The same check does refuse a broken unit here (a missing program), so its passing above means something.
sed 's|^ExecStart=/usr/bin/|ExecStart=/usr/bin/no-such-|' "$root/lib/systemd/system/warehouse-appliance.service" \
    >"$root/tmp/broken.service"
if in_root systemd-analyze verify --man=no /tmp/broken.service >/dev/null 2>&1; then
    fail "systemd-analyze verify accepts a unit whose program is missing: it checks nothing here"
fi

step "udevadm test reads the rules without complaint"
rules=60-warehouse-appliance.rules
udev_test() {
    in_root udevadm test --action=add /class/net/lo 2>&1 | grep -F "$rules" || true
}
out=$(udev_test)
echo "$out"
grep -q "Reading rules file: .*/$rules" <<<"$out" || fail "udevadm did not read $rules"
! grep -q "$rules:[0-9]" <<<"$out" || fail "udevadm complains about $rules (above)"
# And it does complain about a broken copy (one in /etc/udev/rules.d hides the package's).
{ cat "$root/lib/udev/rules.d/$rules"; echo 'SUBSYSTEM=="tty", NO_SUCH_KEY=="x", SYMLINK+="x"'; } \
    >"$root/etc/udev/rules.d/$rules"
grep -q "$rules:[0-9]" <<<"$(udev_test)" || fail "udevadm accepts a broken rule: the check above checks nothing"
rm "$root/etc/udev/rules.d/$rules"

step "an upgrade and a downgrade keep the user, the store and the edited configuration"
# The same packages under a higher version: the maintainer scripts' upgrade and downgrade paths (the
# binary's own store migration and downgrade refusal are tested with the binary).
newer=$version+upgrade1
installed_version() {
    # shellcheck disable=SC2016 # dpkg-query's field, not the shell's
    in_root dpkg-query -W -f='${Version}' warehouse-appliance
}
rm -rf "$work/repack" && mkdir -p "$work/repack" "$root/tmp/newer"
for name in warehouse-appliance warehouse-appliance-kiosk; do
    deb=$(ls "$work"/debs/"${name}"_*.deb)
    dpkg-deb -R "$deb" "$work/repack/$name"
    sed -i "s/^Version: .*/Version: $newer/; s/(= $version)/(= $newer)/" "$work/repack/$name/DEBIAN/control"
    dpkg-deb -b "$work/repack/$name" "$root/tmp/newer/$name.deb" >/dev/null
done
echo "# edited by the operator" >>"$root$conf"
in_root apt-get install -y -qq ./tmp/newer/warehouse-appliance.deb ./tmp/newer/warehouse-appliance-kiosk.deb \
    >"$work/upgrade.log" 2>&1 || { cat "$work/upgrade.log"; fail "the upgrade to $newer failed"; }
[[ $(installed_version) == "$newer" ]] || fail "no upgrade to $newer"
# shellcheck disable=SC2046 # one argument per package file
in_root apt-get install -y -qq --allow-downgrades \
    $(cd "$root" && ls ./tmp/debs/warehouse-appliance_*.deb ./tmp/debs/warehouse-appliance-kiosk_*.deb) \
    >"$work/downgrade.log" 2>&1 || { cat "$work/downgrade.log"; fail "the downgrade to $version failed"; }
[[ $(installed_version) == "$version" ]] || fail "no downgrade to $version"
grep -q '^# edited by the operator$' "$root$conf" || fail "the upgrades lost the operator's edit of $conf"
[[ -f $root/var/lib/warehouse-appliance/warehouse.db ]] || fail "the upgrades lost the store"
[[ $(in_root stat -c '%U %a' /var/lib/warehouse-appliance) == "$user 750" ]] || fail "the upgrades changed the data folder"
groups=$(in_root id -nG "$user")
for g in dialout lp; do
    [[ " $groups " == *" $g "* ]] || fail "after the upgrades $user is not in $g"
done

step "removal and purge keep the store; purge forgets the enabled units"
# The operator's choice, as docs/operations.md says to make it (offline here: no systemd runs).
in_root systemctl enable warehouse-appliance.service warehouse-appliance-kiosk.service 2>&1
wants=(/etc/systemd/system/multi-user.target.wants/warehouse-appliance.service
    /etc/systemd/system/graphical.target.wants/warehouse-appliance-kiosk.service)
for link in "${wants[@]}"; do
    [[ -L $root$link ]] || fail "systemctl enable made no $link"
done
packages=(warehouse-appliance-kiosk warehouse-appliance central-sim)
in_root apt-get remove -y -qq "${packages[@]}" >"$work/remove.log" 2>&1 ||
    { cat "$work/remove.log"; fail "apt-get remove failed"; }
[[ ! -e $root/usr/bin/warehouse-appliance ]] || fail "the binary is still there after removal"
[[ ! -e $root/lib/systemd/system/warehouse-appliance.service ]] || fail "the unit is still there after removal"
[[ -f $root$conf ]] || fail "removal took the configuration file (only a purge does)"
for unit in warehouse-appliance.service warehouse-appliance-kiosk.service; do
    [[ $(readlink "$root/etc/systemd/system/$unit") == /dev/null ]] || fail "$unit is not masked after removal"
done
in_root dpkg --purge "${packages[@]}" >"$work/purge.log" 2>&1 ||
    { cat "$work/purge.log"; fail "dpkg --purge failed"; }
for link in "${wants[@]}" /etc/systemd/system/warehouse-appliance.service \
    /etc/systemd/system/warehouse-appliance-kiosk.service "$conf"; do
    [[ ! -e $root$link && ! -L $root$link ]] || fail "$link is left after purge"
done
[[ -f $root/var/lib/warehouse-appliance/warehouse.db ]] || fail "purge took the store with it"
in_root getent passwd "$user" >/dev/null || fail "purge removed the user that owns the store"

remove_root
trap - EXIT
echo "== package test passed in $((SECONDS - started)) s"
