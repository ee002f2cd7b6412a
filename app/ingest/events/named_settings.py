"""A lead that names the story's operation only as the setting of its acts, told in full later.

"Officers executed warrants at seven addresses on Wednesday as part of Operation Marlin, the
force's ongoing crackdown on drug supply", then "Operation Marlin was launched in January": the
lead's setting is no occurrence on Wednesday; the operation is the one launched in January, told
with its own date further down. A lead setting whose operation is told nowhere else stays, as the
story's operation first named.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.ingest.events.candidates import Candidate, Group

_NAMED = re.compile(r"\bOperation\s+([A-Z][\w-]+)")


def _names(cand: Candidate) -> set[str]:
    m = cand.mention
    return set(_NAMED.findall(m.paragraph.text, *m.sentence))


def _setting_only(group: Group) -> bool:
    """Only settings with no run of their own ("as part of Operation Sceptre, which began on
    Monday" tells this week's run) and the operation's name in passing."""
    return group.type == "operation" and all(
        (m.mention.subtype == "context" and not m.dated) or m.mention.form == "noun"
        for m in group.members
    )


def _told_in_full(group: Group) -> set[str]:
    """The operation names a group's own tellings give, with a date of their own."""
    return set().union(
        *(
            _names(m)
            for m in group.members
            if m.mention.subtype != "context"
            and m.mention.form == "act"
            and m.dated
            and not m.borrowed
        )
    )


def without_named_settings(groups: Sequence[Group]) -> list[Group]:
    """The groups, less the lead settings of an operation told in full in another group."""
    told = {id(g): _told_in_full(g) for g in groups if g.type == "operation"}
    kept = []
    for group in groups:
        if _setting_only(group) and any(m.lead for m in group.members):
            names = set().union(*(_names(m) for m in group.members))
            if any(
                names & told[id(other)]
                for other in groups
                if other is not group and other.type == "operation"
            ):
                continue
        kept.append(group)
    return kept


__all__ = ["without_named_settings"]
