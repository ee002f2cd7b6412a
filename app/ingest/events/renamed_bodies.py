"""Bodies under the name they had when the article was written (gazetteer/renamed.toml): a 2023
story's "Hampshire Constabulary" is the Hampshire and Isle of Wight Constabulary, and a 2016
story's inspectorate is still Her Majesty's Inspectorate of Constabulary."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from datetime import date
from functools import lru_cache
from pathlib import Path

from app.ingest.records import AgencyRef

_DATA = Path(__file__).resolve().parent.parent / "gazetteer" / "renamed.toml"


@lru_cache(maxsize=1)
def renamed() -> dict[str, tuple[tuple[date | None, str], ...]]:
    """Canonical name -> its names in order, each with the first day it no longer holds (None: still
    held), loaded once."""
    with _DATA.open("rb") as fh:
        raw = tomllib.load(fh)
    return {
        entry["entry"]: tuple((stage.get("until"), stage["name"]) for stage in entry["names"])
        for entry in raw["renamed"]
    }


def name_on(name: str, day: date) -> str:
    """The name the body called `name` went by on `day` (the name itself if it never changed)."""
    for until, held in renamed().get(name, ()):
        if until is None or day < until:
            return held
    return name


def named_on_day(agencies: tuple[AgencyRef, ...], day: date | None) -> tuple[AgencyRef, ...]:
    """The event's agencies, each under its name on the publication day (unchanged when unknown)."""
    table = renamed()
    if day is None or not any(a.name in table for a in agencies):
        return agencies
    out = []
    for agency in agencies:
        name = name_on(agency.name, day) if agency.name in table else agency.name
        if name != agency.name:
            parent = name if agency.parent == agency.name else agency.parent
            agency = replace(agency, name=name, parent=parent)
        out.append(agency)
    return tuple(out)
