"""A yearly campaign set against "the same campaign in December 2018": this year's is a year on.

Christmas drink-drive campaigns, summer operations and Bonfire Night weeks recur each year; figures
"up from 211 during the same campaign in December 2018" compare this year's run with the last one,
so this one ran in that month a year later and the article reports it from then (firm), within
about three months of its end (soft: results come out soon after).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from app.ingest.temporal.constraints import FIRM, SOFT, Constraint
from app.ingest.temporal.evidence import FAR_FUTURE
from app.ingest.temporal.expressions import Expression
from app.ingest.temporal.spans import DaySet, month_end

# results of a yearly campaign are reported within this long after its month
REPORTED_WITHIN_DAYS = 92
_SAME_RUN = re.compile(
    r"(?i)\b(?:the\s+)?same\s+(?:campaign|operation|crackdown|blitz|week|weekend|initiative|"
    r"drive|clampdown|period|month)\s+(?:(?:of|in|during)\s+)?$"
)


def annual_baseline_constraints(
    text: str, expressions: Sequence[Expression]
) -> list[Constraint]:
    """'the same campaign in December 2018' (a month and year): the article is from December 2019
    on, and soon after it."""
    out = []
    for x in expressions:
        point = x.point
        if (
            x.kind != "calendar"
            or point is None
            or point.grain != "month"
            or point.year is None
            or point.month is None
        ):
            continue
        if not _SAME_RUN.search(text, max(0, x.start - 40), x.start):
            continue
        start = date(point.year + 1, point.month, 1)
        end = month_end(start.year, start.month) + timedelta(days=REPORTED_WITHIN_DAYS)
        why = f"'{x.text}' is last year's run of the same campaign: this one is from {start.isoformat()}"
        out.append(Constraint(DaySet([(start, FAR_FUTURE)]), FIRM, why))
        out.append(
            Constraint(
                DaySet([(start, end)]),
                SOFT,
                f"{why}, reported by {end.isoformat()}",
            )
        )
    return out
