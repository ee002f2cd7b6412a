"""Extra officers told as the means of an operation in their paragraph: the operation, no team launch.

"Operation Lantern will begin on Friday, March 4, with extra officers on patrol from 9pm to 4am",
"Extra officers will patrol the park throughout the summer holidays", "The disorder happened despite
Operation Moonbeam ... Extra officers were deployed to known hotspots": the officers are how the
operation runs. A new or dedicated team, or officers paid for or recruited, is a team launch of its
own ("the council will fund four extra enforcement officers").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.ingest.events.candidates import Candidate

_EXTRA = re.compile(r"\b(?:extra|additional|more)\b", re.IGNORECASE)
# a team made or paid for is launched, whatever operation it serves
_OWN_TEAM = re.compile(
    # ("from December 2 until New Year's Eve" names a day, no new team)
    r"\b(?:new(?!\s+year)|dedicated|launch\w*|form\w*|set up|creat\w*|establish\w*|recruit\w*|hir(?:e|ed|es|ing)|"
    r"fund\w*|pa(?:y|ys|id|ying) for|budget|£)",
    re.IGNORECASE,
)


def _extra_officers(cand: Candidate) -> bool:
    m = cand.mention
    if m.type != "team_launch" or m.form == "ref":
        return False
    text = m.paragraph.text
    sentence = text[m.sentence[0] : m.sentence[1]]
    return bool(_EXTRA.search(text, m.clause[0], m.clause[1])) and not _OWN_TEAM.search(
        sentence
    )


def _operation_before(cand: Candidate, candidates: Sequence[Candidate]) -> bool:
    """An operation told in the officers' sentence, or earlier in their paragraph."""
    m = cand.mention
    return any(
        c.mention.type == "operation"
        and c.mention.form != "ref"
        and c.mention.number == m.number
        and (c.mention.sentence == m.sentence or c.mention.start < m.start)
        for c in candidates
    )


def without_operation_officers(candidates: Sequence[Candidate]) -> list[Candidate]:
    """The candidates, without the team launches that are an operation's extra officers."""
    return [
        c
        for c in candidates
        if not (_extra_officers(c) and _operation_before(c, candidates))
    ]


__all__ = ["without_operation_officers"]
