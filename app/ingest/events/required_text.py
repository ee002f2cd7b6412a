"""The literal text every match of a trigger pattern holds somewhere in the searched clause.

The lexicon's anchors are words that start a word of the text, for the paragraph's word scan;
they leave out literals inside a word ("re-?imposed" gives "re" only) and inside look-arounds
("said(?=\\s+it\\s+would\\s+review)" gives "said" only), so a pattern with such parts runs on
every clause that says "said" or any word starting "re". A look-around still reads the clause
the pattern searches, so its literals are in the clause wherever a match is: substring tests on
the lower-cased clause (about a tenth of a pattern run each) then rule most of those runs out.
"""

from __future__ import annotations

import re
from re import _constants as sre
from re import _parser as sre_parse

_LEAST = 4  # shorter literals ("s", "the ") are in nearly every clause: not worth a test
_MOST_PARTS = 3  # the longest few parts filter nearly all a pattern's failing runs
_BEHIND = -1  # the direction of a look-behind


def required_text(regex: re.Pattern) -> tuple[tuple[str, ...], ...]:
    """Parts of every match (look-arounds' text included), each a choice of lower-case literals."""
    try:
        parts = _parts(sre_parse.parse(regex.pattern, regex.flags))
    except _Unknown:
        return ()
    kept = {frozenset(p) for p in parts if min(map(len, p)) >= _LEAST}
    ranked = sorted(kept, key=lambda p: (-min(map(len, p)), len(p), sorted(p)))
    return tuple(tuple(sorted(p)) for p in ranked[:_MOST_PARTS])


class _Unknown(Exception):
    """A construct whose text cannot be told (a conditional group, a reference)."""


def _parts(items) -> list[set[str]]:
    """Literal choices that all occur in every match of a parsed sequence."""
    parts: list[set[str]] = []
    run = ""
    for op, arg in items:
        if op is sre.LITERAL:
            run += chr(arg).lower()
            continue
        if op is sre.AT or op is sre.ASSERT_NOT:
            continue  # zero-width, and a negative look-around asks for nothing
        if run:
            parts.append({run})
            run = ""
        if op is sre.ASSERT:
            parts.extend(_parts(arg[1]))  # ahead or behind: text of the clause either way
        elif op is sre.SUBPATTERN:
            parts.extend(_parts(arg[-1]))
        elif op is sre.ATOMIC_GROUP:
            parts.extend(_parts(arg))
        elif op is sre.BRANCH:
            branches = [_parts(b) for b in arg[1]]
            if all(branches):
                parts.append(set().union(*(max(b, key=_strength) for b in branches)))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            if arg[0] >= 1:
                parts.extend(_parts(arg[2]))
        elif op in (sre.GROUPREF, sre.GROUPREF_EXISTS):
            raise _Unknown
    if run:
        parts.append({run})
    return parts


def _strength(choice: set[str]) -> tuple[int, int]:
    return min(map(len, choice)), -len(choice)


def beyond_anchors(
    parts: tuple[tuple[str, ...], ...], anchors: tuple[tuple[str, ...], ...]
) -> tuple[tuple[str, ...], ...]:
    """The parts an anchor part does not already imply (each of its phrases holds one of theirs)."""
    return tuple(
        part
        for part in parts
        if not any(all(any(x in a for x in part) for a in anchor) for anchor in anchors)
    )
