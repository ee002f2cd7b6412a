"""Boroughs as they were on the publication day: a unitary authority created since stands for
the old district its named towns lay in (gazetteer/successors.toml)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).resolve().parent.parent / "gazetteer" / "successors.toml"


@dataclass(frozen=True)
class Unitary:
    name: str
    start: date
    town_district: dict[str, str]  # town (or old district) -> old district


@lru_cache(maxsize=1)
def unitaries() -> dict[str, Unitary]:
    """The unitary authorities with their start dates and old districts, loaded once."""
    with _DATA.open("rb") as fh:
        raw = tomllib.load(fh)
    out = {}
    for entry in raw["unitary"]:
        towns = {
            town: district
            for district, names in entry["districts"].items()
            for town in (district, *names)
        }
        out[entry["name"]] = Unitary(entry["name"], entry["from"], towns)
    return out


def district_on(borough: str, places: list[str], on: date | None) -> str:
    """The borough as it was on ``on``: the old district of the first place named in it, else the
    borough itself (no town tells which old district)."""
    unitary = unitaries().get(borough)
    if unitary is None or on is None or on >= unitary.start:
        return borough
    return next(
        (unitary.town_district[p] for p in places if p in unitary.town_district),
        borough,
    )
