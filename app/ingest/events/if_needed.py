"""An act told only as what will be done if need be: a readiness, no occurrence.

"Anyone causing trouble will be moved on, and arrested if necessary", "officers will use dispersal
powers where needed": the act waits on a condition that may never be met.
"""

from __future__ import annotations

import re

from app.ingest.events.mention import Mention

_IF_NEEDED = re.compile(
    r"\s*(?:,\s*)?(?:if|where|when|as and when)\s+(?:it\s+is\s+|they\s+are\s+)?"
    r"(?:necessary|needed|required|appropriate|need be|the need arises)\b",
    re.IGNORECASE,
)


def if_needed(mention: Mention) -> bool:
    """The trigger is followed straight away by "if necessary" (or "where needed", ...)."""
    return (
        mention.form == "act"
        and _IF_NEEDED.match(mention.paragraph.text, mention.end) is not None
    )


__all__ = ["if_needed"]
