"""Events held every year on days a rule fixes ("at Notting Hill Carnival", "on Remembrance
Sunday", "the 2022 carnival"): time expressions of unit "yearly", like a half-term, whose days are
computed for any year from annual_events.toml.

A short name ("the carnival") is read as the event only in an article that uses its full name:
the grammar marks it (unit "yearly_short", the short pattern as qualifier) and the finder keeps it
as the event named_shorts finds for it, else drops it.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from app.ingest.temporal.expressions import Expression, GatedRule, Point
from app.ingest.temporal.holidays import bank_holiday_span, easter_sunday
from app.ingest.temporal.spans import Span

HERE = Path(__file__).parent
SHORT_UNIT = "yearly_short"
_BANK_HOLIDAYS = {
    "august bank holiday": "august",
    "spring bank holiday": "spring",
    "early may bank holiday": "early may",
}
# "the 2022 carnival", "this year's carnival", "last year's Notting Hill Carnival"
_PREFIX = (
    r"(?:(?:the\s+)?(?P<y>(?:19|20)\d\d)\s+|(?P<q>this|last|next)\s+year[\x27’]s\s+)?"
)
# "ahead of the carnival", "in the run-up to Black Friday": a time before or after it, not its days
_AROUND = re.compile(
    r"(?i)\b(?:ahead\s+of|before|after|following|run-up\s+to|lead-up\s+to|build-up\s+to|runup\s+to)"
    r"\s+(?:the\s+)?$"
)
# a name is a time only after a time preposition, or with its year ("policing Notting Hill
# Carnival has changed" names the event, not a time)
_TIME_PREPOSITION = re.compile(
    r"(?i)\b(?:at|during|over|throughout|on|across)\s+(?:the\s+)?$"
)
# "the August 2019 carnival": the month and year are the grammar's, as written
_MONTH_BEFORE = re.compile(
    r"(?i)\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+$"
)
# "on the carnival route", "Notting Hill Carnival organisers": the name used as a modifier
_MODIFIER_AFTER = re.compile(
    r"(?i)\s+(?:route|organi[sz]ers?|goers|revellers|committee|trust|board|security|safety|plans?|"
    r"planning|parade|procession|floats?|bands?|stewards?|arena|site|area|footprint|theme|office|"
    r"team|director|chief|policing|operation|tickets?|organi[sz]ation)\b"
)
_OFFSETS = {"this": 0, "last": -1, "next": 1}


@dataclass(frozen=True)
class AnnualEvent:
    name: str
    key: str
    pattern: re.Pattern[str]
    short: re.Pattern[str] | None
    days: Callable[[int], Span]


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _anchor(item: dict) -> Callable[[int], date]:
    anchor = item["anchor"]
    if anchor in _BANK_HOLIDAYS:
        return lambda year: bank_holiday_span(year, _BANK_HOLIDAYS[anchor], False)[0]
    if anchor == "easter sunday":
        return easter_sunday
    if anchor == "nth weekday":
        month, weekday, nth = item["month"], item["weekday"], item["nth"]
        return lambda year: _nth_weekday(year, month, weekday, nth)
    raise ValueError(f"unknown anchor {anchor!r} in annual_events.toml")


def _days(item: dict) -> Callable[[int], Span]:
    day_of, first, last = _anchor(item), item["first"], item["last"]

    def days(year: int) -> Span:
        day = day_of(year)
        return day + timedelta(days=first), day + timedelta(days=last)

    return days


@lru_cache(maxsize=1)
def annual_events() -> tuple[AnnualEvent, ...]:
    """The events of annual_events.toml, in file order."""
    data = tomllib.loads((HERE / "annual_events.toml").read_text(encoding="utf-8"))
    return tuple(
        AnnualEvent(
            item["name"],
            item["key"],
            re.compile(_PREFIX + item["pattern"], re.I),
            re.compile(_PREFIX + item["short"], re.I) if item.get("short") else None,
            _days(item),
        )
        for item in data["annual"]
    )


def _builder(qualifier: str, short: bool):
    def build(match: re.Match[str], text: str) -> Expression | None:
        before = text[max(0, match.start() - 24) : match.start()]
        if _AROUND.search(before):
            return None
        if _MODIFIER_AFTER.match(text, match.end()):
            return None
        if match.group("y") and _MONTH_BEFORE.search(before):
            return None
        dated = match.group("y") or match.group("q")
        if not dated and not _TIME_PREPOSITION.search(before):
            return None
        return Expression(
            "relative",
            match.group(),
            match.start(),
            match.end(),
            point=Point("year", int(match.group("y"))) if match.group("y") else None,
            unit=SHORT_UNIT if short else "yearly",
            offset=_OFFSETS[match.group("q").lower()] if match.group("q") else None,
            qualifier=qualifier,
        )

    return build


def annual_rules() -> list[GatedRule]:
    """Full names first, then each short name once, run only on paragraphs with its key word."""
    events = annual_events()
    full = [
        (e.pattern, _builder(e.name.lower(), False), (f"~{e.key}",)) for e in events
    ]
    shorts = {e.short.pattern: e for e in events if e.short is not None}
    short = [
        (e.short, _builder(source, True), (f"~{e.key}",))
        for source, e in shorts.items()
    ]
    return full + short


def named_event(
    expression: Expression, shorts: dict[str, str] | None
) -> Expression | None:
    """A short name as the event the article named in full ("the carnival" -> Notting Hill
    Carnival), else the year it still tells ("this year's carnival" -> this year), else None;
    other expressions as they are."""
    if expression.unit != SHORT_UNIT:
        return expression
    if (name := (shorts or {}).get(expression.qualifier)) is not None:
        return replace(expression, unit="yearly", qualifier=name)
    return year_of_unnamed(expression)


def year_of_unnamed(expression: Expression) -> Expression | None:
    """ "This year's carnival" in an article naming no known carnival: the year it still tells."""
    words = expression.text.split()
    if expression.point is not None:
        text = next(w for w in words if w[:2] in ("19", "20"))
        start = expression.start + expression.text.index(text)
        return Expression(
            "calendar",
            text,
            start,
            start + len(text),
            point=expression.point,
            tense=expression.tense,
        )
    if expression.offset is None:
        return None
    text = " ".join(words[:2])[:-2]  # "This year's" -> "This year"
    return Expression(
        "relative",
        text,
        expression.start,
        expression.start + len(text),
        unit="year",
        offset=expression.offset,
        tense=expression.tense,
    )


def named_shorts(texts: list[str]) -> dict[str, str]:
    """What each short name stands for in an article (by short pattern): an event of that short
    name whose full name the texts use, the last in file order (names not used are left out)."""
    found: dict[str, str] = {}
    whole = "\n\n".join(texts)
    lowered = whole.lower()
    for event in annual_events():
        if event.short is None or not any(w in lowered for w in event.key.split("|")):
            continue
        if event.pattern.search(whole):
            found[event.short.pattern] = event.name.lower()
    return found


def annual_periods() -> dict[str, Callable[[int], Span]]:
    """Each event's days in a year, by its name in lower case (school_holidays.PERIODS reads them)."""
    return {e.name.lower(): e.days for e in annual_events()}


def annual_words() -> tuple[str, ...]:
    """The key words that let the grammar look at a paragraph at all."""
    return tuple(sorted({w for e in annual_events() for w in e.key.split("|")}))
