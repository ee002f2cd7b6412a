"""National occasions of irregular days named with their year as the time of an event: "on the
morning of the 2019 general election", "after the Euro 2020 final", "on the night of the 2018 World
Cup final". Each family's days are in dated_series.toml; the phrase becomes that day, with the year
written (anchor explicit), where the grammar would otherwise read the bare year.

They date events only: the finder reads them over the grammar's expressions, while the
publication-date inference keeps the grammar's own reading and weighs these occasions as known
events (known_events.toml), with their own recency rules.

Only a time use is read: the name after a time preposition ("on", "at", "during", "in", "since") or
"the morning/night/day/eve of"; "after the ..." only for a final, whose trouble is that night's.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from app.ingest.temporal.expressions import Expression, Point
from app.ingest.temporal.grammar import in_context

HERE = Path(__file__).parent
_YEAR = r"(?:19|20)\d\d"
_FRAME = (
    r"\b(?:(?P<pre>on|at|during|in|since|after|following)\s+)?"
    r"(?P<body>(?:(?P<part>the\s+(?:morning|afternoon|evening|night|day|eve))\s+of\s+)?"
    r"(?:the\s+|last\s+year[\x27’]s\s+|this\s+year[\x27’]s\s+)?"
    rf"(?:(?P<y1>{_YEAR})\s+)?"
)
_AFTER_WORDS = ("after", "following")


@dataclass(frozen=True)
class Series:
    name: str
    key: str
    pattern: re.Pattern[str]
    after: bool
    days: dict[int, date]


@lru_cache(maxsize=1)
def dated_series() -> tuple[Series, ...]:
    """The families of dated_series.toml, in file order."""
    data = tomllib.loads((HERE / "dated_series.toml").read_text(encoding="utf-8"))
    out = []
    for item in data["series"]:
        suffix = rf"\s+{item['suffix']}" if item.get("suffix") else ""
        # "Women's Euro 2022", "the Rugby World Cup final": another competition
        name = rf"(?<!women[\x27’]s\s)(?<!rugby\s)(?:{item['pattern']})"
        pattern = rf"{_FRAME}{name}(?:\s+(?P<y2>{_YEAR}))?{suffix})\b"
        out.append(
            Series(
                item["name"],
                item["key"],
                re.compile(pattern, re.I),
                item["after"],
                {int(year): day for year, day in item["days"].items()},
            )
        )
    return tuple(out)


def _builder(series: Series):
    def build(match: re.Match[str], text: str) -> Expression | None:
        pre = (match.group("pre") or "").lower()
        part = (match.group("part") or "").lower()
        if not pre and not part:
            return None  # the occasion named, not used as a time
        if pre in _AFTER_WORDS and not series.after:
            return (
                None  # "after the 2019 general election": some time after, not its day
            )
        year = match.group("y1") or match.group("y2")
        if year is not None:
            day = series.days.get(int(year))
        elif len(series.days) == 1:
            day = next(iter(series.days.values()))
        else:
            return None  # which of the family the text does not say
        if day is None:
            return None  # a year the family has no occasion in
        if part.endswith("eve"):
            day -= timedelta(days=1)
        return Expression(
            "calendar",
            match.group("body"),
            match.start("body"),
            match.end(),
            point=Point("day", day.year, day.month, day.day),
        )

    return build


def with_series_days(
    text: str, expressions: tuple[Expression, ...]
) -> tuple[Expression, ...]:
    """The grammar's expressions of a paragraph with each dated occasion in place of what they read
    inside it ("2019" in "the morning of the 2019 general election")."""
    lower = text.lower()
    found = []
    for series in dated_series():
        if series.key not in lower:
            continue
        build = _builder(series)
        for match in series.pattern.finditer(text):
            if (expression := build(match, text)) is not None:
                found.append(in_context(expression, text))
    if not found:
        return expressions
    kept = [
        x
        for x in expressions
        if not any(x.start < f.end and f.start < x.end for f in found)
    ]
    return tuple(sorted(kept + found, key=lambda x: x.start))
