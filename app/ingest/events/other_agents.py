"""Clauses whose agent is another body than the article's force: a commissioner's statement, a
licensing committee's decision, fines issued under a council's order. The force the article
defaults to (or its bare "officers") is then no actor, unless the clause names it.
"""

from __future__ import annotations

import re

from app.ingest.events.context import ArticleContext
from app.ingest.events.funded_officers import officers_funded
from app.ingest.events.lookup import Hit
from app.ingest.events.mention import Mention
from app.ingest.events.orders import COUNCIL_ORDERS, POLICE_ORDERS
from app.ingest.records import AgencyRef, PersonRef

_PCC = re.compile(
    r"\b(?:PF?CCs?|(?:police(?:,\s*fire)?\s+and\s+)?crime\s+commissioner)\b",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
# "the sub-committee suspended the licence", "the licensing panel revoked it"
_COMMITTEE = re.compile(
    r"\b(?:licensing\s+|planning\s+|regulatory\s+)?(?:sub-?\s?committee|committee|panel)\b",
    re.IGNORECASE,
)
_FINES = re.compile(r"\b(?:fixed[- ]penalty\s+notices?|FPNs?|fines?)\b", re.IGNORECASE)
# fines issued "under it", "under the order": the order is the council's
_UNDER = re.compile(
    r"\bunder\s+(?:it|the\s+(?:\w+\s+)?order|the\s+pspo)\b", re.IGNORECASE
)
_POSSESSIVE = re.compile(r"\b(?:its|their)\s+$", re.IGNORECASE)


def other_agent(
    members: list, event_type: str, agencies: list[AgencyRef], ctx: ArticleContext
) -> list[AgencyRef]:
    """The agencies with the article's force dropped where the clause's agent is a commissioner,
    a council committee or a council's officers; the council added for the last two."""
    if not members or ctx.force is None or ctx.force not in agencies:
        return agencies
    if any(_named_police(m, ctx) for m, _ in members):
        return agencies
    if event_type != "incident" and all(
        _commissioner_act(m, ctx) and not _joined_officers(m) and not officers_funded(m, event_type)
        for m, _ in members
    ):
        return [a for a in agencies if a != ctx.force]
    if ctx.council is None or event_type not in ("enforcement", "order"):
        return agencies
    if all(_committee_act(m) or _council_fines(m, ctx) for m, _ in members):
        kept = [a for a in agencies if a != ctx.force]
        return kept if ctx.council in kept else [*kept, ctx.council]
    return agencies


def _hits(mention: Mention, ctx: ArticleContext) -> tuple[Hit, ...]:
    names = ctx.names.get(mention.number)
    return names.agencies if names is not None else ()


def _named_police(mention: Mention, ctx: ArticleContext) -> bool:
    start, end = mention.sentence
    return any(
        h.agency is not None
        and h.agency.kind == "police"
        and not h.generic
        and start <= h.start < end
        for h in _hits(mention, ctx)
    )


def _is_commissioner(person: PersonRef | None) -> bool:
    if person is None:
        return False
    return bool(
        _PCC.search(person.title or "") or _PCC.search(person.affiliation or "")
    )


def _commissioner_act(mention: Mention, ctx: ArticleContext) -> bool:
    """The subject before the trigger is a police and crime commissioner, by office, name or "he"."""
    text, start = mention.paragraph.text, mention.sentence[0]
    if _PCC.search(text, start, mention.start):
        return True
    names = ctx.names.get(mention.number)
    people = names.people if names is not None else ()
    before = [h.person for h in people if h.person and start <= h.start < mention.start]
    if before:
        return _is_commissioner(before[0])
    if not _PRONOUN.search(text, mention.clause[0], mention.start):
        return False
    return _is_commissioner(_last_person(mention, ctx))


def _last_person(mention: Mention, ctx: ArticleContext) -> PersonRef | None:
    """The person named or quoted last before the mention's sentence, within two paragraphs; in
    its own paragraph a commissioner named by office alone counts."""
    text, start = mention.paragraph.text, mention.sentence[0]
    for number in range(mention.number, mention.number - 3, -1):
        names = ctx.names.get(number)
        if names is None:
            continue
        own = number == mention.number
        people = [h for h in names.people if h.person and (not own or h.start < start)]
        offices = [m.start() for m in _PCC.finditer(text, 0, start)] if own else []
        if offices and (not people or offices[-1] > people[-1].start):
            return _OFFICE
        if people:
            return people[-1].person
        if not own and number in ctx.speakers:
            return ctx.speakers[number]  # "... ," he said: the paragraph's speaker
    return None


_OFFICE = PersonRef(name="", title="PCC")


# "the commissioner joined officers on a night patrol": the officers did the patrol beside them
_JOINED = re.compile(
    r"\b(?:joined|accompanied|accompanying|alongside|went\s+out\s+with|out\s+with)\s+(?:the\s+)?"
    r"(?:\w+\s+)?(?:officers|police|PCSOs|constables|the\s+force)\b",
    re.IGNORECASE,
)


def _joined_officers(mention: Mention) -> bool:
    return bool(_JOINED.search(mention.paragraph.text, *mention.sentence))


# "A report to the committee said", "officers told the panel": the committee hears, someone else acts
_TO_COMMITTEE = re.compile(
    r"\b(?:to|told|before|informed|briefed|addressed)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE
)


def _committee_act(mention: Mention) -> bool:
    """ "the sub-committee suspended the licence": a council committee is the subject."""
    text, start = mention.paragraph.text, mention.clause[0]
    return any(
        not _TO_COMMITTEE.search(text, max(start, m.start() - 40), m.start())
        for m in _COMMITTEE.finditer(text, start, mention.start)
    )


def _council_fines(mention: Mention, ctx: ArticleContext) -> bool:
    """Fines issued under a council's order or by "its officers" where the council speaks."""
    text, (start, end) = mention.paragraph.text, mention.sentence
    if not _FINES.search(text, start, end) or POLICE_ORDERS.search(text, start, end):
        return False
    if _UNDER.search(text, start, end) or COUNCIL_ORDERS.search(text, start, end):
        police = [
            h
            for h in _hits(mention, ctx)
            if h.agency is not None
            and h.agency.kind == "police"
            and start <= h.start < end
            and not _POSSESSIVE.search(text, max(start, h.start - 6), h.start)
        ]
        return not police
    return False
