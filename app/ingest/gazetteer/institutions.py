"""Public institutions named by a fixed shape rather than a list: a police and crime commissioner's
office ("the Office of the Police and Crime Commissioner for Gwent"), an NHS trust ("Milton Keynes
University Hospital NHS Foundation Trust"), a university named before its place ("the University of
Portsmouth") and a violence reduction unit. Each keeps the name the article writes; London's
violence reduction unit, set up by the Mayor, is one body whatever the article calls it."""

from __future__ import annotations

import re

from app.ingest.records import AgencyRef

from .mentions import AgencyMention
from .text import slugify

_WORD = r"[A-Z][\w'’-]*"
_PLACE = rf"{_WORD}(?:\s+(?:and\s+|upon\s+|on\s+|of\s+|the\s+)?{_WORD}){{0,3}}"
# the office, not the person: "the Office of the Sussex Police and Crime Commissioner",
# "the Office of the Police, Fire and Crime Commissioner for Essex"
_PCC_OFFICE = re.compile(
    rf"\bOffice\s+of\s+the\s+(?:{_PLACE}\s+|{_WORD}['’]s\s+)?Police(?:,\s+Fire)?\s+(?:and|&)\s+Crime\s+Commissioner"
    rf"(?:\s+for\s+{_PLACE})?"
)
# "Lewisham and Greenwich NHS Trust", "Milton Keynes University Hospital NHS Foundation Trust"
_NHS_TRUST = re.compile(
    rf"(?=[A-Z])\b{_WORD}(?:(?:\s+|\s+and\s+){_WORD}){{0,7}}\s+NHS\s+(?:Foundation\s+)?Trust\b"
)
# "the University of Portsmouth", "the University of the West of England"
_UNIVERSITY_OF = re.compile(rf"\bUniversity\s+of\s+(?:the\s+)?{_PLACE}")
# a word after the place that says the university names a building or a part, not the body
_NOT_THE_BODY = re.compile(r"\s+(?:Hospitals?|Students['’]?\s+Union|Halls?|Campus|Stadium)\b")
_VRU = re.compile(
    rf"(?:\b(?P<area>{_WORD}(?:\s+(?:and\s+)?{_WORD}){{0,2}})['’]?s?\s+)?"
    r"\bViolence\s+Reduction\s+(?P<kind>Unit|Partnership|Network)\b|\bVRU\b"
)
LONDON_VRU = "London Violence Reduction Unit"
# words that open a sentence or a phrase before a body's name, never part of it
_OPENERS = frozenset(
    "The A An And But As At By For From In On Of Since With While When After Before Last This Meanwhile"
    " Mayor Sadiq Khan London's".split()
)


def read_institutions(text: str, london: bool) -> list[AgencyMention]:
    """The offices, trusts, universities and violence reduction units `text` names (`london`: the
    article is a London story, policed by the Met)."""
    out: list[AgencyMention] = []
    if "Commissioner" in text:
        out += [_mention(m.start(), m.end(), m.group(), "government") for m in _PCC_OFFICE.finditer(text)]
    if "NHS" in text:
        out += [_mention(*_trimmed(m), "government") for m in _NHS_TRUST.finditer(text)]
    if "University of" in text:
        out += [
            _mention(m.start(), m.end(), m.group(), "other")
            for m in _UNIVERSITY_OF.finditer(text)
            if not _NOT_THE_BODY.match(text, m.end())
        ]
    if "Violence Reduction" in text or "VRU" in text:
        out += [v for m in _VRU.finditer(text) if (v := _vru(m, london)) is not None]
    return out


def _trimmed(m: re.Match) -> tuple[int, int, str]:
    """The match without the sentence words before the name ("In April Lewisham and Greenwich")."""
    start, words = m.start(), m.group().split(" ")
    while len(words) > 3 and words[0] in _OPENERS:
        start += len(words.pop(0)) + 1
    return start, m.end(), m.string[start : m.end()]


def _vru(m: re.Match, london: bool) -> AgencyMention | None:
    area = m.group("area")
    if area is not None:
        words = area.split()
        while words and words[0] in _OPENERS:
            words.pop(0)
        area = " ".join(words) or None
    if area in (None, "London", "Mayor") and london:
        return _mention(m.start(), m.end(), m.group(), "government", LONDON_VRU)
    if area is None or m.group() == "VRU":
        return None  # an unnamed unit outside London: which area's, the words do not say
    start = m.end() - len(m.group()) + m.group().index(area)
    return _mention(start, m.end(), m.string[start : m.end()], "government")


def _mention(start: int, end: int, surface: str, kind: str, name: str | None = None) -> AgencyMention:
    name = name or " ".join(surface.replace("’", "'").split())
    ref = AgencyRef(name=name, kind=kind, slug=slugify(name))
    return AgencyMention(start, end, surface, ref, "pattern")
