"""The trigger lexicon (triggers.toml), compiled once per process."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from app.ingest.records import EVENT_TYPES

LEXICON_FILE = Path(__file__).with_name("triggers.toml")
FORMS = ("act", "noun", "ref")
_MACRO = re.compile(r"@([A-Z][A-Z0-9_]*)")


@dataclass(frozen=True)
class Trigger:
    """One lexicon entry: a compiled pattern and the event type it signals."""

    type: str
    form: str  # act | noun | ref
    weight: float
    regex: re.Pattern
    needs_date: bool = False
    np: bool = False  # a bare noun phrase: after "the"/"these" it refers back to a told event
    subtype: str = ""  # acts of different subtypes are different occurrences (arrested / charged)


def expand_macros(pattern: str, macros: dict[str, str]) -> str:
    """The pattern with every @NAME replaced by its (already expanded) macro."""

    def substitute(match: re.Match) -> str:
        name = match.group(1)
        if name not in macros:
            raise KeyError(f"unknown macro @{name} in trigger pattern {pattern!r}")
        return macros[name]

    return _MACRO.sub(substitute, pattern)


def compile_lexicon(data: dict) -> tuple[Trigger, ...]:
    """Triggers from parsed TOML data; raises ValueError on an unknown type or form."""
    macros: dict[str, str] = {}
    for name, body in data.get("macros", {}).items():
        macros[name] = expand_macros(body, macros)
    triggers = []
    for entry in data.get("trigger", []):
        if entry["type"] not in EVENT_TYPES:
            raise ValueError(f"unknown event type {entry['type']!r} in trigger lexicon")
        if entry.get("form", "act") not in FORMS:
            raise ValueError(f"unknown trigger form {entry['form']!r}")
        regex = re.compile(expand_macros(entry["pattern"], macros), re.IGNORECASE)
        triggers.append(
            Trigger(
                type=entry["type"],
                form=entry.get("form", "act"),
                weight=float(entry.get("weight", 1.0)),
                regex=regex,
                needs_date=bool(entry.get("needs_date", False)),
                np=bool(entry.get("np", False)),
                subtype=entry.get("subtype", ""),
            )
        )
    return tuple(triggers)


@lru_cache(maxsize=4)
def load_lexicon(path: Path = LEXICON_FILE) -> tuple[Trigger, ...]:
    """The compiled triggers of a lexicon file (cached: the patterns compile once)."""
    return compile_lexicon(tomllib.loads(path.read_text(encoding="utf-8")))
