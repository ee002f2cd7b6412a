"""One act told twice, once with a relative year and once with a written one: "the injunction was
obtained ... in March last year" and "since the injunction was granted in 2016" put the article in 2017.

Only clear cases count: the same noun with "the" as the subject of a passive verb of making or granting,
one year expression in each sentence, and a single written year for that noun.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from app.ingest.temporal.appositions import apposition_constraints
from app.ingest.temporal.constraints import TENSE, Constraint
from app.ingest.temporal.expressions import Expression
from app.ingest.temporal.news_window import news_window_constraints
from app.ingest.temporal.occasion_weekdays import occasion_weekday_constraints
from app.ingest.temporal.spans import DaySet
from app.ingest.temporal.tense import sentence_bounds

_ACT = re.compile(
    r"(?i)\bthe\s+(?P<noun>injunction|(?:closure\s+|dispersal\s+|banning\s+|criminal\s+behaviour\s+)?order|pspo"
    r"|public\s+spaces\s+protection\s+order|ban|scheme|unit|team|taskforce|task\s+force|policy|bylaw|partnership)"
    r"\s+(?:was|were|had\s+been|has\s+been)\s+(?:(?:jointly|successfully)\s+)?"
    r"(?:obtained|granted|made|imposed|introduced|issued|approved|launched|set\s+up|brought\s+in|awarded|secured"
    r"|created|formed|started|agreed)\b"
)


def _act(
    text: str, expression: Expression, expressions: Sequence[Expression]
) -> str | None:
    """The noun of the act in the expression's sentence, when it is the sentence's one time."""
    left, right = sentence_bounds(text, expression.start, expression.end)
    times = [
        x
        for x in expressions
        if left <= x.start < right and x.kind in ("calendar", "relative")
    ]
    match = _ACT.search(text, left, right)
    if len(times) != 1 or match is None:
        return None
    return " ".join(match.group("noun").lower().split())


def restated_constraints(
    paragraphs: Sequence[tuple[str, Sequence[Expression]]],
) -> list[Constraint]:
    """The year the article is in, from an act dated both relatively ("last year") and by its year."""
    relative: dict[str, tuple[int, Expression]] = {}
    written: dict[str, set[int]] = {}
    for text, expressions in paragraphs:
        for x in expressions:
            if x.role == "comparison" or x.tense == "future":
                continue
            if x.kind == "relative" and x.unit == "year" and x.offset in (-1, 0):
                if (noun := _act(text, x, expressions)) is not None:
                    relative.setdefault(noun, (x.offset, x))
            elif (
                x.kind == "calendar"
                and x.point is not None
                and x.point.year is not None
            ):
                if x.point.grain in ("year", "month", "day") and (
                    noun := _act(text, x, expressions)
                ):
                    written.setdefault(noun, set()).add(x.point.year)
    out = []
    for noun, (offset, x) in relative.items():
        years = written.get(noun, set())
        if len(years) != 1:
            continue
        year = next(iter(years)) - offset
        days = DaySet([(date(year, 1, 1), date(year, 12, 31))])
        why = f"the {noun} is dated '{x.text}' and also {year + offset}, so the article is from {year}"
        out.append(Constraint(days, TENSE, why))
    # article-wide guesses ride along here while dct.py is frozen (round 2)
    return [
        *out,
        *news_window_constraints(paragraphs),
        *occasion_weekday_constraints(paragraphs),
        *apposition_constraints(paragraphs),
    ]
