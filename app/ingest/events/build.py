"""From an article to its EventDrafts: the stages of event extraction, in order."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from app.ingest.events.actors import Actors, event_actors, mention_actors
from app.ingest.events.citations import cite, event_id, paragraph_hash, quote_span
from app.ingest.events.context import ArticleContext, build_context
from app.ingest.events.dating import attach_date
from app.ingest.events.detect import HYPOTHETICAL, NEGATED, REALIS, Mention, detect_mentions, is_irrealis
from app.ingest.events.lookup import GazetteerLookup, Lookup
from app.ingest.events.merge import LEAD_PARAGRAPHS, Candidate, Group, group_candidates
from app.ingest.events.titles import make_title
from app.ingest.records import BODY, Article, DateMention, DateValue, EventDraft, Paragraph, PublicationDate

_TITLE_KEYWORDS = (
    ("operation", re.compile(r"\b(?:operation|crackdown|clampdown|blitz|campaign|week of action|day of action|patrols?)\b", re.I)),
    ("team_launch", re.compile(r"\b(?:new (?:police )?(?:team|unit|squad|taskforce)|extra officers|more officers)\b", re.I)),
    ("consultation", re.compile(r"\b(?:consultation|survey|have your say)\b", re.I)),
    ("order", re.compile(r"\b(?:pspo|dispersal order|dispersal zone|injunction|closure order|banned|ban)\b", re.I)),
    ("meeting", re.compile(r"\b(?:meeting|meet|visit|visits|ward panel)\b", re.I)),
    ("announcement", re.compile(r"\b(?:slams?|criticis\w+|resigns?|statement|report|figures|condemns?)\b", re.I)),
    ("enforcement", re.compile(r"\b(?:arrest\w*|charged|fined|jailed|convicted|raids?|seized|closed)\b", re.I)),
    ("incident", re.compile(r"\b(?:murder\w*|stabb\w+|shooting|attack\w*|killed)\b", re.I)),
)
_lookups: dict[int, tuple[object, GazetteerLookup]] = {}


def as_lookup(gazetteer) -> Lookup:
    """The gazetteer seen through the Lookup interface (adapters are cached per gazetteer)."""
    if not hasattr(gazetteer, "find_agencies"):
        return gazetteer  # already a Lookup (tests pass small fakes)
    cached = _lookups.get(id(gazetteer))
    if cached is None or cached[0] is not gazetteer:
        cached = (gazetteer, GazetteerLookup(gazetteer))
        _lookups[id(gazetteer)] = cached
    return cached[1]


def extract_events(article: Article, dct: PublicationDate, gazetteer) -> list[EventDraft]:
    """The events a careful reader would put on the timeline from this article."""
    from app.ingest.temporal import dct_value, find_article_dates

    dates = find_article_dates(article, dct)
    return extract_with(article, dct, as_lookup(gazetteer), dates=dates, dct_date=dct_value(dct))


def extract_with(
    article: Article, dct: PublicationDate, lookup: Lookup, *, dates: Sequence[DateMention], dct_date: DateValue
) -> list[EventDraft]:
    """extract_events with its inputs passed in: the article's resolved dates and a lookup."""
    by_paragraph: dict[int, list[DateMention]] = {}
    for found in dates:
        by_paragraph.setdefault(found.paragraph, []).append(found)
    body = [p for p in article.paragraphs if p.kind == BODY]
    detected = {p.number: found for p in body if (found := detect_mentions(p))}
    ctx = build_context(article, lookup, set(detected))
    lead = {p.number for p in body[:LEAD_PARAGRAPHS]}
    candidates: list[Candidate] = []
    refs: list[Candidate] = []
    for number, mentions in detected.items():
        paragraph_dates = by_paragraph.get(number, [])
        claimed = [m.clause for m in mentions]
        for mention in mentions:
            if mention.form == "ref":
                refs.append(Candidate(mention, _ref_date(mention, paragraph_dates, dct), lead=mention.number in lead))
                continue
            if mention.mood in (HYPOTHETICAL, NEGATED):
                continue
            date = attach_date(mention, paragraph_dates, dct, dct_date, claimed)
            if date is None:
                continue
            candidates.append(Candidate(mention, date, lead=mention.number in lead))
    _date_anaphors(candidates)
    for cand in [*candidates, *refs]:
        actors = mention_actors(cand.mention, ctx, ctx.lookup, _other_clauses(cand.mention))
        cand.places, cand.boroughs = frozenset(actors.places), frozenset(actors.boroughs)
        cand.actors = actors
    groups = group_candidates(candidates, refs)
    core_types = _title_types(article.title)
    events = _series_agencies([_draft(article, group, ctx, core_types, lead) for group in groups])
    return sorted(events, key=lambda e: (e.citations[0].paragraph, e.citations[0].start))


def _series_agencies(events: list[EventDraft]) -> list[EventDraft]:
    """"The last street meeting" with nobody named: held by whoever holds the article's meetings."""
    named = [e for e in sorted(events, key=lambda e: not e.core) if e.type == "meeting" and e.agencies]
    if not named:
        return events
    return [replace(e, agencies=named[0].agencies) if e.type == "meeting" and not e.agencies else e for e in events]


def _ref_date(mention: Mention, dates: Sequence[DateMention], dct: PublicationDate) -> DateValue:
    """A reference's own date words ("The order was granted on Tuesday"), else unknown."""
    if mention.mood != REALIS:
        return DateValue.unknown()
    own = [d for d in dates if mention.clause[0] <= d.start < mention.clause[1]]
    value = attach_date(mention, own, dct, DateValue.unknown()) if own else None
    return value or DateValue.unknown()


_DURING_THAT = re.compile(
    r"\b(?:during|over|throughout|in the course of|on the last day of|by the end of) (?:the|that|this) "
    r"(?:week|weekend|day|night|operation|crackdown|campaign|period|blitz|fortnight|days)\b",
    re.IGNORECASE,
)
_AT_THAT = re.compile(r"\b(?:at|during|after|before) (?:the|that|this) (?:meeting|hearing|event|session|panel)\b", re.IGNORECASE)


_ALSO = re.compile(r"\balso\b", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:has|have|is|are|now|currently)\b", re.IGNORECASE)


def _date_anaphors(candidates: list[Candidate]) -> None:
    """"During the week, 11 people were arrested" / "Wardens also issued ...": the period told just before."""
    dated = meeting = operation = None
    for cand in sorted(candidates, key=lambda c: c.position):
        m = cand.mention
        if not cand.dated and cand.date.anchor == "dct":
            source = _date_source(cand, dated, meeting, operation)
            if source is not None:
                cand.date = source.date
        if cand.dated:
            dated = cand
            if m.type == "meeting" and m.mood == REALIS:
                meeting = cand
            if m.type == "operation" and m.mood == REALIS:
                operation = cand


def _date_source(cand: Candidate, dated: Candidate | None, meeting: Candidate | None, operation: Candidate | None) -> Candidate | None:
    m = cand.mention
    text = m.paragraph.text
    clause = text[m.clause[0] : m.clause[1]]
    past = not _PERFECT.search(clause)
    if dated is not None and _DURING_THAT.search(text, m.sentence[0], m.sentence[1]) and m.number - dated.mention.number <= 3:
        return dated
    if dated is not None and _ALSO.search(clause) and past and m.number - dated.mention.number <= 1:
        return dated
    if meeting is not None and _AT_THAT.search(text, m.sentence[0], m.sentence[1]) and m.number - meeting.mention.number <= 3:
        return meeting
    if operation is not None and m.type == "enforcement" and past and 0 < m.number - operation.mention.number <= 2:
        return operation  # "Three people were arrested" right after the operation is told
    return None


def _other_clauses(mention: Mention) -> frozenset[tuple[int, int]]:
    """Clauses of the mention's sentence that only state intentions or possibilities."""
    text = mention.paragraph.text
    return frozenset(c for c in mention.clauses if c != mention.clause and is_irrealis(text[c[0] : c[1]]))


def _draft(article: Article, group: Group, ctx: ArticleContext, core_types: set[str], lead: set[int]) -> EventDraft:
    primary = group.primary
    mention = primary.mention
    citations, seen = [], set()
    for cand in group.cites():
        m = cand.mention
        key = (m.number, m.sentence)
        if key in seen:
            continue
        seen.add(key)
        start, end = quote_span(m.paragraph.text, m.sentence, (m.start, m.end))
        citations.append(cite(m.paragraph, start, end))
    actors = event_actors(
        [(c.mention, c.actors) for c in group.members], [(c.mention, c.actors) for c in group.refs], group.type, ctx
    )
    cited = {c.paragraph for c in citations}
    core = bool(cited & lead) and (not core_types or group.type in core_types)
    return EventDraft(
        id=event_id(article.slug, group.type, paragraph_hash(mention.paragraph), f"{mention.start}:{mention.text}"),
        type=group.type,
        title=make_title(mention.paragraph.text, mention.clause, (mention.start, mention.end), noun=mention.form == "noun"),
        date=primary.date,
        citations=tuple(citations),
        agencies=actors.agencies,
        boroughs=actors.boroughs,
        places=actors.places,
        people=actors.people,
        core=core,
    )


def _title_types(title: str | None) -> set[str]:
    """The event types a headline speaks of: its triggers, else its keywords."""
    if not title:
        return set()
    found = {m.type for m in detect_mentions(Paragraph(0, title))}
    if found:
        return found
    return {event_type for event_type, pattern in _TITLE_KEYWORDS if pattern.search(title)}


def mentions_of(paragraphs: Sequence[Paragraph]) -> list[Mention]:
    """Every trigger of the body paragraphs (for reports and tests)."""
    return [m for p in paragraphs for m in detect_mentions(p)]


__all__ = ["Actors", "extract_events", "extract_with"]
