"""A headline whose event no telling in the story joined: the story's lead told in other words.

"Council to spend £1.4m on new CCTV cameras" over "The council will spend £1.4 million on 60 new
cameras after the plans were approved at a cabinet meeting on Monday": the headline names the
lead's occurrence by another of its sides (the spending, not the sitting), so its trigger finds no
group of its own type to join. It is cited by the lead's first event instead of standing as an
occurrence of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.ingest.events.candidates import Group
from app.ingest.records import Paragraph

# a headline line: no full stop, question or exclamation mark at its end, a dozen or so words
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s*$")
_MAX_WORDS = 20
# the paragraphs after it where the story's first occurrence is told
_OPENING = 3


def headline_number(body: Sequence[Paragraph], lead: set[int]) -> int | None:
    """The number of the first body paragraph when it is a headline line (and in the lead)."""
    if not body or body[0].number not in lead:
        return None
    text = body[0].text.strip()
    if _SENTENCE_END.search(text) or len(text.split()) > _MAX_WORDS:
        return None
    return body[0].number


def _only_in(group: Group, number: int) -> bool:
    return all(c.mention.number == number for c in [*group.members, *group.refs])


def without_lone_headlines(
    groups: list[Group], body: Sequence[Paragraph], lead: set[int]
) -> list[Group]:
    """The groups, a headline's lone group folded into the lead's first event as a citation."""
    headline = headline_number(body, lead)
    if headline is None:
        return groups
    lone = [g for g in groups if _only_in(g, headline)]
    if not lone:
        return groups
    # the story's opening paragraphs after the headline (a byline among them tells nothing)
    opening = {p.number for p in body if p.number != headline}
    opening = set(sorted(opening)[:_OPENING])
    told = [
        g
        for g in groups
        if not _only_in(g, headline)
        and any(c.mention.number in opening for c in g.members)
    ]
    if not told:
        return groups  # the lead tells nothing: the headline's event is the story's own
    target = min(told, key=lambda g: min(c.position for c in g.members))
    for group in lone:
        target.refs.extend(group.members)
        target.refs.extend(group.refs)
    return [g for g in groups if not any(g is lone_group for lone_group in lone)]


__all__ = ["headline_number", "without_lone_headlines"]
