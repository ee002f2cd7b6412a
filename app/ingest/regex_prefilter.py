"""A first-character filter for every pattern the pipeline compiles.

The regex engine searches fast only when it knows what a match starts with: a pattern that opens
with literal text jumps from one occurrence of it to the next, and one that opens with a choice of
characters skips every other character in C. A pattern that opens with ``\\b``, a look-ahead or a
look-behind (most of ours: whole words, case-folded) gets neither, and the engine then starts a
full match attempt at every position of the text, about forty nanoseconds each; on a news
paragraph that is the larger part of the whole extraction's time.

The zero-width tests consume nothing, so every match still starts with the pattern's first
consumed character. ``install`` makes the standard compiler write that character's possible values
(or the literal text that follows the tests) into the pattern's information block. The engine uses
the block only to skip positions, then runs the whole pattern, tests included, where it stops:
what a search finds is unchanged, only found sooner. Patterns that may match the empty string,
anchored ones (``^``) and ones whose first character cannot be told are left as they were.
"""

from __future__ import annotations

from re import _compiler
from re import _constants as c

_ZERO_WIDTH = (c.AT, c.ASSERT, c.ASSERT_NOT)
_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)
_AHEAD = 1  # the direction of a look-ahead (a look-behind's is -1)
_OPENING_ANCHORS = ((c.AT, c.AT_BEGINNING), (c.AT, c.AT_BEGINNING_STRING))
# flags a group may switch that change what a character class means
_CLASS_FLAGS = c.SRE_FLAG_ASCII | c.SRE_FLAG_UNICODE | c.SRE_FLAG_LOCALE
# letters outside ASCII that a case-blind ASCII letter matches (i: İ ı, k: the Kelvin sign, s: ſ)
_FOLDED_INTO_ASCII = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}

_stock_info = _compiler._compile_info


class _Unknown(Exception):
    """The first character of a match cannot be told (a back-reference, any character ...)."""


def install() -> None:
    """Make every pattern compiled from now on carry a first-character filter where it can."""
    _compiler._compile_info = _compile_info


def uninstall() -> None:
    """Compile patterns as the standard library does (tests compare the two)."""
    _compiler._compile_info = _stock_info


def _compile_info(code: list[int], pattern, flags: int) -> None:
    start = len(code)
    _stock_info(code, pattern, flags)
    mask, shortest, longest = code[start + 2], code[start + 3], code[start + 4]
    if mask & (c.SRE_INFO_PREFIX | c.SRE_INFO_CHARSET) or shortest == 0:
        return  # the stock filter, or a pattern that can match nothing at all
    if flags & c.SRE_FLAG_LOCALE or _anchored(pattern.data):
        return
    try:
        text = _literal_start(pattern.data, flags)
        chars, may_be_empty = ([], False) if text else _first(pattern.data, flags)
    except _Unknown:
        return
    if not text and (may_be_empty or not chars):
        return
    del code[start:]
    if text:
        # skip 0: the engine still matches the whole pattern from where the text starts
        code += [c.INFO, 0, c.SRE_INFO_PREFIX, shortest, longest, len(text), 0, *text]
        code += _compiler._generate_overlap_table(text)
    else:
        code += [c.INFO, 0, c.SRE_INFO_CHARSET, shortest, longest]
        charset, _ = _compiler._optimize_charset(chars)
        _compiler._compile_charset(charset, flags, code)
    code[start + 1] = len(code) - start - 1


def _anchored(data) -> bool:
    """A pattern opening with ``^``: the engine gives up after the first position by itself."""
    return bool(data) and data[0] in _OPENING_ANCHORS


def _literal_start(data, flags: int) -> list[int]:
    """The characters every match starts with, written exactly (no case to fold)."""
    text: list[int] = []
    for op, av in data:
        if op in _ZERO_WIDTH and not text:
            continue
        if op is not c.LITERAL or _is_cased(av, flags):
            break
        text.append(av)
    return text


def _first(data, flags: int) -> tuple[list, bool]:
    """(characters a match of the sequence may start with, as class items; whether it may be empty)."""
    chars: list = []
    for op, av in data:
        if op is c.ASSERT and av[0] == _AHEAD:
            # "(?=[A-Z])": where nothing was consumed yet, the look-ahead's first character is the
            # match's (a necessary condition even where nothing after it consumes that character)
            found, may_be_empty = _first(av[1].data, flags)
            if not may_be_empty:
                return chars + found, False
            continue
        if op in _ZERO_WIDTH:
            continue
        found, may_be_empty = _first_of(op, av, flags)
        chars += found
        if not may_be_empty:
            return chars, False
    return chars, True


def _first_of(op, av, flags: int) -> tuple[list, bool]:
    if op is c.LITERAL:
        return [(c.LITERAL, x) for x in _cases(av, flags)], False
    if op is c.IN:
        return _class_items(av, flags), False
    if op is c.SUBPATTERN:
        _group, add, remove, sub = av
        if (add | remove) & _CLASS_FLAGS:
            raise _Unknown
        return _first(sub.data, _compiler._combine_flags(flags, add, remove))
    if op is c.ATOMIC_GROUP:
        return _first(av.data, flags)
    if op is c.BRANCH:
        chars: list = []
        may_be_empty = False
        for branch in av[1]:
            found, empty = _first(branch.data, flags)
            chars += found
            may_be_empty = may_be_empty or empty
        return chars, may_be_empty
    if op in _REPEATS:
        least, _most, item = av
        found, empty = _first(item.data, flags)
        return found, empty or least == 0
    raise _Unknown


def _class_items(items, flags: int) -> list:
    out: list = []
    for op, av in items:
        if op is c.LITERAL:
            out += [(c.LITERAL, x) for x in _cases(av, flags)]
        elif op is c.RANGE and flags & c.SRE_FLAG_IGNORECASE:
            low, high = av
            if high > 0x7F:
                raise _Unknown
            for code in range(low, high + 1):
                out += [(c.LITERAL, x) for x in _cases(code, flags)]
        elif op in (c.RANGE, c.CATEGORY):
            out.append((op, av))
        else:  # a negated class: its complement is no short list
            raise _Unknown
    return out


def _is_cased(code: int, flags: int) -> bool:
    """Whether the compiled pattern matches the literal with its case folded (the engine's own test)."""
    is_cased = _compiler._get_iscased(flags)
    return bool(is_cased and is_cased(code))


def _cases(code: int, flags: int) -> list[int]:
    """Every character a literal matches: itself, or with case ignored its other cases too."""
    if not _is_cased(code, flags):
        return [code]
    char = chr(code)
    if not char.isascii():
        raise _Unknown
    lower = char.lower()
    # only Unicode matching folds letters from beyond ASCII into ASCII ones
    folded = _FOLDED_INTO_ASCII.get(lower, "") if flags & c.SRE_FLAG_UNICODE else ""
    return [ord(lower), ord(lower.upper()), *map(ord, folded)]
