"""A bank holiday named without its season: "across the bank holiday weekend", "on the bank holiday
Monday", "over the bank holiday".

Local news writes it when the holiday is the one everyone has just had (or is about to have), so it
is the Monday bank holiday nearest the publication day in the sentence's tense: Easter Monday (with
Good Friday, its weekend runs Friday to Monday), the early May, spring or August one. The weekend is
Saturday to Monday, the Monday alone the day; a bare "bank holiday" is read as its weekend, the time
a story spans.
"""

from __future__ import annotations

import re
from datetime import date

from app.ingest.records import DateMention, DateValue
from app.ingest.temporal.expressions import Expression, GatedRule
from app.ingest.temporal.holidays import BANK_HOLIDAYS, bank_holiday_span, easter_span
from app.ingest.temporal.spans import Span, format_edtf

ANY = "any"  # the qualifier's holiday for a bank holiday of no name
# a time preposition before it: "the bank holiday weekend was busy" names no time of its own
_BARE_RE = re.compile(
    r"(?i)\b(?:over|across|during|throughout|on|at|for|in)\s+(?:the\s+|this\s+|last\s+)?"
    r"(?P<b>bank\s+holiday(?P<w>\s+weekend|\s+Monday)?)\b"
    # "over the bank holiday traffic", "the bank holiday Monday parade": a name, not a time
    r"(?!\s+(?:parade|traffic|getaway|rush|fair|carnival|market|festival|event|sale|opening|hours|timetable|service|shift|rota|closures?)s?\b)"
)


def any_bank_holiday(year: int, weekend: bool) -> list[Span]:
    """Every Monday bank holiday of a year in date order (with its weekend when asked)."""
    easter = (
        easter_span(year, "easter") if weekend else easter_span(year, "easter monday")
    )
    named = [bank_holiday_span(year, which, weekend) for which in BANK_HOLIDAYS]
    return sorted([easter, *named])


def _bare(match: re.Match[str], text: str) -> Expression:
    kind = "day" if (match.group("w") or "").strip().lower() == "monday" else "weekend"
    start = match.start("b")
    # "this" and "last" are the word's own: the tense decides which holiday otherwise
    before = text[match.start() : start].lower()
    offset = -1 if "last" in before.split() else None
    return Expression(
        "relative",
        text[start : match.end()],
        start,
        match.end(),
        unit="bank_holiday",
        offset=offset,
        qualifier=f"{ANY}|{kind}",
    )


BARE_BANK_HOLIDAY_RULES: list[GatedRule] = [(_BARE_RE, _bare, ("~bank holiday",))]


def spans_near(years: tuple[int, ...], weekend: bool) -> list[Span]:
    """The bank holidays of no name across some years, in date order (relative.py picks one)."""
    return [span for year in years for span in any_bank_holiday(year, weekend)]


def told_bank_holiday(
    expression: Expression, mentions: list[DateMention]
) -> DateValue | None:
    """A bank holiday of no name after a day told earlier in the paragraph ("fatally stabbed on
    Monday, August 29, and there were eight other stabbings over the bank holiday weekend"): the
    holiday nearest that day, not the one nearest the publication date (None otherwise)."""
    if expression.unit != "bank_holiday" or not (expression.qualifier or "").startswith(
        ANY
    ):
        return None
    told = next(
        (
            m.value
            for m in reversed(mentions)
            if m.value.earliest is not None
            and (m.value.latest - m.value.earliest).days < 7
        ),
        None,
    )
    if told is None:
        return None
    day = told.earliest
    weekend = expression.qualifier.endswith("weekend")
    spans = spans_near((day.year - 1, day.year, day.year + 1), weekend)
    start, end = min(spans, key=lambda s: _distance(s, day))
    if _distance((start, end), day) > 7:
        return None  # too far from the day told to be its holiday
    edtf = format_edtf(start, end, "day")
    return DateValue(
        edtf,
        start,
        end,
        "day",
        told.anchor,
        f"{expression.text} -> {edtf}: the bank holiday of the day told before ({told.edtf})",
    )


def _distance(span: Span, day: date) -> int:
    if span[0] <= day <= span[1]:
        return 0
    return min(abs((span[0] - day).days), abs((span[1] - day).days))
