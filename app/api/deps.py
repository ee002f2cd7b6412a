"""What the API and export routes share: the documented filter parameters, errors, links.

The filters are parsed by ``app.query.parse_timeline_params`` (the HTML timeline's own parser)
from the raw query string; the parameters declared here only document them in the OpenAPI schema.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Annotated

from fastapi import Query, Request, Response
from fastapi.responses import JSONResponse

from app.api.schemas import ApiError
from app.exports.context import ExportContext, view_context
from app.exports.links import Links
from app.ingest.records import EVENT_TYPES, PRECISIONS
from app.query import (
    MAX_QUERY,
    ParamError,
    TimelineQuery,
    parse_timeline_params,
    query_pairs,
)

MAX_LIMIT = 500
SLUG_PATTERN = r"^[a-z0-9][a-z0-9-]{0,199}$"
# Constraints are stated in the schema only (json_schema_extra): the timeline's parser enforces
# them, so that the page, the API and the exports reject exactly the same values the same way.
SLUGS = {"items": {"type": "string", "pattern": SLUG_PATTERN}}

ERRORS = {
    404: {"model": ApiError, "description": "No such item."},
    422: {
        "model": ApiError,
        "description": "A malformed parameter; each line of errors names one.",
    },
}
PARAM_ERRORS = {422: ERRORS[422]}


def filter_params(
    agency: Annotated[
        list[str],
        Query(
            description="Agency slug; repeat for any of several.",
            examples=[["redbridge-council"]],
            json_schema_extra=SLUGS,
        ),
    ] = [],  # noqa: B006 - FastAPI copies defaults
    borough: Annotated[
        list[str],
        Query(
            description="Borough slug; repeat for any of several.",
            examples=[["barking-and-dagenham"]],
            json_schema_extra=SLUGS,
        ),
    ] = [],  # noqa: B006
    place: Annotated[
        list[str],
        Query(
            description="Place slug (the place and its borough); repeat for any of several.",
            examples=[["ilford-lane-redbridge"]],
            json_schema_extra=SLUGS,
        ),
    ] = [],  # noqa: B006
    type: Annotated[
        list[str],
        Query(
            description="Event type; repeat for any of several.",
            json_schema_extra={"items": {"type": "string", "enum": list(EVENT_TYPES)}},
        ),
    ] = [],  # noqa: A002, B006
    date_from: Annotated[
        str | None,
        Query(
            alias="from",
            description="Events whose date interval overlaps from..to: 2017, 2017-06, June 2017, 22 June 2017 or 2017-06-22.",
            examples=["2017"],
        ),
    ] = None,
    date_to: Annotated[
        str | None,
        Query(
            alias="to",
            description="End of the range (to=2017 means to the end of 2017).",
            examples=["June 2018"],
        ),
    ] = None,
    precision: Annotated[
        list[str],
        Query(
            description="Date precision; repeatable.",
            json_schema_extra={"items": {"type": "string", "enum": list(PRECISIONS)}},
        ),
    ] = [],  # noqa: B006
    planned: Annotated[
        str | None,
        Query(
            description="true: planned when reported; false: past.",
            json_schema_extra={"enum": ["true", "false"]},
        ),
    ] = None,
    q: Annotated[
        str | None,
        Query(
            description="Full-text search; every word must match as a prefix.",
            examples=["Romanian"],
            json_schema_extra={"maxLength": MAX_QUERY},
        ),
    ] = None,
    order: Annotated[
        str | None,
        Query(
            description="newest (default) or oldest first.",
            json_schema_extra={"enum": ["newest", "oldest"]},
        ),
    ] = None,
) -> None:
    """Declares the timeline's query string for the OpenAPI schema; parsing is the timeline's own."""


# Public read-only data: a newsroom's TimelineJS page (or any script) may fetch it.
ANY_ORIGIN = {"Access-Control-Allow-Origin": "*"}


def allow_any_origin(response: Response) -> None:
    """Adds ANY_ORIGIN to responses built from a response model (returned Responses add it themselves)."""
    response.headers.update(ANY_ORIGIN)


def param_error(errors: Sequence[ParamError]) -> JSONResponse:
    """422 naming each malformed parameter, in the app's error shape."""
    names = list(dict.fromkeys(e.param for e in errors))
    detail = (
        f"Invalid query parameter{'s' if len(names) > 1 else ''}: {', '.join(names)}"
    )
    # worded as the timeline page words them: "from=2017-13 is not a date: ..."
    lines = [f"{e.param}={e.value} {e.message}" for e in errors]
    return JSONResponse(
        {"detail": detail, "errors": lines}, status_code=422, headers=ANY_ORIGIN
    )


def parse_query(request: Request) -> TimelineQuery | JSONResponse:
    """The timeline's filters from the request, or the 422 response when one is malformed."""
    query = parse_timeline_params(request.query_params)
    return param_error(query.errors) if query.errors else query


def links_for(request: Request) -> Links:
    return Links(str(request.base_url))


def export_context(request: Request, query: TimelineQuery) -> ExportContext:
    return view_context(query_pairs(query), links_for(request), datetime.now(UTC))
