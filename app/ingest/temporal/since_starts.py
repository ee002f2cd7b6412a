"""'Since it began': the start told before for the order, scheme or team the text is about.

"The Public Spaces Protection Order, first introduced in 2019, ... 212 fixed penalty notices had
been issued under the order since it began": the count runs from 2019. The finder remembers the
last date told as a start ("introduced in 2019", "launched in April 2021"); a later "since it
began" or "since its launch" takes it (the events stage runs a "since" time on to publication),
and is left undated when no start was told.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from app.ingest.records import DateMention, DateValue
from app.ingest.temporal.expressions import Expression, GatedRule
from app.ingest.temporal.tense import sentence_bounds

TOLD_START = "told:start"
_THING = (
    r"(?:it|they|its|their|the\s+(?:order|ban|pspo|zone|scheme|team|unit|taskforce|operation|campaign|"
    r"initiative|project|service|policy|programme|partnership|patrols?|powers?|cameras?|hub))"
)
_STARTED = (
    r"(?:was\s+|were\s+|first\s+|was\s+first\s+|were\s+first\s+)?(?:began|begun|started|launched|introduced|"
    r"set\s+up|brought\s+in|came\s+into\s+(?:force|effect|being|operation)|created|formed|opened|made)"
)
_SINCE = re.compile(
    rf"(?i)\bsince\s+(?:{_THING}\s+{_STARTED}|(?:its|their)\s+(?:launch|introduction|creation|inception|start))\b"
    # "since the order was made in 2017": the start is told right there
    r"(?![^.,;]{0,16}?(?:\b(?:in|on|during|last|back)\b|\d))"
)
# a date told as a start: the starting verb a few words before it ("first introduced in 2019")
_START_BEFORE = re.compile(
    r"(?i)\b(?:began|started|launched|introduced|set\s+up|brought\s+in|came\s+into\s+(?:force|effect)|created|"
    r"formed|established)\s+(?:\w+\s+){0,3}$"
)


def _since_start(match: re.Match[str], text: str) -> Expression:
    return Expression(
        "anaphor",
        match.group(),
        match.start(),
        match.end(),
        unit="day",
        offset=0,
        qualifier="since:start",
        role="since",
    )


SINCE_START_RULES: list[GatedRule] = [(_SINCE, _since_start, ("~since",))]


def is_since_start(expression: Expression) -> bool:
    """'Since it began': dated by the start told before, not from the last day."""
    return expression.kind == "anaphor" and expression.qualifier == "since:start"


def remember_start(
    text: str, mention: DateMention, memory: dict[str, DateValue]
) -> None:
    """Keep a past date told as a start ("first introduced in 2019")."""
    value = mention.value
    if value.earliest is None or value.planned or value.precision == "unknown":
        return
    left, _ = sentence_bounds(text, mention.start, mention.end)
    before = text[max(left, mention.start - 60) : mention.start]
    if _START_BEFORE.search(re.sub(r"\s+(?:in|on|from)\s*$", " ", before)):
        memory[TOLD_START] = value


# "said in a statement last week that the team had made 300 arrests since it was formed": what a
# dated statement reports is told as of the statement's day
_REPORT_THAT = re.compile(
    r"(?i)\b(?:said|told|says|stated|announced|revealed|confirmed)\b[^.]*?\bthat\b"
)


def _in_dated_report(
    expression: Expression, text: str, mentions: Sequence[DateMention]
) -> bool:
    left, _ = sentence_bounds(text, expression.start, expression.end)
    return any(
        left <= m.start < expression.start
        and _REPORT_THAT.search(text, max(left, m.start - 80), expression.start)
        for m in mentions
    )


def told_start(
    expression: Expression,
    text: str,
    mentions: Sequence[DateMention],
    memory: dict[str, DateValue],
) -> DateValue | None:
    """The start told before, or None (also inside what a dated statement reported)."""
    found = memory.get(TOLD_START)
    if found is None or _in_dated_report(expression, text, mentions):
        return None
    return replace(
        found,
        explanation=f"{expression.text} -> {found.edtf}: from the start told before ({found.edtf})",
    )
