"""Agency and borough pages: the timeline pre-filtered, with dates, counts by type and people named."""

from __future__ import annotations

from dataclasses import dataclass

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


@dataclass(frozen=True)
class PlaceKind:
    """What differs between the agency and the borough pages: one pair of templates serves both."""

    name: str
    singular: str
    plural: str
    list_route: str
    item_route: str
    partner_heading: str  # the other kind, listed on a detail page
    partner_route: str


AGENCY = PlaceKind("agency", "Agency", "Agencies", "agencies", "agency", "Boroughs", "borough")
BOROUGH = PlaceKind("borough", "Borough", "Boroughs", "boroughs", "borough", "Agencies", "agency")


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
        name="places/list.html",
        context={"items": list_agencies(session), "kind": AGENCY},
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
        name="places/list.html",
        context={"items": list_boroughs(session), "kind": BOROUGH},
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
        AGENCY,
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
        BOROUGH,
        summary,
        TimelineFilters(boroughs=(slug,)),
    )


def _render(request: Request, session, kind: PlaceKind, summary, filters: TimelineFilters):
    query = TimelineQuery(filters=filters)
    page = timeline_events(session, filters=filters, limit=PAGE_SIZE)
    return templates.TemplateResponse(
        request=request,
        name="places/detail.html",
        context={
            "kind": kind,
            "summary": summary,
            "query": query,
            "page": page,
            "groups": group_events(page.events),
        },
    )
