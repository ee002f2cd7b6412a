"""Editing corrections.toml in place: one entry updated or added, every other line kept as it was.

The file is under version control and curators write comments in it, so it is never re-serialised:
the entry's table is found by its id, changed keys are rewritten line by line (a comment at the end of
a line is kept), new keys go after its last key, and a new entry is appended at the end. The result is
parsed again before it is written, so a file this cannot edit safely is left untouched.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import tomllib
from pathlib import Path

from app.ingest.corrections import FIELDS, CorrectionError, parse_corrections

HEADER = (
    "# Curator corrections, applied over what the extractor says on every ingest.\n"
    "# Written by `timeline correct`; safe to edit by hand. Ids are the stable event and mention ids\n"
    "# shown on each event page. See `timeline correct --help`.\n"
)
_TABLE = re.compile(r"^\s*\[\[?\s*([A-Za-z0-9_.-]+)\s*\]\]?\s*(?:#.*)?$")
_ORDER = ("event", "mention", "events", *FIELDS, "note")


def toml_value(value) -> str:
    """A TOML literal for a string, bool, or list of strings."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    # JSON string escapes are valid TOML basic-string escapes (\" \\ \n \uXXXX)
    return json.dumps(str(value), ensure_ascii=False)


def upsert_correction(text: str, target: str, changes: dict, *, key: str = "event", note: str | None = None) -> str:
    """The file's text with the [[correction]] for target updated (or added) with changes and note."""
    values = {k: v for k, v in changes.items() if k in FIELDS}
    if note:
        values["note"] = note
    return _upsert(text, "correction", lambda e: e.get(key) == target, {key: target}, values)


def upsert_merge(text: str, events: list[str], *, note: str | None = None) -> str:
    """The file's text with a [[merge]] of these events (an existing merge naming any of them is extended)."""
    wanted = list(dict.fromkeys(events))

    def same(entry: dict) -> bool:
        return bool(set(entry.get("events") or []) & set(wanted))

    existing = next((e for e in _entries(text, "merge") if same(e)), None)
    merged = list(dict.fromkeys([*(existing or {}).get("events", []), *wanted]))
    values = {"events": merged, **({"note": note} if note else {})}
    return _upsert(text, "merge", same, {}, values)


def upsert_split(text: str, mention: str, *, note: str | None = None) -> str:
    """The file's text with a [[split]] of this mention."""
    return _upsert(text, "split", lambda e: e.get("mention") == mention, {"mention": mention}, {"note": note} if note else {})


def write_corrections(path: Path, text: str) -> None:
    """Replace the file atomically (a reader never sees half a file), after checking that it parses."""
    parse_corrections(text, str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _upsert(text: str, table: str, matches, identity: dict, values: dict) -> str:
    lines = text.split("\n") if text else []
    for start, end in _blocks(lines, table):
        entry = _parse("\n".join(lines[start + 1 : end]))
        if entry is not None and matches(entry):
            lines[start:end] = _edit_block(lines[start:end], values)
            break
    else:
        if not lines or not any(line.strip() for line in lines):
            lines = HEADER.rstrip("\n").split("\n")
        while lines and not lines[-1].strip():
            lines.pop()
        body = {**identity, **values}
        lines += ["", f"[[{table}]]", *(f"{k} = {toml_value(body[k])}" for k in _ORDER if k in body)]
    new_text = "\n".join(lines).rstrip("\n") + "\n"
    try:
        parse_corrections(new_text)
    except CorrectionError as exc:
        raise CorrectionError(f"the edited corrections file would not be valid ({exc}): edit it by hand") from None
    return new_text


def _entries(text: str, table: str) -> list[dict]:
    try:
        return tomllib.loads(text).get(table, [])
    except tomllib.TOMLDecodeError as exc:
        raise CorrectionError(f"the corrections file does not parse: {exc}") from None


def _blocks(lines: list[str], table: str) -> list[tuple[int, int]]:
    """(start, end) line ranges of each [[table]], from its header to the next table header."""
    headers, in_string = [], False
    for i, line in enumerate(lines):
        if not in_string and (m := _TABLE.match(line)):
            headers.append((i, m.group(1)))
        if (line.count('"""') + line.count("'''")) % 2:
            in_string = not in_string
    out = []
    for n, (i, name) in enumerate(headers):
        end = headers[n + 1][0] if n + 1 < len(headers) else len(lines)
        if name == table and lines[i].strip().startswith("[["):
            out.append((i, end))
    return out


def _parse(text: str) -> dict | None:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return None


def _edit_block(block: list[str], values: dict) -> list[str]:
    block = list(block)
    for name, value in values.items():
        span = _key_span(block, name)
        if span is None:
            at = _last_key_end(block)
            block.insert(at, f"{name} = {toml_value(value)}")
            continue
        i, j, comment = span
        block[i:j] = [f"{name} = {toml_value(value)}" + (f"  {comment}" if comment else "")]
    return block


def _key_span(block: list[str], name: str) -> tuple[int, int, str] | None:
    """(first line, line after the value, trailing comment) of key `name` in the block."""
    pattern = re.compile(rf"^\s*(?:{re.escape(name)}|\"{re.escape(name)}\")\s*=")
    for i, line in enumerate(block):
        if not pattern.match(line):
            continue
        for j in range(i + 1, len(block) + 1):
            if _parse("\n".join(block[i:j])) is not None:
                comment = ""
                if j == i + 1:
                    for pos in [m.start() for m in re.finditer("#", line)]:
                        if _parse(line[:pos]) is not None and line[:pos].strip():
                            comment = line[pos:].strip()
                            break
                return i, j, comment
        return i, i + 1, ""
    return None


def _last_key_end(block: list[str]) -> int:
    """The line after the block's last key/value (so trailing comments stay with the next table)."""
    last = 1
    for i, line in enumerate(block[1:], start=1):
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            last = i + 1
    return last
