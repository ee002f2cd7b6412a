"""Who acts in an event and where: the clause first, then the sentence, then the article's area."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.ingest.events.appointments import post_of
from app.ingest.events.bystanders import bystander
from app.ingest.events.context import ArticleContext
from app.ingest.events.coordination import joined_before
from app.ingest.events.courts import court_boroughs
from app.ingest.events.detect import Mention
from app.ingest.events.funders import grant_party
from app.ingest.events.launch_partners import launch_partners
from app.ingest.events.lookup import Hit, Lookup
from app.ingest.events.orders import order_makers
from app.ingest.events.partners import only_partners, partner_forces
from app.ingest.events.places import line_destination, unit_patch
from app.ingest.events.pronoun_bodies import pronoun_owners
from app.ingest.events.recorders import recording_bodies
from app.ingest.events.responders import responding_police
from app.ingest.events.speakers import is_we, speaker_agency
from app.ingest.events.statement_speakers import statement_speakers
from app.ingest.events.targeted_services import targeted_services
from app.ingest.events.told_subjects import earlier_subject
from app.ingest.events.unit_patches import across_unit
from app.ingest.records import AgencyRef, PersonRef

# Event types that are police work unless the text says whose; and council work.
POLICE_TYPES = frozenset({"operation", "enforcement", "team_launch"})
COUNCIL_TYPES = frozenset({"order", "consultation"})


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
    police_work = mention.type in POLICE_TYPES
    if mention.type == "incident":
        agencies = responding_police(mention, names.agencies, ctx.force, ctx.fire)
        agencies += targeted_services(mention, names.agencies)
        agencies += recording_bodies(mention, names.agencies)
    else:
        chosen = [
            h
            for h in names.agencies
            if h.agency
            and _inside(h, clause)
            and _acts(h, mention)
            and not _TO.search(text, clause[0], h.start)
            and not bystander(h, mention, police_work)
        ]
        # "the council and West Midlands Police were awarded": the first body fell in the clause before
        chosen += joined_before(
            chosen, names.agencies, text, sentence, lambda h: not bystander(h, mention, police_work)
        )
        # "The council said its night-time economy team and police would ...": the council's team
        chosen += pronoun_owners(names.agencies, text, clause, sentence)
        chosen = launch_partners(mention, chosen)
        agencies = [h.agency for h in chosen]
        if agencies and mention.type in POLICE_TYPES:
            agencies += partner_forces(mention, names.agencies, other_clauses)
            if ctx.force is not None and only_partners(mention, names.agencies):
                # "an operation carried out with council trading standards officers": the
                # partners joined someone, the police whose work this is
                agencies.append(ctx.force)
        if is_we(text, *clause) and (
            we := speaker_agency(ctx.speakers.get(mention.number), ctx, lookup)
        ):
            agencies.append(we)
        # "In a statement, Ch Supt Neil Stuart said": the speaker told after the trigger
        for person in _subjects(mention, names.people) or statement_speakers(mention, names.people):
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
                and not bystander(h, mention, police_work)
            ]
        if not agencies:
            # "Newham Council is recruiting officers. The first 12 will start in January."
            agencies = earlier_subject(mention, names.agencies)
        if mention.type == "order" and len({a.kind for a in agencies}) > 1:
            agencies = order_makers(mention, agencies)
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
                and not _PRAISED.search(text, max(0, h.start - 40), h.start)
                and not bystander(h, mention, police_work)
            ]
    places = [
        h
        for h in names.places
        if _inside(h, sentence)
        and (mention.type == "incident" or not line_destination(text, h))
    ]
    # a unit's patch places only the unit's own launch: "the team launched in Kingston town centre"
    # by an officer "who leads the BCU covering Kingston, Richmond and Merton" is Kingston's
    own = [h for h in places if not unit_patch(text, h)]
    if mention.type != "team_launch" or any(_inside(h, clause) for h in own):
        places = own
    boroughs = [h.borough for h in places if h.borough and not h.weak]
    if not [
        b for h in places if _inside(h, clause) and not h.weak and (b := h.borough)
    ]:
        boroughs = court_boroughs(mention, places) or boroughs
    if not boroughs:
        boroughs = across_unit(mention, names.agencies, lookup)
    if not boroughs:
        boroughs = [
            h.borough
            for h in names.agencies
            if h.borough and _inside(h, sentence) and _home_body(h, ctx, lookup)
        ]
    if not boroughs:
        boroughs = [h.borough for h in names.places if h.borough and not h.weak]
    if not boroughs:
        boroughs = [
            h.borough for h in names.agencies if h.borough and _home_body(h, ctx, lookup)
        ]
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


def _home_body(hit: Hit, ctx: ArticleContext, lookup: Lookup) -> bool:
    """Whether a body's name can place the event: a council or force always; a trader group or
    charity only when the place in its name lies in the article's force area ("Cathedral Quarter
    BID" in a Derby story is no Belfast body)."""
    if hit.agency is None or hit.agency.kind in ("council", "police") or ctx.force is None:
        return True
    force = lookup.force_for(hit.borough) if hit.borough else None
    return force is None or force.name == ctx.force.name


_SAID = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:said|says|added|announced|confirmed|stated)\b",
    re.IGNORECASE,
)
# "told the committee", "presented to councillors": the audience, not the actor
_TO = re.compile(
    # "written to the acting Metropolitan Police Commissioner": an office's standing words between
    r"\b(?:to|told|informed|addressed|briefed)\s+(?:the\s+)?(?:(?:acting|interim|new|then|current|former)\s+)?$",
    re.IGNORECASE,
)
# "found that Bedfordshire Police had failed": what a document says, not who wrote it
_REPORTED = re.compile(
    r"\b(?:found|finds|said|says|showed|shows|revealed|concluded|criticised|criticized|that)\b",
    re.IGNORECASE,
)
# the object of praise or blame: "thanked officers", "praised the council", "called on the force"
_PRAISED = re.compile(
    r"\b(?:thank(?:s|ed|ing)?|prais(?:es|ed|ing)|congratulat(?:es|ed|ing)|criticis(?:es|ed|ing)|criticiz(?:es|ed|ing)"
    r"|condemn(?:s|ed|ing)|blam(?:es|ed|ing)|urg(?:es|ed|ing)|call(?:s|ed|ing)\s+on|paid\s+tribute\s+to|hail(?:s|ed|ing))"
    r"\s+(?:the\s+|all\s+(?:the\s+)?)?(?:[\w'’-]+\s+){0,2}?$",
    re.IGNORECASE,
)
_BY = re.compile(
    r"\b(?:by|(?:at|during)\s+(?:a|the)\s+(?:\S+\s+)?(?:meeting|session|sitting)\s+of)\s+(?:\S+\s+){0,2}$",
    re.IGNORECASE,
)


def _acts(hit: Hit, mention: Mention) -> bool:
    """An announcement's actor is its subject or its "by" agent; what it criticises or reports on is not."""
    text = mention.paragraph.text
    if mention.type == "announcement" and _PRAISED.search(text, max(0, hit.start - 40), hit.start):
        return False  # "Sadiq Khan thanked officers and volunteers in a statement": whom it is about
    if mention.type != "announcement" or hit.start < mention.start:
        return True
    # the "by" agent of a passive, or the subject of "said" after "In a statement, ..."
    return bool(
        # (not "shows 612 offences were recorded by the Metropolitan Police": what the data says)
        (_BY.search(text[mention.start : hit.start]) and not _REPORTED.search(text, mention.end, hit.start))
        or _SAID.match(text, hit.end)
        or grant_party(hit, mention)
        or post_of(hit, mention)
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
