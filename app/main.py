"""The web application: create_app() builds it from settings (run with uvicorn --factory)."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.staticfiles import StaticFiles

from app.config import Settings, get_settings
from app.db.session import make_engine
from app.web.guards import HeadAsGet, RequestLimits, TimeLimit
from app.web.logs import REQUEST_ID_HEADER, RequestLog, configure_logging
from app.web.security import SecurityHeaders, security_headers
from app.web.templating import STATIC_DIR, templates

log = logging.getLogger("app.errors")

ERROR_TITLES = {
    400: "Bad request",
    404: "Not found",
    405: "Method not allowed",
    411: "Length required",
    413: "Request too large",
    422: "Invalid request",
    500: "Something went wrong",
    503: "Taking too long",
}


def create_app(settings: Settings | None = None) -> FastAPI:
    """The FastAPI app for these settings (environment and .env when None)."""
    settings = settings or get_settings()
    configure_logging(settings.log_level)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.engine = make_engine(settings.database_url)
        try:
            yield
        finally:
            app.state.engine.dispose()

    # No /docs or /redoc: they load scripts from a CDN (there is no network at run time) and
    # need inline scripts, which the Content-Security-Policy forbids. /openapi.json stays.
    app = FastAPI(
        title="Policing Timeline", lifespan=lifespan, docs_url=None, redoc_url=None
    )
    app.state.settings = settings
    # innermost first: every response, error pages included, passes the request log and then the
    # security headers on its way out
    app.add_middleware(TimeLimit, render=error_page, seconds=settings.request_timeout)
    app.add_middleware(RequestLimits, render=error_page, max_body_bytes=settings.max_body_bytes)
    app.add_middleware(HeadAsGet)
    app.add_middleware(RequestLog, render=error_page)
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    from app.web import events, places, sources, timeline

    for module in (timeline, events, sources, places):
        app.include_router(module.router)

    from app.api.routes import router as api_router

    app.include_router(api_router)  # the JSON API and the exports (issue 6)

    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _server_error)
    return app


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.url.path == "/openapi.json"


def error_page(
    request: Request, status: int, message: str, details: list[str] | None = None
):
    """A plain HTML error page (JSON under /api) with no internals in it.

    A server error names the request's id, which its line in the log carries too.
    """
    request_id = request.scope.get("state", {}).get("request_id")
    headers = security_headers()
    if request_id:
        headers[REQUEST_ID_HEADER] = request_id
    if _wants_json(request):
        body = {"detail": message, "errors": details or []}
        if request_id and status >= 500:
            body["request_id"] = request_id
        return JSONResponse(body, status_code=status, headers=headers)
    return templates.TemplateResponse(
        request=request,
        name="errors/error.html",
        context={
            "status": status,
            "title": ERROR_TITLES.get(status, "Error"),
            "message": message,
            "details": details or [],
            "reference": request_id if status >= 500 else None,
        },
        status_code=status,
        headers=headers,
    )


async def _http_error(request: Request, exc: StarletteHTTPException):
    # Starlette's own details ("Not Found") are replaced by sentences; a route's own detail is kept.
    generic = {
        "Not Found": "There is no page at this address.",
        "Method Not Allowed": "This page cannot be requested that way.",
    }
    response = error_page(
        request, exc.status_code, generic.get(str(exc.detail), str(exc.detail))
    )
    if exc.headers:
        response.headers.update(exc.headers)
    return response


async def _validation_error(request: Request, exc: RequestValidationError):
    details = []
    for err in exc.errors():
        where = ".".join(
            str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body")
        )
        details.append(
            f"{where}: {err.get('msg', 'invalid')}"
            if where
            else str(err.get("msg", "invalid"))
        )
    return error_page(request, 422, "Part of this address is not valid.", details)


async def _server_error(request: Request, exc: Exception):
    # RequestLog answers errors inside the app; this is the last resort for anything it missed
    log.error(
        "unhandled error",
        exc_info=exc,
        extra={
            "fields": {
                "request_id": request.scope.get("state", {}).get("request_id"),
                "method": request.method,
                "path": request.url.path,
            }
        },
    )
    return error_page(
        request, 500, "The server could not show this page. The error has been logged."
    )
