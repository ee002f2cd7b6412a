"""/api/facets: the timeline's facet counts for the current filters, as the filter form shows them."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse

from app.api.deps import PARAM_ERRORS, allow_any_origin, filter_params, parse_query
from app.api.schemas import FacetsOut
from app.db.queries import facet_counts
from app.db.session import SessionDep

router = APIRouter(
    prefix="/api", tags=["api: facets"], dependencies=[Depends(allow_any_origin)]
)


@router.get(
    "/facets",
    name="api_facets",
    response_model=FacetsOut,
    responses=PARAM_ERRORS,
    dependencies=[Depends(filter_params)],
    summary="Facet counts",
)
def facets(
    request: Request,
    session: SessionDep,
    size: Annotated[
        int,
        Query(
            ge=1,
            le=100,
            description="Agencies and boroughs listed (selected ones always are).",
        ),
    ] = 12,
):
    """Counts per agency, borough, type, precision and planned; each facet counts under the other filters."""
    query = parse_query(request)
    if isinstance(query, JSONResponse):
        return query
    return facet_counts(session, filters=query.filters, size=size)
