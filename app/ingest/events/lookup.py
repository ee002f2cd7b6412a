"""What event extraction asks of the gazetteer, as one small interface.

``Lookup`` is the seam: ``GazetteerLookup`` adapts the project gazetteer
(app/ingest/gazetteer), and tests pass their own small fakes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from app.ingest.events.council_names import written_council
from app.ingest.events.name_memo import memo_for
from app.ingest.gazetteer.chapters import CHAPTERS
from app.ingest.gazetteer.text import key
from app.ingest.records import AgencyRef, PersonRef


@dataclass(frozen=True, slots=True)
class Hit:
    """A name found in a text: its span and what it names."""

    start: int
    end: int
    name: str  # canonical agency or place name, or the person's name
    borough: str | None = (
        None  # the borough a place (or a borough-named agency) lies in
    )
    agency: AgencyRef | None = None
    person: PersonRef | None = None
    generic: bool = False  # "police", "the council": the article's own, not named
    weak: bool = False  # a court: where a case is heard, not where its subject happened


class Lookup(Protocol):
    def agencies(self, text: str) -> list[Hit]: ...

    def places(self, text: str) -> list[Hit]: ...

    def people(self, text: str) -> list[Hit]: ...

    def borough_of(self, place: str) -> str | None: ...

    def force_for(self, borough: str) -> AgencyRef | None: ...

    def council_for(self, borough: str) -> AgencyRef | None: ...


class GazetteerLookup:
    """The project gazetteer seen through the ``Lookup`` interface.

    ``for_article`` binds it to one article's area (so that bare "police" and "the council",
    and streets found in many boroughs, resolve as that article means them).
    """

    def __init__(
        self, gazetteer, area=None, council_areas: dict[str, str] | None = None
    ):
        self.gaz = gazetteer
        self.area = area  # the gazetteer's AreaContext for the article, or None
        # shared with the other articles of the area: their copies repeat paragraphs (name_memo.py)
        self._agencies = memo_for(gazetteer, area, "agencies")
        self._places = memo_for(gazetteer, area, "places")
        self._people = memo_for(gazetteer, area, "people")
        if council_areas is None:
            council_areas = {
                ref.name: b
                for b in _borough_names(gazetteer)
                if (ref := gazetteer.council_for(b))
            }
        self._council_areas = council_areas

    def for_article(self, article) -> GazetteerLookup:
        """A lookup bound to the article's main area."""
        area = self.gaz.infer_context(article.text, article.title)
        return GazetteerLookup(self.gaz, area, self._council_areas)

    @property
    def area_borough(self) -> str | None:
        return getattr(self.area, "borough", None)

    def agencies(self, text: str) -> list[Hit]:
        if text not in self._agencies:
            hits = []
            venue_after = getattr(self.gaz.agencies, "venue_after", None)
            for found in self.gaz.find_agencies(text, self.area):
                if venue_after is not None and venue_after(text, found.end):
                    continue  # "at Plymouth City Council's offices": a building, not an actor
                generic = getattr(found, "how", "") == "context"
                borough = self._agency_borough(found)
                ref = found.ref
                if not generic and hasattr(self.gaz, "region_of"):
                    ref = written_council(
                        ref, found.surface, self.gaz.region_of(borough)
                    )
                hits.append(
                    Hit(
                        found.start,
                        found.end,
                        ref.name,
                        borough,
                        agency=ref,
                        generic=generic,
                    )
                )
            self._agencies[text] = hits
        return self._agencies[text]

    def places(self, text: str) -> list[Hit]:
        if text not in self._places:
            self._places[text] = [
                Hit(p.start, p.end, p.name, p.borough)
                for p in self.gaz.find_places(text, self.area)
            ]
        return self._places[text]

    def people(self, text: str) -> list[Hit]:
        if text not in self._people:
            self._people[text] = [
                Hit(p.start, p.end, p.ref.name, person=p.ref)
                for p in self.gaz.find_people(text)
            ]
        return list(self._people[text])

    def resolve(self, people: list[Hit], text: str) -> list[Hit]:
        """Short references ("Sgt Taylor") replaced by the fullest name the article gives."""
        from app.ingest.gazetteer import PersonMention

        mentions = [PersonMention(h.start, h.end, h.name, h.person) for h in people]
        resolved = self.gaz.resolve_people(mentions, text)
        return [
            Hit(h.start, h.end, m.ref.name, person=m.ref)
            for h, m in zip(people, resolved, strict=True)
        ]

    def borough_of(self, place: str) -> str | None:
        return self.gaz.borough_of(place)

    def force_for(self, borough: str) -> AgencyRef | None:
        return self.gaz.force_for(borough)

    def council_for(self, borough: str) -> AgencyRef | None:
        return self.gaz.council_for(borough)

    def fire_for(self, force: AgencyRef | None, borough: str | None = None) -> AgencyRef | None:
        """The fire and rescue service of a force's area when it has just one, else of the borough's."""
        finder = self.gaz.agencies
        name = finder.data.fire_services.get(force.name) if force else None
        name = name or (finder.data.fire_services.get(borough) if borough else None)
        return finder.ref(name) if name else None

    def named_on(self, ref: AgencyRef, day) -> AgencyRef:
        """The agency under its name on `day` (a renamed council keeps its old name before then)."""
        return self.gaz.named_on(ref, day)

    def _agency_borough(self, found) -> str | None:
        """The borough an agency mention names: "Redbridge Council", "Loxford SNT", "Redbridge police"."""
        if found.ref.kind == "council" and found.ref.name in self._council_areas:
            return self._council_areas[found.ref.name]
        if getattr(found, "how", "") == "context":
            return None
        words = _AGENCY_TAIL.sub("", found.surface).strip()
        if found.ref.kind == "police" and key(words) == key(
            _AGENCY_TAIL.sub("", found.ref.name).strip()
        ):
            return None  # "Cleveland Police" names a force area, not the Cleveland ward of Ealing
        return self.gaz.borough_of(words) if words else None


_AGENCY_TAIL = re.compile(
    r"(?:[’']s)?\s*(?:police|constabulary|councils?|councillors|safer neighbourhoods?(?: policing)?(?: teams?)?|snts?|"
    r"neighbourhood policing teams?|ward (?:officers|team|police)"
    # "Exeter Pubwatch", "Cardiff Street Pastors": a movement's town branch is placed by its town
    + "".join(f"|{re.escape(name.lower())}" for name in sorted(CHAPTERS))
    + r")$",
    re.IGNORECASE,
)


def _borough_names(gazetteer) -> list[str]:
    return [b.name for b in getattr(gazetteer, "boroughs", [])]
