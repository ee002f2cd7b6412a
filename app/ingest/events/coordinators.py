"""Bodies that only coordinate: "a national campaign co-ordinated by the National Police Chiefs'
Council". They set the campaign's dates for every force; the arrests made in it are the local force's.
"""

from __future__ import annotations

import re

from app.ingest.events.lookup import Hit

_COORDINATED_BY = re.compile(
    r"\b(?:co-?ordinated|organi[sz]ed\s+nationally|led\s+nationally|run\s+nationally)\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_NEAR = 30


def coordinators(texts: dict[int, str], hits: dict[int, tuple[Hit, ...]]) -> frozenset[str]:
    """Names of the bodies the article names only as a campaign's coordinator."""
    if not any("ordinated by" in t or "nationally by" in t for t in texts.values()):
        return frozenset()  # most articles name no coordinator
    named_as: dict[str, bool] = {}
    for number, text in texts.items():
        for hit in hits.get(number, ()):
            if hit.agency is None or hit.generic:
                continue
            only = bool(_COORDINATED_BY.search(text, max(0, hit.start - _NEAR), hit.start))
            named_as[hit.agency.name] = named_as.get(hit.agency.name, True) and only
    return frozenset(name for name, only in named_as.items() if only)
