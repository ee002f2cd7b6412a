"""The tables of dating evidence, loaded once: known national events (known_events.toml) and terms
that exist only from a date or within a term of office (availability.toml, and the chief constables
and policing ministers of office_holders.py)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from app.ingest.temporal.football_matches import match_event_rows
from app.ingest.temporal.office_holders import office_holder_rows
from app.ingest.temporal.spans import Span

HERE = Path(__file__).parent
FAR_PAST, FAR_FUTURE = date(1900, 1, 1), date(2100, 12, 31)


@dataclass(frozen=True)
class KnownEvent:
    name: str
    patterns: tuple[re.Pattern[str], ...]
    dates: tuple[date, ...]
    recent_days: int | None
    unless: re.Pattern[str] | None
    sources: tuple[str, ...]
    days: int = 1  # how many days it ran from each date (a tournament, a lockdown)


@dataclass(frozen=True)
class Term:
    name: str
    patterns: tuple[re.Pattern[str], ...]
    periods: tuple[Span, ...]
    requires: re.Pattern[str] | None
    unless: re.Pattern[str] | None
    source: str
    new_days: int | None = (
        None  # an office holder called "new" took office at most this long ago
    )
    gate: str = ""  # a lower-case word every match contains ("constable"): cues tried only with it


def _compile(patterns: list[str], flags: int = 0) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, flags) for p in patterns)


@lru_cache(maxsize=1)
def known_events() -> tuple[KnownEvent, ...]:
    """The curated national events of known_events.toml, then the tournament matches."""
    data = tomllib.loads((HERE / "known_events.toml").read_text(encoding="utf-8"))
    return tuple(
        KnownEvent(
            name=item["name"],
            patterns=_compile(item["patterns"], re.I),
            dates=tuple(sorted(item["dates"])),
            recent_days=item.get("recent_days"),
            unless=re.compile(item["unless"], re.I) if item.get("unless") else None,
            sources=tuple(item.get("sources", ())),
            days=item.get("days", 1),
        )
        for item in data["event"]
    ) + tuple(KnownEvent(**row) for row in match_event_rows())


@lru_cache(maxsize=1)
def availability_table() -> dict:
    return tomllib.loads((HERE / "availability.toml").read_text(encoding="utf-8"))


def year_window() -> tuple[int, int]:
    """The years a weekday+day+month may be placed in when nothing else dates an article."""
    window = availability_table()["window"]
    return window["first_year"], window["last_year"]


@lru_cache(maxsize=1)
def terms() -> tuple[Term, ...]:
    """The dated terms of availability.toml."""
    out = []
    for item in availability_table()["term"]:
        raw_periods = item.get("periods") or [
            {"from": item.get("from"), "until": item.get("until")}
        ]
        periods = tuple(
            (p.get("from") or FAR_PAST, p.get("until") or FAR_FUTURE)
            for p in raw_periods
        )
        out.append(
            Term(
                name=item["name"],
                patterns=_compile(item["patterns"]),
                periods=periods,
                requires=re.compile(item["requires"]) if item.get("requires") else None,
                unless=re.compile(item["unless"]) if item.get("unless") else None,
                source=item["source"],
                new_days=item.get("new_days"),
            )
        )
    out.extend(
        Term(
            name=row["name"],
            patterns=_compile(row["patterns"]),
            periods=row["periods"],
            requires=re.compile(row["requires"]) if row["requires"] else None,
            unless=re.compile(row["unless"]),
            source=row["source"],
            new_days=183,
            gate=row["gate"],
        )
        for row in office_holder_rows()
    )
    return tuple(out)
