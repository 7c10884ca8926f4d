#!/usr/bin/python3
"""Checks MQTT messages of the appliance's wire protocol (v1) against docs/protocol/*.schema.json.

Input: capture files (or stdin) with one message a line, `topic<TAB>compact-json`; example files
(`*.msg`): `#` comment lines, then the topic on one line and the compact JSON on the next. The topic's
channel picks the envelope schema; the envelope dispatches each event payload and command body by its type.
Beyond the schemas it checks what JSON Schema cannot say: the topic's warehouse and tenant equal the
envelope's, each event's prev is below its seq and is the seq of the event before it in the batch, and a
hello's eventsAcked is at most its eventsLast.

    protocol-validate.py capture.txt ...   # or: ... | protocol-validate.py
    protocol-validate.py --examples        # every example must pass, every invalid example must fail

Prints `OK <n> messages`, or one line per failure (line number, topic, JSON path, reason), and exits 1 on
any failure. Needs Python 3 and python3-jsonschema (4.x, draft 2020-12).
"""

import argparse
import json
import pathlib
import re
import sys

try:
    import jsonschema
    from jsonschema import Draft202012Validator, RefResolver
except ImportError:  # pragma: no cover - a setup problem, said plainly
    sys.exit("protocol-validate: python3-jsonschema is not installed (tools/deps.sh installs it)")

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCHEMA_DIR = ROOT / "docs" / "protocol"
EXAMPLE_DIR = SCHEMA_DIR / "examples"

ID = r"[A-Za-z0-9_-]{1,32}"
TENANT_TOPIC = re.compile(rf"^wh/v1/({ID})/({ID})/(events|acks|commands|command-acks|hello)$")
STATUS_TOPIC = re.compile(rf"^wh/v1/({ID})/status$")
SCHEMA_OF_CHANNEL = {
    "events": "events.schema.json",
    "acks": "ack.schema.json",
    "commands": "command.schema.json",
    "command-acks": "command-ack.schema.json",
    "hello": "hello.schema.json",
    "status": "status.schema.json",
}


class Failure(Exception):
    def __init__(self, path, reason):
        super().__init__(reason)
        self.path = path
        self.reason = reason


def json_path(parts):
    out = "$"
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else f".{p}"
    return out


def reject_constant(name):
    # Python reads NaN and Infinity; JSON (and the appliance's parser) does not.
    raise ValueError(f"{name} is not JSON")


class Checker:
    def __init__(self, schema_dir):
        self.store = {}
        self.validators = {}
        base = schema_dir.resolve().as_uri() + "/"
        for path in sorted(schema_dir.rglob("*.schema.json")):
            if EXAMPLE_DIR in path.parents:
                continue
            schema = json.loads(path.read_text(encoding="utf-8"))
            Draft202012Validator.check_schema(schema)
            # Each $id is the file's own name, relative to its folder: resolved against where the file
            # lies, it names the file itself, so relative $refs between the files work from any base.
            self.store[path.resolve().as_uri()] = schema
        for channel, name in SCHEMA_OF_CHANNEL.items():
            uri = base + name
            schema = self.store[uri]
            resolver = RefResolver(base_uri=uri, referrer=schema, store=self.store)
            self.validators[channel] = Draft202012Validator(
                schema, resolver=resolver, format_checker=Draft202012Validator.FORMAT_CHECKER
            )

    def check(self, topic, text):
        """Returns a list of Failure for one message (empty: valid)."""
        m = TENANT_TOPIC.match(topic)
        if m:
            warehouse, tenant, channel = m.groups()
        else:
            m = STATUS_TOPIC.match(topic)
            if not m:
                return [Failure("topic", "not a topic of the protocol (wh/v1/<warehouse>/<tenant>/<channel> "
                                         "or wh/v1/<warehouse>/status)")]
            warehouse, tenant, channel = m.group(1), None, "status"
        try:
            message = json.loads(text, parse_constant=reject_constant)
        except ValueError as e:
            return [Failure("$", f"not JSON: {e}")]
        failures = []
        seen = set()
        for e in sorted(self.validators[channel].iter_errors(message), key=lambda e: e.json_path):
            reason = e.message
            if e.context:  # anyOf/oneOf: say what each alternative wanted
                reason += " (" + "; ".join(dict.fromkeys(c.message for c in e.context)) + ")"
            # The envelope's own check and the type dispatch can both reach the same fault.
            if (e.json_path, reason) not in seen:
                seen.add((e.json_path, reason))
                failures.append(Failure(json_path(e.absolute_path), reason))
        if failures or not isinstance(message, dict):
            return failures
        if message.get("warehouse", warehouse) != warehouse:
            failures.append(Failure("$.warehouse", f"names warehouse {message['warehouse']!r} on warehouse "
                                                   f"{warehouse!r}'s topic"))
        if tenant is not None and message.get("tenant") != tenant:
            failures.append(Failure("$.tenant", f"names tenant {message.get('tenant')!r} on tenant "
                                                f"{tenant!r}'s topic"))
        if channel == "events":
            before = None
            for i, event in enumerate(message["events"]):
                if event["prev"] >= event["seq"]:
                    failures.append(Failure(f"$.events[{i}].prev", f"prev {event['prev']} is not below seq "
                                                                   f"{event['seq']}"))
                if before is not None and event["prev"] != before:
                    failures.append(Failure(f"$.events[{i}].prev", f"prev {event['prev']} does not name the "
                                                                   f"event before it (seq {before})"))
                before = event["seq"]
        if channel == "hello" and message["eventsAcked"] > message["eventsLast"]:
            failures.append(Failure("$.eventsAcked", f"eventsAcked {message['eventsAcked']} is beyond "
                                                     f"eventsLast {message['eventsLast']}"))
        return failures


def read_capture(lines):
    """Yields (line number, topic, json) of a capture: topic<TAB>json a line, blank and # lines skipped."""
    for number, line in enumerate(lines, 1):
        line = line.rstrip("\r\n")
        if not line.strip() or line.startswith("#"):
            continue
        topic, tab, text = line.partition("\t")
        yield number, topic, text if tab else ""


def read_example(path):
    """(line number of the JSON, topic, json, comments) of an example file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    body = [(n, l) for n, l in enumerate(lines, 1) if l.strip() and not l.startswith("#")]
    if len(body) != 2:
        raise SystemExit(f"{path}: an example is a topic line and a JSON line (and # comments)")
    comments = [l[1:].strip() for l in lines if l.startswith("#")]
    return body[1][0], body[0][1].strip(), body[1][1], comments


def validate_inputs(checker, names):
    total = 0
    bad = 0
    sources = names or ["-"]
    for name in sources:
        if name == "-":
            label, messages = "<stdin>", list(read_capture(sys.stdin))
        elif name.endswith(".msg"):
            n, topic, text, _ = read_example(pathlib.Path(name))
            label, messages = name, [(n, topic, text)]
        else:
            with open(name, encoding="utf-8") as f:
                label, messages = name, list(read_capture(f))
        for number, topic, text in messages:
            total += 1
            failures = checker.check(topic, text)
            if failures:
                bad += 1
            for f in failures:
                print(f"{label}:{number}: {topic}: {f.path}: {f.reason}")
    if bad:
        print(f"FAILED {bad} of {total} messages")
        return 1
    print(f"OK {total} messages")
    return 0


def check_examples(checker, folder):
    problems = []
    valid = sorted(folder.glob("*.msg"))
    invalid = sorted((folder / "invalid").glob("*.msg"))
    seen_channels, seen_events, seen_commands = set(), set(), set()
    for path in valid:
        _, topic, text, _ = read_example(path)
        for f in checker.check(topic, text):
            problems.append(f"{path.name}: should pass, but {f.path}: {f.reason}")
        channel = topic.rsplit("/", 1)[-1]
        seen_channels.add(channel)
        message = json.loads(text)
        if channel == "events":
            seen_events.update(e.get("type") for e in message.get("events", []))
        if channel == "commands":
            seen_commands.add(message.get("type"))
    for path in invalid:
        _, topic, text, comments = read_example(path)
        if not any(c.startswith("expect:") for c in comments):
            problems.append(f"invalid/{path.name}: says nothing about who refuses it (# expect: ...)")
        if not checker.check(topic, text):
            problems.append(f"invalid/{path.name}: should fail, but passes")
    # Every message kind, event type and command type has a valid example.
    for channel in SCHEMA_OF_CHANNEL:
        if channel not in seen_channels:
            problems.append(f"no valid example on the {channel} channel")
    for kind, seen in (("events", seen_events), ("commands", seen_commands)):
        for schema in sorted((SCHEMA_DIR / kind).glob("*.schema.json")):
            name = schema.name.removesuffix(".schema.json")
            if name not in seen:
                problems.append(f"no valid example of {kind[:-1]} type {name}")
    for p in problems:
        print(p)
    if problems:
        print(f"FAILED {len(problems)} problems in the examples")
        return 1
    print(f"OK {len(valid)} valid examples pass, {len(invalid)} invalid examples fail")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="*", help="capture files (topic<TAB>json a line) or .msg examples; "
                                                  "none or - reads stdin")
    parser.add_argument("--examples", action="store_true",
                        help="check docs/protocol/examples: valid ones pass, invalid/ ones fail")
    parser.add_argument("--schemas", type=pathlib.Path, default=SCHEMA_DIR, help=argparse.SUPPRESS)
    args = parser.parse_args()
    checker = Checker(args.schemas)
    if args.examples:
        return check_examples(checker, EXAMPLE_DIR)
    return validate_inputs(checker, args.inputs)


if __name__ == "__main__":
    sys.exit(main())
