"""A place of worship that holds a meeting: "a public meeting at the Masjid Al-Noor ... organised by the
mosque committee". The mosque (church, gurdwara ...) acts in every meeting the article holds there; a
church hall that only lends its room to someone else's meeting stays a place.
"""

from __future__ import annotations

import re

from app.ingest.gazetteer.text import slugify
from app.ingest.records import AgencyRef

_KIND = r"(?:Mosque|Masjid|Gurdwara|Mandir|Temple|Synagogue|Church|Cathedral|Chapel)"
# "the East London Mosque", "Masjid Al-Noor", "St Machar's Parish Church"
_NAMED = re.compile(
    r"\b(?:Masjid|Jamia\s+Masjid)(?:\s+[A-Z][\w'’-]*){1,3}"
    rf"|(?:\b[A-Z][\w'’-]*\s+){{1,4}}{_KIND}\b"
)
# "organised by the mosque committee", "called by the mosque's trustees", "hosted by the Central Gurdwara"
_HOSTED_BY = re.compile(
    r"\b(?:called|organi[sz]ed|hosted|arranged|convened|run)\s+by\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}"
    r"(?P<kind>[Mm]osque|[Mm]asjid|[Gg]urdwara|[Mm]andir|[Tt]emple|[Ss]ynagogue|[Cc]hurch|[Cc]athedral|[Cc]hapel)\b"
)
_KIND_CUES = re.compile("osque|asjid|urdwara|andir|emple|ynagogue|hurch|athedral|hapel")
_LEADING = frozenset("The A An At In Into To By Of From Outside Inside".split())
_SAME = {"masjid": "mosque"}


def _kind(word: str) -> str:
    low = word.lower()
    return _SAME.get(low, low)


def worship_host(texts: dict[int, str]) -> AgencyRef | None:
    """The named place of worship the article says called, organised or hosted a meeting, if any."""
    kinds: set[str] = set()
    for text in texts.values():
        if _KIND_CUES.search(text):  # most paragraphs name no place of worship
            kinds |= {_kind(m.group("kind")) for m in _HOSTED_BY.finditer(text)}
    if not kinds:
        return None
    for number in sorted(texts):
        for m in _NAMED.finditer(texts[number]):
            words = m.group().split()
            while words and words[0] in _LEADING:
                words.pop(0)
            if len(words) > 1 and _kind_of(words) in kinds:
                name = " ".join(words)
                return AgencyRef(name=name, kind="community", slug=slugify(name))
    return None


_KIND_WORD = re.compile(_KIND)


def _kind_of(words: list[str]) -> str:
    """ "mosque" for "East London Mosque" and "Masjid Al-Noor"; "church" for "St Mary's Church"."""
    return next((_kind(w) for w in words if _KIND_WORD.fullmatch(w)), "")


def held_there(text: str, start: int, end: int, host: AgencyRef) -> bool:
    """Whether a sentence sets its meeting at the host: "at Masjid Al-Noor", "held at the mosque"
    ("police agreed to return to the mosque" is the police's visit, "the mosque's chairman said" a voice)."""
    kind = _kind_of(host.name.split())
    place = rf"(?:{re.escape(host.name)}|(?i:the\s+{kind}))"
    return re.search(rf"\b(?:[Aa]t|[Ii]n|[Ii]nto|[Ii]nside)\s+(?:the\s+)?{place}(?![’'])", text[start:end]) is not None
