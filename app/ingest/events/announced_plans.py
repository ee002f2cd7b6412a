"""A plan told as what somebody announced: one event, the saying or the plan, never both.

"Simon Foster said last month that Walsall would get 45 extra officers", "In February he announced
that the district would receive an extra 50 officers over the coming year": the saying has its time,
and the plan is what was said (one announcement); a plan with a day of its own ("would hold a
public meeting on Thursday, April 7") is an occurrence of its own beside it. "Insp Holt announced
that a new team would be based in Byker from March 5": the saying has no time of its own and the
plan has one (one team launch, ahead).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from app.ingest.events.candidates import Candidate
from app.ingest.events.mood import FUTURE, INTENTION
from app.ingest.records import DateMention

_SAYING = re.compile(
    r"\b(?:announc(?:e|es|ed|ing)|said|says|confirmed|revealed|told)\b", re.IGNORECASE
)
_THAT = re.compile(r"\bthat\b", re.IGNORECASE)
# "announced in January that it would hold a public meeting on Thursday, April 7": a plan with a
# day of its own is an occurrence apart from the saying ("over the coming year", "by the spring"
# only say how long or by when)
_DAYS = frozenset({"day", "week"})


def _that(cand: Candidate) -> int | None:
    """Where the content clause of a saying opens: the offset after its "that"."""
    m = cand.mention
    if m.type != "announcement" or m.form != "act" or not _SAYING.search(m.text):
        return None
    text = m.paragraph.text
    found = _THAT.search(text, m.start, min(m.sentence[1], m.end + 30))
    return found.end() if found else None


# "confirmed last month that the region would receive £4.2 million, part of which will pay for
# extra patrols over the summer": what the thing said will pay for, with a time of its own, is
# an occurrence apart from the saying
_WHICH = re.compile(r"(?:(?:part|some|much|most|all)\s+of\s+)?which\b", re.IGNORECASE)


def _plan_in(cand: Candidate, saying: Candidate, that: int) -> bool:
    m, s = cand.mention, saying.mention
    if cand.dated and _WHICH.match(m.paragraph.text, m.clause[0]):
        return False
    return (
        m.type != "announcement"
        and (m.number, m.sentence) == (s.number, s.sentence)
        and m.start >= that
        and (m.mood in (FUTURE, INTENTION) or cand.date.planned or cand.pending)
    )


def told_once(
    candidates: Sequence[Candidate], dates: Mapping[int, Sequence[DateMention]]
) -> list[Candidate]:
    """The candidates, with the saying or the plan it reports dropped where both were read."""
    dropped: set[int] = set()
    for saying in candidates:
        that = _that(saying)
        if that is None:
            continue
        plans = [c for c in candidates if _plan_in(c, saying, that)]
        if not plans:
            continue
        m = saying.mention
        words = dates.get(m.number, ())
        said_when = any(m.sentence[0] <= d.start < that for d in words)
        plan_words = [d for d in words if that <= d.start < m.sentence[1]]
        if said_when and not any(d.value.precision in _DAYS for d in plan_words):
            dropped |= {id(c) for c in plans}
        elif plan_words and not said_when:
            dropped.add(id(saying))
    return [c for c in candidates if id(c) not in dropped]


__all__ = ["told_once"]
