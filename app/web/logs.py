"""Structured logs: one JSON line per request on stderr, and errors tagged with the request's id.

Every line of the ``app`` loggers is a JSON object (time, level, logger, message, and the fields
passed in ``extra={"fields": {...}}``); lines written while a request runs carry its id, which the
response's X-Request-ID header and the 500 page also show, so a reader's report finds its line.
Only the path is logged, not the query string: search words stay out of the logs.
"""

from __future__ import annotations

import contextvars
import json
import logging
import re
import sys
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

REQUEST_ID_HEADER = "X-Request-ID"
request_id_var: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "request_id", default=None
)
requests_log = logging.getLogger("app.requests")
errors_log = logging.getLogger("app.errors")
# an id a proxy in front of us gave the request is kept when it is safe to echo back
_GIVEN_ID = re.compile(r"[A-Za-z0-9._-]{8,64}")


class JsonFormatter(logging.Formatter):
    """A log record as one JSON line."""

    def format(self, record: logging.LogRecord) -> str:
        line = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        if (request_id := request_id_var.get()) is not None:
            line["request_id"] = request_id
        line.update(getattr(record, "fields", {}))
        if record.exc_info and record.exc_info[0] is not None:
            line["error"] = f"{record.exc_info[0].__name__}: {record.exc_info[1]}"
            line["traceback"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever sys.stderr is at the time (test runners swap it)."""

    @property
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, value) -> None:
        pass


def configure_logging(level: str) -> None:
    """JSON lines on stderr for the ``app`` loggers at this level; calling it again only sets the level."""
    logger = logging.getLogger("app")
    logger.setLevel(level.upper())
    if not any(isinstance(h, _StderrHandler) for h in logger.handlers):
        handler = _StderrHandler()
        handler.setFormatter(JsonFormatter())
        logger.addHandler(handler)


def _given_id(scope: Scope) -> str | None:
    for name, value in scope.get("headers", []):
        if name == b"x-request-id":
            text = value.decode("latin-1")
            return text if _GIVEN_ID.fullmatch(text) else None
    return None


class RequestLog:
    """Gives each request an id (X-Request-ID), logs one line when its response is complete, and
    turns an unhandled error into the 500 page and one error line (with the traceback) in the log.

    ``render(request, status, message)`` makes the error page.
    """

    def __init__(
        self, app: ASGIApp, render: Callable[[Request, int, str], Response]
    ) -> None:
        self.app = app
        self.render = render

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = _given_id(scope) or uuid.uuid4().hex[:16]
        scope.setdefault("state", {})["request_id"] = request_id
        token = request_id_var.set(request_id)
        started = time.perf_counter()
        status = 0
        logged = False

        def log_line(code: int) -> None:
            nonlocal logged
            logged = True
            requests_log.log(
                logging.WARNING if code >= 500 else logging.INFO,
                "request",
                extra={
                    "fields": {
                        "request_id": request_id,
                        "method": scope["method"],
                        "path": scope["path"],
                        "status": code,
                        "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                    }
                },
            )

        async def send_logged(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = list(message.get("headers", []))
                if not any(k.lower() == b"x-request-id" for k, _ in headers):
                    headers.append((b"x-request-id", request_id.encode()))
                message["headers"] = headers
            await send(message)
            if message["type"] == "http.response.body" and not message.get("more_body"):
                log_line(status)

        try:
            await self.app(scope, receive, send_logged)
        except Exception:
            errors_log.exception(
                "unhandled error",
                extra={
                    "fields": {
                        "request_id": request_id,
                        "method": scope["method"],
                        "path": scope["path"],
                    }
                },
            )
            if status:  # the response had begun: nothing can be sent instead
                raise
            response = self.render(
                Request(scope),
                500,
                "The server could not show this page. The error has been logged.",
            )
            await response(scope, receive, send_logged)
        finally:
            if not logged and status:
                log_line(status)
            request_id_var.reset(token)
