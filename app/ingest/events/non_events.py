"""The mention checks of session 5's precision work, in one place for the build stage.

A mention may only point back at an occurrence told elsewhere (an appeal for information, what a
meeting heard "where" it sat, an undated "since" clause): it becomes a reference. Or it may state no
act at all (figures named as a sentence's source, "after a series of fights" with no time of its
own, "meeting after meeting"): it gives no candidate.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.appeals import appeal_reference
from app.ingest.events.cause_series import undated_cause_series
from app.ingest.events.meeting_where import where_reference
from app.ingest.events.mention import Mention
from app.ingest.events.repeats import repeated
from app.ingest.events.since_refs import since_reference
from app.ingest.events.sources import source_only
from app.ingest.records import DateMention


def told_reference(mention: Mention, dates: Sequence[DateMention]) -> Mention:
    """The mention, as a reference when it only points back at an occurrence told elsewhere."""
    return since_reference(where_reference(appeal_reference(mention)), dates)


def states_no_act(mention: Mention, dates: Sequence[DateMention]) -> bool:
    """The mention names a source, a reason with no time, or a run summed up: no occurrence."""
    return (
        source_only(mention, dates)
        or undated_cause_series(mention, dates)
        or repeated(mention)
    )


__all__ = ["states_no_act", "told_reference"]
