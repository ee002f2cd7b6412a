"""The timeline's query string: a documented interface shared by the pages, the JSON API, the exports
and ``timeline export`` (README, "The query string").

    agency=<slug>      repeatable; any of them (redbridge-council)
    borough=<slug>     repeatable; any of them (barking-and-dagenham)
    place=<slug>       repeatable; any of them (ilford-lane-redbridge: the place and its borough)
    type=<type>        repeatable; operation, enforcement, team_launch, consultation, order,
                       meeting, announcement, incident
    from=, to=         2017, 2017-06, June 2017, 22 June 2017 or 2017-06-22; an event matches when
                       its date interval overlaps the range (to=2017 means to the end of 2017)
    precision=<p>      repeatable; day, week, month, season, year, unknown
    planned=true|false planned at publication time, or past
    q=<words>          full-text search; every word must match (as a prefix)
    order=newest|oldest
    cursor=<opaque>    the next page, as the previous page gave it

A malformed value never raises: it is left out of the filters and reported as a ``ParamError`` that
the page shows (and the API turns into a 422 naming the parameter). A well-formed slug that names
nothing stays in the filters and simply matches no event. Nothing here depends on the web layer.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlencode

from app.db.filters import NEWEST, OLDEST, TimelineFilters, decode_cursor
from app.ingest.edtf import parse_user_date
from app.ingest.records import EVENT_TYPES, PRECISIONS

SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,199}")
MAX_VALUES = 50
MAX_QUERY = 200
DATE_HELP = "is not a date: use 2017, 2017-06, June 2017, 22 June 2017 or 2017-06-22"
_TRUE = {"true", "yes", "1", "planned"}
_FALSE = {"false", "no", "0", "past"}


@dataclass(frozen=True)
class ParamError:
    param: str
    value: str
    message: str


@dataclass(frozen=True)
class TimelineQuery:
    """The parsed query string: filters, the page cursor, the dates as typed, and what was wrong."""

    filters: TimelineFilters = field(default_factory=TimelineFilters)
    cursor: str | None = None
    from_text: str = ""
    to_text: str = ""
    errors: tuple[ParamError, ...] = ()


class _Reader:
    """Reads one query string's values, collecting what is wrong with them."""

    def __init__(self, params: Mapping) -> None:
        self.params = params
        self.errors: list[ParamError] = []

    def values(self, name: str) -> list[str]:
        raw = (
            self.params.getlist(name)
            if hasattr(self.params, "getlist")
            else list(self.params.get(name, []))
        )
        out = []
        for v in raw:
            v = (v or "").strip()
            if v and v not in out:
                out.append(v)
        if len(out) > MAX_VALUES:
            self.error(
                name, f"{len(out)} values", f"at most {MAX_VALUES} values are allowed"
            )
            out = out[:MAX_VALUES]
        return out

    def single(self, name: str) -> str:
        found = self.values(name)
        return found[0] if found else ""

    def error(self, name: str, value: str, message: str) -> None:
        self.errors.append(ParamError(name, value, message))

    def slugs(self, name: str, example: str) -> tuple[str, ...]:
        good = []
        for v in self.values(name):
            if SLUG.fullmatch(v):
                good.append(v)
            else:
                self.error(
                    name,
                    v,
                    f"is not a slug: use lowercase letters, digits and hyphens, e.g. {example}",
                )
        return tuple(good)

    def choices(
        self, name: str, allowed: tuple[str, ...], normalise=lambda v: v
    ) -> tuple[str, ...]:
        good: list[str] = []
        for v in self.values(name):
            n = normalise(v)
            if n in allowed:
                if n not in good:
                    good.append(n)
            else:
                self.error(name, v, f"is not one of: {', '.join(allowed)}")
        return tuple(good)

    def date(self, name: str, *, end: bool):
        text = self.single(name)
        if not text:
            return None, ""
        try:
            return parse_user_date(text, end=end), text
        except ValueError:
            self.error(name, text, DATE_HELP)
            return None, ""


def parse_timeline_params(params: Mapping) -> TimelineQuery:
    """Parse a query string (Starlette QueryParams, or {name: [values]}); never raises."""
    read = _Reader(params)
    agencies = read.slugs("agency", "redbridge-council")
    boroughs = read.slugs("borough", "barking-and-dagenham")
    places = read.slugs("place", "ilford-lane-redbridge")
    types = read.choices(
        "type", EVENT_TYPES, lambda v: v.lower().replace("-", "_").replace(" ", "_")
    )
    precisions = read.choices("precision", PRECISIONS, str.lower)

    date_from, from_text = read.date("from", end=False)
    date_to, to_text = read.date("to", end=True)
    if date_from and date_to and date_to < date_from:
        read.error(
            "to", to_text, f"ends before from ({from_text}): the range would be empty"
        )
        date_to, to_text = None, ""

    planned = None
    if (p := read.single("planned").lower()) and p != "any":
        if p in _TRUE:
            planned = True
        elif p in _FALSE:
            planned = False
        else:
            read.error(
                "planned",
                p,
                "use planned=true (planned when reported) or planned=false (past)",
            )

    q = read.single("q") or None
    if q and len(q) > MAX_QUERY:
        read.error("q", q[:40] + "…", f"is longer than {MAX_QUERY} characters")
        q = None

    order = NEWEST
    if o := read.single("order").lower():
        order = {"newest": NEWEST, "desc": NEWEST, "oldest": OLDEST, "asc": OLDEST}.get(
            o, ""
        )
        if not order:
            read.error("order", o, "use order=newest or order=oldest")
            order = NEWEST

    cursor = read.single("cursor") or None
    if cursor:
        try:
            decode_cursor(cursor, order=order)
        except ValueError as exc:
            read.error("cursor", cursor[:40], str(exc))
            cursor = None

    filters = TimelineFilters(
        agencies,
        boroughs,
        types,
        date_from,
        date_to,
        precisions,
        planned,
        q,
        order,
        places,
    )
    return TimelineQuery(filters, cursor, from_text, to_text, tuple(read.errors))


def query_pairs(
    query: TimelineQuery, *, cursor: str | None = None
) -> list[tuple[str, str]]:
    """The canonical query string of a query's filters (dates as typed), in documented order."""
    f = query.filters
    pairs = (
        [("agency", a) for a in f.agencies]
        + [("borough", b) for b in f.boroughs]
        + [("place", p) for p in f.places]
        + [("type", t) for t in f.types]
    )
    if query.from_text:
        pairs.append(("from", query.from_text))
    if query.to_text:
        pairs.append(("to", query.to_text))
    pairs += [("precision", p) for p in f.precisions]
    if f.planned is not None:
        pairs.append(("planned", "true" if f.planned else "false"))
    if f.q:
        pairs.append(("q", f.q))
    if f.order != NEWEST:
        pairs.append(("order", f.order))
    if cursor:
        pairs.append(("cursor", cursor))
    return pairs


def query_string(query: TimelineQuery, **kwargs) -> str:
    """'?agency=...&type=...' or '' when nothing is chosen."""
    pairs = query_pairs(query, **kwargs)
    return "?" + urlencode(pairs) if pairs else ""
