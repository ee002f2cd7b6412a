"""Officers a commissioner pays for: "the police and crime commissioner will fund 12 extra PCSOs"
launches a team of the force's, so the force stays its actor where a commissioner's own business
(a precept, a survey, a grant to a charity) is the office-holder's alone."""

from __future__ import annotations

import re

from app.ingest.events.mention import Mention

_OFFICERS = re.compile(
    r"\b(?:(?:police\s+)?officers|PCSOs|police\s+community\s+support\s+officers|constables|detectives|specials)\b",
    re.IGNORECASE,
)


def officers_funded(mention: Mention, event_type: str) -> bool:
    """Whether a team launch tells of police officers (whoever pays for them)."""
    if event_type != "team_launch":
        return False
    text, (start, end) = mention.paragraph.text, mention.sentence
    return _OFFICERS.search(text, start, end) is not None
