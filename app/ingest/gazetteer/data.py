"""Loading the gazetteer's data files (and a user's extra file) into plain entries.

The extra file has the same sections as the package files ([[agency]], [[unit]], [[borough]],
[[area]], [foreign_police], [counties], weak, generic_streets); its entries are merged by name:
lists are extended, single values replaced.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

HERE = Path(__file__).parent
PACKAGE_FILES = (
    "agencies.toml",
    "national.toml",
    "london.toml",
    "london_stations.toml",
    "london_courts.toml",
    "england.toml",
    "cities.toml",
    "uk_bodies.toml",
    "uk_towns.toml",
    "fire_areas.toml",
)
LONDON = "London"


@dataclass
class Area:
    """A local authority area and who polices and governs it."""

    name: str
    region: str
    force: str
    council: str
    council_aliases: list[str] = field(default_factory=list)
    short: list[str] = field(default_factory=list)
    bcu: str | None = None


@dataclass
class Place:
    name: str
    kind: str  # borough | district | town | ward | street | venue
    borough: str
    weak: bool = False


@dataclass
class AgencyEntry:
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    parent: str | None = None  # set for units: the organisation they belong to
    area: str | None = None  # for councils: the area they govern


@dataclass
class Data:
    areas: dict[str, Area]
    places: list[Place]
    agencies: dict[str, AgencyEntry]  # canonical name (or unit name) -> entry
    foreign: dict[str, str]  # nationality adjective -> canonical foreign force
    generic_streets: set[str]
    county_councils: dict[str, str]  # council -> force
    counties: dict[str, str] = field(
        default_factory=dict
    )  # county name ("Norfolk") -> force
    # councils' former official names: (former name, current name, first day of the new name)
    former_councils: list[tuple[str, str, date]] = field(default_factory=list)
    # a force's name -> the one fire and rescue service of its area (or a district's name -> its
    # service, where the force's area holds several: fire_areas.toml)
    fire_services: dict[str, str] = field(default_factory=dict)


def _read(path: Path) -> dict:
    if path.suffix in (".yaml", ".yml"):
        return yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return tomllib.loads(path.read_text(encoding="utf-8"))


def _merge_named(items: list[dict], key: str = "name") -> list[dict]:
    merged: dict[str, dict] = {}
    for item in items:
        old = merged.get(item[key])
        if old is None:
            merged[item[key]] = dict(item)
            continue
        for k, v in item.items():
            if isinstance(v, list):
                old[k] = list(old.get(k) or []) + [
                    x for x in v if x not in (old.get(k) or [])
                ]
            elif isinstance(v, dict):
                old[k] = {**(old.get(k) or {}), **v}
            else:
                old[k] = v
    return list(merged.values())


def _council_forms(name: str, london: bool) -> list[str]:
    forms = [
        f"{name} {s}"
        for s in (
            "Council",
            "Councils",
            "Borough Council",
            "City Council",
            "District Council",
            "Metropolitan Borough Council",
            "County Borough Council",
            "County Council",
        )
    ]
    forms += [
        f"Borough of {name}",
        f"City of {name} Council",
        f"Royal Borough of {name}",
    ]
    if london:
        forms += [f"London Borough of {name}", f"{name} London Borough Council"]
    return forms


def load_data(extra: Path | None = None) -> Data:
    """Read the package data files, then the user's extra file, into merged entries."""
    docs = [_read(HERE / name) for name in PACKAGE_FILES]
    if extra is not None:
        docs.append(_read(Path(extra)))
    london_force = next(d["force"] for d in docs if "borough" in d and "force" in d)
    raw_boroughs, raw_areas, raw_agencies, raw_units = [], [], [], []
    bcus: dict[str, str] = {}
    foreign: dict[str, str] = {}
    generic: set[str] = set()
    county: dict[str, str] = {}
    counties: dict[str, str] = {}
    fire: dict[str, str] = {}
    weak_london: set[str] = set()
    weak_elsewhere: set[str] = set()
    former: list[tuple[str, str, date]] = []
    for doc in docs:
        former += [
            (f["name"], f["now"], f["until"]) for f in doc.get("former_council", [])
        ]
        raw_boroughs += doc.get("borough", [])
        raw_areas += doc.get("area", [])
        raw_agencies += doc.get("agency", [])
        raw_units += doc.get("unit", [])
        foreign.update(doc.get("foreign_police", {}))
        generic.update(doc.get("generic_streets", []))
        county.update(doc.get("county_councils", {}))
        counties.update(doc.get("counties", {}))
        fire.update(doc.get("fire_services", {}))
        (weak_london if "borough" in doc else weak_elsewhere).update(
            doc.get("weak", [])
        )
        for bcu in doc.get("bcu", []):
            bcus.update({b: bcu["name"] for b in bcu["boroughs"]})

    areas: dict[str, Area] = {}
    places: list[Place] = []
    for b in _merge_named(raw_boroughs):
        name = b["name"]
        areas[name] = Area(
            name,
            b.get("region", LONDON),
            b.get("force", london_force),
            b.get("council", f"{name} Council"),
            list(b.get("council_aliases", [])),
            list(b.get("short", [])),
            bcus.get(name),
        )
        places.append(Place(name, "borough", name))
        for kind, section in (
            ("town", "towns"),
            ("ward", "wards"),
            ("street", "streets"),
            ("venue", "venues"),
        ):
            for place in b.get(section, []):
                places.append(Place(place, kind, name, place in weak_london))
    for a in _merge_named(raw_areas, key="force"):
        councils, shorts, towns = (
            a.get("councils", {}),
            a.get("short", {}),
            a.get("towns", {}),
        )
        for name in a["districts"]:
            areas[name] = Area(
                name,
                a["region"],
                a["force"],
                councils.get(name, f"{name} Council"),
                short=[s for s, target in shorts.items() if target == name],
            )
            places.append(Place(name, "district", name, name in weak_elsewhere))
        for short, target in shorts.items():
            places.append(Place(short, "district", target))
        for town, target in towns.items():
            # "Sighthill" = ["Glasgow", "Edinburgh"]: a neighbourhood name two cities share
            for borough in target if isinstance(target, list) else [target]:
                places.append(Place(town, "town", borough, town in weak_elsewhere))

    agencies: dict[str, AgencyEntry] = {}
    for a in _merge_named(raw_agencies):
        agencies[a["name"]] = AgencyEntry(
            a["name"], a["kind"], list(a.get("aliases", []))
        )
    for u in _merge_named(raw_units):
        agencies[u["name"]] = AgencyEntry(
            u["name"], "police", list(u.get("aliases", [])), parent=u["parent"]
        )
    for bcu in sorted(set(bcus.values())):
        unit = f"{bcu} Basic Command Unit"
        aliases = [
            f"{bcu} {s}"
            for s in (
                "BCU",
                "Command",
                "Command Unit",
                "Area Command",
                "Borough Command Unit",
            )
        ]
        if bcu.endswith(" Area"):  # "East Area", and "East BCU" for short
            short = bcu.removesuffix(" Area")
            aliases += [
                bcu,
                f"{short} BCU",
                f"{short} Command Unit",
                f"{short} Basic Command Unit",
            ]
        agencies[unit] = AgencyEntry(unit, "police", aliases, parent=london_force)
    for area in areas.values():
        london = area.region == LONDON
        aliases = [*_council_forms(area.name, london), *area.council_aliases]
        for short in area.short:
            aliases += _council_forms(short, london)
        entry = agencies.setdefault(
            area.council, AgencyEntry(area.council, "council", [], area=area.name)
        )
        entry.aliases += [
            a for a in aliases if a != area.council and a not in entry.aliases
        ]
    for council in county:
        agencies.setdefault(council, AgencyEntry(council, "council", []))
    for name, now, _until in former:
        entry = agencies.get(now)
        if entry is not None and name not in entry.aliases:
            entry.aliases.append(name)
    return Data(
        areas, places, agencies, foreign, generic, county, counties, former, fire
    )
