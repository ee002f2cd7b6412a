"""Who holds, joins and speaks at the article's meetings: the body a meeting was "called by",
"organised by" or "hosted by" (a later meeting told as the next one, "The next meeting will be held
in April", is held by the same organiser), the bodies whose members joined it ("Joined by Redbridge
Council leader Cllr Jas Athwal", "the council's cabinet member ... was also present"), and the
paragraphs where a police officer addresses the meeting told just before ("PC Rachel Stone told the
hearing").
"""

from __future__ import annotations

import re

from app.ingest.events.lookup import Hit
from app.ingest.events.mention import Mention
from app.ingest.events.speakers import COUNCIL_TITLES, POLICE_TITLES
from app.ingest.records import AgencyRef, PersonRef
from app.ingest.temporal.case_fold import paragraph_lower
from app.ingest.temporal.cues import literal_cues, may_match

# "The meeting was called by the Byker Residents' Forum", "a public meeting, organised by ..."
_ORGANISED_BY = re.compile(
    r"\b(?:called|organi[sz]ed|hosted|arranged|convened|run|chaired|held)\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_MEETING = re.compile(r"\bmeeting\b", re.IGNORECASE)
# a meeting told as one of a series the article already told of
_SEQUEL_MEETING = re.compile(
    r"\b(?:next|follow-?up|further|another|second)\s+(?:public\s+|community\s+|residents['’]?\s+)?meeting\b"
    r"|\bmeet\s+again\b",
    re.IGNORECASE,
)
_NEAR = 40  # characters between "called by" and the name


def meeting_organisers(
    texts: dict[int, str], hits: dict[int, tuple[Hit, ...]]
) -> tuple[tuple[int, AgencyRef], ...]:
    """(paragraph, body) for each named body a paragraph says called, organised or hosted a meeting."""
    out: list[tuple[int, AgencyRef]] = []
    for number in sorted(texts):
        text = texts[number]
        if not _MEETING.search(text):
            continue
        for hit in hits.get(number, ()):
            if hit.agency is None or hit.generic:
                continue
            if _ORGANISED_BY.search(text, max(0, hit.start - _NEAR), hit.start):
                out.append((number, hit.agency))
    return tuple(out)


# "Joined by X", "X was also present", "X also attended": a member of X's body was at the meeting
_ATTENDED = re.compile(
    r"\b(?:joined\s+by|(?:was|were)\s+(?:also\s+)?(?:present|there|in\s+attendance|among)"
    r"|(?:also\s+)?attended)\b",
    re.IGNORECASE,
)
_ATTENDED_CUES = literal_cues(_ATTENDED)
# the paragraphs after a meeting's own that still tell who was at it
ATTENDEES_AFTER = 3


def meeting_attendees(
    texts: dict[int, str], hits: dict[int, tuple[Hit, ...]]
) -> tuple[tuple[int, AgencyRef], ...]:
    """(paragraph, body) for each council or force whose member a sentence says joined or attended."""
    out: list[tuple[int, AgencyRef]] = []
    for number in sorted(texts):
        text = texts[number]
        if not _may_hold(_ATTENDED_CUES, text):
            continue  # a substring test rules out most paragraphs
        for m in _ATTENDED.finditer(text):
            start = text.rfind(".", 0, m.start()) + 1
            end = text.find(".", m.end())
            end = len(text) if end < 0 else end
            out += [
                (number, hit.agency)
                for hit in hits.get(number, ())
                if hit.agency is not None
                and not hit.generic
                and hit.agency.kind in ("council", "police")
                and start <= hit.start < end
            ]
    return tuple(dict.fromkeys(out))


def attendees_of(
    mention: Mention, attendees: tuple[tuple[int, AgencyRef], ...]
) -> list[AgencyRef]:
    """The bodies whose members joined the meeting the mention tells, in its paragraph or just after."""
    return [
        body
        for number, body in attendees
        if mention.number <= number <= mention.number + ATTENDEES_AFTER
    ]


def sequel_organiser(
    mention: Mention, organisers: tuple[tuple[int, AgencyRef], ...]
) -> AgencyRef | None:
    """The organiser of the meeting a "next meeting" follows: the last one told before it."""
    if not organisers or not _SEQUEL_MEETING.search(
        mention.paragraph.text, *mention.sentence
    ):
        return None
    before = [body for number, body in organisers if number <= mention.number]
    return before[-1] if before else None


# "told the hearing", "told residents": the officer speaks to the meeting told just before
_ADDRESSED = re.compile(
    r"\b(?:told|addressed|updated|briefed|assured|warned)\s+(?:the\s+)?(?:meeting|hearing|committee|sub-committee"
    r"|panel|residents|councillors|members|audience|those\s+(?:present|there|attending))\b",
    re.IGNORECASE,
)
_ADDRESSED_CUES = literal_cues(_ADDRESSED)


def _may_hold(cues: tuple[str, ...] | None, text: str) -> bool:
    """False only when the paragraph holds none of a pattern's cue words (so it cannot match)."""
    lowered = paragraph_lower(text)
    return lowered is None or may_match(cues, lowered)


def officer_voices(
    texts: dict[int, str], people: dict[int, tuple[Hit, ...]]
) -> tuple[frozenset[int], frozenset[int]]:
    """Paragraphs where a police officer, named before the verb, tells the meeting or its residents;
    and those where a councillor or mayor does."""
    police: set[int] = set()
    council: set[int] = set()
    for number, text in texts.items():
        if not _may_hold(_ADDRESSED_CUES, text):
            continue
        for m in _ADDRESSED.finditer(text):
            speakers = [
                h.person
                for h in people.get(number, ())
                if h.person is not None
                and h.end <= m.start()
                and "." not in text[h.end : m.start()]
            ]
            if any(_is_officer(p) for p in speakers):
                police.add(number)
            if any(_is_councillor(p) for p in speakers):
                council.add(number)
    return frozenset(police), frozenset(council)


def voiced(mention: Mention, voices: frozenset[int]) -> bool:
    """Whether a police officer addresses the meeting the mention tells, in the paragraph after it."""
    return any(mention.number < n <= mention.number + ATTENDEES_AFTER for n in voices)


def _is_officer(person: PersonRef) -> bool:
    return bool(
        set((person.title or "").lower().replace(".", "").split()) & POLICE_TITLES
    )


def _is_councillor(person: PersonRef) -> bool:
    words = set((person.title or "").lower().replace(".", "").split())
    return bool(words & COUNCIL_TITLES) and "crime" not in words  # a police and crime commissioner is no council's
