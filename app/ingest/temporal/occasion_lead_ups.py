"""A counted stretch before a day of the year: "in the four weeks before carnival", "the ten days
leading up to Remembrance Sunday", "the two weeks before Christmas".

lead_ups.py reads the uncounted wordings before fixed holidays ("the weeks before Bonfire Night");
this reads a written count ("four weeks", "10 days", "a fortnight") before those holidays and before
the events held each year on days a rule fixes (annual_events.toml), so the carnival's build-up is
the four weeks that end the day before its first day. Like them it is a yearly period at week
precision, placed in the year the tense and publication day give (or the year written with it).

A short name ("before carnival") stands for the event only in an article that uses its full name,
as annual_events.py reads it: the grammar marks it and the finder keeps it as that event or drops it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from app.ingest.temporal.annual_events import _PREFIX, annual_events
from app.ingest.temporal.expressions import Expression, GatedRule, Point
from app.ingest.temporal.lead_ups import NAMED_DAYS
from app.ingest.temporal.spans import Span

SHORT_LEAD_UNIT = "yearly_lead_short"
_SHORT_MARK = (
    "::"  # between a short lead-up's count and the short name it waits to have resolved
)
_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
}  # fmt: skip
_MAX_DAYS = 56  # eight weeks: a longer count is a season, not a build-up
_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14}
_COUNT = r"(?P<n>\d{1,2}|" + "|".join(_NUMBERS) + r")"
_LEAD = (
    rf"(?i:\bthe\s+{_COUNT}\s+(?P<u>days?|weeks?|fortnights?)|\bthe\s+(?P<f>fortnight))"
    r"\s+(?i:before|leading\s+(?:up\s+)?to|running\s+up\s+to|ahead\s+of|prior\s+to)\s+"
    r"(?i:the\s+)?"
)
_FIXED = (
    r"(?P<h>Christmas(?!\s+Day)|Bonfire\s+Night|Guy\s+Fawkes\s+Night|Hallowe[’']?en"
    r"|New\s+Year(?:[’']s\s+Eve)?|Valentine[’']s\s+Day)\b"
    # "the two weeks before Christmas last year": a year of its own, not read here
    r"(?!,?\s+(?:(?:last|this|next)\s+year|\d{4})\b)"
)


def _bare(pattern: re.Pattern[str]) -> str:
    """An annual event's own pattern, without the year prefix annual_events.py puts before it."""
    return pattern.pattern[len(_PREFIX) :]


def _lead_up(length: int, first_day: Callable[[int], date]) -> Callable[[int], Span]:
    def span(year: int) -> Span:
        day = first_day(year)
        return day - timedelta(days=length), day - timedelta(days=1)

    return span


def _fixed_day(month: int, day: int) -> Callable[[int], date]:
    return lambda year: date(year, month, day)


def _event_day(days: Callable[[int], Span]) -> Callable[[int], date]:
    return lambda year: days(year)[0]


def _key(length: int, name: str) -> str:
    return f"{length} days counted before {name}"


_LENGTH_SET = frozenset(
    n * unit for unit in (1, 7) for n in range(1, 15) if n * unit <= _MAX_DAYS
)
_FIRST_DAYS = {
    **{name: _fixed_day(*when) for name, when in NAMED_DAYS.items()},
    **{e.name.lower(): _event_day(e.days) for e in annual_events()},
}
# every (count, named day) pair as a yearly period and its precision (school_holidays.py)
COUNTED_LEAD_UP_PERIODS = {
    _key(length, name): _lead_up(length, first)
    for name, first in _FIRST_DAYS.items()
    for length in _LENGTH_SET
}
COUNTED_LEAD_UP_PRECISION = dict.fromkeys(COUNTED_LEAD_UP_PERIODS, "week")


def _length(match: re.Match[str]) -> int | None:
    if match.group("f"):
        return 14
    count = match.group("n").lower()
    number = int(count) if count.isdigit() else _NUMBERS[count]
    length = number * _UNIT_DAYS[match.group("u").lower().rstrip("s")]
    return length if length in _LENGTH_SET else None


def _expression(match: re.Match[str], unit: str, qualifier: str) -> Expression:
    year = match.groupdict().get("y")
    which = match.groupdict().get("q")
    return Expression(
        "relative",
        match.group(),
        match.start(),
        match.end(),
        point=Point("year", int(year)) if year else None,
        unit=unit,
        offset={"this": 0, "last": -1, "next": 1}[which.lower()] if which else None,
        qualifier=qualifier,
    )


def _fixed_builder(match: re.Match[str], text: str) -> Expression | None:
    length = _length(match)
    if length is None:
        return None
    name = match.group("h").lower().split()[0]
    return _expression(match, "yearly", _key(length, name))


def _annual_builder(name: str, short: str | None):
    def build(match: re.Match[str], text: str) -> Expression | None:
        length = _length(match)
        if length is None:
            return None
        if short is None:
            return _expression(match, "yearly", _key(length, name))
        return _expression(
            match, SHORT_LEAD_UNIT, f"{_key(length, '')}{_SHORT_MARK}{short}"
        )

    return build


def counted_lead_up_rules() -> list[GatedRule]:
    """Fixed holidays, then each annual event's full name, then each short name once."""
    needs = "~before|leading|running up|ahead of|prior to"
    rules: list[GatedRule] = [
        (
            re.compile(_LEAD + _FIXED),
            _fixed_builder,
            (needs, "~christmas|bonfire|fawkes|hallowe|new year|valentine"),
        )
    ]
    shorts: dict[str, str] = {}
    for event in annual_events():
        rules.append(
            (
                re.compile(_LEAD + _PREFIX + _bare(event.pattern), re.I),
                _annual_builder(event.name.lower(), None),
                (needs, f"~{event.key}"),
            )
        )
        if event.short is not None:
            shorts.setdefault(_bare(event.short), event.key)
    for short, key in shorts.items():
        rules.append(
            (
                re.compile(_LEAD + _PREFIX + short, re.I),
                _annual_builder("", f"{_PREFIX}{short}"),
                (needs, f"~{key}"),
            )
        )
    return rules


def named_lead_up(
    expression: Expression, shorts: dict[str, str] | None
) -> Expression | None:
    """A lead-up to a short name as the lead-up to the event the article named in full ("the four
    weeks before carnival" -> before Notting Hill Carnival), else None; other expressions as they are."""
    if expression.unit != SHORT_LEAD_UNIT:
        return expression
    lead, _, short = expression.qualifier.partition(_SHORT_MARK)
    name = (shorts or {}).get(short)
    if name is None:
        return None
    return replace(expression, unit="yearly", qualifier=lead + name)
