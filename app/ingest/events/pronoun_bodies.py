"""A body's own people named by a pronoun: "The council said its night-time economy team and police
would carry out joint visits". The team is the council's, the body that speaks before "its"."""

from __future__ import annotations

import re

from app.ingest.events.lookup import Hit

# "its night-time economy team", "their enforcement officers", "its wardens"
_ITS_PEOPLE = re.compile(
    r"\b(?:[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,3}?(?:teams?|officers|wardens|staff|units?|crews|rangers|patrols)\b"
)
# "The council said", "Leeds City Council has confirmed"
_SAID = re.compile(
    r"\s+(?:has\s+|had\s+)?(?:said|says|announced|confirmed|added|stated|explained)\b", re.IGNORECASE
)


def pronoun_owners(hits: tuple[Hit, ...], text: str, clause: tuple[int, int], sentence: tuple[int, int]) -> list[Hit]:
    """The body whose "its team" or "their officers" acts in the clause: the one that said it."""
    # the pronoun stands in the clause or in the subject joined to it ("its team and police would")
    if "its " not in text and "heir " not in text and "Its " not in text:
        return []  # most paragraphs hold no such pronoun
    own = _ITS_PEOPLE.search(text, sentence[0], clause[1])
    if own is None:
        return []
    speakers = [
        h for h in hits if h.agency is not None and sentence[0] <= h.start < own.start() and _SAID.match(text, h.end)
    ]
    return speakers[-1:]
