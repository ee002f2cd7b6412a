"""Counts told since an event the article has just dated: "Since then, officers have arrested 26
people", "the taskforce had made 140 arrests since its launch", "Since Operation Sundial began"
(a named operation is found further back, when its paragraph names it). The count covers the
span from that event to publication, not the publication day alone.
"""

from __future__ import annotations

import re

from app.ingest.events.candidates import Candidate
from app.ingest.records import DateValue
from app.ingest.temporal.spans import format_edtf

# how far after the event a "since then" still points back to it, in paragraphs
SINCE_REACH = 3

_STARTED = r"(?:was\s+|were\s+)?(?:launched|began|started|introduced|set\s+up|formed|came\s+into\s+force)"
_SINCE_THEN = re.compile(
    r"(?i)\bsince\s+(?P<what>then|that\s+time|(?:its|their|the\s+\w+[\x27’]s)\s+"
    r"(?:launch|introduction|start|creation|formation|inception|arrival)|"
    rf"(?:it|they)\s+{_STARTED}"
    # "Since Operation Sundial began", "since the crackdown was launched"
    rf"|(?P<name>Operation\s+[A-Z][\w-]+|the\s+(?:operation|crackdown|campaign|scheme|initiative|"
    rf"pilot|team|unit|taskforce|order|patrols))\s+{_STARTED})\b"
)
# a named operation is found however far back it was dated
_NAMED_REACH = 10
_PERFECT = re.compile(
    r"(?i)\b(?:has|have|had)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:been\s+)?\w+"
)
# "its launch" points back to something launched: a team, an operation or an order
_LAUNCHED = ("team_launch", "operation", "order")


def since_then(
    cand: Candidate, dated: Candidate | None, launched: Candidate | None
) -> DateValue | None:
    """From the earlier event's start to publication, for a count told "since then" (None else)."""
    m = cand.mention
    text = m.paragraph.text
    found = _SINCE_THEN.search(text, m.sentence[0], m.sentence[1])
    if found is None or not _PERFECT.search(text, m.sentence[0], m.sentence[1]):
        return None
    what = found.group("what").lower()
    source = dated if what.startswith("th") and not found.group("name") else launched
    if source is None:
        return None
    reach = SINCE_REACH
    name = found.group("name")
    if name and name.lower().startswith("operation"):
        if name.lower() not in source.mention.paragraph.text.lower():
            return None  # another operation than the one launched last
        reach = _NAMED_REACH
    if not 0 <= m.number - source.mention.number <= reach:
        return None
    start, end = source.date.earliest, cand.date.latest
    if start is None or end is None or start >= end:
        return None
    precision = source.date.precision
    edtf = format_edtf(start, end, precision)
    why = f"since {source.mention.text!r} ({source.date.edtf}) -> {edtf}: a count since then, to publication"
    return DateValue(edtf, start, end, precision, source.date.anchor, why)


def is_launched(cand: Candidate) -> bool:
    """A dated launch that a later "since its launch" may point back to."""
    return cand.mention.type in _LAUNCHED and not cand.date.planned
