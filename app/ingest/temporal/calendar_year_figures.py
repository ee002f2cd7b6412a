"""Figures for a whole calendar year set against another year: "212 reports in 2023, down from 394
in 2019".

A count for a year compared with an earlier year's is a full year's count, published once the year
is over; news reports the latest figures, so the article is taken as from the year after (soft:
any harder evidence overrides it). A count "so far" or for part of the year says nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from app.ingest.temporal.constraints import SOFT, Constraint
from app.ingest.temporal.expressions import Expression
from app.ingest.temporal.spans import DaySet
from app.ingest.temporal.tense import sentence_bounds

_FIGURES = re.compile(
    r"(?i)\b(?:figures|data|statistics|stats|recorded|reports|offences|incidents|calls|crimes?)\b"
)
_COMPARED = re.compile(
    r"(?i)\b(?:compared\s+(?:with|to)|against|up\s+from|down\s+from|than|versus)\b"
)
_PART_YEAR = re.compile(
    r"(?i)\b(?:so\s+far|to\s+date|year\s+to|first\s+(?:half|quarter|six|three|nine)|until|by\s+the\s+end|"
    r"since|this\s+year|financial\s+year|per\s+cent\s+of)\b"
)


def _year(x: Expression) -> int | None:
    point = x.point
    if (
        x.kind != "calendar"
        or point is None
        or point.grain != "year"
        or point.year is None
    ):
        return None
    return point.year


def calendar_year_figure_constraints(
    text: str, expressions: Sequence[Expression]
) -> list[Constraint]:
    """'N reports in 2023, down from M in 2019' (past): the article is softly from 2024."""
    out = []
    for x in expressions:
        year = _year(x)
        if year is None or x.role != "point" or x.tense == "future":
            continue
        left, right = sentence_bounds(text, x.start, x.end)
        sentence = text[left:right]
        if not _FIGURES.search(sentence) or _PART_YEAR.search(sentence):
            continue
        baselines = [
            b
            for b in expressions
            if left <= b.start < right
            and b.start > x.start
            and (b.role == "comparison" or _COMPARED.search(text, x.end, b.start))
            and (other := _year(b)) is not None
            and other < year
        ]
        if not baselines:
            continue
        days = DaySet([(date(year + 1, 1, 1), date(year + 1, 12, 31))])
        why = (
            f"'{x.text}' is a whole year's count set against '{baselines[0].text}': published after "
            f"it ended, so the article is taken as from {year + 1}"
        )
        out.append(Constraint(days, SOFT, why))
    return out
