"""Who speaks in each paragraph, and which organisation their "we" stands for."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.ingest.records import AgencyRef, Paragraph, PersonRef

if TYPE_CHECKING:
    from app.ingest.events.context import ArticleContext
    from app.ingest.events.lookup import Lookup

_WE = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)


_SPEECH = re.compile(
    r"\b(?:said|says|added|adds|explained|continued|commented|told|stated|warned|insisted|revealed|urged|"
    r"admitted|pledged|explains)\b",
    re.IGNORECASE,
)


_PRONOUN_SPEECH = re.compile(
    r"\b(?:he|she|they)\s+(?:said|added|explained|continued|commented|told|says|adds)\b",
    re.IGNORECASE,
)


POLICE_TITLES = frozenset(
    """pc dc ds di dci dsi dcs sgt insp inspector sergeant constable supt superintendent ch det detective
    commander cmdr commissioner pcso acc sc""".split()
)


COUNCIL_TITLES = frozenset("cllr councillor coun mayor leader".split())


def find_speakers(body: list[Paragraph], ctx: ArticleContext) -> dict[int, PersonRef]:
    """The person speaking in each paragraph (a quote carries on from the paragraph before)."""
    speakers: dict[int, PersonRef] = {}
    last_person: PersonRef | None = None
    for p in body:
        people = ctx.names[p.number].people
        speaker = None
        for hit in people:
            window = p.text[max(0, hit.start - 30) : hit.end + 40]
            if _SPEECH.search(window):
                speaker = hit.person
                break
        if speaker is None and (
            _PRONOUN_SPEECH.search(p.text) or p.text[:1] in "\"“‘'"
        ):
            speaker = last_person
        if speaker is not None:
            speakers[p.number] = speaker
        if people:
            last_person = people[-1].person
        elif speaker is not None:
            last_person = speaker
    return speakers


def speaker_agency(
    person: PersonRef | None, ctx: ArticleContext, lookup: Lookup
) -> AgencyRef | None:
    """The organisation a speaker's "we" stands for: their stated affiliation, else their title's."""
    if person is None:
        return None
    if person.affiliation:
        hits = lookup.agencies(person.affiliation)
        if hits and hits[0].agency:
            return hits[0].agency
    words = set((person.title or "").lower().replace(".", "").split())
    if "crime" in words:
        return None  # a police and crime commissioner speaks for an office, not the force
    if words & POLICE_TITLES:
        return ctx.force
    if words & COUNCIL_TITLES:
        return ctx.council
    return None


def is_we(text: str, start: int, end: int) -> bool:
    return bool(_WE.search(text, start, end))
