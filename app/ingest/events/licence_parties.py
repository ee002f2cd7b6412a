"""Who decides a licence: "the licensing sub-committee revoked the licence of the bar, following a review
requested by the Metropolitan Police". The council's sub-committee decides; the force that asked for the
review is a party at the hearing (a meeting), not the body that revokes or suspends the licence.
"""

from __future__ import annotations

import re

from app.ingest.events.agent_checks import licence_decision
from app.ingest.events.lookup import Hit
from app.ingest.events.mention import Mention

# "following a review requested by", "after an application from", "at the request of"
_ASKED_BEFORE = re.compile(
    r"\b(?:review|application|request|complaints?|evidence|representations?)\s+(?:\w+\s+){0,2}?"
    r"(?:(?:requested|applied\s+for|brought|made|lodged|submitted)\s+)?(?:from|by|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "after police told councillors", "after police said it was fuelling drinking", "after police review":
# what the force said or asked
_ASKED_AFTER = re.compile(
    r"\s+(?:had\s+)?(?:told|warned|informed|asked|applied|requested|called\s+for|gave\s+evidence|said|says"
    r"|raised|objected|complained|reviews?)\b",
    re.IGNORECASE,
)


def applicant_only(hit: Hit, mention: Mention) -> bool:
    """A force named in a licence decision only as the one that asked for the review or told the hearing."""
    if (
        mention.type != "enforcement"
        or hit.agency is None
        or hit.agency.kind != "police"
        or not licence_decision(mention)
    ):
        return False
    text = mention.paragraph.text
    asked = _ASKED_AFTER.match(text, hit.end)
    if asked is not None and asked.start() <= mention.start <= asked.end():
        return False  # "Police applied for a summary review": the asking is the force's own act
    return bool(_ASKED_BEFORE.search(text, max(0, hit.start - 50), hit.start) or asked)
