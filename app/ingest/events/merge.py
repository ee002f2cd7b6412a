"""One real-world occurrence told in several paragraphs of one article becomes one event."""

from __future__ import annotations

from app.ingest.events.candidates import LEAD_PARAGRAPHS, Candidate, Group
from app.ingest.events.court_leads import lead_sentencing
from app.ingest.events.court_steps import one_case_step
from app.ingest.events.date_overlap import overlap, within
from app.ingest.events.hearings import sitting_told
from app.ingest.events.merge_score import merge_score
from app.ingest.events.next_sittings import next_of_held
from app.ingest.events.order_renewals import lapse_and_renewal
from app.ingest.events.plans_apart import (
    ahead_and_done,
    later_plan,
    own_subject_plans,
)
from app.ingest.events.relaunches import relaunch_apart
from app.ingest.events.steps_apart import new_step
from app.ingest.events.tallies import one_of_tally
from app.ingest.events.tally_shares import share_of_tally
from app.ingest.events.tellings import (
    dated_by_relative,
    lapse_apart,
    other_items,
    remand_of,
    run_of,
    same_interval,
    subtype_key,
    told_with_step,
)
from app.ingest.events.unresolved_dates import apart_by_words
from app.ingest.events.warrants import (
    arrests_after,
    arrests_at,
    finds_of,
    raids_summary,
)


def group_candidates(candidates: list[Candidate], refs: list[Candidate]) -> list[Group]:
    """Groups of candidates that tell the same occurrence, with references attached."""
    groups: list[Group] = []
    for cand in sorted(candidates, key=lambda c: c.position):
        if (sitting := sitting_told(cand, groups)) is not None:
            sitting.refs.append(cand)  # "the committee heard that ...": cites the sitting told
            continue
        target = _target(cand, groups)
        if target is None:
            groups.append(Group([cand]))
        else:
            target.members.append(cand)
    for ref in sorted(refs, key=lambda c: c.position):
        target = _referent(ref, groups)
        if target is None:
            if ref.dated and not ref.date.planned and dated_by_relative(ref.mention):
                # "worked together on the operation, which ran from Monday 6 to Friday 10
                # February": the one telling with a date of an occurrence no act told
                groups.append(Group([ref]))
            continue
        if ref.dated and not any(m.dated for m in target.members):
            target.members.append(
                ref
            )  # "The order was granted on Tuesday": the told event, now dated
        else:
            target.refs.append(ref)
    return groups


def _target(cand: Candidate, groups: list[Group]) -> Group | None:
    same_type = [
        g for g in groups if g.type == cand.mention.type and _same_mood(cand, g)
    ]
    if cand.mention.closing and (run := run_of(cand, same_type)) is not None:
        if not (cand.mention.type == "order" and cand.dated and lapse_apart(cand, run)):
            return run
    if not told_with_step(cand, same_type) and (
        remand := next((g for g in same_type if remand_of(cand, g)), None)
    ):
        return remand
    if cand.mention.distinct and not other_items(cand):
        return None
    for group in same_type:
        if any(
            m.mention.number == cand.mention.number
            and m.mention.sentence == cand.mention.sentence
            and (subtype_key(m) == subtype_key(cand) or one_case_step(m, cand))
            and not (m.dated and cand.dated and not overlap(m.date, cand.date))
            and not _told_apart(m, cand)
            and not apart_by_words(m, cand)
            and not relaunch_apart(m, cand)
            # "It follows complaints from residents, and an assault last Saturday": two
            and m.cause == cand.cause
            and not ahead_and_done(m, cand)
            and not own_subject_plans(m, cand)
            for m in group.members
        ) and not (cand.mention.distinct and _conflict(cand, group)):
            return group  # one sentence tells one occurrence of a type
    if cand.mention.distinct:
        return None
    if cand.mention.anaphoric:
        told = [
            g
            for g in same_type
            if min(c.position for c in g.members) < cand.position
            and not _conflict(cand, g)
            and not new_step(cand, g)
        ]
        if told:
            return max(
                told,
                key=lambda g: max(
                    c.position for c in g.members if c.position < cand.position
                ),
            )
    best, best_score = None, 0
    for group in same_type:
        if (
            any(m.mention.distinct for m in group.members)
            or _conflict(cand, group)
            or one_of_tally(cand, group)
        ):
            continue
        if any(
            subtype_key(m) != subtype_key(cand) for m in group.members
        ) and not (
            _same_voice(cand, group)
            or raids_summary(cand, group)
            or finds_of(cand, group)
            or arrests_at(cand, group)
            or arrests_after(cand, group)
            or share_of_tally(cand, group)
            or lead_sentencing(cand, group)
        ):
            continue  # an arrest and a later charge are two events
        score = merge_score(cand, group)
        if score > best_score:
            best, best_score = group, score
    return best


def _told_apart(a: Candidate, b: Candidate) -> bool:
    """ "Last summer police were called to fights, and in August a boy was stabbed": two clauses,
    each with its own date, tell two occurrences."""
    if a.mention.clause == b.mention.clause or not (a.dated and b.dated):
        return False
    if (
        a.mention.type == "incident"
    ):  # a fight, then a stabbing: each incident is its own
        return not same_interval(a.date, b.date)
    # "directed to leave during the weekend, and two boys were arrested on Saturday night": one
    # weekend's enforcement, told in two clauses
    return not (within(a.date, b.date) or within(b.date, a.date))


def _same_mood(cand: Candidate, group: Group) -> bool:
    """A plan with no time yet joins only plans, and only a planned telling dates it."""
    if cand.pending:
        return all(m.pending or m.date.planned for m in group.members)
    if all(m.pending for m in group.members):
        return cand.date.planned
    return True


def _same_voice(cand: Candidate, group: Group) -> bool:
    """ "The council has hit back at claims" and "In a statement, the council said": one statement."""
    if cand.mention.type != "announcement":
        return False
    mine = {a.name for a in getattr(cand.actors, "agencies", ())}
    theirs = {a.name for m in group.members for a in getattr(m.actors, "agencies", ())}
    return bool(mine & theirs)


def _conflict(cand: Candidate, group: Group) -> bool:
    """Both name places and none is shared: two occurrences in two places."""
    places, boroughs = group.places, group.boroughs
    # (the lead's "has been jailed" names where the crimes were; the sentencing, the court)
    court = lead_sentencing(cand, group)
    if not court and cand.boroughs and boroughs and not (cand.boroughs & boroughs):
        return True  # two occurrences in two areas
    if (
        not court
        and cand.places
        and places
        and not (cand.places & places)
        and not (cand.boroughs & boroughs)
        and not (cand.lead and any(m.lead for m in group.members))
    ):
        return True  # (the lead names the area one way and then another: one story)
    if cand.dated and any(
        m.dated and not overlap(cand.date, m.date) for m in group.members
    ):
        return True
    if any(apart_by_words(cand, m) or relaunch_apart(cand, m) for m in group.members):
        return True  # "March 18" and "February 7" with no year known: two days all the same
    if later_plan(cand, group) or any(
        own_subject_plans(m, cand) for m in group.members
    ):
        return True
    if lapse_and_renewal(cand, group) or next_of_held(cand, group):
        return True  # the old order's lapse, the renewed order's start; the next sitting
    if cand.mention.type in ("enforcement", "order"):
        # "11 people were arrested" and "Council wardens also issued 23 fines": two hands, two acts;
        # a force's dispersal order and a policy agreed with the council's licensing team: two rules
        mine = _named(cand)
        theirs = set().union(*(_named(m) for m in group.members))
        if mine and theirs and not mine & theirs:
            return True
    return False


def _named(cand: Candidate) -> set[str]:
    return {a.name for a in getattr(cand.actors, "agencies", ())}


def _referent(ref: Candidate, groups: list[Group]) -> Group | None:
    """The nearest event of the reference's type told before it (else just after it)."""
    same_type = [g for g in groups if g.type == ref.mention.type]
    before = [g for g in same_type if min(c.position for c in g.members) < ref.position]
    if before:
        return max(
            before,
            key=lambda g: max(
                (c.position for c in g.members if c.position < ref.position),
                default=(0, 0),
            ),
        )
    after = [
        g
        for g in same_type
        if min(c.position for c in g.members)[0] <= ref.mention.number + 1
    ]
    return (
        min(after, key=lambda g: min(c.position for c in g.members)) if after else None
    )


__all__ = [
    "LEAD_PARAGRAPHS",
    "Candidate",
    "Group",
    "group_candidates",
    "overlap",
    "within",
]
