"""Visits told as the work of the operation their sentence names: parts of it, no meeting apart.

"Police are taking part in a week of action, with officers carrying out weapons sweeps and
visiting schools": the "with officers ..." clause lists what the week of action is made of, so the
school visits are the operation told in detail, not a meeting of their own. Told in a sentence of
their own ("Officers also visited four schools this week"), visits are an occurrence to list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.ingest.events.mention import Mention
from app.ingest.records import DateMention

# "with officers ...", "with police and wardens ...", "with extra officers from the town centre team"
_WITH_WORKERS = re.compile(
    r"\bwith\s+(?:[\w'-]+\s+){0,2}(?:officers|police|wardens|PCSOs|volunteers|staff)\b",
    re.IGNORECASE,
)


# "with plain-clothes officers and e-bike patrols deployed around Bank": the officers the operation
# put out are how it ran; a new or dedicated team is launched whatever operation it serves
_OWN_UNIT = re.compile(
    r"\b(?:new|dedicated|team|unit|squad|taskforce|task force|recruit\w*|fund\w*|paid)\b",
    re.IGNORECASE,
)


def operation_part(
    mention: Mention, mentions: list[Mention], dates: Sequence[DateMention]
) -> bool:
    """A meeting (or officers put out) in a "with officers ..." clause that details the operation
    told before it, with no time of its own ("with officers holding a street meeting on Tuesday" is
    a meeting)."""
    if mention.type not in ("meeting", "team_launch") or (
        mention.type == "team_launch" and _OWN_UNIT.search(mention.paragraph.text, *mention.clause)
    ):
        return False
    text = mention.paragraph.text
    for other in mentions:
        if (
            other.type != "operation"
            or other.sentence != mention.sentence
            or other.end > mention.start
        ):
            continue
        # (officers put out may be the trigger's own first word: "with officers deployed")
        upto = mention.end if mention.type == "team_launch" else mention.start
        marker = _WITH_WORKERS.search(text, other.end, upto)
        if marker is not None and not any(
            marker.start() <= d.start < mention.sentence[1] for d in dates
        ):
            return True
    return False


__all__ = ["operation_part"]
