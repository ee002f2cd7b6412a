"""From an article to its EventDrafts: the stages of event extraction, in order."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from app.ingest.events.actors import Actors, mention_actors
from app.ingest.events.anaphora import borrow_dates, ref_date
from app.ingest.events.announced_plans import told_once
from app.ingest.events.aside_dates import aside_free_dates
from app.ingest.events.attribution import event_actors
from app.ingest.events.campaign_plans import settle_plans
from app.ingest.events.causes import is_cause, is_report
from app.ingest.events.citations import cite, event_id, paragraph_hash, quote_span
from app.ingest.events.context import ArticleContext, build_context
from app.ingest.events.dating import attach_date, scope_of, usable
from app.ingest.events.day_parts import day_of_a_run
from app.ingest.events.detect import (
    FUTURE,
    HYPOTHETICAL,
    INTENTION,
    NEGATED,
    REALIS,
    Mention,
    is_irrealis,
)
from app.ingest.events.headline_groups import without_lone_headlines
from app.ingest.events.leads import lead_numbers
from app.ingest.events.lookup import GazetteerLookup, Lookup
from app.ingest.events.merge import Candidate, Group, group_candidates
from app.ingest.events.named_settings import without_named_settings
from app.ingest.events.non_events import (
    part_of_another,
    states_no_act,
    told_reference,
)
from app.ingest.events.operation_officers import without_operation_officers
from app.ingest.events.operation_settings import operation_setting
from app.ingest.events.order_effects import orders_by_effect
from app.ingest.events.own_settings import own_setting, told_in_setting
from app.ingest.events.remembered import paragraph_triggers
from app.ingest.events.renamed_bodies import named_on_day
from app.ingest.events.retold_acts import retold_dates
from app.ingest.events.same_period import same_period_date
from app.ingest.events.scope import plan_clauses
from app.ingest.events.story_areas import wider_than_local
from app.ingest.events.titles import headline_types, make_title
from app.ingest.events.uncovered import paragraph_mentions
from app.ingest.records import (
    BODY,
    Article,
    DateMention,
    DateValue,
    EventDraft,
    PublicationDate,
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


def extract_events(
    article: Article, dct: PublicationDate, gazetteer
) -> list[EventDraft]:
    """The events a careful reader would put on the timeline from this article."""
    from app.ingest.temporal import dct_value, find_article_dates

    return extract_with(
        article,
        dct,
        as_lookup(gazetteer),
        dates=find_article_dates(article, dct),
        dct_date=dct_value(dct),
    )


def extract_with(
    article: Article,
    dct: PublicationDate,
    lookup: Lookup,
    *,
    dates: Sequence[DateMention],
    dct_date: DateValue,
) -> list[EventDraft]:
    """extract_events with its inputs passed in: the article's resolved dates and a lookup."""
    body = [p for p in article.paragraphs if p.kind == BODY]
    by_paragraph: dict[int, list[DateMention]] = {}
    for found in dates:
        by_paragraph.setdefault(found.paragraph, []).append(found)
    detected = {
        p.number: found
        for p in body
        if (
            found := paragraph_mentions(
                p, paragraph_triggers(p), by_paragraph.get(p.number, ())
            )
        )
    }
    sentences = {
        n: sorted({m.sentence for m in found}) for n, found in detected.items()
    }
    ctx = build_context(article, lookup, sentences, on=dct.latest)
    lead = lead_numbers(body)
    candidates: list[Candidate] = []
    refs: list[Candidate] = []
    for number, mentions in detected.items():
        paragraph_dates = by_paragraph.get(number, [])
        mentions = told_in_setting(mentions, paragraph_dates)
        clauses = [m.clause for m in mentions]
        claimed = [scope_of(m, clauses) for m in mentions]
        claimed += plan_clauses(mentions[0].paragraph.text, mentions)
        for mention in mentions:
            mention = told_reference(mention, paragraph_dates)
            if mention.form == "ref":
                refs.append(
                    Candidate(
                        mention,
                        ref_date(mention, paragraph_dates, dct),
                        lead=mention.number in lead,
                    )
                )
                continue
            if mention.mood in (HYPOTHETICAL, NEGATED) or states_no_act(
                mention, paragraph_dates
            ):
                continue
            if part_of_another(mention, mentions, paragraph_dates):
                continue
            setting = _setting(mention, mentions, paragraph_dates, claimed)
            if setting == "setting" and number not in lead:
                continue
            if setting in ("own", "run"):
                mention = replace(mention, distinct=True)
            date = attach_date(
                mention, aside_free_dates(mention, paragraph_dates), dct, dct_date, claimed
            )
            if date is None and mention.mood == REALIS:
                date = same_period_date(mention, by_paragraph)
            if date is None and setting == "run":
                date = DateValue.unknown("a run told with one day's act of it; its days not given")
            if date is None and mention.subtype == "pledge":
                # "the council said it would pay for new cameras": with no time for the
                # pledge's content, the saying is the event, told at publication
                date = attach_date(
                    replace(mention, mood=REALIS), paragraph_dates, dct, dct_date, claimed
                )
            cause = date is None and is_cause(mention, mentions)
            if cause:
                date = DateValue.unknown("what prompted an act told with it; no date")
            pending = date is None and _pending(mention)
            if pending:
                date = replace(
                    DateValue.unknown("planned; no date given yet"), planned=True
                )
            if date is None:
                continue
            candidates.append(
                Candidate(
                    mention,
                    date,
                    lead=mention.number in lead,
                    pending=pending,
                    cause=cause and is_report(mention),
                )
            )
    candidates = orders_by_effect(
        without_operation_officers(told_once(candidates, by_paragraph))
    )
    own_dates = [c.date for c in candidates]
    retold_dates(candidates, body, by_paragraph)
    borrow_dates(candidates)
    for cand, date in zip(candidates, own_dates, strict=True):
        cand.borrowed = cand.date is not date
    for cand in [*candidates, *refs]:
        actors = mention_actors(
            cand.mention, ctx, ctx.lookup, _other_clauses(cand.mention)
        )
        cand.places, cand.boroughs = (
            frozenset(actors.places),
            frozenset(actors.boroughs),
        )
        cand.actors = actors
    groups = without_lone_headlines(
        settle_plans(without_named_settings(group_candidates(candidates, refs)), dct),
        body,
        lead,
    )
    core_types = headline_types(article.title)
    events = _series_agencies(
        [
            _draft(
                article, group, ctx, core_types, lead, operation_setting(group, groups)
            )
            for group in groups
        ]
    )
    return sorted(
        events, key=lambda e: (e.citations[0].paragraph, e.citations[0].start)
    )


def _setting(
    mention: Mention,
    mentions: list[Mention],
    dates: Sequence[DateMention],
    claimed: Sequence[tuple[int, int]],
) -> str:
    """How a context trigger ("during a crackdown", "as part of Operation Harbour") stands.

    "alone": no other act in its sentence, so it tells the operation; "own": the operation has a
    date of its own ("Operation Sceptre, ..., which began on Monday"), a wider occurrence than
    the act told with it; "run": a run of days one of whose days' acts the sentence tells
    ("searched parks on Wednesday as part of a week of action"); "setting": only the setting of the act ("arrested during a crackdown"),
    an event of its own in the lead, where the story's operation is first named; "" otherwise.
    """
    if mention.subtype != "context":
        return ""
    others = [
        m
        for m in mentions
        if m.sentence == mention.sentence
        and m is not mention
        and m.form == "act"
        and m.subtype != "context"
        and m.mood not in (HYPOTHETICAL, NEGATED)
    ]
    if not others:
        return "alone"
    if day_of_a_run(mention, others):
        return "run"  # "searched parks on Wednesday as part of a week of action": the week apart
    if all(m.type == "operation" for m in others) and not wider_than_local(mention):
        # "running joint patrols as part of Operation Bonfire, which began on Saturday": the
        # patrols are the operation's, one occurrence told with its setting ("as part of
        # Operation Sceptre, a national week of action" is wider than the local act)
        return ""
    scope = scope_of(mention, claimed)
    if any(scope[0] <= d.start < scope[1] and usable(d) for d in dates) and scope[
        0
    ] != next((m.clause[0] for m in others if m.clause == mention.clause), None):
        return "own"
    if any(mention.clause[1] <= d.start < scope[1] and usable(d) for d in dates):
        return "own"  # "arrests during Operation Boson, a crackdown which ended last month"
    if own_setting(mention, dates):
        return "own"  # "During the last Sceptre week in November, ...", "during a pilot of the operation"
    return "setting"


def _pending(mention: Mention) -> bool:
    """ "The council will pay for six extra officers": planned, its time told later (or never)."""
    return (
        mention.mood in (FUTURE, INTENTION)
        and mention.form == "act"
        and not mention.needs_date
    )


def _series_agencies(events: list[EventDraft]) -> list[EventDraft]:
    """ "The last street meeting" with nobody named: held by whoever holds the article's meetings."""
    named = [
        e
        for e in sorted(events, key=lambda e: not e.core)
        if e.type == "meeting" and e.agencies
    ]
    if not named:
        return events
    return [
        replace(e, agencies=named[0].agencies)
        if e.type == "meeting" and not e.agencies
        else e
        for e in events
    ]


def _other_clauses(mention: Mention) -> frozenset[tuple[int, int]]:
    """Clauses of the mention's sentence that only state intentions or possibilities."""
    text = mention.paragraph.text
    return frozenset(
        c
        for c in mention.clauses
        if c != mention.clause and is_irrealis(text[c[0] : c[1]])
    )


def _draft(
    article: Article,
    group: Group,
    ctx: ArticleContext,
    core_types: set[str],
    lead: set[int],
    setting: tuple = (),
) -> EventDraft:
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
        [(c.mention, c.actors) for c in group.members],
        [(c.mention, c.actors) for c in group.refs],
        group.type,
        ctx,
        setting,
        group.date,
    )
    cited = {c.paragraph for c in citations}
    core = bool(cited & lead) and (not core_types or group.type in core_types)
    return EventDraft(
        id=event_id(
            article.slug,
            group.type,
            paragraph_hash(mention.paragraph),
            f"{mention.start}:{mention.text}",
        ),
        type=group.type,
        title=make_title(
            mention.paragraph.text,
            mention.clause,
            (mention.start, mention.end),
            noun=mention.form == "noun",
        ),
        date=group.date,
        citations=tuple(citations),
        agencies=named_on_day(actors.agencies, ctx.on),
        boroughs=actors.boroughs,
        places=actors.places,
        people=actors.people,
        core=core,
    )


__all__ = ["Actors", "extract_events", "extract_with"]
