"""One event's page: its date and why, every source with the quoted passages, related events, cite."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from app.db.queries import get_event
from app.db.session import SessionDep
from app.web.cite import event_reference, formats
from app.web.templating import templates

router = APIRouter(tags=["events"])


@router.get(
    "/events/{event_id}",
    name="event",
    response_class=HTMLResponse,
    summary="One event (HTML)",
)
def event_page(request: Request, event_id: str, session: SessionDep):
    """The event page; 404 for an unknown or hidden event."""
    detail = get_event(session, event_id=event_id)
    if detail is None:
        raise HTTPException(
            404,
            "There is no event with this id (it may have been merged or hidden by a curator).",
        )
    permalink = str(request.url_for("event", event_id=event_id))
    first = next((r for r in detail.reports if r.quotes), None)
    source_link = None
    if first:
        source_link = f"{request.url_for('source_version', slug=first.slug, version=first.version)}#p{first.quotes[0].number}"
    reference = event_reference(
        detail, permalink=permalink, source_permalink=source_link
    )
    return templates.TemplateResponse(
        request=request,
        name="events/detail.html",
        context={
            "detail": detail,
            "e": detail.event,
            "cite_formats": formats(reference),
            "permalink": permalink,
        },
    )
