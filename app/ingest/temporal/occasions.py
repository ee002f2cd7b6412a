"""One-off national occasions used as a time: "over the coronation weekend", "on the day of the
Queen's funeral". Each names fixed days with their year ([[occasion]] in known_events.toml), so a
policing event told with one is dated to those days, not to the publication date."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from app.ingest.temporal.expressions import Expression, GatedRule, Point

HERE = Path(__file__).parent


@dataclass(frozen=True)
class Occasion:
    name: str
    key: str
    pattern: re.Pattern[str]
    start: date
    end: date


@lru_cache(maxsize=1)
def occasions() -> tuple[Occasion, ...]:
    """The occasions of known_events.toml, in file order."""
    data = tomllib.loads((HERE / "known_events.toml").read_text(encoding="utf-8"))
    return tuple(
        Occasion(
            item["name"],
            item["key"],
            re.compile(item["pattern"], re.I),
            item["start"],
            item["end"],
        )
        for item in data.get("occasion", ())
    )


def _point(day: date) -> Point:
    return Point("day", day.year, day.month, day.day)


def _builder(occasion: Occasion):
    def build(match: re.Match[str], text: str) -> Expression:
        if occasion.start == occasion.end:
            return Expression(
                "calendar",
                match.group(),
                match.start(),
                match.end(),
                point=_point(occasion.start),
            )
        return Expression(
            "range",
            match.group(),
            match.start(),
            match.end(),
            point=_point(occasion.start),
            end_point=_point(occasion.end),
        )

    return build


def occasion_rules() -> list[GatedRule]:
    """One grammar rule per occasion, run only on paragraphs that contain its key word."""
    return [(o.pattern, _builder(o), (f"~{o.key}",)) for o in occasions()]
