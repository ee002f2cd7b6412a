"""The trigger lexicon (triggers.toml), compiled once per process."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from app.ingest.events.anchors import first_word, required_literals, split_alternatives
from app.ingest.events.required_text import beyond_anchors, required_text
from app.ingest.records import EVENT_TYPES
from app.ingest.temporal.cues import word_trie

LEXICON_FILE = Path(__file__).with_name("triggers.toml")
FORMS = ("act", "noun", "ref")
_MACRO = re.compile(r"@([A-Z][A-Z0-9_]*)")
_SELECTED_CACHE = 50_000  # word sets remembered by Lexicon.select


@dataclass(frozen=True, slots=True)
class Trigger:
    """One lexicon entry: a compiled pattern and the event type it signals."""

    type: str
    form: str  # act | noun | ref
    weight: float
    regex: re.Pattern
    needs_date: bool = False
    np: bool = (
        False  # a bare noun phrase: after "the"/"these" it refers back to a told event
    )
    subtype: str = (
        ""  # acts of different subtypes are different occurrences (arrested / charged)
    )
    # required parts of every match, each a choice of lower-case word-starting strings
    anchors: tuple[tuple[str, ...], ...] = ()
    # whether an anchor is a phrase longer than the word the lexicon's scan looks for ("in place"
    # for "place"): only then can the clause's phrase check rule out more than the scan did
    phrases: bool = True
    # more text every match holds in the clause (look-arounds, inside words): required_text.py
    checks: tuple[tuple[str, ...], ...] = ()


class Lexicon:
    """The triggers, and a cheap word index that says which of them could match a text at all.

    Every anchor starts a word, so a trigger can only match a clause where, for each of its
    required parts, a word begins with one of that part's anchors: one scan of the paragraph with
    a trie-shaped pattern and a few set tests, instead of forty regex scans per clause.
    """

    def __init__(self, triggers: tuple[Trigger, ...]):
        self.triggers = triggers
        self.always = frozenset(i for i, t in enumerate(triggers) if not t.anchors)
        self.needs = [
            tuple(frozenset(first_word(a) for a in part) for part in t.anchors or ())
            for t in triggers
        ]
        keys = {k for parts in self.needs for part in parts for k in part}
        self.by_key = {
            k: frozenset(
                i
                for i, parts in enumerate(self.needs)
                if any(k in part for part in parts)
            )
            for k in keys
        }
        # the scan reports the longest key at a word start; it stands for the shorter keys in it too
        self.within = {
            k: frozenset(other for other in keys if k.startswith(other)) for k in keys
        }
        self.scan = re.compile(r"\b(" + word_trie(keys) + ")") if keys else None
        self._selected: dict[frozenset[str], tuple[Trigger, ...]] = {}

    def __iter__(self):
        return iter(self.triggers)

    def keys(self, lowered: str) -> list[tuple[int, frozenset[str]]]:
        """(offset, anchor words) of every anchor found in the lower-cased text."""
        if self.scan is None:
            return []
        return [
            (m.start(), self.within[m.group(1)]) for m in self.scan.finditer(lowered)
        ]

    def select(self, found: set[str]) -> tuple[Trigger, ...]:
        """The triggers all of whose required parts are among the found anchor words, in lexicon order."""
        key = frozenset(found)
        chosen = self._selected.get(key)
        if chosen is None:  # clauses share few word sets: remember each one's triggers
            numbers = set(self.always)
            for word in found:
                numbers |= self.by_key[word]
            chosen = tuple(
                self.triggers[i]
                for i in sorted(numbers)
                if all(not part.isdisjoint(found) for part in self.needs[i])
            )
            if len(self._selected) < _SELECTED_CACHE:
                self._selected[key] = chosen
        return chosen

    def candidates(self, lowered: str) -> tuple[Trigger, ...]:
        """The triggers that could match the lower-cased text, in lexicon order."""
        found: set[str] = set()
        for _, words in self.keys(lowered):
            found |= words
        return self.select(found)


def expand_macros(pattern: str, macros: dict[str, str]) -> str:
    """The pattern with every @NAME replaced by its (already expanded) macro."""

    def substitute(match: re.Match) -> str:
        name = match.group(1)
        if name not in macros:
            raise KeyError(f"unknown macro @{name} in trigger pattern {pattern!r}")
        return macros[name]

    return _MACRO.sub(substitute, pattern)


def compile_lexicon(data: dict) -> Lexicon:
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
        for pattern in split_alternatives(expand_macros(entry["pattern"], macros)):
            regex = re.compile(pattern, re.IGNORECASE)
            anchors = required_literals(regex)
            checks = beyond_anchors(required_text(regex), anchors)
            triggers.append(
                Trigger(
                    type=entry["type"],
                    form=entry.get("form", "act"),
                    weight=float(entry.get("weight", 1.0)),
                    regex=regex,
                    needs_date=bool(entry.get("needs_date", False)),
                    np=bool(entry.get("np", False)),
                    subtype=entry.get("subtype", ""),
                    anchors=anchors,
                    phrases=bool(checks)
                    or any(first_word(a) != a for part in anchors for a in part),
                    checks=checks,
                )
            )
    return Lexicon(tuple(triggers))


def read_lexicon(path: Path) -> dict:
    """A lexicon file's data with the files it includes appended: their macros after its own,
    their triggers after its own (one file per class of triggers, sharing the main macros)."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    macros = dict(data.get("macros", {}))
    triggers = list(data.get("trigger", []))
    for name in data.get("include", []):
        part = read_lexicon(path.with_name(name))
        macros.update(part.get("macros", {}))
        triggers.extend(part.get("trigger", []))
    return {**data, "macros": macros, "trigger": triggers}


@lru_cache(maxsize=4)
def load_lexicon(path: Path = LEXICON_FILE) -> Lexicon:
    """The compiled triggers of a lexicon file and its includes (cached: the patterns compile once)."""
    return compile_lexicon(read_lexicon(path))


@lru_cache(maxsize=4)
def load_headline_words(
    path: Path = LEXICON_FILE,
) -> tuple[tuple[str, re.Pattern], ...]:
    """(event type, pattern) pairs for headlines that name an event without a verb ("mosque meeting")."""
    data = tomllib.loads(path.read_text(encoding="utf-8")).get("headline", {})
    return tuple(
        (event_type, re.compile(pattern, re.IGNORECASE))
        for event_type, pattern in data.items()
    )
