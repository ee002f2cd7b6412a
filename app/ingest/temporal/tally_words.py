"""Whether a sentence tells a tally: a number ("212 fixed penalty notices", "dozens of arrests") or a
change ("robberies have risen"). A tally told "since January" covers the whole span to publication;
a state told so ("has been covered by a PSPO since 2017", "has funded a team of ambassadors since
April") dates from its start."""

from __future__ import annotations

import re

from app.ingest.temporal.tense import sentence_bounds

_TALLY = re.compile(
    # a written year is a time, not a number of things
    r"(?i)\b(?:(?!(?:19|20)\d\d\b)\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|dozens?|scores|several|"
    r"a\s+(?:number|series|string|spate|wave|run|handful|raft)\s+of|"
    r"more\s+than"
    # a change over the span is told of all of it ("robberies had increased since May")
    r"|increased|risen|rose|fallen|fell|doubled|trebled|tripled|halved|soared|dropped|gone\s+(?:up|down))\b"
)


def tells_tally(text: str, start: int, end: int) -> bool:
    """True when the sentence around text[start:end] has a number or a change in it."""
    left, right = sentence_bounds(text, start, end)
    return _TALLY.search(text, left, right) is not None
