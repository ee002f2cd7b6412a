"""The operation an unattributed enforcement happened in: its named agencies act in it too."""

from __future__ import annotations

from app.ingest.events.candidates import Group
from app.ingest.events.merge import overlap
from app.ingest.events.offences import POLICE_WORK

# an enforcement told this many paragraphs after an operation may have happened during it
SETTING_PARAGRAPHS = 2


def operation_setting(group: Group, groups: list[Group]) -> tuple:
    """The named agencies of the operation an unattributed enforcement happened in.

    "One man was arrested" two paragraphs after "BTP and Met officers set up a knife arch":
    the arrests are theirs, when the dates agree.
    """
    if group.type != "enforcement" or any(
        getattr(c.actors, "agencies", ()) for c in [*group.members, *group.refs]
    ):
        return ()
    first = min(c.position for c in group.members)
    date = group.primary.date
    for other in sorted(groups, key=lambda g: g.last_position, reverse=True):
        if other.type != "operation":
            continue
        told = [c for c in other.members if c.position < first]
        if not told or first[0] - max(c.position for c in told)[0] > SETTING_PARAGRAPHS:
            continue
        if not overlap(other.primary.date, date):
            continue
        # arrests are the police's, whoever else joined the operation; vans seized on a joint
        # day of action are everyone's
        police_only = any(
            POLICE_WORK.search(c.mention.paragraph.text, *c.mention.sentence)
            for c in group.members
        )
        named = [
            a
            for c in other.members
            for a in getattr(c.actors, "agencies", ())
            if a.kind == "police" or not police_only
        ]
        if named:
            return tuple(dict.fromkeys(named))
    return ()
