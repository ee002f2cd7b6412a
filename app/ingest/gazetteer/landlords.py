"""Bodies an article introduces by what they are rather than by a tell-tale suffix: "Thirteen, the
housing association that owns the house", "Peabody, which manages the estate", "NE1, the city
centre business improvement company", "housing association Thirteen". The name is kept as written;
a known name or a place is left to the lists that know it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.ingest.records import AgencyRef

from .mentions import AgencyMention
from .places import STOP
from .text import slugify

if TYPE_CHECKING:
    from .agencies import AgencyFinder

_NAME = r"(?:[A-Z][\w'’&]*(?:-[A-Z]?[\w'’]+)*|[A-Z]+\d+|L&Q)"
# "Orpington 1st": a trader body's name may close with an ordinal
_RUN = rf"{_NAME}(?:\s+(?:of\s+)?{_NAME}){{0,3}}(?:\s+\d+(?:st|nd|rd|th)\b)?"  # no "and": "Cleveland Police and Thirteen" lists two
_KINDS = (
    r"housing\s+(?:association|provider|trust|group|company)|social\s+landlord|landlord"
    r"|business\s+improvement\s+(?:company|district|partnership)|town\s+centre\s+partnership"
)
# the body, then what it is: "Thirteen, the housing association that owns the house"
_APPOSED = re.compile(
    rf"(?=[A-Z])\b(?P<name>{_RUN}),\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,3}}?(?P<kind>{_KINDS})"
    r"(?=\s*[,.;)]|\s+(?:which|that|who|for|based|in|responsible|behind|running|managing|working)\b)"
)
# the body, then the homes it holds: "Peabody, which manages the estate"
_HOLDS = re.compile(
    rf"(?=[A-Z])\b(?P<name>{_RUN}),\s+which\s+(?:owns|manages|runs|maintains|looks\s+after)\s+"
    r"(?:the|its|both|all)\s+(?:[\w'’-]+\s+){0,2}?(?:estates?|blocks?|flats|homes|houses?|properties|building|tower)\b"
)
# what it is, then the body in apposition: "the town's business improvement district, Orpington 1st, has"
_DESCRIBED = re.compile(
    rf"\b(?:the|a|an|its)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_KINDS}),\s+(?P<name>{_RUN})(?=\s*[,;)])"
)
# what it is, then the body: "housing association Thirteen", "social landlord Clarion"
_INTRODUCED = re.compile(rf"\b(?:[Hh]ousing\s+association|[Ss]ocial\s+landlord|[Hh]ousing\s+provider)\s+(?P<name>{_RUN})")
_GATE = re.compile(r"ousing|andlord|usiness improvement|which (?:owns|manages|runs|maintains|looks)|entre partnership")
_FIRST_NOT = frozenset("The A An It Its This That These Those He She They We Police Officers Council".split())


def read_landlords(text: str, finder: AgencyFinder) -> list[AgencyMention]:
    """The housing bodies and town-centre companies `text` introduces by apposition or title."""
    if _GATE.search(text) is None:
        return []  # most texts introduce none: skip the scans
    out = []
    for pattern in (_APPOSED, _HOLDS, _INTRODUCED, _DESCRIBED):
        for m in pattern.finditer(text):
            name = m.group("name")
            start = m.start("name")
            first = name.split()[0]
            if first in STOP and pattern is _APPOSED and " " in name:
                # "In Orpington, the town's business improvement district": a sentence word, then a place
                name = name.partition(" ")[2]
                start = m.end("name") - len(name)
            if name.split()[0] in _FIRST_NOT or finder.ref(name):
                continue  # a body the lists know
            if pattern is not _INTRODUCED and finder.places.entries(name):
                continue  # a place ("Hackney, which runs the estate"); a kind word says it is none
            kind = "business" if "business" in m.group().lower() else "other"
            ref = AgencyRef(name=name.replace("’", "'"), kind=kind, slug=slugify(name))
            out.append(AgencyMention(start, start + len(name), name, ref, "pattern"))
    return out
