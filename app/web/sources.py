"""The sources: the list of articles, and one article's numbered, citable paragraphs at a version."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Path, Request
from fastapi.responses import HTMLResponse

from app.db.queries import get_source, list_sources
from app.db.rows import SourceView
from app.db.session import SessionDep
from app.web.cite import formats, original_link, paragraph_reference
from app.web.marks import paragraph_marks
from app.web.templating import templates

router = APIRouter(prefix="/sources", tags=["sources"])


@router.get(
    "", name="sources", response_class=HTMLResponse, summary="All sources (HTML)"
)
def sources_page(request: Request, session: SessionDep):
    """Every article, newest first."""
    return templates.TemplateResponse(
        request=request,
        name="sources/list.html",
        context={"sources": list_sources(session)},
    )


@router.get(
    "/{slug}",
    name="source",
    response_class=HTMLResponse,
    summary="One source, current version (HTML)",
)
def source_page(request: Request, slug: str, session: SessionDep):
    """The current version of an article."""
    source = get_source(session, slug=slug)
    if source is None:
        raise HTTPException(404, "There is no source with this name.")
    return _render(request, source)


@router.get(
    "/{slug}/v/{version}",
    name="source_version",
    response_class=HTMLResponse,
    summary="One source at a version (HTML)",
)
def source_version_page(
    request: Request,
    slug: str,
    session: SessionDep,
    version: int = Path(ge=1, le=1_000_000),
):
    """An article at a given version: permalinks point here, so they resolve after the text changes."""
    source = get_source(session, slug=slug, version=version)
    if source is None:
        raise HTTPException(404, "There is no such version of this source.")
    return _render(request, source)


def _render(request: Request, source: SourceView):
    base = str(
        request.url_for("source_version", slug=source.slug, version=source.version)
    )
    citations = {}
    originals = {}
    for p in source.paragraphs:
        reference = paragraph_reference(source, p, permalink=f"{base}#p{p.number}")
        citations[p.number] = formats(reference)
        originals[p.number] = original_link(source.url, p.text)
    return templates.TemplateResponse(
        request=request,
        name="sources/detail.html",
        context={
            "source": source,
            "marks": paragraph_marks(source),
            "citations": citations,
            "originals": originals,
            "permalink_base": base,
        },
    )
