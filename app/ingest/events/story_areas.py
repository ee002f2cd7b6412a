"""An operation told with no area of its own: the story's, unless it says it runs further afield.

"Operation Sunbeam, which began on Friday when schools broke up, will run until September 5" names
no place: in a story whose lead announces patrols in Crawley over the summer holidays, it is those
patrols. "The national campaign began on December 1" says it is wider than the lead's town.
"""

from __future__ import annotations

import re

from app.ingest.events.candidates import Group
from app.ingest.events.mention import Mention

_WIDER = re.compile(
    r"\b(?:national|nationwide|nationally|country-?wide|across the (?:country|uk|county|region)|"
    r"force-?wide|county-?wide|region-?wide|across (?:england|wales|scotland|britain))\b",
    re.IGNORECASE,
)


def unplaced_local(group: Group) -> bool:
    """The group names no area and none of its sentences says it runs beyond the story's."""
    return (
        not group.places
        and not group.boroughs
        and not any(
            _WIDER.search(m.mention.paragraph.text, *m.mention.sentence)
            for m in group.members
        )
    )


def wider_than_local(mention: Mention) -> bool:
    """The mention's sentence says its operation runs beyond the story's area."""
    return _WIDER.search(mention.paragraph.text, *mention.sentence) is not None


__all__ = ["unplaced_local", "wider_than_local"]
