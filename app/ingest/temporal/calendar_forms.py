"""Calendar forms above the day: months, seasons, years, financial years, decades and their ranges.

Each form is a compiled pattern, a builder that turns a match into an Expression (or None when a
guard says it is a look-alike), and the paragraph features the pattern needs to be worth running.
The day forms (day_forms.py) are merged into the same ordered rule list here.
"""

from __future__ import annotations

import re

from app.ingest.temporal import guards
from app.ingest.temporal.day_forms import (
    ISO_RULES,
    POINT_RULES,
    RANGE_RULES,
    before,
)
from app.ingest.temporal.expressions import Expression, GatedRule, Point
from app.ingest.temporal.lexicon import (
    MODIFIER,
    MONTH,
    MONTH_FULL,
    SEASON,
    SEASONS,
    YEAR,
    count_value,
    month_number,
)

_MONTH_RANGE_RE = re.compile(
    rf"\b(?i:between|from)\s+(?P<am>{MONTH_FULL})(?:\s+(?P<ay>{YEAR}))?\s+(?i:and|to|until|till|through)\s+(?P<bm>{MONTH_FULL})(?:\s+(?P<by>{YEAR}))?"
    rf"|(?P<am2>{MONTH_FULL})\s*[-–]\s*(?P<bm2>{MONTH_FULL}),?\s+(?P<by2>{YEAR})"
)
_YEAR_RANGE_RE = re.compile(
    rf"\b(?i:between|from)\s+(?P<a>{YEAR})\s+(?i:and|to|until|till|[-–])\s+(?P<b>{YEAR})\b"
    rf"|(?<![\w£$€.,/-])(?P<a2>{YEAR})\s*(?P<sep>[-–/])\s*(?P<b2>{YEAR}|\d\d)(?![\w/]|[.,]\d)(?P<fy>\s+(?i:financial\s+year))?"
)
# Patterns start at their distinctive word; optional words before it are read by before(), which
# is much faster than a leading optional group tried at every position of the paragraph.
_MONTH_YEAR_RE = re.compile(rf"(?P<m>{MONTH}),?\s+(?P<y>{YEAR})(?![\d%]|[.,]\d)")
_MOD_BEFORE = re.compile(rf"\b(?P<mod>(?i:{MODIFIER}))[\s-]+$")
_SEASON_BEFORE = re.compile(
    r"(?:\b(?P<mod>(?i:early|mid|late))[\s-]+)?\b(?i:the)\s+$|\b(?P<mod2>(?i:early|mid|late))[\s-]+$"
)
_SEASON_YEAR_RE = re.compile(
    rf"\b(?P<s>(?i:{SEASON}))(?:\s+of)?\s+(?P<y>{YEAR})(?:/(?P<y2>\d\d(?:\d\d)?))?(?![\d%])"
)
_DECADE_RE = re.compile(
    r"\b(?i:the)\s+(?:(?P<mod>(?i:early|mid|late))[\s-]+)?(?P<y>(?:19|20)\d0)['’]?s\b"
)
_MONTH_ALONE_RE = re.compile(rf"(?P<m>{MONTH_FULL})(?!\s*\d)")
_MONTH_PRE_BEFORE = re.compile(
    rf"\b(?P<pre>(?i:(?:(?:at|by|until|till|towards|to|from|in|since)\s+)?{MODIFIER}|early|mid|late|in|since|by|until|till|during|from|before|after|throughout|earlier\s+in|later\s+in))[\s-]+$"
)

# "412 fines were issued in the year to March": the month that ends a statistical year
_PERIOD_TO = re.compile(
    r"(?i)\b(?:year|months)\s+(?:to|up\s+to|ending(?:\s+in)?)\s+(?:the\s+end\s+of\s+)?$"
)

_YEAR_ALONE_RE = re.compile(
    rf"(?<![\w£$€.,/#])(?P<y>{YEAR})(?![\w%/]|[.,]\d|-(?:year|\d)|['’]?s\b|\s*(?:bn|m|k)\b)"
)
_MODIFIER_WORDS = {
    "start": "start",
    "beginning": "start",
    "middle": "mid",
    "end": "end",
}


def _modifier(text: str | None) -> str | None:
    if not text:
        return None
    words = text.lower().split()
    for word in reversed(words):
        if word in ("early", "mid", "late"):
            return word
        if word in _MODIFIER_WORDS:
            return _MODIFIER_WORDS[word]
    return None


def _build_month_range(match: re.Match[str], text: str) -> Expression | None:
    am, bm = (
        match.group("am") or match.group("am2"),
        match.group("bm") or match.group("bm2"),
    )
    ay, by = match.group("ay"), match.group("by") or match.group("by2")
    b_year = int(by) if by else None
    a_year = int(ay) if ay else None
    if a_year is None and b_year is not None:
        a_year = b_year - 1 if month_number(am) > month_number(bm) else b_year
    left = Point("month", a_year, month_number(am))
    right = Point("month", b_year, month_number(bm))
    return Expression(
        "range", match.group(), match.start(), match.end(), point=left, end_point=right
    )


def _build_year_range(match: re.Match[str], text: str) -> Expression | None:
    first = int(match.group("a") or match.group("a2"))
    second_text = match.group("b") or match.group("b2")
    second = (
        int(second_text)
        if len(second_text) == 4
        else first // 100 * 100 + int(second_text)
    )
    if second <= first or second - first > 30:
        return None
    if match.group("a2") and guards.is_numbered_thing(text, match.start()):
        return None
    fiscal = second == first + 1 and (
        match.group("sep") == "/" or match.group("fy") or len(second_text) == 2
    )
    if fiscal:
        point = Point("finyear", first)
        return Expression(
            "calendar", match.group(), match.start(), match.end(), point=point
        )
    if match.group("sep") == "/":
        return None
    return Expression(
        "range",
        match.group(),
        match.start(),
        match.end(),
        point=Point("year", first),
        end_point=Point("year", second),
    )


def _build_month_year(match: re.Match[str], text: str) -> Expression | None:
    mod = before(_MOD_BEFORE, text, match.start())
    if mod is None and guards.is_name_before(text, match.start("m")):
        return None
    start = mod.start() if mod else match.start()
    modifier = _modifier(mod.group("mod")) if mod else None
    point = Point(
        "month",
        int(match.group("y")),
        month_number(match.group("m")),
        modifier=modifier,
    )
    return Expression(
        "calendar", text[start : match.end()], start, match.end(), point=point
    )


def _build_season_year(match: re.Match[str], text: str) -> Expression | None:
    season = SEASONS[match.group("s").lower()]
    lead = before(_SEASON_BEFORE, text, match.start())
    start = lead.start() if lead else match.start()
    modifier = _modifier(lead.group("mod") or lead.group("mod2")) if lead else None
    point = Point("season", int(match.group("y")), season=season, modifier=modifier)
    return Expression(
        "calendar", text[start : match.end()], start, match.end(), point=point
    )


def _build_decade(match: re.Match[str], text: str) -> Expression | None:
    point = Point(
        "decade", int(match.group("y")), modifier=_modifier(match.group("mod"))
    )
    return Expression(
        "calendar", match.group(), match.start(), match.end(), point=point
    )


def _build_month_alone(match: re.Match[str], text: str) -> Expression | None:
    month = match.group("m")
    found = before(_MONTH_PRE_BEFORE, text, match.start())
    pre = found.group("pre") if found else None
    after = text[match.end() : match.end() + 2]
    if pre is None and not _PERIOD_TO.search(
        text, max(0, match.start() - 40), match.start()
    ):
        if month in ("May", "March", "MAY", "MARCH") or guards.is_name_before(
            text, match.start("m")
        ):
            return None
        if guards.is_name_after(text, match.end()):
            return None
    if month in ("May", "MAY") and after[:2] in ("'s", "’s"):
        return None
    modifier = _modifier(pre)
    start = found.start() if modifier else match.start("m")
    if modifier and pre.split()[0].lower() in (
        "at",
        "by",
        "until",
        "till",
        "towards",
        "to",
        "from",
        "in",
        "since",
    ):
        start = found.start() + len(pre.split()[0]) + 1
    span_text = text[start : match.end()]
    point = Point("month", None, month_number(month), modifier=modifier)
    return Expression("calendar", span_text, start, match.end(), point=point)


def _build_year_alone(match: re.Match[str], text: str) -> Expression | None:
    start = match.start("y")
    if guards.is_numbered_thing(text, start) or guards.is_count(text, match.end()):
        return None
    if guards.is_phone_tail(text, match.end()):
        return None
    mod = before(_MOD_BEFORE, text, start)
    if text[start - 1 : start] == "-" and mod is None:
        return None  # "1-2018", "A-2018": part of a code; "mid-2018" keeps its modifier
    if mod is not None:
        start = mod.start()
    point = Point(
        "year",
        int(match.group("y")),
        modifier=_modifier(mod.group("mod")) if mod else None,
    )
    return Expression(
        "calendar", text[start : match.end()], start, match.end(), point=point
    )


# Each rule runs only when the paragraph has what it needs (a digit, a month name...): most
# paragraphs need only a few of the patterns, and this keeps find_dates fast.
# "the first half of 2018", "the first six months of the year", "the final quarter of last year"
_PART_OF_YEAR_RE = re.compile(
    r"\b(?P<which>(?i:first|second|third|fourth|final|last))\s+(?:(?P<part>(?i:half|quarter))|(?P<n>(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2}))\s+(?i:months))"
    rf"\s+(?i:of)\s+(?:(?P<y>{YEAR})\b|(?P<rel>(?i:the|this|last|next))\s+(?i:year)\b)"
)
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": -1, "last": -1}
_REL_YEAR = {"the": 0, "this": 0, "last": -1, "next": 1}


def _build_part_of_year(match: re.Match[str], text: str) -> Expression | None:
    which, part = (
        _ORDINAL[match.group("which").lower()],
        (match.group("part") or "").lower(),
    )
    if part:
        size = 6 if part == "half" else 3
        count = 12 // size
        index = count if which == -1 else which
        if index > count:
            return None
        first = (index - 1) * size + 1
    else:
        size = (
            int(match.group("n"))
            if match.group("n").isdigit()
            else count_value(match.group("n"))
        )
        if not 1 <= size <= 11 or which not in (1, -1):
            return None
        first = 1 if which == 1 else 13 - size
    last = first + size - 1
    span = (match.group(), match.start(), match.end())
    if match.group("y"):
        year = int(match.group("y"))
        return Expression(
            "range",
            *span,
            point=Point("month", year, first),
            end_point=Point("month", year, last),
        )
    return Expression(
        "relative",
        *span,
        unit="year",
        offset=_REL_YEAR[match.group("rel").lower()],
        point=Point("month", month=first),
        end_point=Point("month", month=last),
    )


CALENDAR_RULES: list[GatedRule] = [
    (_PART_OF_YEAR_RE, _build_part_of_year, ("~half|quarter|months",)),
    *ISO_RULES,
    *RANGE_RULES,
    (_MONTH_RANGE_RE, _build_month_range, ("month", "~between|from|-|–")),
    (_SEASON_YEAR_RE, _build_season_year, ("digit", "word")),
    (_YEAR_RANGE_RE, _build_year_range, ("digit",)),
    *POINT_RULES,
    (_MONTH_YEAR_RE, _build_month_year, ("digit", "month")),
    (_DECADE_RE, _build_decade, ("digit", "~0s|0's|0’s")),
]
LATE_RULES: list[GatedRule] = [
    (_MONTH_ALONE_RE, _build_month_alone, ("month",)),
    (_YEAR_ALONE_RE, _build_year_alone, ("digit",)),
]
