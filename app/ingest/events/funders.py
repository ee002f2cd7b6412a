"""The two sides of a grant told as news: the body the money comes from ("secured £750,000 from the
Home Office's Safer Streets Fund") and the body it goes to ("the Home Office awarded the council
£550,000"). Both take part in the award, though named after its verb, where an announcement's
other bodies are only what it is about."""

from __future__ import annotations

import re

from app.ingest.events.lookup import Hit
from app.ingest.events.mention import Mention

_MONEY = re.compile(r"£\s?\d|\b(?:funding|grants?)\b", re.IGNORECASE)
# "from the Home Office's fund", "secured from the Home Office"
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
# "awarded the council £550,000", "handed Sefton Council a grant"
_GIVEN_TO = re.compile(r"\b(?:awarded|granted|gave|given|handed|allocated)\s+(?:the\s+)?$", re.IGNORECASE)
# "secured £450,000 of Home Office Safer Streets funding": the fund's owner, named in the sum
_OF_SUM = re.compile(r"£\s?[\d.,]+\s*(?:m|bn|k|million|billion)?\s+(?:of|in)\s+(?:the\s+)?$", re.IGNORECASE)
_NEAR = 40  # characters between the verb or "from" and the body


def grant_party(hit: Hit, mention: Mention) -> bool:
    """Whether the body named after an announcement's trigger gives or receives the money it tells of."""
    text, (start, end) = mention.paragraph.text, mention.sentence
    if not start <= hit.start < end or not _MONEY.search(text, start, end):
        return False
    window = max(mention.start, hit.start - _NEAR)
    return bool(
        _FROM.search(text, window, hit.start)
        or _GIVEN_TO.search(text, window, hit.start)
        or _OF_SUM.search(text, window, hit.start)
    )
