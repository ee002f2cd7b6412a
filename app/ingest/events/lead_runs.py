"""The lead's operation told by a coarse date, then told in full with its run of days.

"Officers arrested 14 people during a week-long crackdown on knife crime last week" (the lead),
then "The teams joined the national Operation Sceptre week of action, which ran from Monday,
November 15 to Sunday, November 21": the run falls within the lead's "last week" and is the same
operation, now with its days. A single day within it ("On Tuesday officers swept the park") is one
act of the week, not the week told again.
"""

from __future__ import annotations

from app.ingest.events.candidates import Candidate, Group
from app.ingest.events.intervals import RANGE_PREFIX
from app.ingest.events.tellings import another


def _run(cand: Candidate) -> bool:
    date = cand.date
    return (
        cand.dated
        and date.earliest < date.latest
        and (date.precision == "week" or date.explanation.startswith(RANGE_PREFIX))
    )


def lead_run_told(cand: Candidate, group: Group) -> bool:
    """An operation's run of days within the dates of the lead's operation told before it."""
    return (
        cand.mention.type == "operation"
        and not cand.lead
        and not cand.mention.distinct
        and not cand.borrowed  # (the run must be its own words, not the week it falls in)
        and not another(cand)
        and _run(cand)
        and any(
            m.lead
            and m.dated
            and m.position < cand.position
            and m.date.earliest <= cand.date.earliest
            and cand.date.latest <= m.date.latest
            for m in group.members
        )
    )


__all__ = ["lead_run_told"]
