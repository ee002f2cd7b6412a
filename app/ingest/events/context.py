"""What the whole article says about who and where: its area, force, council, speakers, names."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from app.ingest.events.answerers import meeting_answerers
from app.ingest.events.chapter_refs import branch_refs
from app.ingest.events.coordinators import coordinators
from app.ingest.events.fine_issuers import shared_fines
from app.ingest.events.generic_agencies import generic_agencies, owner_only
from app.ingest.events.lookup import Hit, Lookup
from app.ingest.events.meeting_voices import body_voices
from app.ingest.events.named_again import named_again
from app.ingest.events.offences import council_officers
from app.ingest.events.operation_partners import partners_told
from app.ingest.events.organisers import (
    meeting_attendees,
    meeting_organisers,
    officer_voices,
)
from app.ingest.events.places import event_places, street_towns, venue_refs
from app.ingest.events.prosecutors import prosecutor
from app.ingest.events.speakers import (
    find_speakers,
)
from app.ingest.events.warden_bodies import warden_body
from app.ingest.events.worship import worship_host
from app.ingest.records import BODY, AgencyRef, Article, PersonRef
from app.ingest.temporal.case_fold import paragraph_lower

_BODY_NOUN = re.compile(
    r"\b(?:Panel|Partnership|Board|Commission|Forum|Committee|Association|BID|Business Improvement District"
    r"|Community Council)$"
)
_LOCAL_CUES = re.compile(
    r"\b(?:the borough|the area|the town|the town centre|the city centre|the district|locally|local|our streets|"
    r"the streets|residents|our borough|our town)\b",
    re.IGNORECASE,
)
# a word of every cue above: most paragraphs hold none, and a substring test says so cheaply
_LOCAL_WORDS = re.compile(
    "borough|area|town|city centre|district|local|streets|residents"
)


def _local_cues(text: str) -> tuple[tuple[int, int], ...]:
    lowered = paragraph_lower(text)
    if lowered is not None and _LOCAL_WORDS.search(lowered) is None:
        return ()
    return tuple(m.span() for m in _LOCAL_CUES.finditer(text))


@dataclass(frozen=True)
class ParagraphNames:
    """Every agency, place and person named in one paragraph, with their spans."""

    agencies: tuple[Hit, ...]
    places: tuple[Hit, ...]
    people: tuple[Hit, ...]
    local_cues: tuple[tuple[int, int], ...]


@dataclass
class ArticleContext:
    """The article-wide facts the per-event rules fall back on."""

    boroughs: tuple[str, ...] = ()  # the article's area, most named first
    force: AgencyRef | None = None
    council: AgencyRef | None = None
    transport: AgencyRef | None = (
        None  # British Transport Police, when the article names it
    )
    fire: AgencyRef | None = None  # the fire service of the force's area
    on: date | None = None  # the publication day, when known
    names: dict[int, ParagraphNames] = field(default_factory=dict)
    speakers: dict[int, PersonRef] = field(default_factory=dict)
    groups: tuple[
        tuple[int, AgencyRef], ...
    ] = ()  # (paragraph, charity or group), in order of mention
    # (paragraph, named panel, partnership, board ...): what "the panel" refers back to
    bodies: tuple[tuple[int, AgencyRef], ...] = ()
    lookup: Lookup | None = None  # the lookup bound to this article's area
    # (paragraph, body) that called, organised or hosted a meeting: who holds "the next meeting"
    organisers: tuple[tuple[int, AgencyRef], ...] = ()
    # (paragraph, body) whose member joined a meeting or was present at it
    attendees: tuple[tuple[int, AgencyRef], ...] = ()
    # (paragraph, body) a sentence says someone works with: an operation's partners told after it
    partners: tuple[tuple[int, AgencyRef], ...] = ()
    # paragraphs where an officer tells the meeting
    voices: frozenset[int] = frozenset()
    # paragraphs where a councillor or mayor tells the meeting
    council_voices: frozenset[int] = frozenset()
    # (paragraph, council or force) whose speaker tells the meeting (meeting_voices.py)
    body_voices: tuple[tuple[int, AgencyRef], ...] = ()
    # bodies the article names only as a campaign's coordinator (coordinators.py)
    coordinators: frozenset[str] = frozenset()
    # the place of worship that called or hosted the article's meeting (worship.py)
    worship_host: AgencyRef | None = None
    # the business body that pays for the article's street wardens (warden_bodies.py)
    warden_body: AgencyRef | None = None
    # the body other than the police that brought the article's prosecution (prosecutors.py)
    prosecutor: AgencyRef | None = None
    # the article says police and council officers may both issue its order's fines (fine_issuers.py)
    shared_fines: bool = False

    @property
    def borough(self) -> str | None:
        return self.boroughs[0] if self.boroughs else None


def build_context(
    article: Article,
    lookup: Lookup,
    active: dict[int, list[tuple[int, int]]] | None = None,
    on: date | None = None,
) -> ArticleContext:
    """The article's area, its force and council, names per paragraph, and who speaks where.

    ``active`` are the sentences (by paragraph) that hold triggers: only they need unnamed police and council
    words. ``on`` is the publication day: a council renamed since is named as it was then.
    """
    if hasattr(lookup, "for_article"):
        lookup = lookup.for_article(article)
    body = [p for p in article.paragraphs if p.kind == BODY]
    texts = {p.number: p.text for p in body}
    raw = {
        p.number: (
            lookup.agencies(p.text),
            lookup.places(p.text),
            lookup.people(p.text),
        )
        for p in body
    }
    if hasattr(lookup, "resolve"):
        raw = _resolved_people(raw, article, lookup)
    raw = {
        n: (agencies, event_places(texts[n], places), people)
        for n, (agencies, places, people) in raw.items()
    }
    raw = branch_refs(raw)  # "Street Pastors" where the story named "Wakefield Street Pastors"
    raw = named_again(texts, raw)  # "InExeter's rangers" where the story named the InExeter BID
    streets = street_towns(article, raw, lookup)
    counts: Counter[str] = Counter()
    for number, (_agencies, places, _people) in raw.items():
        for hit in places:
            borough = hit.borough or streets.get(hit.name)
            if borough and not hit.weak:
                counts[borough] += 2 if number <= 3 else 1
    if article.title:
        for hit in lookup.places(article.title):
            if hit.borough:
                counts[hit.borough] += 3
    if not counts:
        for agencies, _places, _people in raw.values():
            counts.update(h.borough for h in agencies if h.borough)
    boroughs = tuple(b for b, _ in counts.most_common())
    area = getattr(lookup, "area_borough", None)
    if area:
        boroughs = (area, *(b for b in boroughs if b != area))
    elif _force_wide(getattr(lookup, "area", None)):
        boroughs = ()  # "Essex residents are being asked": the county's story, no district's
    ctx = ArticleContext(boroughs=boroughs, lookup=lookup, on=on)
    if ctx.borough:
        ctx.force = lookup.force_for(ctx.borough)
        ctx.council = lookup.council_for(ctx.borough)
    area_ctx = getattr(lookup, "area", None)
    if area_ctx is not None and getattr(area_ctx, "police", None) is not None:
        ctx.force = area_ctx.police  # the force the article names most, else its area's
    if ctx.council is not None:
        ctx.council = _council_as_named(ctx.council, raw, lookup, on)
        raw = {
            n: ([_renamed(h, ctx.council) for h in agencies], places, people)
            for n, (agencies, places, people) in raw.items()
        }
    fire_for = getattr(lookup, "fire_for", None)
    ctx.fire = fire_for(ctx.force, ctx.borough) if fire_for else None
    ctx.transport = next(
        (
            h.agency
            for agencies, _places, _people in raw.values()
            for h in agencies
            if h.agency and "transport police" in h.agency.name.lower()
        ),
        None,
    )
    ctx.groups = tuple(
        (p.number, h.agency)
        for p in body
        for h in raw[p.number][0]
        if h.agency and h.agency.kind in ("charity", "community")
    )
    ctx.bodies = tuple(
        (p.number, h.agency)
        for p in body
        for h in raw[p.number][0]
        if h.agency and not h.generic and _BODY_NOUN.search(h.agency.name)
    )
    ctx.warden_body = warden_body(texts, {n: raw[n][0] for n in texts})
    ctx.prosecutor = prosecutor(texts, {n: raw[n][0] for n in texts})
    seen_places: list[Hit] = []
    for p in body:
        agencies, places, people = raw[p.number]
        places = [
            Hit(h.start, h.end, h.name, h.borough or streets.get(h.name), weak=h.weak)
            for h in places
            if not any(
                a.start <= h.start < a.end for a in agencies
            )  # "Barking and Dagenham Councils"
        ]
        places += venue_refs(p.text, places, seen_places)
        seen_places.extend(places)
        named = [council_officers(h, p.text, ctx.council) for h in agencies]
        generic = (
            generic_agencies(p.text, named, ctx, p.number, active.get(p.number, []))
            if active is not None
            else generic_agencies(p.text, named, ctx, p.number, [(0, len(p.text))])
        )
        ctx.names[p.number] = ParagraphNames(
            agencies=tuple(
                sorted(
                    # "the council's Safer Maidstone Partnership": the partnership, not the council
                    (h for h in named + generic if not owner_only(h, p.text, named)),
                    key=lambda h: h.start,
                )
            ),
            places=tuple(sorted(places, key=lambda h: h.start)),
            people=tuple(people),
            local_cues=_local_cues(p.text),
        )
    ctx.organisers = meeting_organisers(
        texts, {n: names.agencies for n, names in ctx.names.items()}
    )
    ctx.attendees = meeting_attendees(
        texts, {n: names.agencies for n, names in ctx.names.items()}
    ) + meeting_answerers(texts, {n: names.agencies for n, names in ctx.names.items()})
    ctx.shared_fines = shared_fines(texts)
    ctx.partners = partners_told(
        texts, {n: names.agencies for n, names in ctx.names.items()}
    )
    ctx.voices, ctx.council_voices = officer_voices(
        texts, {n: names.people for n, names in ctx.names.items()}
    )
    ctx.speakers = find_speakers(body, ctx)
    ctx.worship_host = worship_host(texts)
    ctx.body_voices = body_voices(texts, {n: names.agencies for n, names in ctx.names.items()})
    ctx.coordinators = coordinators(texts, {n: names.agencies for n, names in ctx.names.items()})
    return ctx


def _force_wide(area) -> bool:
    """Whether the article's area was read as a whole force's (a county-wide story)."""
    return bool(area is not None and area.borough is None and area.force is not None)


def _council_as_named(
    council: AgencyRef, raw: dict, lookup: Lookup, on: date | None
) -> AgencyRef:
    """The council under the name the article writes, else the name it had on the day."""
    for agencies, _places, _people in raw.values():
        for hit in agencies:
            if (
                council.slug
                and hit.agency
                and hit.agency.slug == council.slug
                and not hit.generic
            ):
                return replace(council, name=hit.agency.name)
    named_on = getattr(lookup, "named_on", None)
    return named_on(council, on) if named_on and on else council


def _renamed(hit: Hit, council: AgencyRef) -> Hit:
    if (
        council.slug
        and hit.agency
        and hit.agency.slug == council.slug
        and hit.agency.name != council.name
    ):
        return replace(
            hit, agency=replace(hit.agency, name=council.name), name=council.name
        )
    return hit


def _resolved_people(raw: dict, article: Article, lookup) -> dict:
    """People per paragraph with short references ("Sgt Taylor") resolved across the article."""
    order = sorted(raw)
    flat = [hit for number in order for hit in raw[number][2]]
    resolved = iter(lookup.resolve(flat, article.text))
    return {
        n: (raw[n][0], raw[n][1], [next(resolved) for _ in raw[n][2]]) for n in order
    }
