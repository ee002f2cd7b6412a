"""/api/sources: the articles, and one article's numbered paragraphs at a version."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Query

from app.api.deps import ERRORS, allow_any_origin
from app.api.schemas import SourceOut, SourcesOut
from app.db.queries import get_source, list_sources
from app.db.session import SessionDep

router = APIRouter(
    prefix="/api/sources",
    tags=["api: sources"],
    dependencies=[Depends(allow_any_origin)],
)


@router.get("", name="api_sources", response_model=SourcesOut, summary="All sources")
def sources(session: SessionDep):
    """Every article at its current version, newest publication first, undated ones last."""
    found = list_sources(session)
    return SourcesOut(count=len(found), sources=found)


@router.get(
    "/{slug}",
    name="api_source",
    response_model=SourceOut,
    responses=ERRORS,
    summary="One source with its paragraphs",
)
def source(
    session: SessionDep,
    slug: Annotated[str, Path(description="The source's slug.")],
    version: Annotated[
        int | None,
        Query(
            ge=1,
            le=1_000_000,
            description="A version number; the current one by default.",
        ),
    ] = None,
):
    """The article at a version, each paragraph with the events citing it."""
    found = (
        get_source(session, slug=slug, version=version) if "\x00" not in slug else None
    )
    if found is None:
        if (
            version is not None
            and "\x00" not in slug
            and get_source(session, slug=slug) is not None
        ):
            raise HTTPException(404, f"Source {slug!r} has no version {version}.")
        raise HTTPException(404, f"There is no source {slug!r}.")
    return found
