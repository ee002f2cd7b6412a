"""Which named places can say where an article's events happened, and where its streets lie.

Home towns ("a man from Edmonton") say where a person lives; a court, where a case was heard;
"Victoria Road, Barking" puts the street in Barking; "the mosque" is the mosque named before.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.ingest.events.lookup import Hit, Lookup
from app.ingest.gazetteer.place_roles import HOME_TOWN, compared_place
from app.ingest.records import Article

_VENUE_REF = re.compile(
    r"\bthe (mosque|church|temple|gurdwara|synagogue|library|estate|station|market|park|centre|flat|property|"
    r"school|hall|pub|club|shop|premises)\b",
    re.IGNORECASE,
)


_CLUB = re.compile(
    r"\s+(?:United|City|Town|Rovers|Wanderers|Athletic|Albion|Villa|Forest|Hotspur|County|Argyle|FC|AFC"
    r"|North\s+End|Orient|Alexandra|Rangers|Celtic|Wednesday|Dons|Harriers|Stanley)\b"
    r"(?!\s+(?:Council|Centre|Hall|Police|Square|Library|Station|Region|Ground))"
    r"|\s+(?:derby|derbies|[Dd]ay(?!\s+[Cc]entre)|fans|supporters)\b",  # "the West Lancashire derby", "Preston fans"
)
# "lines supplying drugs from Leeds to towns in North Yorkshire", "supplied users in Harrogate":
# where the drugs went, not where the police acted
_SUPPLIED = re.compile(
    r"\b(?:suppl(?:y|ying|ied|ies)|ferr(?:y|ying|ied)|export(?:ed|ing)?|push(?:ed|ing))\b[^.;]{0,80}?"
    r"(?:\b(?:to|into|across)\s+(?:(?:towns|cities|users|customers|buyers|addresses|areas|villages|places)\s+(?:in|across)\s+)?"
    r"|\b(?:users|customers|buyers|addicts|markets?)\s+(?:in|across)\s+)"
    r"(?:(?:[A-Z][\w'’-]+\s*)+(?:,\s*|\s+and\s+))*$"
)
# "jailed for running a line from south London to Great Yarmouth", "a line operating from Leeds into
# Harrogate": where the line ran to, not where the police acted
_LINE_TO = re.compile(
    r"\b(?:(?:county|drugs?|deal(?:ing|er)|phone)\s+)?lines?\b[^.;]{0,80}?\b(?:to|into)\s+"
    r"(?:(?:[A-Z][\w'’-]+\s*)+(?:,\s*|\s+and\s+))*$"
)
# "the Central East BCU, which covers Hackney and Tower Hamlets": the unit's patch, not the event's place
# "the Met's North West command covering Barnet, Brent and Harrow": the same, told with a participle
_COVERS = re.compile(
    r"(?:\b(?:which|that|who)\s+(?:covers?|covering|serves?|polices?|spans?)"
    r"|\b(?:command|[Cc]ommand\s+[Uu]nit|BCU|OCU|division|unit|squad|taskforce|force|constabulary)"
    r"\s+(?:covering|serving|policing|spanning))\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w'’-]+\s*)+(?:,\s*|\s+and\s+))*$"
)
# "of Maryland Park, Stratford": the next part of the same home address
_ADDRESS_GAP = re.compile(r"\s*,\s*")
_COURT = re.compile(r"\b(?:court|tribunal|old bailey)\b", re.IGNORECASE)


_COURT_AFTER = re.compile(
    r"\s+(?:(?:and\s+\w+\s+)?(?:magistrates|crown|county|youth|family|coroner)['’]?s?['’]?\s+)?court\b",
    re.IGNORECASE,
)


def event_places(text: str, places: list[Hit]) -> list[Hit]:
    """The places that can say where an event happened: no home towns or yardsticks; courts weak."""
    out = []
    # the end of the last home address: "of Deane Road, Bolton" is all home
    home_end = -1
    for hit in sorted(places, key=lambda h: h.start):
        if HOME_TOWN.search(text, max(0, hit.start - 40), hit.start) or (
            home_end >= 0 and _ADDRESS_GAP.fullmatch(text, home_end, hit.start)
        ):
            home_end = hit.end
            continue
        if _CLUB.match(text, hit.end):
            continue  # "hosts Newcastle United": a football club, not a place
        if compared_place(text, hit.start, hit.end):
            continue  # "fewer burglaries than Brent": a yardstick, nothing happened there
        before = text[max(0, hit.start - 160) : hit.start]
        if _SUPPLIED.search(before):
            continue
        if _COURT.search(hit.name) or _COURT_AFTER.match(text, hit.end):
            hit = replace(hit, weak=True)
        out.append(hit)
    return out


def line_destination(text: str, hit: Hit) -> bool:
    """Whether a place is where a drugs line ran to ("running a line from Leeds to Harrogate"): a
    place of the line itself, not of the raid or the case against its runners."""
    return bool(_LINE_TO.search(text, max(0, hit.start - 160), hit.start))


def unit_patch(text: str, hit: Hit) -> bool:
    """Whether a place is named as a unit's patch ("the BCU, which covers Hackney and Tower Hamlets"):
    where the unit works, not where the event happened, unless the event is the unit's own launch."""
    return bool(_COVERS.search(text, max(0, hit.start - 160), hit.start))


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
