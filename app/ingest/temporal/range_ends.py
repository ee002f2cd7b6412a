"""A day named by an occasion as the end of a range: "from Saturday, December 1 to New Year's Day".

The grammar reads "from <day>" (a start that goes on) and the occasion ("New Year's Day", a day and
month) apart; joined, they are one range, whose end is what a report of it is dated from.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.ingest.temporal.expressions import Expression

_JOIN = re.compile(r"(?i)\s*,?\s*(?:to|until|till|through(?:\s+to)?|and)\s+(?:the\s+)?")
_FROM = re.compile(r"(?i)\b(?:from|between)\s+(?:the\s+)?$")


def _day(x: Expression) -> bool:
    point = x.point
    return (
        x.kind == "calendar"
        and point is not None
        and point.grain == "day"
        and point.month is not None
        and point.day is not None
    )


def joined_ranges(expressions: list[Expression], text: str) -> list[Expression]:
    """'from <day> to <day named by an occasion>' as one range (others as they are)."""
    out: list[Expression] = []
    i = 0
    while i < len(expressions):
        first = expressions[i]
        second = expressions[i + 1] if i + 1 < len(expressions) else None
        if (
            second is not None
            and _day(first)
            and _day(second)
            and first.point.year is None
            and second.point.year is None
            and _FROM.search(text, max(0, first.start - 12), first.start)
            and _JOIN.fullmatch(text, first.end, second.start)
            and not re.search(r"\d", text[second.start : second.end])
        ):
            out.append(
                replace(
                    first,
                    kind="range",
                    text=text[first.start : second.end],
                    end=second.end,
                    end_point=second.point,
                    role="point",
                    tense=second.tense if first.tense == second.tense else first.tense,
                )
            )
            i += 2
            continue
        out.append(first)
        i += 1
    return out
