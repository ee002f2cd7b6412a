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
    np: bool = False  # a bare noun phrase: after "the"/"these" it refers back to a told event
    subtype: str = ""  # acts of different subtypes are different occurrences (arrested / charged)
    anchors: tuple[str, ...] | None = None  # lower-case strings one of which every match contains


class Lexicon:
    """The triggers, and a cheap word index that says which of them could match a text at all.

    Every anchor starts a word, so a trigger can only match where a word begins with its anchor's
    first word: one scan of the text with a trie-shaped pattern instead of forty regex scans.
    """

    def __init__(self, triggers: tuple[Trigger, ...]):
        self.triggers = triggers
        self.always = frozenset(i for i, t in enumerate(triggers) if not t.anchors)
        direct: dict[str, set[int]] = {}
        for i, trigger in enumerate(triggers):
            for anchor in trigger.anchors or ():
                direct.setdefault(_TOKEN.findall(anchor)[0], set()).add(i)
        # the scan reports the longest key at a word start; it stands for the shorter keys in it too
        self.by_key = {k: frozenset(i for other, ids in direct.items() if k.startswith(other) for i in ids) for k in direct}
        self.scan = re.compile(r"\b(" + _trie(direct) + ")") if direct else None

    def __iter__(self):
        return iter(self.triggers)

    def keys(self, lowered: str) -> list[tuple[int, frozenset[int]]]:
        """(offset, trigger numbers) of every anchor found in the lower-cased text."""
        if self.scan is None:
            return []
        return [(m.start(), self.by_key[m.group(1)]) for m in self.scan.finditer(lowered)]

    def select(self, found: set[int]) -> tuple[Trigger, ...]:
        """The triggers with these numbers (and those that need no anchor), in lexicon order."""
        return tuple(self.triggers[i] for i in sorted(found | self.always))

    def candidates(self, lowered: str) -> tuple[Trigger, ...]:
        """The triggers that could match the lower-cased text, in lexicon order."""
        found: set[int] = set()
        for _, ids in self.keys(lowered):
            found |= ids
        return self.select(found)


def _trie(words) -> str:
    """One alternation shaped as a trie (the engine follows one branch per character), longest first."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(c) + emit(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and "" not in node else "(?:" + "|".join(branches) + ")"
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


def required_literals(regex: re.Pattern) -> tuple[str, ...] | None:
    """Word-starting literals (lower-cased), one of which occurs in every match, or None.

    Scanning 40 patterns over every clause is the slow part of extraction; most clauses hold none
    of a pattern's words, and a word lookup says so far faster.
    """
    found = _required(sre_parse.parse(regex.pattern, regex.flags), at_word_start=True)
    return tuple(sorted(found)) if found else None


def _required(items, at_word_start: bool) -> set[str] | None:
    """Alternatives of the most selective literal run that starts a word, for a parsed sequence."""
    options: list[set[str]] = []
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
        if run and run_ok and _TOKEN.search(run):
            options.append({run.lstrip()})
            if op is sre.BRANCH and all(_lead(b) for b in arg[1]):
                # "me(?:t|et|eting)" as the parser writes "met|meet|meeting": the whole words are sharper
                options.append({run.lstrip() + _lead(b) for b in arg[1]})
        run = ""
        if op is sre.SUBPATTERN:
            inner = _required(arg[-1], word_start)
            if inner:
                options.append(inner)
        elif op is sre.BRANCH:
            branches = [_required(b, word_start) for b in arg[1]]
            if all(branches):
                options.append(set().union(*branches))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and arg[0] >= 1:
            inner = _required(arg[2], word_start)
            if inner:
                options.append(inner)
        optional = op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and arg[0] == 0
        word_start = _ends_in_space([(op, arg)]) or (optional and word_start)
    if run and run_ok and _TOKEN.search(run):
        options.append({run.lstrip()})
    if not options:
        return None
    return max(options, key=lambda alts: (min(_selectivity(a) for a in alts), -len(alts)))


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


def _selectivity(anchor: str) -> int:
    first = _TOKEN.findall(anchor)[0]
    return 0 if first in _COMMON else len(first)


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
