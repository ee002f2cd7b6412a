"""The process-wide gazetteer, loaded once from the package data and the user's extra file."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def get_gazetteer():
    from app.config import get_settings
    from app.ingest.gazetteer import Gazetteer

    return Gazetteer.load(extra=get_settings().gazetteer_extra)


@lru_cache(maxsize=4096)
def borough_region(name: str) -> str | None:
    """'London' for the 33 London authorities, else the region the gazetteer knows, else None."""
    for entry in get_gazetteer().boroughs:
        if entry[0] == name:
            return entry[2] if len(entry) > 2 else None
    return None


@lru_cache(maxsize=16384)
def borough_of(place: str) -> str | None:
    return get_gazetteer().borough_of(place)
