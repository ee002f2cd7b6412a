"""The literal words every match of a trigger pattern needs, so that a cheap word scan can say
which patterns could match a text at all; and a pattern's top-level alternatives, each of which
then gets anchors of its own.
"""

from __future__ import annotations

import re
from re import _constants as sre
from re import _parser as sre_parse


def first_word(anchor: str) -> str:
    """The word of an anchor phrase to look for: its rarest ("in place" is found by "place").

    Every word of an anchor starts a word of the text (the last may be cut short, "plac" for
    "place|placed"), so the scan finds any of them as a prefix.
    """
    return max(_TOKEN.findall(anchor), key=_word_selectivity)


_TOKEN = re.compile(r"[^\W_]+")


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
        ends_in_space = _ends_in_space([(op, arg)])
        # after an optional part, a word starts only if it does with the part and without it
        # ("task ?force" can be "taskforce": "force" need not start a word)
        word_start = (ends_in_space and word_start) if optional else ends_in_space
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


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``\\b(?:A|B|C)\\b`` (or ``A|B|C``), each whole; else the pattern.

    One pattern with many phrasings anchors on the union of their words, so it runs wherever
    any of them occurs; one pattern per phrasing runs only where its own words are.
    """
    inner, head, tail = pattern, "", ""
    if (
        pattern.startswith("\\b(?:")
        and pattern.endswith(")\\b")
        and _closes_at_end(pattern[2:-2])
    ):
        inner, head, tail = pattern[5:-3], "\\b(?:", ")\\b"
    parts = _top_level(inner)
    if len(parts) < 2:
        return [pattern]
    return [head + p + tail for p in parts]


def _closes_at_end(group: str) -> bool:
    """Whether "(...)" is one group (its first parenthesis closes at its last character)."""
    depth = 0
    for i, c in enumerate(_unescaped(group)):
        depth += c == "("
        depth -= c == ")"
        if depth == 0:
            return i == len(group) - 1
    return False


def _top_level(pattern: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for i, c in enumerate(_unescaped(pattern)):
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


def _unescaped(pattern: str) -> str:
    """The pattern with escaped characters (and character-class contents) blanked out."""
    out, i, in_class = [], 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            out += ["_", "_"]
            i += 2
            continue
        if in_class:
            out.append("]" if c == "]" else "_")
            in_class = c != "]"
        elif c == "[":
            out.append("[")
            in_class = True
        else:
            out.append(c)
        i += 1
    return "".join(out)
