"""/api/events: the timeline's events as JSON, paged with an opaque keyset cursor; and one event."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse, Response

from app.api.deps import (
    ANY_ORIGIN,
    ERRORS,
    MAX_LIMIT,
    PARAM_ERRORS,
    allow_any_origin,
    filter_params,
    links_for,
    parse_query,
)
from app.api.schemas import EventDetailOut, EventOut, EventsPageOut
from app.db.cache import cached_page
from app.db.export_queries import with_passages
from app.db.paging import events_then_undated
from app.db.queries import get_event
from app.db.session import SessionDep
from app.exports.links import Links
from app.exports.records import event_record
from app.query import query_pairs

router = APIRouter(
    prefix="/api", tags=["api: events"], dependencies=[Depends(allow_any_origin)]
)


def events_out(session, rows, links: Links) -> list[EventOut]:
    return [
        EventOut.model_validate(event_record(e, links))
        for e in with_passages(session, rows)
    ]


@router.get(
    "/events",
    name="api_events",
    response_model=EventsPageOut,
    responses=PARAM_ERRORS,
    dependencies=[Depends(filter_params)],
    summary="Events of the timeline, filtered and paged",
)
def list_events(
    request: Request,
    session: SessionDep,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size.")] = 50,
    cursor: Annotated[
        str | None,
        Query(description="The next_cursor of the previous page (same order)."),
    ] = None,
):
    """The same filters and order as the timeline page (/?...), newest first unless order=oldest.

    Pages follow a keyset cursor on (earliest date, latest date, id), not an offset: an event whose
    date does not change is served exactly once, however many events are stored or removed while
    you page. After the last dated event the pages go on with the undated ones (in ``undated``,
    ordered by id), so following ``next`` to the end gives every event once; each page holds at
    most ``limit`` events in all.
    """
    query = parse_query(request)
    if isinstance(query, JSONResponse):
        return query
    # a page's JSON depends on the database, the query and the base URL of its links alone: built
    # once per data version (app.db.cache)
    body = cached_page(
        session,
        ("api_events", str(request.base_url), query, limit),
        lambda: _events_page(request, session, query, limit).model_dump_json().encode(),
    )
    return Response(body, media_type="application/json", headers=ANY_ORIGIN)


def _events_page(request: Request, session, query, limit: int) -> EventsPageOut:
    page = events_then_undated(
        session, filters=query.filters, limit=limit, cursor=query.cursor
    )
    links = links_for(request)
    next_url = None
    if page.next_cursor:
        next_url = (
            str(request.url_for("api_events"))
            + "?"
            + urlencode(
                [*query_pairs(query, cursor=page.next_cursor), ("limit", str(limit))]
            )
        )
    return EventsPageOut(
        events=events_out(session, page.events, links),
        total=page.total,
        limit=limit,
        next_cursor=page.next_cursor,
        next=next_url,
        undated=events_out(session, page.undated, links),
        undated_total=page.undated_total,
    )


@router.get(
    "/events/{event_id}",
    name="api_event",
    response_model=EventDetailOut,
    responses=ERRORS,
    summary="One event",
)
def event_detail(
    request: Request,
    session: SessionDep,
    event_id: Annotated[str, Path(description="The event's id.")],
):
    """The event with its date's anchor, every source's report with the quoted passages, and related events."""
    detail = get_event(session, event_id=event_id) if "\x00" not in event_id else None
    if detail is None:
        raise HTTPException(
            404,
            f"There is no event with id {event_id!r} (it may have been merged or hidden).",
        )
    links = links_for(request)
    return EventDetailOut(
        event=events_out(session, [detail.event], links)[0],
        anchor=detail.anchor,
        core=detail.core,
        cluster_reason=detail.cluster_reason,
        corrected=detail.corrected,
        people=list(detail.people),
        reports=list(detail.reports),
        related=events_out(session, detail.related, links),
    )
