"""Who brought the case: "a prosecution brought by the Environment Agency", "prosecuted by Wirral
Council", "the RSPCA, which brought the case". A court outcome of such a case is the prosecuting
body's, where it would otherwise fall back on the article's force."""

from __future__ import annotations

import re

from app.ingest.events.courts import COURT_WORDS, court_act
from app.ingest.events.lookup import Hit
from app.ingest.events.mention import Mention
from app.ingest.records import AgencyRef

_BROUGHT_BY = re.compile(
    r"\b(?:(?:prosecution|case|action|proceedings)\s+(?:was\s+|were\s+)?(?:brought|taken|launched)|prosecuted)"
    r"\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_BROUGHT_AFTER = re.compile(
    r"(?:,\s+which|,\s+who)?\s+(?:successfully\s+|had\s+|has\s+)?(?:prosecuted|brought\s+the\s+(?:case|prosecution))\b",
    re.IGNORECASE,
)
_CUE = re.compile(r"prosecut|brought", re.IGNORECASE)
_NEAR = 45


def prosecutor(texts: dict[int, str], hits: dict[int, tuple[Hit, ...]]) -> AgencyRef | None:
    """The first named body other than a police force that the article says brought a prosecution."""
    for number in sorted(texts):
        text = texts[number]
        if _CUE.search(text) is None:
            continue
        for h in hits.get(number, ()):
            if h.agency is None or h.generic or h.agency.kind == "police":
                continue
            if _BROUGHT_BY.search(text, max(0, h.start - _NEAR), h.start) or _BROUGHT_AFTER.match(text, h.end):
                return h.agency
    return None


_COURT = re.compile(r"\bcourt\b", re.IGNORECASE)


def court_told(mention: Mention) -> bool:
    """A court act, or an act told in a sentence set in court ("pleaded guilty ... and was fined")."""
    text, (start, end) = mention.paragraph.text, mention.sentence
    return court_act(mention) or bool(COURT_WORDS.search(text, start, end) or _COURT.search(text, start, end))
