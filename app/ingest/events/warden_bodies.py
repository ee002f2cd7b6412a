"""Street wardens a business improvement district pays for: "The Clapham Junction BID agreed to pay
for the wardens" makes the article's bare "street wardens" the BID's, where wardens are otherwise
the council's. Community, council, dog and park wardens stay the council's."""

from __future__ import annotations

import re

from app.ingest.events.lookup import Hit
from app.ingest.records import AgencyRef

_WARDENS = re.compile(r"\b(?:wardens|rangers|ambassadors|marshals)\b", re.IGNORECASE)
# the body pays for, employs or runs the wardens, or they are its own
_PAYS = re.compile(
    r"\b(?:pay(?:s|ing)?\s+for|paid\s+for|fund(?:s|ed|ing)?|employ(?:s|ed|ing)?|hire[sd]?|run(?:s)?|recruit\w*)\b"
    r"|['’]s?\s+(?:own\s+|new\s+|two\s+|extra\s+)*(?:street\s+)?(?:wardens|rangers|ambassadors|marshals)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?]+[.!?]?")
# wardens whose name says they are the council's
_COUNCIL_KIND = re.compile(
    r"\b(?:council|community|neighbourhood|dog|park|seafront|enforcement|parking|civil\s+enforcement)\s+wardens?\b",
    re.IGNORECASE,
)


def warden_body(texts: dict[int, str], hits: dict[int, tuple[Hit, ...]]) -> AgencyRef | None:
    """The business body a sentence of the article says pays for, employs or runs wardens, if any."""
    for number in sorted(texts):
        text = texts[number]
        if _WARDENS.search(text) is None:
            continue
        for sentence in _SENTENCE.finditer(text):
            s, e = sentence.span()
            if not _WARDENS.search(text, s, e) or not _PAYS.search(text, s, e):
                continue
            for h in hits.get(number, ()):
                if h.agency is not None and h.agency.kind == "business" and s <= h.start < e:
                    return h.agency
    return None


def street_wardens(words: str) -> bool:
    """Whether council-officer words are bare street wardens (not a council's own kind of warden)."""
    return "warden" in words.lower() and _COUNCIL_KIND.fullmatch(words) is None
