"""What the gazetteer finds in text: frozen mention records and the article's area context."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from app.ingest.records import AgencyRef, PersonRef

PLACE_KINDS = ("borough", "district", "town", "ward", "street", "venue")


class BoroughInfo(NamedTuple):
    """A local authority area: short official name, slug and region ('London', 'North West' ...)."""

    name: str
    slug: str
    region: str


@dataclass(frozen=True)
class AgencyMention:
    start: int
    end: int
    surface: str
    ref: AgencyRef
    how: str = "alias"  # alias | pattern | context: context ones stand for "police", "the council"
    borough: str | None = (
        None  # the area the mention names: "Redbridge Council", "Loxford SNT", "Romford police"
    )


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    name: str  # as written
    kind: str  # one of PLACE_KINDS
    borough: str | None  # short official name of its local authority, when known


@dataclass(frozen=True)
class PersonMention:
    start: int
    end: int
    surface: str
    ref: PersonRef


@dataclass(frozen=True)
class AreaContext:
    """The article's main area: bare 'police' and 'the council' resolve to its force and council."""

    borough: str | None = None
    force: AgencyRef | None = None
    council: AgencyRef | None = None
    region: str | None = None
    # the force that bare "police" and "officers" stand for, when the article names another force
    # more than its area's own ("British Transport Police officers ... at Wimbledon station")
    acting: AgencyRef | None = None
    # whether the article names London or the Met other than as someone's home: a London
    # neighbourhood name ("Somers Town") in a story set elsewhere is then read as London's
    london_named: bool = False

    @property
    def police(self) -> AgencyRef | None:
        """The force bare police words stand for: the acting force, else the area's."""
        return self.acting or self.force

    @property
    def london(self) -> bool:
        """Whether the article is about a London borough (so the Met polices it)."""
        return self.region == "London"
