"""The mention checks of session 5's precision work, in one place for the build stage.

A mention may only point back at an occurrence told elsewhere (an appeal for information, what a
meeting heard "where" it sat, an undated "since" clause, what an operation "started as"): it becomes
a reference. Or it may state no
act at all (figures named as a sentence's source, "after a series of fights" with no time of its
own, "meeting after meeting"), or only a part of another act of its sentence: it gives no candidate.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.agenda_items import agenda_item
from app.ingest.events.appeals import appeal_reference
from app.ingest.events.began_as import began_as
from app.ingest.events.cause_series import undated_cause_series
from app.ingest.events.funding_refs import money_reference
from app.ingest.events.generic_subjects import generic_subject
from app.ingest.events.idioms import idiom
from app.ingest.events.if_needed import if_needed
from app.ingest.events.meeting_where import where_reference
from app.ingest.events.mention import Mention
from app.ingest.events.no_act_asides import no_act_aside
from app.ingest.events.operation_parts import operation_part
from app.ingest.events.repeats import repeated
from app.ingest.events.requests import asked_for
from app.ingest.events.sentencing_parts import part_of_sentencing
from app.ingest.events.since_refs import since_reference
from app.ingest.events.sources import source_only
from app.ingest.events.standing_powers import standing_powers
from app.ingest.events.targets import work_target
from app.ingest.records import DateMention


def told_reference(mention: Mention, dates: Sequence[DateMention]) -> Mention:
    """The mention, as a reference when it only points back at an occurrence told elsewhere."""
    return since_reference(
        where_reference(appeal_reference(began_as(money_reference(mention)))), dates
    )


def states_no_act(mention: Mention, dates: Sequence[DateMention]) -> bool:
    """The mention names a source, a reason with no time, a run summed up, what was asked for,
    what will be done if need be, what some work is aimed at, what an order lets officers do, an
    idiom ("sound systems fire up") or whoever a rule will apply to: no occurrence."""
    return (
        source_only(mention, dates)
        or undated_cause_series(mention, dates)
        or repeated(mention)
        or asked_for(mention, dates)
        or if_needed(mention)
        or work_target(mention)
        or standing_powers(mention, dates)
        or idiom(mention)
        or generic_subject(mention, dates)
        or no_act_aside(mention)
    )


def part_of_another(
    mention: Mention, mentions: list[Mention], dates: Sequence[DateMention]
) -> bool:
    """The mention only tells a part of another act of its sentence: the order a sitting will
    weigh, the school visits of a week of action's "with officers ..." clause."""
    return (
        agenda_item(mention, mentions)
        or operation_part(mention, mentions, dates)
        or part_of_sentencing(mention, mentions, dates)
    )


__all__ = ["part_of_another", "states_no_act", "told_reference"]
