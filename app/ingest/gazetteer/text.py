"""Text helpers shared by the finders: lookup keys, slugs and trie-shaped alternation regexes.

A plain alternation of thousands of names makes ``re`` try every branch at every position; a
pattern shaped like a trie (one branch per distinct next character) keeps matching linear, and
its greedy optional tails give the longest name first.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SEP = "\x00"  # a run of spaces or hyphens in a name
_APOS = "\x01"  # either apostrophe
_DOT = "\x02"  # an optional full stop ("St." / "St")

_KEY_SUB = re.compile(r"[\s\-]+")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


@lru_cache(maxsize=65536)
def key(text: str) -> str:
    """The lookup key of a name: lower case, one apostrophe, '&' as 'and', dots and dashes as spaces."""
    text = text.translate(_APOSTROPHES).replace("&", " and ").replace(".", " ").lower()
    return _KEY_SUB.sub(" ", text).strip()


def slugify(name: str) -> str:
    """A URL slug: 'Barking and Dagenham' -> 'barking-and-dagenham'."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    ascii_name = ascii_name.replace("&", " and ").replace("'", "").replace("’", "")
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def _symbols(name: str) -> list[str]:
    out: list[str] = []
    for ch in name.translate(_APOSTROPHES).lower():
        if ch in " -\t\n":
            if out and out[-1] == _SEP:
                continue
            out.append(_SEP)
        elif ch == "'":
            out.append(_APOS)
        elif ch == ".":
            out.append(_DOT)
        else:
            out.append(ch)
    return out


_ATOMS = {_SEP: r"[\s\-]+", _APOS: "['’]", _DOT: r"\.?"}


def _emit(node: dict) -> str:
    ends = "" in node
    branches = [
        (_ATOMS.get(sym) or re.escape(sym)) + _emit(child)
        for sym, child in node.items()
        if sym
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return "(?:" + body + ")?" if len(branches) > 1 or len(body) > 1 else body + "?"
    return body


def _trie(names) -> dict:
    root: dict = {}
    for name in names:
        node = root
        for sym in _symbols(name):
            node = node.setdefault(sym, {})
        node[""] = {}
    return root


def trie_pattern(names) -> str:
    """A regex source matching any of `names` in any case, longest alternative first."""
    root = _trie(n.strip() for n in names if n.strip())
    return _emit(root) if root else r"(?!x)x"


def capital_trie_pattern(names) -> str:
    """Like trie_pattern, but the first letter must be written as in the name (or capitalised).

    Fixing the first letter lets the regex engine skip most positions of the text at C speed,
    which matters with thousands of names; the rest of the name matches in any case ("Ilford lane").
    """
    by_first: dict[str, list[str]] = {}
    for name in (n.strip() for n in names):
        if name:
            firsts = {name[0], name[0].upper()}
            for first in firsts:
                by_first.setdefault(first, []).append(name[1:])
    branches = []
    for first, rests in sorted(by_first.items()):
        root = _trie(rests)
        tail = _emit(root)
        branches.append(re.escape(first) + (f"(?i:{tail})" if tail else ""))
    return "(?:" + "|".join(branches) + ")" if branches else r"(?!x)x"


def capital_words_pattern(names) -> str:
    """What ``bounded(capital_trie_pattern(names))`` matches, written so that the engine skips to
    the next capital at C speed: each branch opens on its capital and checks the word boundary
    behind it, where a leading look-ahead and boundary would make it try every position."""
    by_first: dict[str, list[str]] = {}
    for name in (n.strip() for n in names):
        first = name[:1].upper()
        if len(first) == 1 and "A" <= first <= "Z":
            by_first.setdefault(first, []).append(name[1:])
    branches = []
    for first, rests in sorted(by_first.items()):
        tail = _emit(_trie(rests))
        # after a capital (a word character), "no word character before it" is the boundary
        branches.append(first + r"(?<!\w.)" + (f"(?i:{tail})" if tail else ""))
    return "(?:" + "|".join(branches) + r")(?![\w])" if branches else r"(?!x)x"


def bounded(pattern: str, capital: bool = True) -> str:
    """Wrap a pattern so that it only matches whole words (starting with a capital when `capital`)."""
    return rf"{'(?=[A-Z])' if capital else ''}\b(?:{pattern})(?![\w])"
