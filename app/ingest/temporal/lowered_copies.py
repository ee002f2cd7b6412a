"""Case-sensitive copies of case-insensitive patterns, for text lower-cased by ``plain_lower``.

A (?i) pattern of lower-case words makes the engine enter every alternative at every position it
tries; the same pattern without the flag, run on the lower-cased text, rejects most alternatives
on their first letter (case_fold.py says when the lower-cased text is what the engine's folding
sees). The copy gives the same spans only when nothing in the pattern tells case apart, which
``lowered_copy`` checks on the parsed pattern instead of trusting the source text: no upper-case
or non-ASCII cased literal, no set that holds an upper-case letter without its lower-case one, no
negated set of letters, no inline flag group.
"""

from __future__ import annotations

import re
from re import _constants as C  # noqa: N812
from re import _parser

_CASED_LIMIT = 5_000  # a range wider than this is not checked letter by letter: refused


def lowered_copy(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern without IGNORECASE, to run on ``plain_lower`` text; ValueError where its
    matches could differ from the original's on the text as written."""
    if not pattern.flags & re.IGNORECASE:
        raise ValueError(f"not case-insensitive: {pattern.pattern!r}")
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    _check(parsed.data, pattern.pattern)
    copy = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
    if copy.flags & re.IGNORECASE:  # an inline (?i) in the source
        raise ValueError(f"inline case flag: {pattern.pattern!r}")
    return copy


def _refuse(source: str, why: str) -> None:
    raise ValueError(f"{why} in {source!r}")


def _plain_char(code: int) -> bool:
    """A literal the lower-cased text can hold as the engine's folding would match it."""
    char = chr(code)
    if char.lower() == char.upper():
        return True  # no case
    return char.isascii() and char.islower()


def _check_set(items, source: str) -> None:
    letters: set[str] = set()
    negated = False
    for op, av in items:
        if op is C.NEGATE:
            negated = True
        elif op is C.LITERAL:
            if not chr(av).isascii() and chr(av).lower() != chr(av).upper():
                _refuse(source, "non-ASCII cased letter in a set")
            letters.add(chr(av))
        elif op is C.RANGE:
            low, high = av
            if high - low > _CASED_LIMIT:
                _refuse(source, "wide range")
            for code in range(low, high + 1):
                char = chr(code)
                if char.lower() != char.upper():
                    if not char.isascii():
                        _refuse(source, "non-ASCII cased letter in a set")
                    letters.add(char)
        elif op is not C.CATEGORY:
            _refuse(source, f"set member {op}")
    cased = {c for c in letters if c.isalpha()}
    if negated and cased:
        _refuse(source, "negated set of letters")
    if any(c.isupper() and c.lower() not in cased for c in cased):
        _refuse(source, "upper-case letter without its lower-case one")


def _check(data, source: str) -> None:
    for op, av in data:
        if op in (C.LITERAL, C.NOT_LITERAL):
            if not _plain_char(av):
                _refuse(source, f"cased literal {chr(av)!r}")
        elif op is C.IN:
            _check_set(av, source)
        elif op in (C.ANY, C.AT, C.GROUPREF):
            continue
        elif op is C.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if (add_flags | del_flags) & re.IGNORECASE:
                _refuse(source, "inline case flag")
            _check(sub.data, source)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            _check(av[2].data, source)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            _check(av[1].data, source)
        elif op is C.ATOMIC_GROUP:
            _check(av.data, source)
        elif op is C.BRANCH:
            for branch in av[1]:
                _check(branch.data, source)
        elif op is C.GROUPREF_EXISTS:
            _check(av[1].data, source)
            if av[2] is not None:
                _check(av[2].data, source)
        else:
            _refuse(source, f"opcode {op}")

