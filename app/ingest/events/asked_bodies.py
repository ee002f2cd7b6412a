"""Bodies an act asks something of or works under, never its doers: "ask the Government for powers",
"a bid for Home Office Safer Streets money", "recruited under the Government's uplift programme"."""

from __future__ import annotations

import re

from app.ingest.events.lookup import Hit
from app.ingest.events.mention import Mention

# "ask the Government for powers", "lobby the Home Office to", "petition the council for"
_ASKED_BEFORE = re.compile(
    r"\b(?:ask(?:s|ed|ing)?|lobb(?:y|ies|ied|ying)|petition(?:s|ed|ing)?|appeal(?:s|ed|ing)?\s+to"
    r"|apply(?:ing)?\s+to|applied\s+to|bid(?:s|ding)?\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ASKED_AFTER = re.compile(r"\s+(?:for|to)\b", re.IGNORECASE)
# "under the Government's uplift programme", "under Home Office rules": the frame the act runs in
_UNDER_BEFORE = re.compile(r"\bunder\s+(?:the\s+)?$", re.IGNORECASE)
# "a bid for Home Office Safer Streets money": the body's name before a fund's own name
_NAMED_FUND = re.compile(
    r"(?:['’]s)?(?:\s+(?-i:[A-Z])[\w'’-]*){1,3}\s+(?:funding|money|grants?|cash|funds?)\b", re.IGNORECASE
)


def asked_or_under(hit: Hit, mention: Mention) -> bool:
    """Whether the body is the one an act asks for something, or whose programme or fund it runs under."""
    text = mention.paragraph.text
    before = max(0, hit.start - 30)
    if _ASKED_BEFORE.search(text, before, hit.start) and _ASKED_AFTER.match(text, hit.end):
        return True
    if mention.type != "order" and _UNDER_BEFORE.search(text, before, hit.start):
        return True
    return bool(_NAMED_FUND.match(text, hit.end))
