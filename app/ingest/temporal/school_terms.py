"""School terms: "in the town's secondary schools this term", "visits to colleges next term", "during
the autumn term".

Schools set their own dates, so each term is the honest span that covers them: the autumn term
September to December, the spring term January to Easter Sunday, the summer term Easter Monday to
July. Named at season precision, never a guessed week. "This term" is the term under way at
publication (in the August holiday, the autumn term ahead); "last" and "next" step one term; a
named term is the nearest one in the sentence's tense. A bare "this term" is read only in a sentence
about schools or colleges ("this term of office" is no school term).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from app.ingest.temporal.expressions import Expression, GatedRule
from app.ingest.temporal.holidays import easter_sunday
from app.ingest.temporal.spans import Span
from app.ingest.temporal.tense import sentence_bounds

UNIT = "school_term"
_NAMES = ("spring", "summer", "autumn")
_TERM_RE = re.compile(
    r"(?i)\b(?:(?P<q>this|last|next)\s+(?:school\s+)?term"
    r"|(?:the\s+|this\s+|last\s+|next\s+)?(?P<name>autumn|spring|summer)\s+(?:school\s+)?term)\b"
    r"(?!\s+(?:of\s+office|time|dates?\s+(?:are|were)))"
)
_SCHOOLS = re.compile(
    r"(?i)\b(?:schools?|pupils?|students?|colleges?|universit\w+|classrooms?|teachers?|lessons?|"
    r"assembl(?:y|ies)|year\s+\d{1,2}s?|sixth[- ]form\w*|academ(?:y|ies))\b"
)


def term_spans(year: int) -> list[Span]:
    """The three terms that begin in a year, in order."""
    easter = easter_sunday(year)
    return [
        (date(year, 1, 1), easter),
        (easter + timedelta(days=1), date(year, 7, 31)),
        (date(year, 9, 1), date(year, 12, 31)),
    ]


def _terms_around(day: date) -> list[Span]:
    return [
        span
        for year in (day.year - 1, day.year, day.year + 1)
        for span in term_spans(year)
    ]


def term_near(day: date, qualifier: str, offset: int | None, tense: str) -> Span:
    """The term a phrase names, read on the given publication day."""
    terms = _terms_around(day)
    if qualifier in _NAMES:
        named = terms[_NAMES.index(qualifier) :: 3]
        if offset is not None:
            return named[1 + offset]
        if tense == "past":
            return [s for s in named if s[0] <= day][-1]
        return next(s for s in named if s[1] >= day)
    # the term under way, or in the summer holiday the autumn term ahead, which is then both
    # "this term" and "next term"
    current = next(i for i, s in enumerate(terms) if s[1] >= day)
    step = offset or 0
    if step > 0 and terms[current][0] > day:
        step -= 1
    return terms[current + step]


def _term(match: re.Match[str], text: str) -> Expression | None:
    name = (match.group("name") or "").lower()
    which = (match.group("q") or "").lower()
    if not name:
        left, right = sentence_bounds(text, match.start(), match.end())
        if not _SCHOOLS.search(text, left, right):
            return None
    words = match.group().lower().split()
    if name:
        which = words[0] if words[0] in ("this", "last", "next") else ""
    offset = {"last": -1, "next": 1, "this": 0}.get(which)
    return Expression(
        "relative",
        match.group(),
        match.start(),
        match.end(),
        unit=UNIT,
        offset=offset if (offset or not name) else None,
        qualifier=name or "current",
    )


TERM_RULES: list[GatedRule] = [(_TERM_RE, _term, ("~term",))]
