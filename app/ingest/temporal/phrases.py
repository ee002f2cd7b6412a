"""Relative phrases, counted from the publication date: "last week", "in June last year", "two weeks ago".

Durations are not dates: "for the last 20 years" and "the past week" (with no "in"/"over") are left
alone, and "last year" only counts when no "the" or "for" comes before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.ingest.temporal.expressions import Expression, GatedRule, Point
from app.ingest.temporal.lexicon import (
    COUNT,
    DAY,
    MODIFIER,
    MONTH_FULL,
    SEASON,
    SEASONS,
    count_value,
    month_number,
)

OFFSETS = {"last": -1, "this": 0, "next": 1, "coming": 1, "past": -1, "previous": -1, "preceding": -1,
            "following": 1, "before": -1, "after": 1, "same": 0, "that": 0}  # fmt: skip
_NOT_THE = r"(?<!the\s)(?<!The\s)(?<!for\s)"
_UNITS = {
    "days": "day",
    "weeks": "week",
    "months": "month",
    "years": "year",
    "fortnight": "fortnight",
    "decades": "decade",
    "weekends": "weekend",
}


def unit_of(word: str) -> str:
    word = word.lower()
    return _UNITS.get(word, _UNITS.get(word + "s", word))


def expr(kind: str, match: re.Match[str], **fields) -> Expression:
    return Expression(kind, match.group(), match.start(), match.end(), **fields)


def rule(
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
    return expr("relative", match, unit="day", offset=offset)


def _unit_offset(match: re.Match[str], text: str) -> Expression:
    qualifier = match.group("q").lower() if match.groupdict().get("q") else None
    rel = match.group("rel").lower() if match.groupdict().get("rel") else "this"
    return expr(
        "relative",
        match,
        unit=unit_of(match.group("u")),
        offset=OFFSETS[rel],
        qualifier=qualifier,
    )


def _part_of(match: re.Match[str], text: str) -> Expression:
    rel = (match.group("rel") or "the").lower()
    offset = 0 if rel in ("the", "this") else OFFSETS[rel]
    return expr(
        "relative",
        match,
        unit=unit_of(match.group("u")),
        offset=offset,
        qualifier=match.group("q").lower(),
    )


def _weekend(match: re.Match[str], text: str) -> Expression:
    rel = (match.group("rel") or "").lower()
    return expr("relative", match, unit="weekend", offset=OFFSETS.get(rel))


def _season(match: re.Match[str], text: str) -> Expression:
    rel = (match.group("rel") or "").lower()
    if rel.startswith(("for", "since")):
        # "planned for the summer", "since the autumn": the words from "the" on, so a trigger
        # ending in "for" keeps it and "since" gives the role
        qualifier = SEASONS[match.group("s").lower()]
        start = match.start("rel") + rel.index("the")
        return Expression(
            "relative",
            text[start : match.end()],
            start,
            match.end(),
            unit="season",
            qualifier=qualifier,
        )
    offset = (
        OFFSETS.get(rel.split()[-1])
        if rel and rel.split()[0] not in ("in", "during", "over", "throughout")
        else None
    )
    if rel.startswith(("earlier", "later", "this past")):
        offset = -1 if rel == "this past" else 0
    qualifier = SEASONS[match.group("s").lower()]
    return expr("relative", match, unit="season", offset=offset, qualifier=qualifier)


def _month_relative_year(match: re.Match[str], text: str) -> Expression:
    day = match.group("d") or match.group("d2")
    point = Point(
        "day" if day else "month",
        month=month_number(match.group("m")),
        day=int(re.match(r"\d+", day).group()) if day else None,
        modifier=match.group("mod").split()[-1].lower() if match.group("mod") else None,
    )
    return expr(
        "relative",
        match,
        unit="year",
        offset=OFFSETS[match.group("rel").lower()],
        point=point,
    )


def _month_range_relative_year(match: re.Match[str], text: str) -> Expression | None:
    first, last = month_number(match.group("am")), month_number(match.group("bm"))
    if last < first:
        return None  # "between November and February last year": which year each is in is unclear
    return expr(
        "relative",
        match,
        unit="year",
        offset=OFFSETS[match.group("rel").lower()],
        point=Point("month", month=first),
        end_point=Point("month", month=last),
    )


def _month_relative(match: re.Match[str], text: str) -> Expression:
    point = Point("month", month=month_number(match.group("m")))
    return expr(
        "relative",
        match,
        unit="monthname",
        offset=OFFSETS[match.group("rel").lower()],
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
        return expr(
            kind,
            match,
            unit=unit_name,
            offset=count,
            qualifier=unit_of(match.group("u")),
        )

    return build


def _for_the_next(match: re.Match[str], text: str) -> Expression:
    unit = match.group("u") or match.group("u2")
    count = count_value(match.group("n")) if match.group("n") else 1
    return expr("relative", match, unit="coming", offset=count, qualifier=unit_of(unit))


# Counts and qualifiers come before the word the patterns start at; they are read from the text
# just before the match (a leading optional group would be tried at every position: slow).
_COUNT_BEFORE = re.compile(rf"(?i)\b(?P<n>{COUNT})\s+$")


def words_before(
    pattern: re.Pattern[str], text: str, start: int
) -> re.Match[str] | None:
    return pattern.search(text, max(0, start - 32), start)


def counted_span(
    match: re.Match[str], text: str, kind: str, **fields
) -> Expression | None:
    count = words_before(_COUNT_BEFORE, text, match.start())
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
    return counted_span(
        match, text, "relative", unit="ago", qualifier=unit_of(match.group("u"))
    )


_I = re.IGNORECASE
# Run before the calendar rules, so that "3 June last year" is one expression.
EARLY_PHRASE_RULES: list[GatedRule] = [
    # "between March and May last year": one range in the year before publication
    rule(
        rf"\b(?i:between|from)\s+(?P<am>{MONTH_FULL})\s+(?i:and|to|until|till|through)\s+(?P<bm>{MONTH_FULL}),?\s+(?P<rel>(?i:last|this|next))\s+(?i:year)\b",
        _month_range_relative_year,
        needs=("month", "~year"),
    ),
    rule(
        rf"(?:(?P<mod>(?i:{MODIFIER}))[\s-]+)?(?:(?P<d>{DAY})\s+(?:of\s+)?)?(?P<m>{MONTH_FULL})(?:\s+(?P<d2>{DAY}))?(?:\s+(?i:of))?,?\s+(?P<rel>(?i:last|this|next))\s+(?i:year)\b",
        _month_relative_year,
        needs=("month", "~year"),
    ),
]
PHRASE_RULES: list[GatedRule] = [
    rule(
        r"\b(?:the\s+day\s+before\s+yesterday|yesterday(?:\s+(?:morning|afternoon|evening|lunchtime))?|last\s+night|tomorrow(?:\s+(?:morning|afternoon|evening|night))?|(?:earlier\s+|later\s+)?today|tonight|this\s+(?:morning|afternoon|evening|lunchtime))\b",
        _day_word,
        _I,
        ("~yesterday|today|tonight|tomorrow|night|this",),
    ),
    rule(
        # "early next year", "in late this month" (thirds.py): a third of the unit
        r"\b(?P<q>early|mid|late)[\s-]+(?P<rel>last|this|next)\s+(?P<u>month|year)\b",
        _unit_offset,
        _I,
        ("~early|mid|late",),
    ),
    rule(
        r"\b(?P<q>earlier|later)\s+this\s+(?P<u>week|month|year)\b",
        _unit_offset,
        _I,
        ("~earlier|later",),
    ),
    rule(
        r"\b(?:the\s+)?(?P<q>start|beginning|middle|end)\s+of\s+(?P<rel>the|this|next|last)\s+(?P<u>week|month|year)\b",
        _part_of,
        _I,
        ("~start|beginning|middle|end",),
    ),
    rule(
        # "extra patrols will be out throughout the weekend": the whole weekend named
        r"\b(?:(?P<rel>last|this|next|this\s+coming|this\s+past)\s+weekend|(?:at|over|during|throughout|across|for)\s+the\s+weekend)\b",
        _weekend,
        _I,
        ("~weekend",),
    ),
    rule(
        rf"{_NOT_THE}\b(?P<rel>last|this|next)\s+(?P<u>week|month|year)\b",
        _unit_offset,
        _I,
        ("~last|this|next",),
    ),
    rule(
        # "a further operation is planned for the summer": "for the" names the season too
        rf"\b(?P<rel>last|this|next|this\s+past|earlier\s+this|later\s+this|(?:in|during|over|throughout|across|for|since)\s+the)\s+(?P<s>{SEASON})\b(?!\s+(?:of\s+)?\d)",
        _season,
        _I,
        ("~spring|summer|autumn|fall|winter",),
    ),
    rule(
        rf"\b(?P<rel>(?i:last|this|next))\s+(?P<m>{MONTH_FULL})(?!\s*\d)",
        _month_relative,
        needs=("month", "~last|this|next"),
    ),
    rule(
        r"\b(?P<u>days?|weeks?|fortnight|months?|years?|decades?)\s+ago\b",
        _ago,
        _I,
        ("~ago",),
    ),
    rule(
        rf"\b(?:in|during|over|within)\s+(?:the\s+)?(?:past|last|previous)\s+(?:(?P<n>{COUNT})\s+)?(?P<u>days?|weeks?|months?|years?|fortnight)\b",
        _counted("relative", "recent"),
        _I,
        ("~past|last|previous",),
    ),
    rule(
        r"\bin\s+recent\s+(?P<n>)(?P<u>days|weeks|months|years)\b",
        _counted("relative", "recent"),
        _I,
        ("~recent",),
    ),
    rule(
        rf"\b(?:in|over|during|within)\s+the\s+(?:coming|next)\s+(?:(?P<n>{COUNT})\s+)?(?P<u>days?|weekends?|weeks?|months?|years?|fortnight)\b",
        _counted("relative", "coming"),
        _I,
        ("~coming|next",),
    ),
    # "patrols will run every evening for the next fortnight": a counted stretch from publication
    # on ("its priority for the coming months" counts nothing: a standing aim, no date)
    rule(
        rf"\bfor\s+the\s+(?:coming|next)\s+(?:(?P<n>{COUNT})\s+(?P<u>days|weeks|months)|(?P<u2>fortnight))\b",
        _for_the_next,
        _I,
        ("~coming|next",),
    ),
]
