"""How closely a telling fits an event already told: the score group_candidates merges by."""

from __future__ import annotations

from app.ingest.events.candidates import Candidate, Group
from app.ingest.events.date_overlap import same_day, within
from app.ingest.events.lead_runs import lead_run_told
from app.ingest.events.sentencing_days import same_sentencing
from app.ingest.events.tally_shares import share_of_tally
from app.ingest.events.tellings import (
    another,
    recent,
    results_of,
    same_interval,
    vote_at,
)
from app.ingest.events.warrants import arrests_after, arrests_at

# kinds of event an article rarely tells two of on one day
_ONE_A_DAY = frozenset({"operation", "meeting", "order", "consultation", "team_launch"})


# kinds of event an article tells one of in a place: a later telling within the lead's dates is it
_ONE_RULE = frozenset({"order", "consultation"})


def _told_in_full(cand: Candidate, shared: int) -> bool:
    """ "Police have put a dispersal order in place" in the lead, then "The Section 35 order ... runs
    from 4pm on Friday until 6am on Monday": the same order in the same place, now with its days
    (not "the third closure order this year", a count over a longer time)."""
    return (
        bool(shared)
        and cand.mention.type in _ONE_RULE
        and cand.date.precision in ("day", "week")
        and not another(cand)
    )


def merge_score(cand: Candidate, group: Group) -> int:
    shared = len(cand.places & group.places) + len(cand.boroughs & group.boroughs)
    if all(m.cause for m in group.members):
        return 0  # "after residents complained": its own occurrence, told once
    if results_of(cand, group):
        return 2 + shared  # closer than the lead's summary of the story
    if (
        share_of_tally(cand, group)
        or arrests_at(cand, group)
        or arrests_after(cand, group)
    ):
        # "Nine were charged": what befell the people the tally (or the raid) counted
        return 2 + shared
    if same_sentencing(cand, group):
        return 2 + shared  # the hearing's sentences, told person by person
    if lead_run_told(cand, group):
        return 1 + shared  # the lead's "last week", now with the run's days
    if vote_at(cand, group):
        return 1 + shared
    group_dated = any(m.dated for m in group.members)
    if (
        not cand.dated
        and all(m.lead for m in group.members)
        and not (not cand.lead and another(cand))
    ):
        return 1 + shared  # a later undated telling of the story the lead summarised
    if (
        cand.dated
        and not group_dated
        and any(m.lead for m in group.members)
        and all(recent(cand.date, m.date) for m in group.members)
    ):
        return 1 + shared  # the lead's summary, now told in full with its date
    if cand.lead and not cand.dated and all(m.lead for m in group.members):
        return 1 + shared
    if (
        cand.dated
        and not cand.borrowed  # (a day borrowed from the story is no second telling of it)
        and group_dated
        and (shared or cand.mention.type in _ONE_A_DAY)
        and any(
            same_day(cand.date, m.date)
            if not shared
            else same_interval(cand.date, m.date)
            for m in group.members
        )
    ):
        return 1 + shared  # the same day's operation (or meeting, order) told again
    if (
        cand.dated
        and group_dated
        and any(m.lead and same_interval(cand.date, m.date) for m in group.members)
        and not (cand.borrowed and another(cand))
    ):
        return (
            1 + shared
        )  # the lead's "last summer" told in full later, with the same date
    if (
        cand.dated
        and (cand.lead or _told_in_full(cand, shared))
        and any(
            m.lead
            and m.dated
            and (within(cand.date, m.date) or within(m.date, cand.date))
            # a planned window and an operation already begun within it join only when they
            # share an area (campaign_plans.py): "the national campaign began on December 1"
            # is not the local patrols the lead announces for the run-up to Christmas
            and not (m.date.planned and not cand.date.planned)
            for m in group.members
        )
    ):
        # "started work this week" and "first patrols on Monday": the lead told twice; an order or
        # consultation the lead announced is told in full further down with its exact days
        return 1 + shared
    return 0
