"""The timeline's query string: a documented interface shared by the pages, the JSON API and exports.

    agency=<slug>      repeatable; any of them (redbridge-council)
    borough=<slug>     repeatable; any of them (barking-and-dagenham)
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
the page shows (and the API turns into a 422 naming the parameter).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from urllib.parse import urlencode

from app.db.filters import NEWEST, OLDEST, TimelineFilters, decode_cursor
from app.ingest.edtf import parse_user_date
from app.ingest.records import EVENT_TYPES, PRECISIONS

SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,199}")
MAX_VALUES = 50
MAX_QUERY = 200
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


def parse_timeline_params(params: Mapping) -> TimelineQuery:
    """Parse a query string (Starlette QueryParams, or {name: [values]}); never raises."""
    errors: list[ParamError] = []

    def values(name: str) -> list[str]:
        raw = (
            params.getlist(name)
            if hasattr(params, "getlist")
            else list(params.get(name, []))
        )
        out = []
        for v in raw:
            v = v.strip()
            if v and v not in out:
                out.append(v)
        if len(out) > MAX_VALUES:
            errors.append(
                ParamError(
                    name,
                    f"{len(out)} values",
                    f"at most {MAX_VALUES} values are allowed",
                )
            )
            out = out[:MAX_VALUES]
        return out

    def single(name: str) -> str:
        found = values(name)
        return found[0] if found else ""

    def slugs(name: str, example: str) -> tuple[str, ...]:
        good = []
        for v in values(name):
            if SLUG.fullmatch(v):
                good.append(v)
            else:
                errors.append(
                    ParamError(
                        name,
                        v,
                        f"is not a slug: use lowercase letters, digits and hyphens, e.g. {example}",
                    )
                )
        return tuple(good)

    def choices(
        name: str, allowed: tuple[str, ...], normalise=lambda v: v
    ) -> tuple[str, ...]:
        good = []
        for v in values(name):
            n = normalise(v)
            if n in allowed:
                if n not in good:
                    good.append(n)
            else:
                errors.append(
                    ParamError(name, v, f"is not one of: {', '.join(allowed)}")
                )
        return tuple(good)

    agencies = slugs("agency", "redbridge-council")
    boroughs = slugs("borough", "barking-and-dagenham")
    types = choices(
        "type", EVENT_TYPES, lambda v: v.lower().replace("-", "_").replace(" ", "_")
    )
    precisions = choices("precision", PRECISIONS, str.lower)

    from_text, to_text = single("from"), single("to")
    date_from = _date(from_text, "from", errors, end=False)
    date_to = _date(to_text, "to", errors, end=True)
    if date_from and date_to and date_to < date_from:
        errors.append(
            ParamError(
                "to",
                to_text,
                f"ends before from ({from_text}): the range would be empty",
            )
        )
        date_to, to_text = None, ""

    planned = None
    if (p := single("planned").lower()) and p != "any":
        if p in _TRUE:
            planned = True
        elif p in _FALSE:
            planned = False
        else:
            errors.append(
                ParamError(
                    "planned",
                    p,
                    "use planned=true (planned when reported) or planned=false (past)",
                )
            )

    q = single("q") or None
    if q and len(q) > MAX_QUERY:
        errors.append(
            ParamError("q", q[:40] + "…", f"is longer than {MAX_QUERY} characters")
        )
        q = None

    order = NEWEST
    if o := single("order").lower():
        order = {"newest": NEWEST, "desc": NEWEST, "oldest": OLDEST, "asc": OLDEST}.get(
            o, ""
        )
        if not order:
            errors.append(ParamError("order", o, "use order=newest or order=oldest"))
            order = NEWEST

    cursor = single("cursor") or None
    if cursor:
        try:
            decode_cursor(cursor, order=order)
        except ValueError as exc:
            errors.append(ParamError("cursor", cursor[:40], str(exc)))
            cursor = None

    filters = TimelineFilters(
        agencies, boroughs, types, date_from, date_to, precisions, planned, q, order
    )
    return TimelineQuery(
        filters,
        cursor,
        from_text if date_from else "",
        to_text if date_to else "",
        tuple(errors),
    )


def _date(text: str, name: str, errors: list[ParamError], *, end: bool):
    if not text:
        return None
    try:
        return parse_user_date(text, end=end)
    except ValueError:
        errors.append(
            ParamError(
                name,
                text,
                "is not a date: use 2017, 2017-06, June 2017, 22 June 2017 or 2017-06-22",
            )
        )
        return None


def query_pairs(
    query: TimelineQuery, *, cursor: str | None = None
) -> list[tuple[str, str]]:
    """The canonical query string of a query's filters (dates as typed), in documented order."""
    f = query.filters
    pairs = (
        [("agency", a) for a in f.agencies]
        + [("borough", b) for b in f.boroughs]
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


def toggled(query: TimelineQuery, facet: str, value: str) -> TimelineQuery:
    """The query with one facet value switched on or off (planned: chosen or back to any)."""
    f = query.filters
    if facet == "planned":
        wanted = value == "true"
        return replace(
            query, filters=replace(f, planned=None if f.planned == wanted else wanted)
        )
    name = {
        "agency": "agencies",
        "borough": "boroughs",
        "type": "types",
        "precision": "precisions",
    }[facet]
    current = getattr(f, name)
    new = (
        tuple(v for v in current if v != value)
        if value in current
        else (*current, value)
    )
    return replace(query, filters=replace(f, **{name: new}))


def with_dates(query: TimelineQuery, date_from: str, date_to: str) -> TimelineQuery:
    """The query narrowed to a date range given as text (the histogram's bars link to these)."""
    return replace(
        query,
        filters=replace(
            query.filters,
            date_from=parse_user_date(date_from),
            date_to=parse_user_date(date_to, end=True),
        ),
        from_text=date_from,
        to_text=date_to,
    )


def with_order(query: TimelineQuery, order: str) -> TimelineQuery:
    return replace(query, filters=replace(query.filters, order=order))


def with_dates_cleared(query: TimelineQuery) -> TimelineQuery:
    return replace(
        query,
        filters=replace(query.filters, date_from=None, date_to=None),
        from_text="",
        to_text="",
    )


def without_q(query: TimelineQuery) -> TimelineQuery:
    return replace(query, filters=replace(query.filters, q=None))


def cleared(query: TimelineQuery) -> TimelineQuery:
    """No filters, the same order."""
    return TimelineQuery(filters=TimelineFilters(order=query.filters.order))
