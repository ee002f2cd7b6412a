"""The stretch before a named day of the year: "in the run-up to Christmas", "in the weeks before
Bonfire Night", "in the days leading up to Halloween".

Such a stretch has no written bounds, so each is the usual span a reader takes it for, ending the
day before the named day: "the run-up to Christmas" is December to Christmas Eve, "the weeks
before" four weeks, "the fortnight before" two, "the days before" one. They are relative
expressions (unit "yearly", as school holidays are), placed in the year the tense and the
publication day give, at week precision: never a guessed day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from app.ingest.temporal.expressions import Expression, GatedRule
from app.ingest.temporal.spans import Span

# the named days, by their lower-cased first word, with (month, day)
_DAYS = {
    "christmas": (12, 25), "bonfire": (11, 5), "guy": (11, 5), "halloween": (10, 31),
    "hallowe'en": (10, 31), "hallowe’en": (10, 31), "new": (12, 31), "valentine's": (2, 14),
    "valentine’s": (2, 14),
}  # fmt: skip
NAMED_DAYS = _DAYS  # the named days, for the counted lead-ups of occasion_lead_ups.py
# how many days before the named day each wording covers
_LENGTHS = {"days": 7, "fortnight": 14, "weeks": 28, "month": 28, "run-up": 28}

_LEAD_UP_RE = re.compile(
    r"(?i)\bthe\s+(?:(?P<up>run|lead|build)[\s-]?up\s+to|(?P<n>days|weeks|fortnight|two\s+weeks|month)"
    r"\s+(?:before|leading\s+(?:up\s+)?to|ahead\s+of))\s+"
    r"(?P<h>Christmas(?!\s+Day)|Bonfire\s+Night|Guy\s+Fawkes\s+Night|Hallowe[’']?en|New\s+Year(?:[’']s\s+Eve)?"
    r"|Valentine[’']s\s+Day)\b"
    # "the run-up to Christmas last year", "... Christmas 2019": a year of its own, not read here
    r"(?!,?\s+(?:(?:last|this|next)\s+year|\d{4})\b)"
)


def _key(length: int, name: str) -> str:
    return f"{length} days before {name}"


def _lead_up(length: int, month: int, day: int):
    def span(year: int) -> Span:
        named = date(year, month, day)
        if (month, day) == (12, 25) and length == _LENGTHS["run-up"]:
            # Christmas's run-up is December
            return date(year, 12, 1), named - timedelta(days=1)
        return named - timedelta(days=length), named - timedelta(days=1)

    return span


# every (length, named day) pair as a yearly period and its precision (school_holidays.py)
LEAD_UP_PERIODS = {
    _key(length, name): _lead_up(length, *when)
    for name, when in _DAYS.items()
    for length in set(_LENGTHS.values())
}
LEAD_UP_PRECISION = dict.fromkeys(LEAD_UP_PERIODS, "week")


def _build(match: re.Match[str], text: str) -> Expression:
    words = "run-up" if match.group("up") else match.group("n").lower()
    length = _LENGTHS["fortnight" if words.startswith("two") else words]
    name = match.group("h").lower().split()[0]
    return Expression(
        "relative",
        match.group(),
        match.start(),
        match.end(),
        unit="yearly",
        qualifier=_key(length, name),
    )


LEAD_UP_RULES: list[GatedRule] = [
    (
        _LEAD_UP_RE,
        _build,
        (
            "~christmas|bonfire|fawkes|hallowe|new year|valentine",
            "~up to|before|ahead of",
        ),
    )
]
