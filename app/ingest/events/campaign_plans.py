"""Planned acts of the story's campaign: kept on the timeline and dated by the campaign's window.

A future act with no time of its own is an intention, and most are no event ("the council will
look at the figures"). But in a story about a week of action or a summer operation, the acts the
article announces for it are the campaign's programme, and readers list them: "Officers will also
visit schools during the week" happens within the week of action, "The help point will also open
until 4am" over what is left of the summer operation. A planned operation with no time is still
listed (its date unknown), and a future telling of the story's own operation in the lead is that
operation, not a second one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import timedelta

from app.ingest.events.also_plans import SUBTYPE as ALSO_PLAN
from app.ingest.events.candidates import Candidate, Group
from app.ingest.events.mood import FUTURE
from app.ingest.events.plans import is_called_sitting
from app.ingest.events.story_areas import unplaced_local
from app.ingest.records import DateValue, PublicationDate

# "during the week", "throughout the weekend", "for the duration of the operation": the story's
# own window named again
_WINDOW = re.compile(
    r"\b(?:during|throughout|over|for the (?:rest|duration) of)\s+the\s+"
    r"(?:week|weekend|fortnight|operation|campaign|crackdown|week of action|initiative|blitz)\b",
    re.IGNORECASE,
)
_ALSO = re.compile(r"\balso\b", re.IGNORECASE)
# "which began last Friday": an operation begun this recently is still the story's
_BEGUN = timedelta(days=14)


def settle_plans(groups: Sequence[Group], dct: PublicationDate) -> list[Group]:
    """The groups that go on the timeline: plans of the story's campaign kept (and dated by its
    window when they say they fall within it), other intentions with no time dropped."""
    window = story_window(groups, dct)
    run = window.date if window is not None else None
    dropped = None
    if (joined := _lead_window_told(groups, window, dct)) is not None:
        # the lead's window told the story's operation ahead (its run, when the operation's own
        # telling gives only the day it began)
        dropped, window = window, joined
        if joined.date.earliest != joined.date.latest:
            run = joined.date
    kept: list[Group] = []
    for group in groups:
        if group is dropped:
            continue
        if not all(m.pending for m in group.members):
            if window is not None and _within_window(group):
                _date_within(group, run, dct)
            kept.append(group)
            continue
        if is_called_sitting(group):
            kept.append(group)  # a sitting already called is on the calendar
            continue
        if not _planned_operation(group):
            continue  # an intention that never got a time
        if all(m.lead for m in group.members) and not _another_part(group):
            story = window or _story_operation(groups, group, dct)
            if story is not None:
                story.members.extend(group.members)  # the lead telling the story ahead
                continue
        if window is not None and _within_window(group):
            _date_within(group, run, dct)
        kept.append(group)
    return kept


def story_window(groups: Sequence[Group], dct: PublicationDate) -> Group | None:
    """The story's operation still running or ahead at publication, with its dates told: the
    lead's first, else the first told."""
    running = [
        g
        for g in groups
        if g.type == "operation"
        and not any(m.pending or m.mention.distinct for m in g.members)
        and g.date.earliest is not None
        and g.date.latest is not None
        and g.date.anchor not in ("dct", "none")
        and _not_over(g, dct)
    ]
    if not running:
        return None
    return min(
        running,
        key=lambda g: (
            not any(m.lead for m in g.members),
            min(c.position for c in g.members),
        ),
    )


def _lead_window_told(
    groups: Sequence[Group], window: Group | None, dct: PublicationDate
) -> Group | None:
    """ "Police will be out every weekend in the run-up to Christmas" in the lead, then "Operation
    Holly, which began last Friday": the lead's planned window is the story's operation told
    ahead, which begins within it. Returns the story's operation with the lead joined to it."""
    if (
        window is None
        # (the lead's window may be told twice, once as the headline's present "step up patrols")
        or not (all(m.lead for m in window.members) and window.date.planned)
        or _another_part(window)
    ):
        return None
    story = _story_operation(groups, window, dct)
    if (
        story is None
        or not any(m.dated for m in story.members)
        # the same area: a national campaign is not the local patrols the lead announces
        or not (
            window.boroughs & story.boroughs
            or window.places & story.places
            or (unplaced_local(story) and not story.date.planned)
        )
    ):
        return None
    begins = story.date.earliest
    if begins is None or not window.date.earliest <= begins <= window.date.latest:
        return None
    for cand in window.members:
        cand.date = story.date  # the run the operation's own telling gives
    story.members.extend(window.members)
    return story


def _not_over(group: Group, dct: PublicationDate) -> bool:
    if dct.earliest is None:
        # with no publication date, only a run told as ahead is still to come
        return group.date.planned
    return group.date.latest >= dct.earliest


def _planned_operation(group: Group) -> bool:
    """ "Extra patrols will be out throughout the weekend": campaign work told as ahead (a wish
    or a plan of some other kind, with no time, is no event)."""
    return group.type == "operation" and any(
        m.mention.mood == FUTURE and m.mention.form == "act" for m in group.members
    )


def _within_window(group: Group) -> bool:
    """An undated planned operation told as one more part of the campaign ("will also") or as
    falling within its window ("during the week")."""
    return (
        group.type == "operation"
        and group.date.earliest is None
        and not _distinct(group)
        and all(m.mention.mood == FUTURE for m in group.members)
        and any(_tells_within(m) for m in group.members)
    )


def _tells_within(cand: Candidate) -> bool:
    mention = cand.mention
    if mention.subtype == ALSO_PLAN:
        return True
    sentence = mention.paragraph.text[mention.sentence[0] : mention.sentence[1]]
    return bool(_WINDOW.search(sentence) or _ALSO.search(sentence))


def _another_part(group: Group) -> bool:
    """Another run, or one more part of the story told with "also": not the story's operation."""
    return _distinct(group) or any(
        m.mention.subtype == ALSO_PLAN
        or _ALSO.search(m.mention.paragraph.text, *m.mention.sentence)
        for m in group.members
    )


def _distinct(group: Group) -> bool:
    """ "A further operation is planned": another run, not the story's."""
    return any(m.mention.distinct for m in group.members)


def _story_operation(
    groups: Sequence[Group], plan: Group, dct: PublicationDate
) -> Group | None:
    """The first operation told that is not another run and not long over at publication
    ("Operation Holly, which began last Friday"; not "last year's campaign")."""
    return next(
        (
            g
            for g in sorted(groups, key=lambda g: min(c.position for c in g.members))
            if g is not plan
            and g.type == "operation"
            and not all(m.pending for m in g.members)
            and not _distinct(g)
            and _recent(g, dct)
        ),
        None,
    )


def _recent(group: Group, dct: PublicationDate) -> bool:
    if group.date.latest is None or dct.earliest is None:
        return True
    return group.date.latest >= dct.earliest - _BEGUN


def _date_within(group: Group, window: DateValue, dct: PublicationDate) -> None:
    """Date the plan by what is left of the window at publication."""
    start = window.earliest
    if dct.earliest is not None and start < dct.earliest <= window.latest:
        start = dct.earliest
    edtf = (
        start.isoformat()
        if start == window.latest
        else f"{start.isoformat()}/{window.latest.isoformat()}"
    )
    value = DateValue(
        edtf=edtf,
        earliest=start,
        latest=window.latest,
        precision=window.precision,
        anchor=window.anchor,
        explanation=f"planned within the operation's run: {window.explanation}",
        planned=True,
    )
    for cand in group.members:
        cand.date = value
