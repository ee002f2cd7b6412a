"""What generated articles are made of: the gazetteer's real areas, places and agencies, plus names.

Everything comes from the gazetteer's own data files, so a generated article names only things the
extractor is meant to know; the lists of problems, premises and personal names are the generator's.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from app.ingest.events.former_districts import unitaries
from app.ingest.gazetteer.data import LONDON, load_data

PROBLEMS = (
    "anti-social behaviour",
    "drug dealing",
    "knife crime",
    "street drinking",
    "fly-tipping",
    "kerb-crawling",
    "shoplifting",
    "moped crime",
    "car cruising",
    "aggressive begging",
    "burglary",
    "vehicle crime",
    "street robbery",
    "prostitution",
    "nuisance motorbikes",
    "graffiti",
)
PREMISES = ("a shop", "a flat", "a nightclub", "a takeaway", "a car wash", "a house", "an off-licence")
FIRST_NAMES = (
    "Karen",
    "David",
    "Amir",
    "Joanne",
    "Tom",
    "Priya",
    "Gareth",
    "Helen",
    "Marcus",
    "Nadia",
    "Stuart",
    "Claire",
    "Oluwaseun",
    "Rachel",
    "Imran",
    "Louise",
    "Peter",
    "Sian",
    "Daniel",
    "Farah",
    "Neil",
    "Emma",
)
LAST_NAMES = (
    "Doyle",
    "Okafor",
    "Patel",
    "Hughes",
    "Bennett",
    "Khan",
    "Morrison",
    "Walsh",
    "Adeyemi",
    "Fletcher",
    "Turner",
    "Chaudhry",
    "Reid",
    "Lowe",
    "Harding",
    "Nowak",
    "Ellis",
    "Mahmood",
    "Griffiths",
    "Shaw",
)
POLICE_TITLES = (
    "Insp",
    "Sgt",
    "PC",
    "Ch Insp",
    "Supt",
    "Det Ch Supt",
    "Chief Inspector",
    "Sergeant",
)
COUNCIL_TITLES = ("Cllr", "Councillor")
CHARITIES = (
    "Terrence Higgins Trust",
    "Refuge",
    "Victim Support",
    "St Giles Trust",
    "Crimestoppers",
    "Safer London",
)


@dataclass(frozen=True)
class Area:
    """One local authority an article is about: its name, force, council and where things happen."""

    name: str
    london: bool
    force: str
    council: str
    towns: tuple[str, ...]
    streets: tuple[
        str, ...
    ]  # specific enough to place an event without a town beside it
    publisher: str


@lru_cache(maxsize=1)
def areas() -> tuple[Area, ...]:
    """Areas with enough unambiguous places to write about, London boroughs first."""
    data = load_data()
    owners: dict[str, set[str]] = {}
    for p in data.places:
        owners.setdefault(p.name, set()).add(p.borough)
    # a unitary authority created within the corpus's years is another district's before its start
    # date, so an answer key could not give one borough for all its articles
    recent = set(unitaries())
    out = []
    for area in data.areas.values():
        if area.name in recent:
            continue
        london = area.region == LONDON
        mine = [
            p
            for p in data.places
            if p.borough == area.name
            and not p.weak
            and len(owners[p.name]) == 1
            and p.name not in data.generic_streets
            and p.name != area.name
        ]
        towns = tuple(
            sorted(
                {
                    p.name
                    for p in mine
                    if p.kind == "town" and "town centre" not in p.name.lower()
                }
            )
        )
        # a venue named after an agency ("Barking Police Station") would add that agency to the event
        streets = tuple(
            sorted(
                {
                    p.name
                    for p in mine
                    if p.kind in ("street", "venue")
                    and "," not in p.name
                    and not any(
                        w in p.name for w in ("Police", "Council", "Station", "station")
                    )
                }
            )
        )
        if len(towns) < 2:
            continue
        short = area.name.split(" and ")[0].split(" upon ")[0]
        paper = "Recorder" if london else "Echo"
        out.append(
            Area(
                area.name,
                london,
                area.force,
                area.council,
                towns,
                streets,
                f"{short} {paper}",
            )
        )
    return tuple(sorted(out, key=lambda a: (not a.london, a.name)))
