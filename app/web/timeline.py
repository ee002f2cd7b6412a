"""The timeline at / and /events: filters, facets, histogram and the grouped list of entries.

Without JavaScript the filter form is an ordinary GET form. With htmx, a filter change asks for the
same URL with an HX-Request header and gets only the #timeline fragment; "more" asks for the next
page's entries only. History-restore requests get the whole page.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from sqlmodel import Session, select

from app.db.cache import cached_page
from app.db.event_queries import place_names
from app.db.filters import decode_cursor, encode_cursor, undated_cursor
from app.db.models import Agency, Borough
from app.db.page_counts import page_counts
from app.db.paging import events_then_undated
from app.db.queries import timeline_events
from app.db.rows import FacetCount
from app.db.session import SessionDep
from app.web.grouping import group_events
from app.web.histogram import build_histogram
from app.web.params import ParamError, TimelineQuery, parse_timeline_params
from app.web.templating import templates
from app.web.warm import note_front_page

router = APIRouter(tags=["timeline"])
PAGE_SIZE = 50
MORE_TARGET = "more"
UNKNOWN = {
    "agency": "names no agency in this timeline, so no event matches it",
    "borough": "names no borough with events in this timeline, so no event matches it",
    "place": "names no place in this timeline, so no event matches it",
}


def is_fragment_request(request: Request) -> bool:
    """An htmx swap (not a history restore, which needs the whole page)."""
    return (
        request.headers.get("HX-Request") == "true"
        and request.headers.get("HX-History-Restore-Request") != "true"
    )


def chosen_labels(
    session: Session, query: TimelineQuery, facets: dict[str, list[FacetCount]]
) -> tuple[dict[str, dict[str, str]], list[ParamError]]:
    """Names of the chosen agencies, boroughs and places, and the chosen slugs that name nothing.

    A well-formed slug nothing is filed under stays in the filters (the list is then honestly
    empty, and the link keeps working once such events arrive); the page says why it is empty.
    """
    f = query.filters
    labels = {
        "agency": _names(session, Agency, f.agencies, facets["agency"]),
        "borough": _names(session, Borough, f.boroughs, facets["borough"]),
        "place": place_names(session, slugs=f.places),
    }
    unknown = [
        ParamError(facet, slug, UNKNOWN[facet])
        for facet, chosen in (
            ("agency", f.agencies),
            ("borough", f.boroughs),
            ("place", f.places),
        )
        for slug in chosen
        if slug not in labels[facet]
    ]
    return labels, unknown


def _names(session: Session, model, chosen: tuple[str, ...], counts: list[FacetCount] | None) -> dict[str, str]:
    """slug -> name of the chosen ones: from the facet's counts, or the table when they timed out."""
    if counts is not None:
        return {c.value: c.label for c in counts}
    if not chosen:
        return {}
    return dict(session.exec(select(model.slug, model.name).where(model.slug.in_(chosen))).all())


def timeline_context(
    session: Session,
    query: TimelineQuery,
    *,
    limit: int | None = None,
    facets: bool = True,
) -> dict:
    """What the timeline templates need for a parsed query (PAGE_SIZE entries unless limit)."""
    cursor = (
        decode_cursor(query.cursor, order=query.filters.order) if query.cursor else None
    )
    if cursor is not None and cursor.undated:
        # past the dated events: the undated ones, a page at a time
        page = events_then_undated(
            session,
            filters=query.filters,
            limit=limit or PAGE_SIZE,
            cursor=query.cursor,
        )
    else:
        page = timeline_events(
            session,
            filters=query.filters,
            limit=limit or PAGE_SIZE,
            cursor=query.cursor,
        )
    after = (
        (cursor.earliest, cursor.latest)
        if cursor is not None and not cursor.undated
        else None
    )
    context = {
        "query": query,
        "page": page,
        "groups": group_events(page.events, after=after),
        "undated_phase": cursor is not None and cursor.undated,
        "undated_start": encode_cursor(undated_cursor(query.filters.order)),
        "page_size": limit or PAGE_SIZE,
    }
    if facets:
        counts = page_counts(session, filters=query.filters)
        context["facets"] = counts.facets
        context["timed_out"] = counts.timed_out
        context["labels"], context["unknown"] = chosen_labels(
            session, query, counts.facets
        )
        context["histogram"] = (
            build_histogram(counts.histogram) if counts.histogram is not None else None
        )
    return context


@router.get(
    "/", name="timeline", response_class=HTMLResponse, summary="The timeline (HTML)"
)
@router.get(
    "/events", name="event_list", response_class=HTMLResponse, include_in_schema=False
)
def timeline(request: Request, session: SessionDep):
    """The filtered timeline; a malformed parameter is explained on the page (status 400)."""
    query = parse_timeline_params(request.query_params)
    status = 400 if query.errors else 200
    headers = {"Vary": "HX-Request, HX-Target, HX-History-Restore-Request"}
    if is_fragment_request(request) and request.headers.get("HX-Target") == MORE_TARGET:
        name = "_more.html"
    else:
        name = "_timeline.html" if is_fragment_request(request) else "events/list.html"

    def render() -> bytes:
        context = timeline_context(session, query, facets=name != "_more.html")
        if name != "_more.html":
            context["fragment"] = name != "events/list.html"
        return templates.TemplateResponse(request=request, name=name, context=context, status_code=status).body

    if query.errors:
        body = render()
    else:
        if query == TimelineQuery() and name == "events/list.html":
            note_front_page(request)  # keep the front page rendered after writes (app.web.warm)
        # the page depends on the database, the parsed query, the template and the links' base URL
        # alone: rendered once per data version (app.db.cache), so a repeat costs a dictionary look-up
        body = cached_page(session, ("timeline", str(request.base_url), name, query), render)
    return HTMLResponse(body, status_code=status, headers=headers)
