"""The police who answered an incident: "officers were called to the pub", "according to
Bedfordshire Police", "officers dealt with disorder". A crime told with no police in it has no agency."""

from __future__ import annotations

import re

from app.ingest.events.lookup import Hit
from app.ingest.events.mention import Mention
from app.ingest.records import AgencyRef

# what the police did about it: called out, attended, dealt with it ("recorded 236 reports" only
# counts crimes others committed: the force is their source, not an actor in them)
_RESPONSE = re.compile(
    r"\b(?:(?:was|were|been|being)\s+called|called\s+(?:out|to)|attended|responded\s+to|dealt\s+with"
    r"|(?:were|was)\s+sent|saw|witnessed|received\s+(?:more\s+than\s+|over\s+|about\s+)?[\d,]+"
    r"\s+(?:calls|reports|complaints))\b",
    re.IGNORECASE,
)
_ACCORDING = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.IGNORECASE)
# "according to force figures", "figures released by the force": the article's force counted it
# ("according to the force" only cites it)
_FORCE_FIGURES = re.compile(
    r"\b(?:force\s+figures|figures\s+(?:from|released\s+by|published\s+by)"
    r"\s+(?:the\s+)?(?:force|police))\b",
    re.IGNORECASE,
)
# "bottles were thrown at officers", "three officers suffered injuries": the police as its victims
_TARGET_BEFORE = re.compile(r"\b(?:at|on|against|towards|assaulting|attacking|injuring)\s+(?:the\s+)?$", re.I)
_TARGET_AFTER = re.compile(
    r"\s+(?:were|was)?\s*(?:suffered|injured|hurt|attacked|assaulted|pelted|targeted)\b", re.IGNORECASE
)


def responding_police(
    mention: Mention, hits: tuple[Hit, ...], force: AgencyRef | None, fire: AgencyRef | None = None
) -> list[AgencyRef]:
    """The forces (and the area's fire service, `fire`) that answered the incident the mention tells,
    in its sentence: "officers dealt with 140 reports, and fire crews attended 96 fires"."""
    text, (start, end) = mention.paragraph.text, mention.sentence
    answered = bool(_RESPONSE.search(text, start, end))
    out = [
        h.agency
        for h in hits
        if h.agency
        and (h.agency.kind == "police" or (fire is not None and h.agency.name == fire.name))
        and start <= h.start < end
        and not _TARGET_BEFORE.search(text, max(start, h.start - 20), h.start)
        and not _TARGET_AFTER.match(text, h.end)
        and (
            # "Merseyside Police said the gang ran the line": a force that only tells the crime is its
            # source, not its actor; "Police Scotland said youths gathered and officers were sent" answered
            answered
            # "according to Bedfordshire Police": a force named as the incident's source; "according
            # to the force" or "to police figures" only cites numbers
            or (
                not h.generic
                and h.start > mention.end
                and _ACCORDING.search(text, max(start, h.start - 20), h.start)
            )
        )
    ]
    if not out and force is not None and _FORCE_FIGURES.search(text, start, end):
        out.append(force)
    return out
