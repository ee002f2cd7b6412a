"""Relative phrases ("last week", "in June last year"), weekdays alone and back-references ("that morning").

Durations are not dates: "for the last 20 years" and "the past week" (with no "in"/"over") are left
alone, and "last year" only counts when no "the" or "for" comes before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.ingest.temporal.expressions import Expression, Point
from app.ingest.temporal.lexicon import (
    COUNT,
    DAY,
    MODIFIER,
    MONTH_FULL,
    SEASON,
    SEASONS,
    WEEKDAY_FULL,
    count_value,
    month_number,
    weekday_number,
)

GatedRule = tuple[
    re.Pattern[str], Callable[[re.Match[str], str], Expression | None], tuple[str, ...]
]

_OFFSETS = {"last": -1, "this": 0, "next": 1, "coming": 1, "past": -1, "previous": -1, "preceding": -1,
            "following": 1, "before": -1, "after": 1, "same": 0, "that": 0}  # fmt: skip
_NOT_THE = r"(?<!the\s)(?<!The\s)(?<!for\s)"
_UNITS = {
    "days": "day",
    "weeks": "week",
    "months": "month",
    "years": "year",
    "fortnight": "fortnight",
    "decades": "decade",
}
_EXCLUDED_BEFORE_WEEKDAY = {
    "good", "black", "ash", "maundy", "easter", "palm", "holy", "shrove", "bloody", "cyber", "super",
    "blue", "mad", "fat", "remembrance", "every", "each", "mothering", "giving", "manic",
}  # fmt: skip
_EXCLUDED_AFTER_WEEKDAY = re.compile(
    r"\s+(?:Times|Telegraph|Mirror|Express|Post|People|Sport|Mail|Mercury|Independent|League|School|Trading|Roast|Club)\b"
)


def _unit(word: str) -> str:
    word = word.lower()
    return _UNITS.get(word, _UNITS.get(word + "s", word))


def _expr(kind: str, match: re.Match[str], **fields) -> Expression:
    return Expression(kind, match.group(), match.start(), match.end(), **fields)


def _rule(
    pattern: str,
    build: Callable[[re.Match[str], str], Expression | None],
    flags: int = 0,
    needs: tuple[str, ...] = ("word",),
) -> GatedRule:
    return re.compile(pattern, flags), build, needs


def _day_word(match: re.Match[str], text: str) -> Expression:
    word = match.group().lower()
    if "before yesterday" in word:
        offset = -2
    elif word.startswith(("yesterday", "last")):
        offset = -1
    elif word.startswith("tomorrow"):
        offset = 1
    else:
        offset = 0
    return _expr("relative", match, unit="day", offset=offset)


def _unit_offset(match: re.Match[str], text: str) -> Expression:
    qualifier = match.group("q").lower() if match.groupdict().get("q") else None
    rel = match.group("rel").lower() if match.groupdict().get("rel") else "this"
    return _expr(
        "relative",
        match,
        unit=_unit(match.group("u")),
        offset=_OFFSETS[rel],
        qualifier=qualifier,
    )


def _part_of(match: re.Match[str], text: str) -> Expression:
    rel = (match.group("rel") or "the").lower()
    offset = 0 if rel in ("the", "this") else _OFFSETS[rel]
    return _expr(
        "relative",
        match,
        unit=_unit(match.group("u")),
        offset=offset,
        qualifier=match.group("q").lower(),
    )


def _weekend(match: re.Match[str], text: str) -> Expression:
    rel = (match.group("rel") or "").lower()
    return _expr("relative", match, unit="weekend", offset=_OFFSETS.get(rel))


def _season(match: re.Match[str], text: str) -> Expression:
    rel = (match.group("rel") or "").lower()
    offset = (
        _OFFSETS.get(rel.split()[-1])
        if rel and rel.split()[0] not in ("in", "during", "over", "throughout")
        else None
    )
    if rel.startswith(("earlier", "later", "this past")):
        offset = -1 if rel == "this past" else 0
    qualifier = SEASONS[match.group("s").lower()]
    return _expr("relative", match, unit="season", offset=offset, qualifier=qualifier)


def _month_relative_year(match: re.Match[str], text: str) -> Expression:
    day = match.group("d") or match.group("d2")
    point = Point(
        "day" if day else "month",
        month=month_number(match.group("m")),
        day=int(re.match(r"\d+", day).group()) if day else None,
        modifier=match.group("mod").split()[-1].lower() if match.group("mod") else None,
    )
    return _expr(
        "relative",
        match,
        unit="year",
        offset=_OFFSETS[match.group("rel").lower()],
        point=point,
    )


def _month_relative(match: re.Match[str], text: str) -> Expression:
    point = Point("month", month=month_number(match.group("m")))
    return _expr(
        "relative",
        match,
        unit="monthname",
        offset=_OFFSETS[match.group("rel").lower()],
        point=point,
    )


def _counted(kind: str, unit_name: str) -> Callable[[re.Match[str], str], Expression]:
    def build(match: re.Match[str], text: str) -> Expression:
        # "in recent months" carries no count: the resolver uses a default span for the unit
        plural = match.group("u").lower().endswith("s")
        count = (
            count_value(match.group("n"))
            if match.group("n")
            else (None if plural else 1)
        )
        return _expr(
            kind, match, unit=unit_name, offset=count, qualifier=_unit(match.group("u"))
        )

    return build


def _anaphor(match: re.Match[str], text: str) -> Expression:
    rel = (match.groupdict().get("q") or "that").lower()
    unit = match.group("u").lower()
    if unit in ("morning", "afternoon", "evening", "night"):
        unit = "day"
    return _expr("anaphor", match, unit=unit, offset=_OFFSETS.get(rel, 0))


# Counts and qualifiers come before the word the patterns start at; they are read from the text
# just before the match (a leading optional group would be tried at every position: slow).
_COUNT_BEFORE = re.compile(rf"(?i)\b(?P<n>{COUNT})\s+$")
_WEEKDAY_QUALIFIER_BEFORE = re.compile(
    r"(?i)\b(?P<q>last|this\s+past|this\s+coming|this|next|the\s+following|the\s+previous|the\s+next)\s+$"
)


def _before(pattern: re.Pattern[str], text: str, start: int) -> re.Match[str] | None:
    return pattern.search(text, max(0, start - 32), start)


def _counted_span(
    match: re.Match[str], text: str, kind: str, **fields
) -> Expression | None:
    count = _before(_COUNT_BEFORE, text, match.start())
    if count is None:
        return None
    start = count.start()
    return Expression(
        kind,
        text[start : match.end()],
        start,
        match.end(),
        **fields,
        offset=count_value(count.group("n")),
    )


def _ago(match: re.Match[str], text: str) -> Expression | None:
    return _counted_span(
        match, text, "relative", unit="ago", qualifier=_unit(match.group("u"))
    )


def _later(match: re.Match[str], text: str) -> Expression | None:
    found = _counted_span(
        match, text, "anaphor", unit=_unit(match.group("u")), qualifier="count"
    )
    if found is not None and match.group("q").lower() == "earlier":
        found = Expression(**{**found.__dict__, "offset": -found.offset})
    return found


def _weekday(match: re.Match[str], text: str) -> Expression | None:
    before = text[max(0, match.start() - 12) : match.start()].split()
    if before and before[-1].lower().strip(",") in _EXCLUDED_BEFORE_WEEKDAY:
        return None
    if _EXCLUDED_AFTER_WEEKDAY.match(text, match.end()):
        return None
    qualifier = _before(_WEEKDAY_QUALIFIER_BEFORE, text, match.start())
    q = " ".join(qualifier.group("q").lower().split()) if qualifier else ""
    point = Point("day", weekday=weekday_number(match.group("wd")))
    part = match.group("part").lower() if match.group("part") else None
    start = qualifier.start() if qualifier else match.start()
    span = (text[start : match.end()], start, match.end())
    if q.startswith("the"):
        return Expression(
            "anaphor",
            *span,
            unit="weekday",
            offset=_OFFSETS[q.split()[-1]],
            point=point,
            qualifier=part,
        )
    offset = {"last": -1, "this past": -1, "next": 1, "this coming": 1}.get(q)
    return Expression("weekday", *span, point=point, offset=offset, qualifier=part)


def _nth(match: re.Match[str], text: str) -> Expression:
    return _expr("nth", match, point=Point("day", day=int(match.group("d"))))


_I = re.IGNORECASE
# Run before the calendar rules, so that "3 June last year" is one expression.
EARLY_PHRASE_RULES: list[GatedRule] = [
    _rule(
        rf"(?:(?P<mod>(?i:{MODIFIER}))[\s-]+)?(?:(?P<d>{DAY})\s+(?:of\s+)?)?(?P<m>{MONTH_FULL})(?:\s+(?P<d2>{DAY}))?(?:\s+(?i:of))?,?\s+(?P<rel>(?i:last|this|next))\s+(?i:year)\b",
        _month_relative_year,
        needs=("month", "word"),
    ),
]
PHRASE_RULES: list[GatedRule] = [
    _rule(
        r"\b(?:the\s+day\s+before\s+yesterday|yesterday(?:\s+(?:morning|afternoon|evening|lunchtime))?|last\s+night|tomorrow(?:\s+(?:morning|afternoon|evening|night))?|(?:earlier\s+|later\s+)?today|tonight|this\s+(?:morning|afternoon|evening|lunchtime))\b",
        _day_word,
        _I,
    ),
    _rule(
        r"\b(?P<q>earlier|later)\s+this\s+(?P<u>week|month|year)\b", _unit_offset, _I
    ),
    _rule(
        r"\b(?:the\s+)?(?P<q>start|beginning|middle|end)\s+of\s+(?P<rel>the|this|next|last)\s+(?P<u>week|month|year)\b",
        _part_of,
        _I,
    ),
    _rule(
        r"\b(?:(?P<rel>last|this|next|this\s+coming|this\s+past)\s+weekend|(?:at|over|during)\s+the\s+weekend)\b",
        _weekend,
        _I,
    ),
    _rule(
        rf"{_NOT_THE}\b(?P<rel>last|this|next)\s+(?P<u>week|month|year)\b",
        _unit_offset,
        _I,
    ),
    _rule(
        rf"\b(?P<rel>last|this|next|this\s+past|earlier\s+this|later\s+this|(?:in|during|over|throughout)\s+the)\s+(?P<s>{SEASON})\b(?!\s+(?:of\s+)?\d)",
        _season,
        _I,
    ),
    _rule(
        rf"\b(?P<rel>(?i:last|this|next))\s+(?P<m>{MONTH_FULL})(?!\s*\d)",
        _month_relative,
        needs=("month",),
    ),
    _rule(
        r"\b(?P<u>days?|weeks?|months?|years?|decades?)\s+ago\b",
        _ago,
        _I,
    ),
    _rule(
        rf"\b(?:in|during|over|within)\s+(?:the\s+)?(?:past|last|previous)\s+(?:(?P<n>{COUNT})\s+)?(?P<u>days?|weeks?|months?|years?|fortnight)\b",
        _counted("relative", "recent"),
        _I,
    ),
    _rule(
        r"\bin\s+recent\s+(?P<n>)(?P<u>days|weeks|months|years)\b",
        _counted("relative", "recent"),
        _I,
    ),
    _rule(
        rf"\b(?:in|over|during|within)\s+the\s+(?:coming|next)\s+(?:(?P<n>{COUNT})\s+)?(?P<u>days?|weeks?|months?|years?)\b",
        _counted("relative", "coming"),
        _I,
    ),
    _rule(
        r"\b(?:(?P<q>later|earlier)\s+)?that\s+(?P<u>morning|afternoon|evening|night|day|week|weekend|month|year)\b",
        _anaphor,
        _I,
    ),
    _rule(
        r"\bthe\s+(?P<q>same)\s+(?P<u>day|morning|evening|night|week|month|year)\b",
        _anaphor,
        _I,
    ),
    _rule(
        r"\bthe\s+(?P<q>next|following|previous|preceding)\s+(?P<u>day|morning|afternoon|evening|night|week|weekend|month|year)\b",
        _anaphor,
        _I,
    ),
    _rule(
        r"\bthe\s+(?P<u>day|night|week|weekend|month|year)\s+(?P<q>before|after)\b(?!\s+(?:the|a|an|his|her|their)\b)",
        _anaphor,
        _I,
    ),
    _rule(
        r"\b(?P<u>days?|weeks?|months?|years?)\s+(?P<q>later|earlier)\b",
        _later,
        _I,
    ),
    _rule(
        rf"(?P<wd>{WEEKDAY_FULL})(?:\s+(?P<part>(?i:morning|afternoon|evening|night|lunchtime)))?",
        _weekday,
        needs=("weekday",),
    ),
    _rule(
        r"\b(?i:on)\s+the\s+(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[A-Z])",
        _nth,
        needs=("digit",),
    ),
]
