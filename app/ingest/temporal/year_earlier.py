"""'The same campaign the year before', 'the same period last year': the run told before, a year
earlier.

"118 people were arrested during the campaign, compared with 131 during the same campaign the year
before": the campaign ran from December 1 to January 1, so the one before ran from December 1 to
January 1 a year earlier. A campaign or operation is the last one told with a run of days
(same_day.py keeps it); a period, week or month is the last date told. With neither, it is not
dated; told as what a figure is compared with, it is the baseline, not an event's date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from app.ingest.records import DateMention, DateValue
from app.ingest.temporal.expressions import Expression, GatedRule
from app.ingest.temporal.same_day import LAST_TOLD
from app.ingest.temporal.spans import format_edtf

_SAME_RE = re.compile(
    r"(?i)\bthe\s+same\s+(?P<noun>campaign|operation|crackdown|period|weeks?|weekend|months?|fortnight|"
    r"quarter|time)\s+(?P<when>last\s+year|the\s+(?:previous\s+)?year\s+before|the\s+previous\s+year|"
    r"a\s+year\s+(?:earlier|before|ago)|in\s+the\s+previous\s+year)\b"
)
_OPERATIONS = ("campaign", "operation", "crackdown")
# "fell by a fifth compared with the same period last year": the baseline, the time of no event
_BASELINE = "|baseline"
_COMPARED = re.compile(r"(?i)\b(?:compared\s+(?:with|to)|than|from|on)\s+$")


def _year_earlier(match: re.Match[str], text: str) -> Expression:
    noun = match.group("noun").lower()
    compared = _COMPARED.search(text, max(0, match.start() - 16), match.start())
    # the time words alone: "during the same campaign" may be a trigger of its own
    return Expression(
        "anaphor",
        match.group("when"),
        match.start("when"),
        match.end("when"),
        unit="year_earlier",
        offset=-1,
        # the grammar sets every expression's role from the word before it: a baseline is told
        # in the qualifier
        qualifier=("operation" if noun in _OPERATIONS else "period")
        + (_BASELINE if compared else ""),
    )


YEAR_EARLIER_RULES: list[GatedRule] = [(_SAME_RE, _year_earlier, ("~the same",))]


def is_year_earlier(expression: Expression) -> bool:
    """ "The same period last year": dated by year_earlier, from the run told before."""
    return expression.kind == "anaphor" and expression.unit == "year_earlier"


def _back(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # February 29
        return day.replace(year=day.year - 1, day=28)


def year_earlier(
    expression: Expression,
    text: str,
    mentions: Sequence[DateMention],
    memory: dict[str, DateValue],
) -> DateValue | None:
    """The run told before, a year earlier (None when none was told)."""
    what, _, baseline = expression.qualifier.partition("|")
    key = "run:operation" if what == "operation" else LAST_TOLD
    base = memory.get(key)
    if base is None or base.earliest is None or base.latest is None:
        return None
    start, end = _back(base.earliest), _back(base.latest)
    edtf = format_edtf(start, end, base.precision)
    if baseline:
        return DateValue.unknown(
            f"{expression.text} -> not an event date: {edtf} is the baseline of a comparison"
        )
    return DateValue(
        edtf,
        start,
        end,
        base.precision,
        "relative",
        f"{expression.text} -> {edtf}: a year before the {what} told before ({base.edtf})",
    )
