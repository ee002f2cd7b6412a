"""Who issues the fines an order allows: "The order gives police and council enforcement officers
the power to issue £100 fixed penalty notices". Where an article says both may, the fines it
then counts with no one named ("412 fixed penalty notices were issued under the order") are both
bodies' work; where it says nothing, the order's council stays their issuer."""

from __future__ import annotations

import re

from app.ingest.events.lookup import Hit
from app.ingest.events.mention import Mention
from app.ingest.records import AgencyRef

_POLICE = r"(?:police(?:\s+officers)?|officers|the\s+police)"
_COUNCIL = r"(?:(?:the\s+)?council(?:['’]s)?\s+(?:enforcement\s+|community\s+safety\s+)?(?:officers|staff|wardens)|(?:authorised|accredited)\s+council\s+officers)"
# "gives police and council enforcement officers the power to ... issue fixed penalty notices"
_BOTH = re.compile(
    rf"\b(?:gives?|gave|giving|allows?|allowed|allowing|lets|enables?|empowers?)\s+(?:both\s+)?(?:the\s+)?"
    rf"(?:{_POLICE}\s+(?:and|&)\s+{_COUNCIL}|{_COUNCIL}\s+(?:and|&)\s+{_POLICE})\b"
    r"[^.]{0,90}?\b(?:fixed[- ]penalty\s+notices?|fines?|FPNs?)\b",
    re.IGNORECASE,
)
_FINES = re.compile(r"\b(?:fixed[- ]penalty\s+notices?|FPNs?|fines?)\b", re.IGNORECASE)
_UNDER = re.compile(r"\bunder\s+(?:it|the\s+(?:\w+\s+)?order|the\s+pspo|the\s+ban)\b", re.IGNORECASE)

# "A report to cabinet said", "figures presented to the committee": who hears the count
_AUDIENCE = re.compile(r"\b(?:to|told|before|informed)\s+(?:the\s+)?(?:[\w'’-]+\s+)?$", re.IGNORECASE)

_OWN_COUNT = re.compile(r"\bcouncil(?:['’]s)?\s+(?:own\s+)?figures\b|\bfigures\s+from\s+the\s+council\b", re.IGNORECASE)


def shared_fines(texts: dict[int, str]) -> bool:
    """Whether the article says both the police and council officers may issue the order's fines."""
    # most articles name no fines at all: a substring test skips the scan
    return any(("enalt" in text or "ine" in text) and _BOTH.search(text) for text in texts.values())


def unnamed_fines(mention: Mention, hits: tuple[Hit, ...]) -> bool:
    """Fines counted under an order in the mention's sentence, with no one named as their issuer."""
    text, (start, end) = mention.paragraph.text, mention.sentence
    # the fines in the act's own clause ("and that 61 people had been prosecuted" is another act)
    clause = mention.clause
    if not (_FINES.search(text, *clause) and _UNDER.search(text, *clause)):
        return False
    if _OWN_COUNT.search(text, start, end):
        return False  # "According to council figures, 212 fines were issued": the council's own count
    return not any(
        h.agency is not None
        and h.agency.kind in ("police", "council")
        and start <= h.start < end
        and not _AUDIENCE.search(text, max(start, h.start - 30), h.start)
        for h in hits
    )


def fine_issuers(
    members: list, agencies: list[AgencyRef], force: AgencyRef | None, council: AgencyRef | None,
    shared: bool, names: dict,
) -> list[AgencyRef]:
    """The agencies with the force joined to the council for fines both may issue, counted unnamed."""
    if not shared or force is None or council is None or force in agencies:
        return agencies
    if [a for a in agencies if a != council]:
        return agencies
    if not all(
        unnamed_fines(m, names[m.number].agencies if m.number in names else ())
        for m, _ in members
    ):
        return agencies
    return [*agencies, force] if council in agencies else [council, force]
