"""/api/agencies and /api/boroughs: who acts and where, with counts and one-page summaries."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path

from app.api.deps import ERRORS, allow_any_origin
from app.api.schemas import AgenciesOut, BoroughsOut, PlaceCountOut, PlaceSummaryOut
from app.db.queries import agency_summary, borough_summary, list_agencies, list_boroughs
from app.db.session import SessionDep

router = APIRouter(
    prefix="/api", tags=["api: places"], dependencies=[Depends(allow_any_origin)]
)
SLUG = Annotated[
    str, Path(description="The slug, as the timeline's agency= or borough= takes it.")
]


def _counts(rows) -> list[PlaceCountOut]:
    return [PlaceCountOut(slug=r.value, name=r.label, events=r.count) for r in rows]


@router.get(
    "/agencies", name="api_agencies", response_model=AgenciesOut, summary="All agencies"
)
def agencies(session: SessionDep):
    """Every agency with the number of visible events it acts in, most active first."""
    return AgenciesOut(agencies=_counts(list_agencies(session)))


@router.get(
    "/agencies/{slug}",
    name="api_agency",
    response_model=PlaceSummaryOut,
    responses=ERRORS,
    summary="One agency",
)
def agency(session: SessionDep, slug: SLUG):
    """First and last dates, counts by type, people named and the boroughs of the agency's events."""
    found = agency_summary(session, slug=slug) if "\x00" not in slug else None
    if found is None:
        raise HTTPException(404, f"There is no agency {slug!r}.")
    return found


@router.get(
    "/boroughs", name="api_boroughs", response_model=BoroughsOut, summary="All boroughs"
)
def boroughs(session: SessionDep):
    """Every borough with the number of visible events in it, busiest first."""
    return BoroughsOut(boroughs=_counts(list_boroughs(session)))


@router.get(
    "/boroughs/{slug}",
    name="api_borough",
    response_model=PlaceSummaryOut,
    responses=ERRORS,
    summary="One borough",
)
def borough(session: SessionDep, slug: SLUG):
    """First and last dates, counts by type, people named and the agencies of the borough's events."""
    found = borough_summary(session, slug=slug) if "\x00" not in slug else None
    if found is None:
        raise HTTPException(404, f"There is no borough {slug!r}.")
    return found
