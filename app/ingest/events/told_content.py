"""The date of a telling and the dates of what is told: "The prevention team told the committee on
Monday (July 31) that it had recorded 312 reports between April and June". Monday is the day of the
telling; an act inside the that-clause which carries a date of its own is dated by that, never by
the telling's day before "that", however near it stands."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.ingest.events.detect import REALIS, Mention
from app.ingest.records import DateMention

_TOLD_THAT = re.compile(
    r"(?i)\b(?:told|tells|tell|said|says|heard|hears|reported|reports|revealed|announced|confirmed|warned"
    r"|explained|added|claimed|stated|show|shows|showed|found)\b[^.;:]*?\bthat\b"
)


# "Figures released on Tuesday show 118 people were arrested during the campaign": what the
# figures show is dated by the campaign told before, never by the day of the release
_FIGURES_SHOW = re.compile(
    r"(?i)\b(?:show|shows|showed|shown|reveal|reveals|revealed)\s+(?:that\s+)?(?=[\w£])"
)
_DURING_TOLD = re.compile(
    r"(?i)\b(?:during|over|throughout|in\s+the\s+course\s+of)\s+the\s+(?:same\s+)?"
    r"(?:campaign|operation|crackdown|blitz|week\s+of\s+action|days?\s+of\s+action|initiative)\b"
)


# "apologised and said the team would start patrolling from next month": what was said is ahead
# and has its own time; the act before the saying does not take it
_SAID_AHEAD = re.compile(
    r"(?i)\b(?:said|says|told\s+\w+|warned|promised|added)\s+(?:that\s+)?(?=[^.;:]*?\b(?:would|will)\b)"
)


def content_dates(mention: Mention, dates: Sequence[DateMention]) -> list[DateMention]:
    """The dates the trigger may take: without the telling's, when its that-clause has its own
    (or, for what figures show, when it names the campaign it happened during); and for an act
    told before a saying, without what was said to be ahead."""
    text = mention.paragraph.text
    left, right = mention.sentence
    if (
        mention.mood == REALIS
        and ("will" in text or "would" in text)
        and (said := _SAID_AHEAD.search(text, mention.end, right))
    ):
        dates = [d for d in dates if not (said.end() <= d.start < right)]
    shown = _shown_during(mention)
    if "that" not in text[left : mention.start] and shown is None:
        return list(dates)
    told = None
    for found in _TOLD_THAT.finditer(text, left, mention.start):
        told = found
    told_end = told.end() if told is not None else None
    if shown is not None and (told_end is None or shown > told_end):
        told_end = shown
    if told_end is None:
        return list(dates)
    own = [d for d in dates if told_end <= d.start and d.end <= right]
    if not own and shown is None:
        return list(dates)
    return [d for d in dates if not (left <= d.start < told_end)]


def _shown_during(mention: Mention) -> int | None:
    """Where what the figures show begins, when it happened during a campaign told before."""
    text = mention.paragraph.text
    if "show" not in text and "reveal" not in text:
        return None
    left, right = mention.sentence
    shows = None
    for found in _FIGURES_SHOW.finditer(text, left, mention.start):
        shows = found
    if shows is None or not _DURING_TOLD.search(text, shows.end(), right):
        return None
    return shows.end()


# ", who took over responsibility for policing when he was elected last year,": an aside about the
# subject, with a time of its own; so is a participle aside (", launched last spring with a
# sergeant and ten constables,")
_ASIDE = re.compile(
    r",\s*(?:who|which|whose|(?:first\s+)?(?:launched|set\s+up|formed|created|founded|established|"
    r"introduced|opened|elected|appointed))\b[^,;.]*,"
)


def outside_asides(mention: Mention, dates: Sequence[DateMention]) -> list[DateMention]:
    """The dates the trigger may take: none from a relative clause set off by commas before it
    ("Andy Burnham, who was elected last year, said in a letter that ..."), nor from a participle
    aside about another noun after it ("apologised and said the town centre team, launched last
    spring, would start ...")."""
    text = mention.paragraph.text
    left, right = mention.sentence
    if ", " not in text[left:right]:
        return list(dates)
    asides = [
        m.span()
        for m in _ASIDE.finditer(text, left, right)
        if m.end() <= mention.start or _about_another(mention, m)
    ]
    if not asides:
        return list(dates)
    return [d for d in dates if not any(a <= d.start and d.end <= b for a, b in asides)]


_PARTICIPLE = re.compile(r",\s*(?!who|which|whose)")


def _about_another(mention: Mention, aside: re.Match[str]) -> bool:
    """A participle aside after the trigger, set after a noun three words or more on."""
    if aside.start() < mention.end or not _PARTICIPLE.match(aside.group()):
        return False
    return len(mention.paragraph.text[mention.end : aside.start()].split()) >= 3
