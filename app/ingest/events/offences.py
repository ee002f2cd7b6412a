"""Whose work an offence is: litter, fly-tipping and noise are the council's to enforce, arrests the police's."""

from __future__ import annotations

import re
from dataclasses import replace

from app.ingest.events.lookup import Hit
from app.ingest.records import AgencyRef

# offences a council enforces: "fines for dropping litter", "vans carrying commercial waste",
# "noise nuisance"
COUNCIL_OFFENCES = re.compile(
    r"\b(?:fly-?tipp\w*|litter(?:ing)?|dog[- ]fouling|(?:commercial|household|trade|business) waste"
    r"|waste (?:transfer|carrier)|duty of care|noise (?:nuisance|abatement)|abatement notices?"
    r"|graffiti|abandoned vehicles?|street trading"
    r"|trading standards|environmental health|planning enforcement|(?:rogue|private) landlords?|HMOs?)\b",
    re.IGNORECASE,
)
# ...unless the sentence tells of police work
POLICE_WORK = re.compile(
    r"\b(?:arrest\w*|charged|warrants?|drugs?|knives?|knife|weapons?|cannabis|cocaine|heroin|custody"
    r"|stabb\w*|assault\w*|robber\w*|burglar\w*|dispersal|section (?:35|34|60)"
    # "directed to leave the area under the order": a dispersal direction, a police power
    r"|(?:directed|ordered|told)\s+to\s+leave|dispersed)\b",
    re.IGNORECASE,
)


def council_work(text: str, start: int, end: int) -> bool:
    """Whether a paragraph tells of an offence the council enforces and its sentence of no police work
    (a community protection notice alone says nothing: both serve them)."""
    return bool(COUNCIL_OFFENCES.search(text)) and not POLICE_WORK.search(text, start, end)


_SENTENCE_STOP = re.compile(r"[.!?][\"”’']?\s+(?=[A-Z\"“‘])")


def council_officers(hit: Hit, text: str, council: AgencyRef | None) -> Hit:
    """Bare "officers" in a sentence about litter, waste or noise are the council's, not the force's."""
    if (
        not hit.generic
        or council is None
        or text[hit.start : hit.end].lower() not in ("officers", "officer")
    ):
        return hit
    starts = [m.end() for m in _SENTENCE_STOP.finditer(text, 0, hit.start)]
    stop = _SENTENCE_STOP.search(text, hit.end)
    end = stop.start() if stop else len(text)
    tasked = _TASKED.search(text, max(0, hit.start - 60), hit.start)
    if not tasked and not council_work(text, starts[-1] if starts else 0, end):
        return hit
    return replace(hit, name=council.name, agency=council)


# "The cabinet also asked officers to look at ...": officers a council body instructs are its own
_TASKED = re.compile(
    r"\b(?:cabinet|committee|council|councillors|members)\s+(?:(?:also|has|have|had)\s+)*"
    r"(?:asked|instructed|told|directed|commissioned|tasked)\s+(?:its\s+|their\s+)?$",
    re.IGNORECASE,
)


# "revoked the licence following an application from the Metropolitan Police", "a review requested
# by police": the force that asked for a licence review is a party to it
_POLICE_APPLICANT = re.compile(
    r"\b(?:review|application|request)\b[^.;]{0,60}?\b(?:from|by)\s+(?:the\s+)?"
    r"(?:[A-Z][\w&-]*\s+){0,4}(?:police|constabulary|force)\b"
    r"|\b(?:police|the\s+force|constabulary)\s+(?:had\s+)?(?:applied|asked|called)\s+for\s+(?:a|the)\s+review\b",
    re.IGNORECASE,
)
_LICENCE = re.compile(r"\blicen[cs]",  re.IGNORECASE)


def police_applicant(text: str, start: int, end: int) -> bool:
    """Whether the sentence tells of a licence review the police asked for."""
    return bool(
        _LICENCE.search(text, start, end) and _POLICE_APPLICANT.search(text, start, end)
    )
