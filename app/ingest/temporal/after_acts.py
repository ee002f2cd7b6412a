"""'In the weeks after the raids', 'for 24 hours after the attack': a stretch counted from the day
of an act the text told before.

The finder remembers the last day already past told with each kind of act (same_day.py: "executed
nine warrants ... on Tuesday, October 6, 2020", "a boy was stabbed ... on the evening of August 3");
a stretch after that act runs from its day for as long as the words say, or for the usual reach of
"the days" (a week), "the weeks" (four) or "the months" (three). With no day told for the act, the
stretch is not dated.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import timedelta

from app.ingest.records import DateMention, DateValue
from app.ingest.temporal.expressions import Expression, GatedRule
from app.ingest.temporal.lexicon import COUNT, count_value
from app.ingest.temporal.same_day import ACT_WORDS
from app.ingest.temporal.spans import format_edtf

_AFTER_RE = re.compile(
    rf"(?i)\b(?:in|for|during|over|within)\s+(?:the\s+)?(?:(?P<n>{COUNT}|following)\s+)?"
    r"(?P<u>hours|days|weeks|months)\s+(?:after|following)\s+(?:the|that|this|his|her|their|its)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?P<act>" + "|".join(ACT_WORDS) + r")\b"
)
# days a stretch covers when the words give no count, and days per unit counted
_DEFAULT_DAYS = {"hours": 1, "days": 7, "weeks": 28, "months": 91}
_UNIT_DAYS = {"days": 1, "weeks": 7, "months": 30}
_PRECISION = {"hours": "day", "days": "week", "weeks": "week", "months": "month"}


def _after_act(match: re.Match[str], text: str) -> Expression:
    count = match.group("n")
    number = (
        None if count is None or count.lower() == "following" else count_value(count)
    )
    return Expression(
        "anaphor",
        match.group(),
        match.start(),
        match.end(),
        unit=match.group("u").lower(),
        offset=number,
        qualifier=f"after:{ACT_WORDS[match.group('act').lower()]}",
    )


AFTER_ACT_RULES: list[GatedRule] = [(_AFTER_RE, _after_act, ("~after|following",))]


def is_after_act(expression: Expression) -> bool:
    """ "In the weeks after the raids": dated by after_act, from the act's day."""
    return expression.kind == "anaphor" and (expression.qualifier or "").startswith(
        "after:"
    )


def after_act(
    expression: Expression,
    text: str,
    mentions: Sequence[DateMention],
    memory: dict[str, DateValue],
) -> DateValue | None:
    """The stretch from the act's day, or None when no day was told for the act."""
    act = memory.get(f"act:{expression.qualifier[6:]}")
    if act is None or act.earliest is None:
        return None
    unit, count = expression.unit, expression.offset
    if count is None:
        days = _DEFAULT_DAYS[unit]
    elif unit == "hours":
        days = -(-count // 24)
    else:
        days = count * _UNIT_DAYS[unit]
    start = act.latest  # after a run of days, from its last
    end = start + timedelta(days=days)
    precision = "day" if unit == "days" and count is not None else _PRECISION[unit]
    edtf = format_edtf(start, end, precision)
    return DateValue(
        edtf,
        start,
        end,
        precision,
        "relative",
        f"{expression.text} -> {edtf}: counted from the day of the {expression.qualifier[6:]} told before ({act.edtf})",
    )
