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


# "has authorised a Section 35 order ... from 3pm on Tuesday, November 5, until 3am": the order's
# validity is set, and its days are still to come, whatever the tense of the authorising verb
_SET_BY = re.compile(
    r"(?i)\b(?:has|have)\s+(?:now\s+|just\s+|also\s+)?(?:been\s+)?(?:authori[sz]ed|granted|made|imposed|approved|issued|"
    r"agreed|put\s+in\s+place|brought\s+in|introduced)\b"
)
_UNTIL_AFTER = re.compile(r"(?i)^[^.;]{0,80}?\buntil\b")


def set_spans_ahead(expressions: list[Expression], text: str) -> list[Expression]:
    """A 'from <day> until ...' validity span in a present-perfect sentence is still ahead."""
    out = []
    for x in expressions:
        if (
            x.role == "since"
            and x.tense == "past"
            and _day(x)
            and _UNTIL_AFTER.match(text[x.end :])
            and _SET_BY.search(text[max(0, text.rfind(".", 0, x.start) + 1) : x.start])
        ):
            x = replace(x, tense="future")
        out.append(x)
    return out
