"""Who acts in an event and where: the clause first, then the sentence, then the article's area."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.ingest.events.context import ArticleContext
from app.ingest.events.detect import Mention
from app.ingest.events.lookup import Hit, Lookup
from app.ingest.events.places import unit_patch
from app.ingest.events.speakers import is_we, speaker_agency
from app.ingest.records import AgencyRef, PersonRef

# Event types that are police work unless the text says whose; and council work.
POLICE_TYPES = frozenset({"operation", "enforcement", "team_launch"})
COUNCIL_TYPES = frozenset({"order", "consultation"})
# orders that only the police make
COUNCIL_ORDERS = re.compile(
    r"\b(?:pspos?|public spaces? protection orders?|byelaws?|bylaws?|drinking (?:ban|zone)|alcohol (?:control )?zone|"
    r"street drinking|injunctions?)\b",
    re.IGNORECASE,
)
POLICE_ORDERS = re.compile(
    r"\b(?:dispersal|section (?:34|35|60)|stop and search|closure notice)\b",
    re.IGNORECASE,
)


# a sentence is the court's act: no force is its author unless the text names one
_COURT_WORDS = re.compile(
    r"\b(?:jailed|sentenced|imprisoned|convicted|found guilty|pleaded guilty|admitted|given a|handed a"
    r"|stand trial|(?:due|expected) to (?:appear|be sentenced)|(?:appeared|appears?|appearing) (?:at|before|in)"
    r"|remanded)\b",
    re.IGNORECASE,
)
# "were handed banning orders when they were sentenced": the court's act, told in the clause after
_WHEN_SENTENCED = re.compile(
    r"[^.;]{0,40}?\b(?:when|as|after)\s+(?:he|she|they|\w+)\s+(?:was|were)\s+(?:sentenced|convicted|jailed)\b",
    re.IGNORECASE,
)
_CHARGED = re.compile(r"\bcharged\b", re.IGNORECASE)
# "will stand trial at Kingston Crown Court": the court is where this act happens
_AT_COURT = re.compile(r"[^.;,]{0,40}?\b(?:at|before|in)\s+(?:the\s+)?$", re.IGNORECASE)


def court_act(mention: Mention) -> bool:
    """A sentence, trial or court appearance: the court's act, whoever brought the case."""
    text, (start, end) = mention.paragraph.text, mention.clause
    if _CHARGED.search(text, start, end):
        return False  # "appeared in court charged with ...": the charge is the police's
    return bool(
        _COURT_WORDS.search(mention.text)
        or _COURT_WORDS.search(text, start, end)
        or _WHEN_SENTENCED.match(text, mention.end, mention.sentence[1])
    )


@dataclass(frozen=True, slots=True)
class Actors:
    agencies: tuple[AgencyRef, ...] = ()
    boroughs: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    people: tuple[PersonRef, ...] = ()
    local: bool = False  # the text ties the event to the article's own area
    named_police: bool = (
        False  # a force or unit named in words, not "police" or "officers"
    )


def _inside(hit: Hit, span: tuple[int, int]) -> bool:
    return span[0] <= hit.start < span[1]


def mention_actors(
    mention: Mention,
    ctx: ArticleContext,
    lookup: Lookup,
    other_clauses: frozenset = frozenset(),
) -> Actors:
    """Agencies, boroughs, places and people of one trigger in its clause and sentence.

    ``other_clauses`` are clauses of the same sentence that state other events or only
    intentions: their agencies belong to those, unless this clause names nobody.
    """
    names = ctx.names.get(mention.number)
    if names is None:
        return Actors()
    text = mention.paragraph.text
    clause, sentence = mention.clause, mention.sentence
    agencies: list[AgencyRef] = []
    if mention.type != "incident":
        agencies = [
            h.agency
            for h in names.agencies
            if h.agency
            and _inside(h, clause)
            and _acts(h, mention)
            and not _TO.search(text, clause[0], h.start)
        ]
        if agencies and mention.type in POLICE_TYPES:
            agencies += _partner_forces(mention, names.agencies, other_clauses)
            if ctx.force is not None and _only_partners(mention, names.agencies):
                # "an operation carried out with council trading standards officers": the
                # partners joined someone, the police whose work this is
                agencies.append(ctx.force)
        if is_we(text, *clause) and (
            we := speaker_agency(ctx.speakers.get(mention.number), ctx, lookup)
        ):
            agencies.append(we)
        for person in _subjects(mention, names.people):
            if (acting := speaker_agency(person, ctx, lookup)) is not None:
                agencies.append(acting)
        if not agencies:
            agencies = [
                h.agency
                for h in names.agencies
                if h.agency
                and _inside(h, sentence)
                and _acts(h, mention)
                and not any(_inside(h, c) for c in other_clauses)
            ]
        if mention.type == "order" and len({a.kind for a in agencies}) > 1:
            agencies = _order_makers(mention, agencies)
        if not agencies and mention.subtype == "publication":
            # "A report published yesterday, ahead of the council's cabinet meeting": a document
            # with no named author is the body it is written for
            agencies = [
                h.agency
                for h in names.agencies
                if h.agency
                and _inside(h, clause)
                and not _TO.search(text, 0, h.start)
                and not _REPORTED.search(text, mention.end, h.start)
            ]
    places = [
        h
        for h in names.places
        if _inside(h, sentence)
        and (mention.type == "team_launch" or not unit_patch(text, h))
    ]
    boroughs = [h.borough for h in places if h.borough and not h.weak]
    if not [
        b for h in places if _inside(h, clause) and not h.weak and (b := h.borough)
    ]:
        boroughs = _court_boroughs(mention, places) or boroughs
    if not boroughs:
        boroughs = [
            h.borough for h in names.agencies if h.borough and _inside(h, sentence)
        ]
    if not boroughs:
        boroughs = [h.borough for h in names.places if h.borough and not h.weak]
    if not boroughs:
        boroughs = [h.borough for h in names.agencies if h.borough]
    people = [h.person for h in names.people if h.person and _inside(h, sentence)]
    if (
        is_we(text, *clause)
        and (speaker := ctx.speakers.get(mention.number)) is not None
    ):
        people.append(speaker)
    generic = any(h.generic and _inside(h, clause) for h in names.agencies)
    local = generic or any(sentence[0] <= s < sentence[1] for s, _ in names.local_cues)
    named_police = any(
        not h.generic
        and h.agency
        and h.agency.kind == "police"
        and _inside(h, sentence)
        for h in names.agencies
    )
    return Actors(
        agencies=unique_agencies(agencies),
        boroughs=tuple(dict.fromkeys(boroughs)),
        places=tuple(dict.fromkeys(h.name for h in places)),
        people=unique_people(people),
        local=local,
        named_police=named_police,
    )


# "while the Metropolitan Police searched an address", "supported by officers from Kent Police"
_PARTNER = re.compile(
    r"\b(?:while|whilst|as|alongside|with|and|supported\s+by|assisted\s+by|helped\s+by|joined\s+by"
    r"|working\s+with|together\s+with)\s+(?:(?:officers|colleagues|detectives)\s+(?:from|of)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


# "carried out with council officers": joined by partners, so someone else leads
_WITH = re.compile(
    r"\b(?:with|alongside|supported\s+by|assisted\s+by|helped\s+by|joined\s+by)\s+(?:the\s+)?"
    r"(?:(?:officers|staff|colleagues)\s+(?:from|of)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)


def _partner_forces(mention: Mention, hits, other_clauses) -> list[AgencyRef]:
    """Named forces working beside the clause's own in the same sentence: their part of one act."""
    text, clause = mention.paragraph.text, mention.clause
    return [
        h.agency
        for h in hits
        if h.agency
        and h.agency.kind == "police"
        and not h.generic
        and _inside(h, mention.sentence)
        and not _inside(h, clause)
        and not any(_inside(h, c) for c in other_clauses)
        and _PARTNER.search(text, max(mention.sentence[0], h.start - 40), h.start)
    ]


def _only_partners(mention: Mention, hits) -> bool:
    """Whether every body named in the clause is named as a partner ("with", "supported by")."""
    text, clause = mention.paragraph.text, mention.clause
    named = [h for h in hits if h.agency and _inside(h, clause)]
    return bool(named) and all(
        h.agency.kind != "police"
        and _WITH.search(text, max(clause[0], h.start - 40), h.start)
        for h in named
    )


def _court_boroughs(mention: Mention, places: list[Hit]) -> list[str]:
    """ "due to appear at Norwich Crown Court": a court act happens where the court sits."""
    text, clause = mention.paragraph.text, mention.clause
    # "charged ... and will appear at Thames Magistrates' Court": the charge is the police's, the
    # appearance still happens where the court sits
    if mention.type != "enforcement" or not (
        court_act(mention) or _COURT_WORDS.search(text, *clause)
    ):
        return []
    return [
        h.borough
        for h in places
        if h.weak
        and h.borough
        and _inside(h, mention.clause)
        and (
            mention.start <= h.start < mention.end  # the trigger names the court
            or (
                h.start >= mention.end
                and _AT_COURT.fullmatch(text, mention.end, h.start)
            )
        )
    ]


_SAID = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:said|says|added|announced|confirmed|stated)\b",
    re.IGNORECASE,
)
# "told the committee", "presented to councillors": the audience, not the actor
_TO = re.compile(
    r"\b(?:to|told|informed|addressed|briefed)\s+(?:the\s+)?$", re.IGNORECASE
)
# "found that Bedfordshire Police had failed": what a document says, not who wrote it
_REPORTED = re.compile(
    r"\b(?:found|finds|said|says|showed|shows|revealed|concluded|criticised|criticized|that)\b",
    re.IGNORECASE,
)
_BY = re.compile(
    r"\b(?:by|(?:at|during)\s+(?:a|the)\s+(?:\S+\s+)?(?:meeting|session|sitting)\s+of)\s+(?:\S+\s+){0,2}$",
    re.IGNORECASE,
)


def _acts(hit: Hit, mention: Mention) -> bool:
    """An announcement's actor is its subject or its "by" agent; what it criticises or reports on is not."""
    if mention.type != "announcement" or hit.start < mention.start:
        return True
    text = mention.paragraph.text
    # the "by" agent of a passive, or the subject of "said" after "In a statement, ..."
    return bool(
        _BY.search(text[mention.start : hit.start]) or _SAID.match(text, hit.end)
    )


_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)


def _subjects(mention: Mention, people: tuple[Hit, ...]) -> list[PersonRef]:
    """The people who do the act: named before the trigger in its clause, or "she" for the last one named."""
    clause_start = mention.clause[0]
    before = [
        h.person for h in people if h.person and clause_start <= h.start < mention.start
    ]
    if before:
        return before
    if _PRONOUN.search(mention.paragraph.text, clause_start, mention.start):
        earlier = [
            h.person
            for h in people
            if h.person and h.end <= clause_start and h.start >= mention.sentence[0]
        ]
        return earlier[-1:]
    return []


def _order_makers(mention: Mention, agencies: list[AgencyRef]) -> list[AgencyRef]:
    """ "council officers and police cleared a camp, using an injunction": the council's order."""
    text, (start, end) = mention.paragraph.text, mention.clause
    if COUNCIL_ORDERS.search(text, start, end) and not POLICE_ORDERS.search(
        text, start, end
    ):
        return [a for a in agencies if a.kind == "council"] or agencies
    if POLICE_ORDERS.search(text, start, end):
        return [a for a in agencies if a.kind == "police"] or agencies
    return agencies


def unique_agencies(agencies: list[AgencyRef]) -> tuple[AgencyRef, ...]:
    """One entry per organisation; the first telling that names a unit keeps it."""
    out: dict[str, AgencyRef] = {}
    for agency in agencies:
        if agency.name not in out or (agency.unit and not out[agency.name].unit):
            out[agency.name] = agency
    return tuple(out.values())


def unique_people(people: list[PersonRef]) -> tuple[PersonRef, ...]:
    out: dict[str, PersonRef] = {}
    for person in people:
        key = person.name.split()[-1].lower() if person.name else ""
        if key not in out or len(person.name) > len(out[key].name):
            out[key] = person
    return tuple(out.values())
