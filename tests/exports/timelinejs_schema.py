"""The TimelineJS3 JSON schema (timelinejs3.schema.json beside this file) as a validator."""

from __future__ import annotations

import json
from pathlib import Path

from jsonschema import Draft202012Validator

SCHEMA = json.loads(
    (Path(__file__).parent / "timelinejs3.schema.json").read_text(encoding="utf-8")
)
Draft202012Validator.check_schema(SCHEMA)
VALIDATOR = Draft202012Validator(SCHEMA)


def timelinejs_errors(document) -> list[str]:
    """Every way the document breaks the schema, as 'path: message' lines (empty when valid)."""
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in VALIDATOR.iter_errors(document)
    ]


def date_tuple(d: dict) -> tuple[int, ...]:
    return tuple(int(d[k]) for k in ("year", "month", "day") if k in d)
