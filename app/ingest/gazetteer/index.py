"""The Gazetteer: one object holding the compiled finders, loaded once and passed to the stages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.ingest.records import AgencyRef

from . import people as _people
from .agencies import AgencyFinder
from .area import AreaReader
from .data import Data, load_data
from .mentions import (
    AgencyMention,
    AreaContext,
    BoroughInfo,
    PersonMention,
    PlaceMention,
)
from .places import PlaceFinder
from .text import key, slugify


class Gazetteer:
    """Agencies, places and people of UK local news, with the areas and forces behind them."""

    def __init__(self, data: Data):
        self.data = data
        self.places = PlaceFinder(data)
        self.agencies = AgencyFinder(data, self.places)
        self.area_reader = AreaReader(data, self.places, self.agencies)
        agency_keys = set(self.agencies.alias_of)
        self.people = _people.PeopleFinder(
            is_place=lambda n: bool(self.places.entries(n)),
            is_agency=lambda n: key(n) in agency_keys,
        )
        self.boroughs = [
            BoroughInfo(a.name, slugify(a.name), a.region) for a in data.areas.values()
        ]

    @classmethod
    def load(cls, extra: Path | None = None) -> Gazetteer:
        """Build the gazetteer from the package data and an optional extra TOML/YAML file."""
        return cls(load_data(extra))

    # -- finders ---------------------------------------------------------------------------------
    def find_agencies(
        self, text: str, context: AreaContext | None = None
    ) -> list[AgencyMention]:
        """Agencies named in `text`; with a context, bare 'police' and 'the council' too."""
        return self.agencies.find(text, context)

    def find_places(
        self, text: str, context: AreaContext | None = None
    ) -> list[PlaceMention]:
        """Places named in `text` (not inside people's names), with their borough where known."""
        return self.places.find(text, context, self.people.titled_spans(text))

    def find_people(self, text: str) -> list[PersonMention]:
        """People named in `text`, with title and stated affiliation, as written (not yet resolved)."""
        return self.people.find(text)

    def resolve_people(
        self, mentions: list[PersonMention], text: str | None = None
    ) -> list[PersonMention]:
        """Short references ('Sgt Taylor', 'Dame Margaret') replaced by the article's full names."""
        return _people.resolve_people(mentions, text)

    # -- lookups ---------------------------------------------------------------------------------
    def borough_of(self, place_name: str) -> str | None:
        """The local authority of a known place ('Ilford' -> 'Redbridge'), else None."""
        for entry in self.places.entries(place_name):
            return entry.borough
        return None

    def agency(self, slug_or_name: str) -> AgencyRef | None:
        """An agency by canonical name, alias, unit name or slug."""
        return self.agencies.ref(slug_or_name)

    def force_for(self, borough: str | None) -> AgencyRef | None:
        """The territorial police force of an area ('Leeds' -> West Yorkshire Police)."""
        return self.agencies.force_for(borough)

    def council_for(self, borough: str | None) -> AgencyRef | None:
        """The council of an area ('Redbridge' -> Redbridge Council)."""
        return self.agencies.council_for(borough)

    def named_on(self, ref: AgencyRef, day: date | None) -> AgencyRef:
        """The agency under the name it had on `day` ('Southend-on-Sea Borough Council' before 2022)."""
        return self.agencies.named_on(ref, day)

    def unit_boroughs(self, unit: str | None) -> tuple[str, ...]:
        """The areas a command unit polices ("South West Basic Command Unit": its four boroughs)."""
        if not unit:
            return ()
        name = unit.removesuffix(" Basic Command Unit")
        return tuple(a.name for a in self.data.areas.values() if a.bcu == name)

    def region_of(self, borough: str | None) -> str | None:
        """The region of an area ("London", "North West" ...), or None."""
        area = self.data.areas.get(borough or "")
        return area.region if area else None

    @staticmethod
    def slugify(name: str) -> str:
        """A URL slug for a name."""
        return slugify(name)

    # -- article context -------------------------------------------------------------------------
    def context(self, borough: str | None) -> AreaContext:
        """The context of an article about `borough`: its force, council and region."""
        area = self.data.areas.get(borough or "")
        if area is None:
            return AreaContext()
        return AreaContext(
            area.name,
            self.force_for(area.name),
            self.council_for(area.name),
            area.region,
        )

    def infer_context(self, text: str, title: str | None = None) -> AreaContext:
        """The article's main area, read from its strongest evidence (see area.py)."""
        return self.area_reader.read(text, title)

    def default_council(self, text: str, title: str | None = None) -> AgencyRef | None:
        """The council 'the council' means in this article, when the article makes it clear."""
        return self.infer_context(text, title).council
