"""The trigger lexicon (triggers.toml), compiled once per process."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from re import _constants as sre
from re import _parser as sre_parse

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
    np: bool = (
        False  # a bare noun phrase: after "the"/"these" it refers back to a told event
    )
    subtype: str = (
        ""  # acts of different subtypes are different occurrences (arrested / charged)
    )
    # required parts of every match, each a choice of lower-case word-starting strings
    anchors: tuple[tuple[str, ...], ...] = ()


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
            tuple(frozenset(_first_word(a) for a in part) for part in t.anchors or ())
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
        self.scan = re.compile(r"\b(" + _trie(keys) + ")") if keys else None

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
        numbers = set(self.always)
        for key in found:
            numbers |= self.by_key[key]
        return tuple(
            self.triggers[i]
            for i in sorted(numbers)
            if all(not part.isdisjoint(found) for part in self.needs[i])
        )

    def candidates(self, lowered: str) -> tuple[Trigger, ...]:
        """The triggers that could match the lower-cased text, in lexicon order."""
        found: set[str] = set()
        for _, words in self.keys(lowered):
            found |= words
        return self.select(found)


def _first_word(anchor: str) -> str:
    """The word of an anchor phrase to look for: its rarest ("in place" is found by "place").

    Every word of an anchor starts a word of the text (the last may be cut short, "plac" for
    "place|placed"), so the scan finds any of them as a prefix.
    """
    return max(_TOKEN.findall(anchor), key=_word_selectivity)


def _trie(words) -> str:
    """One alternation shaped as a trie (the engine follows one branch per character), longest first."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [
            re.escape(c) + emit(child) for c, child in sorted(node.items()) if c
        ]
        if not branches:
            return ""
        body = (
            branches[0]
            if len(branches) == 1 and "" not in node
            else "(?:" + "|".join(branches) + ")"
        )
        return body + "?" if "" in node else body

    return emit(root)


_TOKEN = re.compile(r"[^\W_]+")


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
                anchors=required_literals(regex),
            )
        )
    return Lexicon(tuple(triggers))


def required_literals(regex: re.Pattern) -> tuple[tuple[str, ...], ...]:
    """The parts every match needs, each a choice of word-starting literals (lower-cased).

    Scanning 40 patterns over every clause is the slow part of extraction; most clauses hold
    none of a pattern's words, and a word lookup says so far faster.
    """
    parts = _requirements(
        sre_parse.parse(regex.pattern, regex.flags), at_word_start=True
    )
    # a part whose choices include "the" or "was" filters nothing: leave it to the regex
    return tuple(tuple(sorted(part)) for part in parts if _choice_strength(part)[0] > 0)


def _requirements(items, at_word_start: bool) -> list[set[str]]:
    """Literal choices that all occur in every match of a parsed sequence (each starts a word)."""
    parts: list[set[str]] = []
    run, run_ok = "", False
    word_start = at_word_start  # does the next element start a word?
    for op, arg in items:
        if op is sre.LITERAL:
            char = chr(arg).lower()
            if not run:
                run_ok = word_start or not char.isalnum()
            run += char
            word_start = not char.isalnum()
            continue
        if op is sre.AT:
            word_start = True  # \b: whatever follows starts (or ends) a word
            continue
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            continue  # look-arounds consume nothing
        if run and run_ok and _TOKEN.search(run):
            if op is sre.BRANCH and all(_lead(b) for b in arg[1]):
                # "me(?:t|et|eting)" as the parser writes "met|meet|meeting": the whole words are sharper
                parts.append({run.lstrip() + _lead(b) for b in arg[1]})
            else:
                parts.append({run.lstrip()})
        run = ""
        if op is sre.SUBPATTERN:
            parts.extend(_requirements(arg[-1], word_start))
        elif op is sre.BRANCH:
            branches = [_requirements(b, word_start) for b in arg[1]]
            if all(branches):
                parts.append(
                    set().union(*(max(b, key=_choice_strength) for b in branches))
                )
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and arg[0] >= 1:
            parts.extend(_requirements(arg[2], word_start))
        optional = op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and arg[0] == 0
        word_start = _ends_in_space([(op, arg)]) or (optional and word_start)
    if run and run_ok and _TOKEN.search(run):
        parts.append({run.lstrip()})
    return parts


def _choice_strength(choice: set[str]) -> tuple[int, int]:
    return min(_selectivity(a) for a in choice), -len(choice)


def _lead(items) -> str:
    """The literal characters a parsed sequence starts with."""
    out = ""
    for op, arg in items:
        if op is not sre.LITERAL:
            break
        out += chr(arg).lower()
    return out


# words so common (in English, or in this news) that an anchor on them filters little
_COMMON = frozenset(
    """a an the th at to in on of for by and or is are was were be been being has have had this that it
    police officers officer council councils residents people me""".split()
)


def _word_selectivity(word: str) -> int:
    return 0 if word in _COMMON else len(word)


def _selectivity(anchor: str) -> int:
    return max(_word_selectivity(w) for w in _TOKEN.findall(anchor))


def _is_space_class(arg) -> bool:
    return any(op is sre.CATEGORY and value is sre.CATEGORY_SPACE for op, value in arg)


def _ends_in_space(items) -> bool:
    """Whether a parsed sequence always ends with white space (so that what follows starts a word)."""
    items = list(items)
    if not items:
        return False
    op, arg = items[-1]
    if op is sre.IN:
        return _is_space_class(arg)
    if op is sre.LITERAL:
        return chr(arg).isspace()
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        return _ends_in_space(arg[2])
    if op is sre.SUBPATTERN:
        return _ends_in_space(arg[-1])
    if op is sre.BRANCH:
        return all(_ends_in_space(b) for b in arg[1])
    return False


@lru_cache(maxsize=4)
def load_lexicon(path: Path = LEXICON_FILE) -> Lexicon:
    """The compiled triggers of a lexicon file (cached: the patterns compile once)."""
    return compile_lexicon(tomllib.loads(path.read_text(encoding="utf-8")))


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
