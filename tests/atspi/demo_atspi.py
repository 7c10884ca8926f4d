#!/usr/bin/env python3
"""The README's demo walk-through, done from outside as a newcomer would, through AT-SPI.

Starts `tools/run.sh` (Mosquitto, the reference central service generating orders for both merchants, and
the kiosk with its demo scanner's panel) on an X server of its own (Xvfb) with the AT-SPI bridge on, as
kiosk_atspi.py does. Then, tapping only what is on the screen: logs in as the demo supervisor by tapping his
badge in the panel and chooses Acme Outdoor; picks the most urgent task (scanning from the panel the bin and
the item the screen names, an empty tote, and confirming each quantity); packs the first order it picked
(the order from the panel, the suggested carton, every unit still to pack, the weight the refusal of a wrong
one names, typed on the keypad), creates the shipment (no printer: the label is saved as PDF and PNG beside
the store) and hands it over; and on the sync screen waits for the central service to acknowledge every
event.

Usage: demo_atspi.py PATH/TO/GUI-BUILD-DIR
Exit status 0 when every check passed, 1 on a failed check (with what was seen), 2 when the set-up failed.
"""

import glob
import os
import re
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kiosk_atspi import (STEP_TIMEOUT, CheckFailed, described, descriptions, find_named,  # noqa: E402
                         kiosk_window, log, names, press, run, wait_for, walk)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ACK_TIMEOUT = 90.0  # the central service's acknowledgement of every event, on a slow 2-core machine


def banner(pyatspi, window):
    node = described(pyatspi, window, "Result of the last scan or action")
    return node.name if node is not None else ""


def after(pyatspi, window, act, what, done=None):
    """Does `act` and returns the banner's next message (the answer to what was done). When the answer may
    be the same words as the last one (a second unit of an item), `done` says whether the screen moved on."""
    node = described(pyatspi, window, "Result of the last scan or action")
    before = node.name if node is not None else ""
    act()
    deadline = time.monotonic() + STEP_TIMEOUT
    while time.monotonic() < deadline:
        now = banner(pyatspi, window)
        if now and (now != before or (done is not None and done())):
            log(f'{what}: "{now}"')
            return now
        time.sleep(0.1)
    # The same message twice in a row (two units of one item): the answer is the one still shown.
    now = banner(pyatspi, window)
    log(f'{what}: "{now}" (unchanged)')
    return now


def tab(pyatspi, window, caption):
    """Brings the demo scanner's tab `caption` (Badges, Bins, Totes, Items, Orders...) to the front."""
    node = wait_for_node(pyatspi, window, f'the panel\'s "{caption}" tab',
                         lambda n: n.getRole() == pyatspi.ROLE_PAGE_TAB and n.name == caption,
                         lambda: names(pyatspi, window, {pyatspi.ROLE_PAGE_TAB}))
    action = node.queryAction()
    for i in range(action.nActions):
        if action.getName(i).lower() in ("press", "click", "switch", "activate"):
            action.doAction(i)
            return
    # No action: select it through the tab bar's selection.
    parent = node.parent
    parent.querySelection().selectChild(node.getIndexInParent())


def wait_for_node(pyatspi, window, what, match, seen=None, timeout=STEP_TIMEOUT):
    deadline = time.monotonic() + timeout
    while True:
        for node in walk(pyatspi, window):
            try:
                if match(node):
                    return node
            except Exception:
                continue
        if time.monotonic() > deadline:
            detail = f"; seen: {seen()}" if seen else ""
            raise CheckFailed(f"{what}: not there after {timeout:.0f} s{detail}")
        time.sleep(0.2)


def panel_buttons(pyatspi, window, caption, prefix):
    """The panel's buttons on tab `caption` whose accessible name starts with "Scan <prefix>"."""
    tab(pyatspi, window, caption)
    wanted = "Scan " + prefix
    wait_for_node(pyatspi, window, f'a "{wanted}..." button on the "{caption}" tab',
                  lambda n: n.getRole() == pyatspi.ROLE_PUSH_BUTTON and n.name.startswith(wanted),
                  lambda: [n for n in names(pyatspi, window, {pyatspi.ROLE_PUSH_BUTTON}) if n.startswith("Scan ")])
    return [n.name for n in walk(pyatspi, window)
            if n.getRole() == pyatspi.ROLE_PUSH_BUTTON and n.name.startswith(wanted)]


def press_prefix(pyatspi, window, prefix):
    """Presses the showing button whose accessible name starts with `prefix`."""
    node = wait_for_node(pyatspi, window, f'a button "{prefix}..."',
                         lambda n: n.getRole() == pyatspi.ROLE_PUSH_BUTTON and n.name.startswith(prefix),
                         lambda: names(pyatspi, window, {pyatspi.ROLE_PUSH_BUTTON}))
    press(pyatspi, window, node.name)


def value(pyatspi, window, description):
    node = described(pyatspi, window, description)
    return node.name if node is not None else None


def pick(pyatspi, window):
    """Picks the most urgent task; returns the orders it picked, in order."""
    press(pyatspi, window, "Pick")
    press(pyatspi, window, "Start picking the most urgent task")
    wait_for_node(pyatspi, window, "the first stop's bin",
                  lambda n: n.getRole() == pyatspi.ROLE_LABEL and n.description == "Bin to pick from" and n.name,
                  lambda: descriptions(pyatspi, window))
    orders = []
    tote_number = 0
    for _ in range(60):  # scans of a task of a few stops, with room to spare
        step = value(pyatspi, window, "What to do next")
        if step is None:  # the stop page is gone: the task is done
            break
        bin_code = value(pyatspi, window, "Bin to pick from")
        item = value(pyatspi, window, "Item to pick") or ""
        sku = item.split(" - ")[0].strip()
        if step.startswith("Scan the bin"):
            tab(pyatspi, window, "Bins")
            answer = after(pyatspi, window, lambda: press_prefix(pyatspi, window, f"Scan {bin_code} ("),
                           f"bin {bin_code}")
        elif step.startswith("Scan the item"):
            candidates = panel_buttons(pyatspi, window, "Items", sku + " ")
            for candidate in candidates:  # a lot-tracked item has a button per lot: the one in the bin is taken
                answer = after(pyatspi, window, lambda: press(pyatspi, window, candidate), f"item {candidate}")
                if value(pyatspi, window, "What to do next") != step:
                    break
        elif step.startswith("Scan an empty tote"):
            order = re.search(r"order (\S+?)\.?$", step).group(1)
            tote_number += 1
            candidates = panel_buttons(pyatspi, window, "Totes", "Tote ")
            if tote_number > len(candidates):
                raise CheckFailed(f"no free tote left on the panel for {order}")
            answer = after(pyatspi, window, lambda: press(pyatspi, window, candidates[tote_number - 1]),
                           f"tote for {order}")
            if order not in orders:
                orders.append(order)
        elif step.startswith("Put "):
            answer = after(pyatspi, window, lambda: press(pyatspi, window, "Confirm the quantity picked"),
                           f"{item} confirmed")
        else:
            raise CheckFailed(f'the pick screen asks for something this walk-through does not know: "{step}"')
        if value(pyatspi, window, "What to do next") == step and not step.startswith("Scan the item"):
            raise CheckFailed(f'"{step}" was refused: "{answer}"')
    else:
        raise CheckFailed("the pick task did not end after 60 scans")
    if not orders:
        tote = value(pyatspi, window, "Order and tote") or ""
        raise CheckFailed(f"no order was picked into a tote ({tote!r})")
    log(f"picked {', '.join(orders)}")
    return orders


def units_left(pyatspi, window):
    """The pack screen's "Units still to pack" list: (sku, units) per line."""
    view = find_named(pyatspi, window, "Units still to pack")
    if view is None:
        return None
    out = []
    for node in walk(pyatspi, view):
        m = re.match(r"Line \d+: (\d+) x (\S+)", node.name or "")
        if m:
            out.append((m.group(2), int(m.group(1))))
    return out


def pack_and_ship(pyatspi, window, order, data_dir):
    press(pyatspi, window, "Back to the home screen")
    press(pyatspi, window, "Pack & ship")
    panel_buttons(pyatspi, window, "Orders", order + " ")
    answer = after(pyatspi, window, lambda: press(pyatspi, window, panel_buttons(pyatspi, window, "Orders",
                                                                                  order + " ")[0]),
                   f"order {order}")
    wait_for_node(pyatspi, window, f"order {order} on the pack screen",
                  lambda n: n.getRole() == pyatspi.ROLE_LABEL and n.description == "Order being packed"
                  and order in n.name, lambda: descriptions(pyatspi, window))
    suggestion = value(pyatspi, window, "Suggested carton") or ""
    m = re.match(r"Suggested carton: (\S+)", suggestion)
    if not m:
        raise CheckFailed(f'no suggested carton: "{suggestion}" ({answer})')
    carton = m.group(1)
    answer = after(pyatspi, window, lambda: press_prefix(pyatspi, window, f"Open a carton of type {carton},"),
                   f"carton {carton}")
    for _ in range(40):
        left = units_left(pyatspi, window)
        if not left:
            break
        sku, _units = left[0]
        candidates = panel_buttons(pyatspi, window, "Items", sku + " ")
        for candidate in candidates:
            after(pyatspi, window, lambda: press(pyatspi, window, candidate), f"packed {candidate}",
                  done=lambda: units_left(pyatspi, window) != left)
            if units_left(pyatspi, window) != left:
                break
        else:
            raise CheckFailed(f"no button of the panel packs {sku}: {banner(pyatspi, window)}")
    else:
        raise CheckFailed("units still to pack after 40 scans")

    # The weight: a newcomer has no scale; the refusal of a wrong weight names the expected one.
    press(pyatspi, window, "Digit 1")
    answer = after(pyatspi, window, lambda: press(pyatspi, window, "Close the carton at this weight"),
                   "a weight of 1 g")
    m = re.search(r"expected (\d+) g", answer)
    if not m:
        raise CheckFailed(f'a wrong weight was not refused with the expected one: "{answer}"')
    press(pyatspi, window, "Clear the field")
    for digit in m.group(1):
        press(pyatspi, window, f"Digit {digit}")
    answer = after(pyatspi, window, lambda: press(pyatspi, window, "Close the carton at this weight"),
                   f"a weight of {m.group(1)} g")
    answer = after(pyatspi, window, lambda: press(pyatspi, window, "Create the shipment and its label"),
                   "shipment")
    label = wait_for_node(pyatspi, window, "the label's description",
                          lambda n: n.getRole() == pyatspi.ROLE_LABEL and n.description == "About the label"
                          and n.name, lambda: descriptions(pyatspi, window))
    log(f'label: "{label.name}"')
    # No printer at the demo's station: Print saves the label as PDF and PNG in the labels folder.
    after(pyatspi, window, lambda: press(pyatspi, window, "Save the label as PNG and PDF in the labels folder"),
          "print")
    answer = after(pyatspi, window, lambda: press(pyatspi, window, "Confirm the hand-over to the carrier"),
                   "hand-over")
    if not answer.startswith("Handed over"):
        raise CheckFailed(f'the hand-over was not confirmed: "{answer}"')
    files = glob.glob(os.path.join(data_dir, "**", "*.pdf"), recursive=True) + \
        glob.glob(os.path.join(data_dir, "**", "*.png"), recursive=True)
    if not any(f.endswith(".pdf") for f in files) or not any(f.endswith(".png") for f in files):
        raise CheckFailed(f"no label saved as PDF and PNG under the data folder: {files}")
    log(f"label files: {', '.join(os.path.relpath(f, data_dir) for f in files)}")


def acknowledged(pyatspi, window):
    press(pyatspi, window, "Back to the home screen")
    press(pyatspi, window, "Sync")
    deadline = time.monotonic() + ACK_TIMEOUT
    while True:
        waiting = value(pyatspi, window, "Events waiting")
        link = value(pyatspi, window, "Link")
        last = value(pyatspi, window, "Last acknowledgement") or ""
        if waiting == "0" and last and not last.startswith("none"):
            log(f'sync: {link}, {waiting} events waiting, last acknowledgement {last}')
            return
        if time.monotonic() > deadline:
            raise CheckFailed(f"the central service did not acknowledge every event in {ACK_TIMEOUT:.0f} s: "
                              f"{descriptions(pyatspi, window)}")
        time.sleep(0.5)


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    build = os.path.abspath(sys.argv[1])
    for part in ("app/warehouse-appliance", "tools/central-sim/central-sim"):
        if not os.access(os.path.join(build, part), os.X_OK):
            print(f"SET-UP FAILED: {part} is not built in {build} (tools/test.sh builds it)", file=sys.stderr)
            return 2

    def scenario(pyatspi, env, procs, tmp):
        data_dir = os.path.join(tmp, "data")
        demo_env = dict(env)
        demo_env["WH_BUILD_DIR"] = build  # nothing is built under the test
        demo = procs.start("tools/run.sh", [os.path.join(ROOT, "tools", "run.sh"), "--data-dir", data_dir,
                                            "--no-sound"],
                           stdout=open(os.path.join(tmp, "demo.log"), "wb"), stderr=subprocess.STDOUT,
                           env=demo_env)
        window = kiosk_window(pyatspi, demo)
        tab(pyatspi, window, "Badges")
        press(pyatspi, window, "Scan Sam Supervisor")
        press(pyatspi, window, "Work for Acme Outdoor")
        wait_for("the home screen", lambda: find_named(pyatspi, window, "Pick", {pyatspi.ROLE_PUSH_BUTTON}),
                 seen=lambda: names(pyatspi, window, {pyatspi.ROLE_PUSH_BUTTON}))
        orders = pick(pyatspi, window)
        pack_and_ship(pyatspi, window, orders[0], data_dir)
        acknowledged(pyatspi, window)

    return run("wh-demo-", scenario, ["demo.log"])


if __name__ == "__main__":
    sys.exit(main())
