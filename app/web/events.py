"""One event's page: its date and why, every source with the quoted passages, related events, cite."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from app.db.queries import get_event
from app.db.rows import EventDetail
from app.db.session import SessionDep
from app.web.cite import event_reference, formats
from app.web.templating import templates

router = APIRouter(tags=["events"])
NOT_FOUND = (
    "There is no event with this id (it may have been merged or hidden by a curator)."
)


def _detail(session, event_id: str) -> EventDetail:
    detail = get_event(session, event_id=event_id)
    if detail is None:
        raise HTTPException(404, NOT_FOUND)
    return detail


def cite_formats(request: Request, detail: EventDetail) -> list[tuple[str, str, str]]:
    """The event's citation in every format: the event page and each timeline entry offer these."""
    first = next((r for r in detail.reports if r.quotes), None)
    source_link = None
    if first:
        source_link = f"{request.url_for('source_version', slug=first.slug, version=first.version)}#p{first.quotes[0].number}"
    permalink = str(request.url_for("event", event_id=detail.event.id))
    return formats(
        event_reference(detail, permalink=permalink, source_permalink=source_link)
    )


@router.get(
    "/events/{event_id}",
    name="event",
    response_class=HTMLResponse,
    summary="One event (HTML)",
)
def event_page(request: Request, event_id: str, session: SessionDep):
    """The event page; 404 for an unknown or hidden event."""
    detail = _detail(session, event_id)
    return templates.TemplateResponse(
        request=request,
        name="events/detail.html",
        context={
            "detail": detail,
            "e": detail.event,
            "cite_formats": cite_formats(request, detail),
            "permalink": str(request.url_for("event", event_id=event_id)),
        },
    )


@router.get(
    "/events/{event_id}/cite",
    name="event_cite",
    response_class=HTMLResponse,
    include_in_schema=False,
)
def event_cite(request: Request, event_id: str, session: SessionDep):
    """The cite control's body for a timeline entry (htmx); anyone else goes to the event page's."""
    detail = _detail(session, event_id)
    if request.headers.get("HX-Request") != "true":
        return RedirectResponse(
            f"{request.url_for('event', event_id=event_id)}#cite-event", status_code=303
        )
    return templates.TemplateResponse(
        request=request,
        name="_cite_body.html",
        context={
            "id": f"cite-{event_id}",
            "formats": cite_formats(request, detail),
            "what": f"“{detail.event.title}”",
        },
        headers={"Vary": "HX-Request"},
    )
