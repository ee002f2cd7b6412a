"""The cited paragraphs of a view, gathered once for the CSL-JSON and BibTeX exports.

A reference is one paragraph of one article version; several events citing it share it, and its
note lists them. The article's publication date is given at the precision known: a day, a month,
a year, or for an interval across years both years, marked circa.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from app.db.export_queries import CitedPassage, ExportEvent
from app.exports.context import SITE_NAME, ExportContext
from app.web.cite import original_link

_KEY_UNSAFE = re.compile(r"[^A-Za-z0-9_.:-]+")


@dataclass(frozen=True)
class PublishedParts:
    """An article's publication date as date-parts: one part list, or two for an interval."""

    parts: tuple[
        tuple[int, ...], ...
    ]  # ((2018, 5, 22),), ((2018, 5),) or ((2017,), (2018,))
    circa: bool = False


@dataclass(frozen=True)
class CitingEvent:
    url: str
    title: str


@dataclass(frozen=True)
class CitedReference:
    key: str  # "slug-p3", or "slug-v2-p3" for an older version
    passage: CitedPassage
    permalink: str  # our page of that version, at the paragraph
    url: str  # the original article at the quoted words, or our permalink when it has no URL
    events: list[CitingEvent] = field(default_factory=list)

    @property
    def title(self) -> str:
        return self.passage.title or self.passage.slug

    def note(self) -> str:
        """'para. 3. Cited for: <event> (<url>); ... Archived at <permalink>.'"""
        cited = "; ".join(f"{e.title} ({e.url})" for e in self.events)
        text = f"para. {self.passage.number}."
        if cited:
            text += f" Cited for: {cited}."
        return text + f" Archived by {SITE_NAME} at {self.permalink}"


def published_parts(passage: CitedPassage) -> PublishedParts | None:
    """Date-parts of the article's publication date down to the part both ends of its interval share.

    2018-05-22 is a day; 2018-05-22/2018-05-25 is May 2018 (the day is not known); an interval
    across years is a range of years, marked circa. None when the date is unknown.
    """
    p = passage.published
    if p.earliest is None or p.latest is None:
        return None
    first = (p.earliest.year, p.earliest.month, p.earliest.day)
    last = (p.latest.year, p.latest.month, p.latest.day)
    shared = 0
    while shared < 3 and first[shared] == last[shared]:
        shared += 1
    if shared == 0:
        return PublishedParts(((first[0],), (last[0],)), circa=True)
    return PublishedParts((first[:shared],))


def reference_key(passage: CitedPassage) -> str:
    version = (
        "" if passage.version == passage.current_version else f"-v{passage.version}"
    )
    return f"{_KEY_UNSAFE.sub('-', passage.slug).strip('-') or 'source'}{version}-p{passage.number}"


def cited_references(
    events: Sequence[ExportEvent], context: ExportContext
) -> list[CitedReference]:
    """Every paragraph the view's events cite, once, in the order the events first cite them."""
    out: dict[str, CitedReference] = {}
    for event in events:
        for p in event.passages:
            key = reference_key(p)
            if key not in out:
                permalink = context.links.paragraph(p.slug, p.version, p.number)
                out[key] = CitedReference(
                    key, p, permalink, original_link(p.url, p.quote) or permalink
                )
            named = CitingEvent(context.links.event(event.row.id), event.row.title)
            if named not in out[key].events:
                out[key].events.append(named)
    return list(out.values())
