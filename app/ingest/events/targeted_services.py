"""Emergency services named as the ones an incident hit: "South Wales Fire and Rescue Service crews
were pelted with fireworks", "Crews from the Scottish Fire and Rescue Service were also attacked",
"West Midlands Police officers were assaulted". A service the article names is part of the incident
its own people faced; bare "officers were attacked" names no one and stays a victim, and a force
that only tells of an attack ("The Met said 19 officers were injured") is its source."""

from __future__ import annotations

import re

from app.ingest.events.lookup import Hit
from app.ingest.events.mention import Mention
from app.ingest.records import AgencyRef

_PEOPLE = r"(?:crews?|officers|firefighters|fire\s+fighters|paramedics|staff|appliances?|engines?|PCSOs)"
_HIT = r"(?:attacked|assaulted|pelted|targeted|ambushed|injured|hurt|stoned|abused|threatened)"
# "X crews were pelted", "X's officers were attacked"
_PEOPLE_HIT_AFTER = re.compile(
    rf"(?:['’]s)?\s+{_PEOPLE}\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:also\s+)?{_HIT}\b", re.IGNORECASE
)
# "Crews from the X were also attacked"
_PEOPLE_FROM_BEFORE = re.compile(rf"\b{_PEOPLE}\s+(?:from|of)\s+(?:the\s+)?$", re.IGNORECASE)
_WERE_HIT_AFTER = re.compile(rf"\s+(?:were|was|had\s+been|have\s+been)\s+(?:also\s+)?{_HIT}\b", re.IGNORECASE)
# "Cleveland Fire Brigade said a crew was pelted": a fire or ambulance service telling of an attack on
# its own people is in it (a force that tells one stays its source: see above)
_SAID_PEOPLE_HIT = re.compile(
    rf"\s+(?:said|says|reported|confirmed)\s+(?:that\s+)?(?:(?:its|a|the|one\s+of\s+its|\w+\s+of\s+its)\s+)?"
    rf"(?:[\w-]+\s+)?{_PEOPLE}\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:also\s+)?{_HIT}\b",
    re.IGNORECASE,
)
_SERVICE = re.compile(r"Fire\s+(?:and|&)\s+Rescue|Fire\s+Brigade|Ambulance\s+Service", re.IGNORECASE)


def targeted_services(mention: Mention, hits: tuple[Hit, ...]) -> list[AgencyRef]:
    """The named police forces and fire or ambulance services whose own people the incident the
    mention tells was aimed at, in its sentence."""
    text, (start, end) = mention.paragraph.text, mention.sentence
    out = []
    for h in hits:
        if (
            h.agency is None
            or h.generic
            or not start <= h.start < end
            or not (h.agency.kind == "police" or _SERVICE.search(h.agency.name))
        ):
            continue
        if (
            _PEOPLE_HIT_AFTER.match(text, h.end)
            or (h.agency.kind != "police" and _SAID_PEOPLE_HIT.match(text, h.end))
            or (
                _PEOPLE_FROM_BEFORE.search(text, max(start, h.start - 30), h.start)
                and _WERE_HIT_AFTER.match(text, h.end)
            )
        ):
            out.append(h.agency)
    return out
