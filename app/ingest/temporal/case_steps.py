"""The steps of a criminal case come in order: arrest, charge, first appearance, plea, trial,
sentence. "Marsden was arrested in November 2020 ... He was charged in January last year": the
charge follows the arrest, so "last year" is 2021 at the earliest (firm), and a reader takes the
first such January after the arrest, so the article is from 2022 (soft: a case can stall for
years, and harder evidence overrides it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from app.ingest.temporal.constraints import SOFT, TENSE, Constraint
from app.ingest.temporal.evidence import FAR_FUTURE
from app.ingest.temporal.expressions import Expression
from app.ingest.temporal.spans import DaySet
from app.ingest.temporal.tense import sentence_bounds

# each step's words, in the order a case runs; the last one before a date in its sentence is its step
_STEPS = (
    r"arrested|detained",
    r"charged|summonsed|summoned",
    r"appeared|remanded|first\s+appearance",
    r"pleaded|denied|admitted|pleas?",
    r"trial|convicted|found\s+guilty",
    r"sentenced|jailed|imprisoned",
)
_STEP = re.compile(
    "|".join(f"(?P<s{i}>\\b(?:{words})\\b)" for i, words in enumerate(_STEPS)), re.I
)
_CUE = re.compile(r"(?i)\b(?:arrested|charged|summonsed|summoned)\b")
# the dated step must be told shortly before ("arrested in November 2020" a paragraph or two above)
REACH_PARAGRAPHS = 3


def _step(text: str, start: int) -> int | None:
    """The case step a date at `start` belongs to: the last step word before it in its sentence."""
    left, _ = sentence_bounds(text, start, start)
    found = None
    for match in _STEP.finditer(text, left, start):
        found = int(match.lastgroup[1:])
    return found


def _relative_month(x: Expression) -> bool:
    """ "January last year", "in March this year": a month of a year counted from the article."""
    return (
        x.kind == "relative"
        and x.unit == "year"
        and x.offset in (-1, 0)
        and x.point is not None
        and x.point.grain == "month"
        and x.point.month is not None
    )


def _explicit_month(x: Expression) -> bool:
    point = x.point
    return (
        x.kind == "calendar"
        and x.tense != "future"
        and point is not None
        and point.year is not None
        and point.month is not None
    )


def case_step_constraints(
    paragraphs: Sequence[tuple[str, Sequence[Expression]]],
) -> list[Constraint]:
    """A later step dated "<Month> last/this year" after an earlier step dated with its year."""
    if not any(_CUE.search(text) for text, _ in paragraphs):
        return []
    out: list[Constraint] = []
    dated: list[
        tuple[int, int, int, int, str]
    ] = []  # paragraph, step, year, month, text
    for at, (text, xs) in enumerate(paragraphs):
        for x in xs:
            step = _step(text, x.start)
            if step is None:
                continue
            if _explicit_month(x):
                dated.append((at, step, x.point.year, x.point.month, x.text))
                continue
            if not _relative_month(x):
                continue
            before = next(
                (
                    d
                    for d in reversed(dated)
                    if d[1] < step and at - d[0] < REACH_PARAGRAPHS
                ),
                None,
            )
            if before is None:
                continue
            _, _, year, month, told = before
            # the first such month on or after the earlier step
            earliest = year if x.point.month >= month else year + 1
            first = earliest - x.offset
            why = f"'{x.text}' is a later step of the case than '{told}'"
            out.append(
                Constraint(
                    DaySet([(date(first, 1, 1), FAR_FUTURE)]),
                    TENSE,
                    f"{why}: the article is from {first} or later",
                )
            )
            out.append(
                Constraint(
                    DaySet([(date(first, 1, 1), date(first, 12, 31))]),
                    SOFT,
                    f"{why}: read as the first such month after it, the article is from {first}",
                )
            )
            return out
    return out
