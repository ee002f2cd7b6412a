"""Who an event is attributed to once its tellings are grouped: the union of the tellings, then
the article's force, council and area as fallbacks (the checks live in agent_checks.py).
"""

from __future__ import annotations

import re

from app.ingest.events.actors import (
    COUNCIL_TYPES,
    POLICE_TYPES,
    Actors,
    unique_agencies,
    unique_people,
)
from app.ingest.events.agent_checks import (
    applied_by_police,
    area_wide,
    article_places,
    commissioners,
    council_offence,
    court_ahead,
    force_background,
    is_police,
    lawmakers,
    licence_decision,
    persons_own,
)
from app.ingest.events.context import ArticleContext
from app.ingest.events.courts import court_act
from app.ingest.events.fine_issuers import fine_issuers
from app.ingest.events.former_districts import district_on, unitaries
from app.ingest.events.launch_partners import launch_partner_forces
from app.ingest.events.meeting_partners import (
    leading_partners,
    meeting_agencies,
    partner_agencies,
)
from app.ingest.events.mention import Mention
from app.ingest.events.mood import REALIS
from app.ingest.events.offences import POLICE_WORK
from app.ingest.events.operation_partners import later_partners
from app.ingest.events.orders import (
    council_order,
    court_made,
    national_law,
    police_order,
    precept_order,
)
from app.ingest.events.other_agents import other_agent
from app.ingest.events.prosecutors import court_told
from app.ingest.events.reach import county_named, force_area_meeting, force_wide
from app.ingest.events.worship import held_there
from app.ingest.records import AgencyRef, DateValue, PersonRef

# events that happen in a place, so in the article's area unless the text says otherwise
LOCAL_TYPES = POLICE_TYPES | COUNCIL_TYPES | {"meeting", "incident"}


# fines under a council's order are the council's to issue
_UNDER_ORDER = re.compile(
    r"\b(?:under|breach(?:es|ing)? of|breaking|for breaching)\s+(?:the\s+)?(?:order|pspo|public spaces protection order|ban)\b",
    re.IGNORECASE,
)


# meetings the police hold with residents
_POLICE_MEETING = re.compile(
    r"\b(?:PACT|Partners and Communities Together|police (?:surgery|surgeries|drop-ins?)|beat meetings?"
    r"|neighbourhood policing (?:meeting|panel)s?|ward panels?"
    # "a drop-in to meet the new team": the officers' own meeting with the public
    r"|(?:to\s+)?meet\s+(?:the\s+)?(?:new\s+)?(?:neighbourhood\s+|local\s+|town\s+centre\s+|city\s+centre\s+)?"
    r"(?:policing\s+)?(?:team|officers|PCSOs))\b"
)


# a railway's place ("at Southall station"), not a police station ("in the foyer of Acton police station")
_STATION = re.compile(
    r"\b(?<!police )(?:stations?|railway|rail network|trains?|platforms?)\b", re.IGNORECASE
)


# References further down the story than this add who was there, not who acted.
LEAD_REFERENCE_PARAGRAPHS = 3


def event_actors(
    members: list[tuple[Mention, Actors]],
    refs: list[tuple[Mention, Actors]],
    event_type: str,
    ctx: ArticleContext,
    setting: tuple[AgencyRef, ...] = (),
    date: DateValue | None = None,
) -> Actors:
    """The union over an event's tellings, with the article's force/council/area as fallbacks.

    ``setting`` are the named agencies of the operation the event happened in, if any.
    """
    agencies: list[AgencyRef] = []
    boroughs: list[str] = []
    places: list[str] = []
    people: list[PersonRef] = []
    local = False
    for mention, actors in members + refs:
        is_lead_ref = (
            mention.form != "ref" or mention.number <= LEAD_REFERENCE_PARAGRAPHS
        )
        if is_lead_ref:
            agencies.extend(actors.agencies)
            boroughs.extend(actors.boroughs)
        places.extend(actors.places)
        people.extend(actors.people)
        local = local or actors.local
    if (
        event_type in ("enforcement", "operation")
        and not agencies
        and ctx.council
        and not any(is_police(p) for p in people)
        and all(council_offence(m) or licence_decision(m) for m, _ in members)
    ):
        agencies.append(
            ctx.council
        )  # "214 fines for dropping litter": the council's officers
    if not agencies and setting and not any(court_act(m) for m, _ in members):
        # arrests made during an operation told just before: its forces (not the national body
        # that only coordinated the campaign)
        agencies.extend(a for a in setting if a.name not in ctx.coordinators)
    partners = partner_agencies(members, event_type, ctx)
    if event_type == "team_launch":
        partners = launch_partner_forces(members, agencies, partners, ctx.names)
    if (
        event_type == "enforcement"
        and not agencies
        and ctx.prosecutor is not None
        and any(court_told(m) for m, _ in members)
    ):
        agencies.append(ctx.prosecutor)  # "a prosecution brought by the Environment Agency"
    if event_type != "incident":
        police_people = any(is_police(p) for p in people)
        if (
            event_type == "enforcement"
            and not agencies
            and ctx.council
            and any(
                _UNDER_ORDER.search(m.paragraph.text, *m.sentence) for m, _ in members
            )
            # "searched under the order and one man was arrested": a police order's stop
            and not any(
                POLICE_WORK.search(m.paragraph.text, *m.sentence) for m, _ in members
            )
        ):
            agencies.append(ctx.council)
        if (
            event_type in POLICE_TYPES
            and ctx.force
            # a police body that only coordinated or supported ("coordinated by the National County
            # Lines Coordination Centre") does not stand for the officers who acted
            and not any(a.kind == "police" and a not in partners for a in agencies)
            and not any(court_ahead(m, date, ctx) for m, _ in members)
        ):
            leads = leading_partners(members, ctx)  # "run by the NPCC": no one else's partner
            if not [a for a in agencies if a not in partners or a in leads] or police_people:
                agencies.append(ctx.force)  # partners joined someone: the police, here
        if event_type in COUNCIL_TYPES and not persons_own(members):
            police_made = any(police_order(m) or court_made(m) for m, _ in members)
            council_made = any(council_order(m) for m, _ in members)
            if not agencies:
                fallback = ctx.force if police_made else ctx.council
                if all(national_law(m) for m, _ in members):
                    agencies += lawmakers(members, ctx)
                elif fallback is not None and not commissioners(
                    members, council_made, ctx
                ):
                    agencies.append(fallback)
            elif (
                council_made
                and ctx.council
                and not any(a.kind == "council" for a in agencies)
            ):
                agencies.append(
                    ctx.council
                )  # a PSPO is the council's, whoever enforces it
    if (
        event_type == "meeting"
        and ctx.force is not None
        and not any(a.kind == "police" for a in agencies)
        and any(
            _POLICE_MEETING.search(m.paragraph.text, *m.sentence) for m, _ in members
        )
    ):
        agencies.append(
            ctx.force
        )  # "the town centre PACT meeting": the police's meeting
    if (
        event_type in ("meeting", "enforcement")
        and ctx.force is not None
        and not any(a.kind == "police" for a in agencies)
        and any(applied_by_police(m) for m, _ in members)
        # the hearing is the force's too; the licence revoked or suspended is the council's decision
        and (event_type == "meeting" or not any(licence_decision(m) for m, _ in members))
    ):
        agencies.append(ctx.force)
    if (
        event_type in POLICE_TYPES
        and ctx.transport is not None
        and any(a.kind == "police" for a in agencies)
        and not any(actors.named_police for _, actors in members)
        and (
            any(_STATION.search(p) for p in places)
            or any(_STATION.search(m.paragraph.text) for m, _ in members)
        )
    ):
        agencies.append(
            ctx.transport
        )  # the railway's police, named in the article, at a station
    agencies += partners
    if event_type == "operation" and any(m.mood == REALIS for m, _ in members):
        # "in conjunction with outreach workers from the Terrence Higgins Trust", told next
        agencies += later_partners([m for m, _ in members], ctx.partners)
    if event_type == "meeting":
        agencies += meeting_agencies(members, ctx)
        # "The public meeting ... was called by the residents' association", told in a later telling
        told = {m.number for m, _ in members + refs}
        agencies += [body for number, body in ctx.organisers if number in told]
        if (host := ctx.worship_host) is not None and any(
            held_there(m.paragraph.text, *m.sentence, host) for m, _ in members
        ):
            agencies.append(host)  # "a follow-up meeting at the mosque": the mosque that hosts them
    agencies = other_agent(members, event_type, agencies, ctx)
    if event_type == "enforcement":
        # "412 fixed penalty notices were issued under the order", which police and council may issue
        agencies = fine_issuers(members, agencies, ctx.force, ctx.council, ctx.shared_fines, ctx.names)
    local_voice = event_type == "announcement" and any(
        a.kind in ("council", "community", "charity", "business") for a in agencies
    )
    if not boroughs and (county := county_named(members, event_type, ctx)):
        boroughs.append(
            county
        )  # "in Kent", "across the county": the county's, no district's
    if (
        not boroughs
        and ctx.borough
        and (local or local_voice or event_type in LOCAL_TYPES)
        and not force_background(
            members, agencies, [p for _, a in members for p in a.places], date, ctx
        )
        and not any(area_wide(m, ctx) for m, _ in members)
        and not force_wide(members, event_type)
        and not force_area_meeting(agencies, event_type)
        and not (event_type in COUNCIL_TYPES and persons_own(members))
        and not (
            # a law, or the precept of a whole force area: no one council area's
            event_type == "order"
            and all(national_law(m) or precept_order(m) for m, _ in members)
        )
    ):
        boroughs.append(ctx.borough)
    if any(b in unitaries() for b in boroughs):
        named = [*places, *article_places(ctx)]
        boroughs = [district_on(b, named, ctx.on) for b in boroughs]
    return Actors(
        agencies=unique_agencies(agencies),
        boroughs=tuple(dict.fromkeys(boroughs)),
        places=tuple(dict.fromkeys(places)),
        people=unique_people(people),
        local=local,
    )
