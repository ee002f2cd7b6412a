"""A new step of a told run: a team made bigger, a patrol's hours widened (a relaunch: relaunches.py).

"A new team of 12 inspectors began patrolling on Friday ... The council says the team will be doubled
to 24 by the end of the year": "the team" points back at the launch, but the doubling is an occurrence
of its own, with its own time. A definite mention that tells such a step joins only a group that told
the same step.
"""

from __future__ import annotations

from app.ingest.events.candidates import Candidate, Group

# the subtypes of triggers that tell a step after a run's start (triggers.toml, triggers_work.toml,
# triggers_steps_told.toml)
_STEPS = frozenset({"expansion", "hours"})


def new_step(cand: Candidate, group: Group) -> bool:
    """The candidate tells a later step of the run the group tells, not the group's occurrence."""
    step = cand.mention.subtype
    return step in _STEPS and all(m.mention.subtype != step for m in group.members)


__all__ = ["new_step"]
