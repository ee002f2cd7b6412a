"""A year-less month in a "when" clause of a dated phrase: "the summer of 2011, when the city
centre was hit by rioting in August" is August 2011, not the August before publication.

The clause tells what happened at the time the phrase names, so its month belongs to the phrase's
year. Only a month or day with no year of its own, after a phrase of one written year in the same
sentence, with "when" between them, is read so.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.ingest.records import DateMention
from app.ingest.temporal.expressions import Expression
from app.ingest.temporal.tense import sentence_bounds

_WHEN = re.compile(r"(?i)^[^.;:!?()]*?,?\s+when\s+[^.;:!?]*$")


def in_when_year(
    expression: Expression, text: str, mentions: list[DateMention]
) -> Expression:
    """The month or day with the year of the dated phrase whose "when" clause it is in (the
    expression as it is otherwise)."""
    point = expression.point
    if (
        expression.kind != "calendar"
        or point is None
        or point.year is not None
        or point.grain not in ("month", "day")
        or not mentions
    ):
        return expression
    left, _ = sentence_bounds(text, expression.start, expression.end)
    for earlier in reversed(mentions):
        if earlier.end > expression.start or earlier.start < left:
            continue
        value = earlier.value
        if (
            value.anchor != "explicit"
            or value.earliest is None
            or value.earliest.year != value.latest.year
        ):
            return expression
        if not _WHEN.match(text[earlier.end : expression.start]):
            return expression
        return replace(expression, point=replace(point, year=value.earliest.year))
    return expression
