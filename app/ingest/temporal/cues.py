"""Literal cues of a regex: words one of which must appear for the pattern to match.

The tables of known events and dated terms hold about a hundred patterns; testing each on every
paragraph is slow, and a joined pattern is slower still. A substring test for a pattern's cue
(lower-cased: a superset of any case rule) rules most of them out at almost no cost.
"""

from __future__ import annotations

import re

try:  # CPython's own regex parser (3.11+); without it every pattern is simply always tried
    from re import _constants as c
    from re import _parser
except ImportError:  # pragma: no cover - other Pythons
    _parser = None

_MIN_CUE = 3


def _best(candidates: list[set[str]]) -> set[str] | None:
    usable = [s for s in candidates if s and min(map(len, s)) >= _MIN_CUE]
    if not usable:
        return None
    return max(usable, key=lambda s: (min(map(len, s)), -len(s)))


def _required(items) -> set[str] | None:
    """A set of literals one of which any match contains, or None when none can be said."""
    candidates: list[set[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            candidates.append({"".join(run).lower()})
            run.clear()

    for op, av in items:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        flush()
        if op is c.SUBPATTERN:
            found = _required(av[3])
        elif op is c.BRANCH:
            options = [_required(branch) for branch in av[1]]
            found = None if any(o is None for o in options) else set().union(*options)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            found = _required(av[2])
        else:
            found = None
        if found:
            candidates.append(found)
    flush()
    return _best(candidates)


def literal_cues(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case literals one of which every match contains; None when the pattern has none."""
    if _parser is None:
        return None
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags & ~re.UNICODE)
    except re.error:
        return None
    found = _required(parsed)
    return tuple(sorted(found)) if found else None


def may_match(cues: tuple[str, ...] | None, lower: str) -> bool:
    """False only when none of the cues is in the lower-cased text."""
    return cues is None or any(cue in lower for cue in cues)


def cues_in(words: tuple[str, ...], lower: str) -> frozenset[str]:
    """The words found in the lower-cased text (one pass over a table's cues)."""
    scanner = _scanners.get(id(words))
    if scanner is None or scanner[0] is not words:
        scanner = _scanners[id(words)] = (words, *_scanner(words))
    _, pattern, within = scanner
    if pattern is None:
        return frozenset()
    found: set[str] = set()
    for word in set(pattern.findall(lower)):
        found |= within[word]
    return frozenset(found)


# a substring test per word costs a Python step each; one scan of the text with a trie-shaped
# pattern tried at every position (a look-ahead, so overlapping words are all seen) costs one.
# The pattern then consumes one character: the next search starts one on, as it would after an
# empty match, and a pattern that cannot match empty lets the engine skip to a word's first letter
_scanners: dict[int, tuple] = {}


def _scanner(
    words: tuple[str, ...],
) -> tuple[re.Pattern | None, dict[str, frozenset[str]]]:
    """The scan pattern of a word table and, for each longest word found at a position, every
    word of the table that starts there too (the words that are prefixes of it)."""
    if not words:
        return None, {}
    within = {w: frozenset(o for o in words if w.startswith(o)) for w in words}
    return re.compile("(?=(" + word_trie(words) + "))(?s:.)"), within


def word_trie(words) -> str:
    """Regex source matching any of the words (as written), the longest where several start."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _emit(root)


def _emit(node: dict) -> str:
    """A trie as a regex that takes the longest word (greedy optional tails)."""
    branches = [re.escape(c) + _emit(child) for c, child in sorted(node.items()) if c]
    if not branches:
        return ""
    body = (
        branches[0]
        if len(branches) == 1 and "" not in node
        else "(?:" + "|".join(branches) + ")"
    )
    return body + "?" if "" in node else body
