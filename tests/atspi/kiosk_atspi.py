#!/usr/bin/python3
"""The real appliance's kiosk driven from outside, as a screen reader or a test robot sees it: through
AT-SPI, by the accessible names of its controls.

Starts everything it needs and stops it again, so it runs on a bare machine (as root, no user session, no
display): Xvfb on a display number it picks itself (-displayfd), a D-Bus session bus of its own, the AT-SPI
bus (activated on that session bus by at-spi2-core's launcher), and `warehouse-appliance run` on a new store
in a temporary folder with Qt's AT-SPI bridge on (QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1). Then, through
pyatspi: finds the kiosk's window, types a demo badge into the "Scan field", presses "Work for Acme Outdoor",
checks the header names the supervisor and the banner reads what happened, opens "Stock look-up", searches
for a bin and reads the result table, opens "Sync" and reads its backlog figure, and logs out.

Usage: kiosk_atspi.py PATH/TO/warehouse-appliance
Exit status 0 when every check passed, 1 on a failed check (with what was seen), 2 when the set-up failed.
"""

import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time

STEP_TIMEOUT = 30.0  # seconds for any one thing to appear; a slow 2-core CI machine included
BADGE = "BADGE-9001"  # the demo's supervisor (Sam Supervisor), working for acme and globex


class SetupError(Exception):
    pass


class CheckFailed(Exception):
    pass


def log(message):
    print(f"[atspi {time.monotonic() - START:6.2f}s] {message}", flush=True)


START = time.monotonic()


def read_line(stream, timeout, what):
    """One line from a child's pipe, or SetupError after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    data = b""
    fd = stream.fileno()
    while not data.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0:
            raise SetupError(f"{what}: nothing after {timeout:.0f} s")
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            chunk = os.read(fd, 1)
            if not chunk:
                raise SetupError(f"{what}: exited before saying anything")
            data += chunk
    return data.decode().strip()


class Processes:
    """The children this script started, each in a process group of its own, stopped in reverse order."""

    def __init__(self):
        self.children = []

    def start(self, name, args, **kwargs):
        try:
            process = subprocess.Popen(args, start_new_session=True, **kwargs)
        except OSError as error:
            raise SetupError(f"cannot start {name}: {error}")
        self.children.append((name, process))
        return process

    def stop(self, name, process):
        if process.poll() is None:
            try:
                os.killpg(process.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                log(f"{name} did not stop on SIGTERM: SIGKILL")
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)
        else:
            # The group may outlive its leader (the D-Bus daemon's activated services).
            try:
                os.killpg(process.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass

    def stop_all(self):
        for name, process in reversed(self.children):
            self.stop(name, process)
        self.children.clear()


def start_environment(procs, tmp):
    """Xvfb, then a D-Bus session bus; returns the environment for this script and the appliance."""
    env = dict(os.environ)
    for name in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS",
                 "XAUTHORITY", "SESSION_MANAGER"):
        env.pop(name, None)
    runtime = os.path.join(tmp, "runtime")
    os.mkdir(runtime, 0o700)
    env["XDG_RUNTIME_DIR"] = runtime
    env["HOME"] = os.path.join(tmp, "home")
    os.mkdir(env["HOME"])
    env["XDG_CONFIG_HOME"] = os.path.join(env["HOME"], ".config")
    env["XDG_DATA_HOME"] = os.path.join(env["HOME"], ".local", "share")
    env["XDG_CACHE_HOME"] = os.path.join(env["HOME"], ".cache")
    env["LC_ALL"] = "C.UTF-8"

    # Xvfb picks a free display number itself and writes it to the pipe.
    read_end, write_end = os.pipe()
    xvfb = procs.start("Xvfb", ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x1024x24",
                                "-nolisten", "tcp", "-noreset"],
                       pass_fds=(write_end,), stdout=subprocess.DEVNULL,
                       stderr=open(os.path.join(tmp, "xvfb.log"), "wb"), env=env)
    os.close(write_end)
    with os.fdopen(read_end, "rb", buffering=0) as pipe:
        display = read_line(pipe, STEP_TIMEOUT, "Xvfb")
    if xvfb.poll() is not None:
        raise SetupError(f"Xvfb exited with {xvfb.returncode}")
    env["DISPLAY"] = ":" + display
    log(f"Xvfb on {env['DISPLAY']}")

    # A session bus of our own; the AT-SPI bus launcher is activated on it on first use.
    bus = procs.start("dbus-daemon", ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
                      stdout=subprocess.PIPE, stderr=open(os.path.join(tmp, "dbus.log"), "wb"), env=env)
    env["DBUS_SESSION_BUS_ADDRESS"] = read_line(bus.stdout, STEP_TIMEOUT, "dbus-daemon")
    log(f"D-Bus session bus at {env['DBUS_SESSION_BUS_ADDRESS']}")
    return env


# ---- AT-SPI look-ups -------------------------------------------------------------------------------------

def showing(pyatspi, node):
    try:
        return node.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:  # a widget deleted meanwhile
        return False


def walk(pyatspi, node, depth=0):
    """Every showing descendant of `node` (hidden screens of the kiosk's stack are skipped whole)."""
    try:
        count = node.childCount
    except Exception:
        return
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        if child is None or not showing(pyatspi, child):
            continue
        yield child
        if depth < 40:
            yield from walk(pyatspi, child, depth + 1)


def wait_for(what, find, timeout=STEP_TIMEOUT, seen=None):
    deadline = time.monotonic() + timeout
    while True:
        found = find()
        if found is not None:
            return found
        if time.monotonic() > deadline:
            detail = f"; seen: {seen()}" if seen else ""
            raise CheckFailed(f"{what}: not there after {timeout:.0f} s{detail}")
        time.sleep(0.2)


def find_named(pyatspi, root, name, roles=None):
    for node in walk(pyatspi, root):
        try:
            if node.name == name and (roles is None or node.getRole() in roles):
                return node
        except Exception:
            continue
    return None


def names(pyatspi, root, roles):
    out = []
    for node in walk(pyatspi, root):
        try:
            if node.getRole() in roles and node.name:
                out.append(node.name)
        except Exception:
            continue
    return out


def press(pyatspi, root, name):
    button = wait_for(f'button "{name}"', lambda: find_named(pyatspi, root, name, {pyatspi.ROLE_PUSH_BUTTON}),
                      seen=lambda: names(pyatspi, root, {pyatspi.ROLE_PUSH_BUTTON}))
    action = button.queryAction()
    for i in range(action.nActions):
        if action.getName(i).lower() in ("press", "click"):
            action.doAction(i)
            log(f'pressed "{name}"')
            return
    raise CheckFailed(f'button "{name}" has no press action: '
                      f'{[action.getName(i) for i in range(action.nActions)]}')


def described(pyatspi, root, description):
    """The label whose accessible description is `description`: a value label, whose name is its text."""
    for node in walk(pyatspi, root):
        try:
            if node.getRole() == pyatspi.ROLE_LABEL and node.description == description:
                return node
        except Exception:
            continue
    return None


def descriptions(pyatspi, root):
    out = []
    for node in walk(pyatspi, root):
        try:
            if node.getRole() == pyatspi.ROLE_LABEL and node.description:
                out.append(f"{node.description}: {node.name}")
        except Exception:
            continue
    return out


def label_containing(pyatspi, root, text):
    for node in walk(pyatspi, root):
        try:
            if node.getRole() == pyatspi.ROLE_LABEL and text in node.name:
                return node
        except Exception:
            continue
    return None


def text_of(node):
    text = node.queryText()
    return text.getText(0, text.characterCount)


def type_scan(pyatspi, window, code):
    """Types `code` into the scan field and presses Return, as a keyboard-wedge scanner does."""
    field = wait_for('the "Scan field"', lambda: find_named(pyatspi, window, "Scan field"),
                     seen=lambda: names(pyatspi, window, {pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY}))
    # Keys go where the X server's focus is: with no window manager, to the window under the pointer. So
    # the pointer moves onto the scan field first (no click: the kiosk keeps the field's focus itself).
    box = field.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    pyatspi.Registry.generateMouseEvent(box.x + box.width // 2, box.y + box.height // 2, pyatspi.MOUSE_ABS)
    if text_of(field):
        raise CheckFailed(f"the scan field is not empty before the scan: {text_of(field)!r}")
    pyatspi.Registry.generateKeyboardEvent(0, code, pyatspi.KEY_STRING)
    wait_for(f'"{code}" in the scan field', lambda: field if text_of(field) == code else None,
             seen=lambda: repr(text_of(field)))
    pyatspi.Registry.generateKeyboardEvent(0xFF0D, None, pyatspi.KEY_SYM)  # XK_Return
    log(f'scanned "{code}"')


def kiosk_window(pyatspi, process):
    """The kiosk's window on the AT-SPI desktop, once `process` (the appliance or the demo) has shown it."""
    desktop = pyatspi.Registry.getDesktop(0)

    def find():
        for app in desktop:
            if app is None:
                continue
            try:
                for window in app:
                    if window is not None and window.name.startswith("Warehouse kiosk"):
                        return window
            except Exception:
                continue
        if process.poll() is not None:
            raise SetupError(f"{process.args[0]} exited with {process.returncode} before showing its window")
        return None

    window = wait_for("the kiosk's window on the AT-SPI desktop", find, timeout=60,
                      seen=lambda: [a.name for a in desktop if a is not None])
    log("found the kiosk's window")
    return window


def drive(pyatspi, appliance):
    window = kiosk_window(pyatspi, appliance)
    check_alive(appliance)

    # The login screen: a badge scan, then the merchant.
    wait_for("the login screen's title", lambda: label_containing(pyatspi, window, "Log in"))
    type_scan(pyatspi, window, BADGE)
    press(pyatspi, window, "Work for Acme Outdoor")
    # The header's session label: who (staff number) for which merchant at which station.
    session = wait_for("the header naming the supervisor for acme",
                       lambda: label_containing(pyatspi, window, "Sam Supervisor (9001) for acme at station-1"),
                       seen=lambda: names(pyatspi, window, {pyatspi.ROLE_LABEL}))
    log(f'header: "{session.name}"')
    # The banner is read by its text: what happened, in plain words.
    banner = wait_for("the banner saying whom the supervisor works for",
                      lambda: (lambda b: b if b is not None and b.name == "Working for Acme Outdoor." else None)(
                          described(pyatspi, window, "Result of the last scan or action")),
                      seen=lambda: descriptions(pyatspi, window))
    log(f'banner: "{banner.name}"')

    # Stock look-up: a bin typed into the search field, the table lists what it holds.
    press(pyatspi, window, "Stock look-up")
    wait_for("the look-up screen's title", lambda: find_named(pyatspi, window, "Stock look-up", {pyatspi.ROLE_LABEL}),
             seen=lambda: names(pyatspi, window, {pyatspi.ROLE_LABEL}))
    search = wait_for("the search field",
                      lambda: find_named(pyatspi, window, "Search for a SKU, GTIN, bin or lot"))
    search.queryEditableText().setTextContents("A-01-01")
    press(pyatspi, window, "Search")

    def cell(text):
        table = find_named(pyatspi, window, "Stock found")
        if table is None:
            return None
        for node in walk(pyatspi, table):
            try:
                if node.name == text:
                    return node
            except Exception:
                continue
        return None

    wait_for('the result table listing "ACME-1001"', lambda: cell("ACME-1001"))
    log("the look-up table lists ACME-1001 in A-01-01")

    # Sync: its title and its figures, read by their text (a value label's description says what it is).
    press(pyatspi, window, "Back to the home screen")
    press(pyatspi, window, "Sync")
    wait_for("the sync screen's title", lambda: find_named(pyatspi, window, "Sync", {pyatspi.ROLE_LABEL}),
             seen=lambda: names(pyatspi, window, {pyatspi.ROLE_LABEL}))
    backlog = wait_for("the sync screen's backlog as a number",
                       lambda: (lambda b: b if b is not None and b.name.isdigit() else None)(
                           described(pyatspi, window, "Events waiting")),
                       seen=lambda: descriptions(pyatspi, window))
    log(f'the sync screen reads "{backlog.name}" events waiting')

    # Log out: the login screen again and the header names only the station.
    press(pyatspi, window, "Log out")
    wait_for("the header without anyone logged in", lambda: label_containing(pyatspi, window, "Station "),
             seen=lambda: names(pyatspi, window, {pyatspi.ROLE_LABEL}))
    if label_containing(pyatspi, window, "Sam Supervisor") is not None:
        raise CheckFailed("the supervisor is still named after logging out")
    check_alive(appliance)
    log("logged out")


def check_alive(appliance):
    if appliance.poll() is not None:
        raise CheckFailed(f"the appliance exited with {appliance.returncode}")


def run(prefix, scenario, logs):
    """Runs `scenario(pyatspi, env, procs, tmp)` in an X server, D-Bus session and AT-SPI bus of its own;
    returns the exit status (0 passed, 1 a failed check, 2 a failed set-up), printing the tail of each of the
    `logs` (files in the scenario's temporary folder) when it did not pass."""
    tmp = tempfile.mkdtemp(prefix=prefix)
    procs = Processes()
    status = 0
    try:
        env = start_environment(procs, tmp)
        # pyatspi connects to the buses named in this process's environment when first used.
        os.environ.clear()
        os.environ.update(env)
        try:
            import gi
            gi.require_version("Atspi", "2.0")
            import pyatspi
        except (ImportError, ValueError) as error:
            raise SetupError(f"pyatspi is missing ({error}): tools/deps.sh installs python3-pyatspi")

        # Starts the AT-SPI bus (and its registry) before the kiosk, so its bridge finds it at start.
        pyatspi.Registry.getDesktop(0).childCount
        log("AT-SPI bus up")
        app_env = dict(env)
        app_env["QT_QPA_PLATFORM"] = "xcb"
        app_env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
        app_env["QT_ACCESSIBILITY"] = "1"
        scenario(pyatspi, app_env, procs, tmp)
        log("every check passed")
    except CheckFailed as error:
        print(f"FAILED: {error}", file=sys.stderr)
        status = 1
    except SetupError as error:
        print(f"SET-UP FAILED: {error}", file=sys.stderr)
        status = 2
    finally:
        procs.stop_all()
        if status != 0:
            for name in list(logs) + ["xvfb.log", "dbus.log"]:
                path = os.path.join(tmp, name)
                if os.path.exists(path):
                    with open(path, errors="replace") as f:
                        content = f.read()[-6000:]
                    if content.strip():
                        print(f"---- {name}\n{content}", file=sys.stderr)
        shutil.rmtree(tmp, ignore_errors=True)
    log(f"done in {time.monotonic() - START:.1f} s")
    return status


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    exe = os.path.abspath(sys.argv[1])

    def scenario(pyatspi, env, procs, tmp):
        out = open(os.path.join(tmp, "appliance.log"), "wb")
        appliance = procs.start("warehouse-appliance",
                                [exe, "run", "--data-dir", os.path.join(tmp, "data"), "--station", "station-1",
                                 "--no-sound"],
                                stdout=out, stderr=subprocess.STDOUT, env=env)
        drive(pyatspi, appliance)

    return run("wh-atspi-", scenario, ["appliance.log"])


if __name__ == "__main__":
    sys.exit(main())
