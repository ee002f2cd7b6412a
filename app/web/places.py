"""Agency and borough pages: the timeline pre-filtered, with dates, counts by type and people named."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from app.db.filters import TimelineFilters
from app.db.queries import (
    agency_summary,
    borough_summary,
    list_agencies,
    list_boroughs,
    timeline_events,
)
from app.db.session import SessionDep
from app.web.grouping import group_events
from app.web.params import TimelineQuery
from app.web.templating import templates

router = APIRouter(tags=["places"])
PAGE_SIZE = 50


@router.get(
    "/agencies",
    name="agencies",
    response_class=HTMLResponse,
    summary="All agencies (HTML)",
)
def agencies_page(request: Request, session: SessionDep):
    """Every agency with its number of events."""
    return templates.TemplateResponse(
        request=request,
        name="agencies/list.html",
        context={"items": list_agencies(session), "kind": "agency"},
    )


@router.get(
    "/boroughs",
    name="boroughs",
    response_class=HTMLResponse,
    summary="All boroughs (HTML)",
)
def boroughs_page(request: Request, session: SessionDep):
    """Every borough with its number of events."""
    return templates.TemplateResponse(
        request=request,
        name="boroughs/list.html",
        context={"items": list_boroughs(session), "kind": "borough"},
    )


@router.get(
    "/agencies/{slug}",
    name="agency",
    response_class=HTMLResponse,
    summary="One agency (HTML)",
)
def agency_page(request: Request, slug: str, session: SessionDep):
    """An agency's events, first and last dates, counts by type, boroughs and people."""
    summary = agency_summary(session, slug=slug)
    if summary is None:
        raise HTTPException(404, "There is no agency with this name.")
    return _render(
        request,
        session,
        "agencies/detail.html",
        summary,
        TimelineFilters(agencies=(slug,)),
    )


@router.get(
    "/boroughs/{slug}",
    name="borough",
    response_class=HTMLResponse,
    summary="One borough (HTML)",
)
def borough_page(request: Request, slug: str, session: SessionDep):
    """A borough's events, first and last dates, counts by type, agencies and people."""
    summary = borough_summary(session, slug=slug)
    if summary is None:
        raise HTTPException(404, "There is no borough with this name.")
    return _render(
        request,
        session,
        "boroughs/detail.html",
        summary,
        TimelineFilters(boroughs=(slug,)),
    )


def _render(request: Request, session, name: str, summary, filters: TimelineFilters):
    query = TimelineQuery(filters=filters)
    page = timeline_events(session, filters=filters, limit=PAGE_SIZE)
    return templates.TemplateResponse(
        request=request,
        name=name,
        context={
            "summary": summary,
            "query": query,
            "page": page,
            "groups": group_events(page.events),
        },
    )
