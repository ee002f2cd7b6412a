"""Exports of the timeline view at the timeline's path with an extension and the same query string.

/events.csv?borough=redbridge is the view /?borough=redbridge as CSV; likewise .json, .ics,
.timelinejs.json, .csl.json and .bib. The whole view is exported (no paging; undated events last).
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request, Response
from fastapi.responses import JSONResponse

from app.api.deps import (
    ANY_ORIGIN,
    PARAM_ERRORS,
    export_context,
    filter_params,
    parse_query,
)
from app.api.schemas import JsonExportOut
from app.db.export_queries import export_events
from app.db.session import SessionDep
from app.exports.formats import FORMATS, ExportFormat

router = APIRouter(tags=["exports"])
FILE_STEM = "policing-timeline"

# what /openapi.json declares each format's body to be
BODY_SCHEMAS = {
    "timelinejs": {"type": "object", "required": ["events"]},
    "csl": {"type": "array", "items": {"type": "object", "required": ["id", "type"]}},
}


def export_endpoint(fmt: ExportFormat):
    """The route function serving one format."""

    def endpoint(request: Request, session: SessionDep):
        query = parse_query(request)
        if isinstance(query, JSONResponse):
            return query
        body = fmt.render(
            export_events(session, filters=query.filters),
            export_context(request, query),
        )
        disposition = "attachment" if fmt.download else "inline"
        headers = {
            "Content-Disposition": f'{disposition}; filename="{FILE_STEM}.{fmt.extension}"',
            **ANY_ORIGIN,
        }
        return Response(body, media_type=fmt.media_type, headers=headers)

    endpoint.__name__ = f"events_{fmt.name}"
    endpoint.__doc__ = f"The timeline view (same filters as /) as {fmt.label}."
    return endpoint


def _responses(fmt: ExportFormat) -> dict:
    if fmt.name == "json":
        return {
            200: {"description": "The view as JSON.", "model": JsonExportOut},
            **PARAM_ERRORS,
        }
    media = fmt.media_type.split(";")[0]
    schema = BODY_SCHEMAS.get(fmt.name, {"type": "string"})
    return {
        200: {
            "description": f"The view as {fmt.label}.",
            "content": {media: {"schema": schema}},
        },
        **PARAM_ERRORS,
    }


for _fmt in FORMATS.values():
    router.add_api_route(
        f"/events.{_fmt.extension}",
        export_endpoint(_fmt),
        methods=["GET"],
        name=f"events_{_fmt.name}",
        summary=f"Export the view as {_fmt.label}",
        response_class=JSONResponse if _fmt.name == "json" else Response,
        dependencies=[Depends(filter_params)],
        responses=_responses(_fmt),
    )
