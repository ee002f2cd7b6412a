"""A small strict BibTeX reader for the tests: entries, fields, braces balanced or it fails.

Text outside entries is skipped (BibTeX's own rule). Field values are {braced}, "quoted", numbers or
month macros; braces must balance inside a value. Values are returned as written, without the outer
delimiters, so the tests see exactly what BibTeX would.
"""

from __future__ import annotations

import re

_NAME = re.compile(r"\s*([A-Za-z][A-Za-z0-9_-]*)\s*")
_KEY = re.compile(r"\s*([^\s,{}()\"#%'=~\\]+)\s*,")
MONTH_MACROS = {
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
}


class BibError(ValueError):
    pass


def parse_bibtex(text: str) -> list[dict]:
    """[{"type": "article", "key": "...", "fields": {name: value}}] in file order."""
    entries, i = [], 0
    while (at := text.find("@", i)) != -1:
        m = _NAME.match(text, at + 1)
        if not m or m.end() >= len(text) or text[m.end()] != "{":
            raise BibError(f"bad entry start at {at}")
        kind = m[1].lower()
        k = _KEY.match(text, m.end() + 1)
        if not k:
            raise BibError(f"bad key at {m.end()}")
        fields, i = _fields(text, k.end())
        entries.append({"type": kind, "key": k[1], "fields": fields})
    return entries


def _fields(text: str, i: int) -> tuple[dict, int]:
    fields: dict[str, str] = {}
    while True:
        i = _skip(text, i)
        if text[i] == "}":
            return fields, i + 1
        m = _NAME.match(text, i)
        if not m or text[m.end()] != "=":
            raise BibError(f"bad field name at {i}")
        name = m[1].lower()
        if name in fields:
            raise BibError(f"field {name} twice")
        value, i = _value(text, _skip(text, m.end() + 1))
        fields[name] = value
        i = _skip(text, i)
        if text[i] == ",":
            i += 1
        elif text[i] != "}":
            raise BibError(f"expected , or }} at {i}")


def _value(text: str, i: int) -> tuple[str, int]:
    if text[i] == "{":
        depth, j = 1, i + 1
        while depth:
            if j >= len(text):
                raise BibError("unbalanced braces")
            if text[j] == "\\":
                j += 2
                continue
            depth += {"{": 1, "}": -1}.get(text[j], 0)
            j += 1
        return text[i + 1 : j - 1], j
    if text[i] == '"':
        j = text.index('"', i + 1)
        return text[i + 1 : j], j + 1
    m = re.compile(r"[0-9]+|[A-Za-z]+").match(text, i)
    if not m or (m[0].isalpha() and m[0].lower() not in MONTH_MACROS):
        raise BibError(f"bad value at {i}")
    return m[0], m.end()


def _skip(text: str, i: int) -> int:
    """The next non-space position; inside an entry, running out of text is an error."""
    while i < len(text) and text[i].isspace():
        i += 1
    if i >= len(text):
        raise BibError("the file ends inside an entry")
    return i
