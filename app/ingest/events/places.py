"""Which named places can say where an article's events happened, and where its streets lie.

Home towns ("a man from Edmonton") say where a person lives; a court, where a case was heard;
"Victoria Road, Barking" puts the street in Barking; "the mosque" is the mosque named before.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.ingest.events.lookup import Hit, Lookup
from app.ingest.gazetteer.places import HOME_TOWN
from app.ingest.records import Article

_VENUE_REF = re.compile(
    r"\bthe (mosque|church|temple|gurdwara|synagogue|library|estate|station|market|park|centre|flat|property|"
    r"school|hall|pub|club|shop|premises)\b",
    re.IGNORECASE,
)


_CLUB = re.compile(
    r"\s+(?:United|City|Town|Rovers|Wanderers|Athletic|Albion|Villa|Forest|Hotspur|County|Argyle|FC|AFC)\b"
    r"(?!\s+(?:Council|Centre|Hall|Police|Square|Library|Station|Region|Ground))",
)
_COURT = re.compile(r"\b(?:court|tribunal|old bailey)\b", re.IGNORECASE)


_COURT_AFTER = re.compile(
    r"\s+(?:(?:and\s+\w+\s+)?(?:magistrates|crown|county|youth|family|coroner)['’]?s?['’]?\s+)?court\b",
    re.IGNORECASE,
)


def event_places(text: str, places: list[Hit]) -> list[Hit]:
    """The places that can say where an event happened: no home towns; courts marked weak."""
    out = []
    for hit in places:
        if HOME_TOWN.search(text, max(0, hit.start - 40), hit.start):
            continue
        if _CLUB.match(text, hit.end):
            continue  # "hosts Newcastle United": a football club, not a place
        if _COURT.search(hit.name) or _COURT_AFTER.match(text, hit.end):
            hit = replace(hit, weak=True)
        out.append(hit)
    return out


def street_towns(article: Article, raw: dict, lookup: Lookup) -> dict[str, str]:
    """Streets placed by the article itself: "Victoria Road, Barking" puts Victoria Road in Barking."""
    out: dict[str, str] = {}
    for p in article.paragraphs:
        if p.number not in raw:
            continue
        places = sorted(raw[p.number][1], key=lambda h: h.start)
        for street, town in zip(places, places[1:], strict=False):
            between = p.text[street.end : town.start]
            if town.borough and re.fullmatch(r"\s*(?:,|in|,\s*in)\s*", between):
                out.setdefault(street.name, town.borough)
    return out


def venue_refs(text: str, places: list[Hit], earlier: list[Hit]) -> list[Hit]:
    """ "the mosque" after "Al Madina mosque": the venue the article has already named."""
    out = []
    for match in _VENUE_REF.finditer(text):
        if any(h.start <= match.start() < h.end for h in places):
            continue
        noun = match.group(1).lower()
        named = [h for h in earlier if h.name.split()[-1].lower() == noun]
        if named:
            out.append(
                Hit(match.start(), match.end(), named[-1].name, named[-1].borough)
            )
    return out
