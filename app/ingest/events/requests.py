"""What someone asked for: a request, not the act asked for.

"She had written to the Commissioner last week asking for more officers for Forest Gate",
"Traders have called for a dispersal order", "residents demanded extra patrols": the letter, the
call or the demand may be an event (an announcement, a meeting); the officers, the order and the
patrols asked for are not, whatever date the asking carries. A time told with what is asked for ("asked for a public meeting
with police this spring") dates it as a plan, and it stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.ingest.events.mention import Mention
from app.ingest.events.mood import INTENTION
from app.ingest.records import DateMention

_ASKED = re.compile(
    r"\b(?:ask(?:s|ed|ing)?|call(?:s|ed|ing)?|plead(?:s|ed|ing)?|lobb(?:y|ies|ied|ying)|"
    r"petition(?:s|ed|ing)?|appeal(?:s|ed|ing)?|press(?:es|ed|ing)?)\s+for\b(?:\s+\S+){0,6}\s*$"
    r"|\bdemand(?:s|ed|ing)?\b(?:\s+\S+){0,6}\s*$",
    re.IGNORECASE,
)


def asked_for(mention: Mention, dates: Sequence[DateMention]) -> bool:
    """The mention names what a request in its clause asked for, with no time of its own."""
    if mention.mood != INTENTION or mention.form == "ref":
        return False
    text = mention.paragraph.text
    asked = _ASKED.search(text, mention.clause[0], mention.start)
    if asked is None:
        return False
    # "has asked for a public meeting with police this spring": the time asked for is the meeting's
    return not any(asked.start() <= d.start < mention.sentence[1] for d in dates)


__all__ = ["asked_for"]
