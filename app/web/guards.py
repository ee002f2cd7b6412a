"""Safe web defaults as pure ASGI middleware: read-only methods, a body size limit, a time limit,
and HEAD answered like GET.

The site only reads: GET and HEAD are the only methods, everywhere (405 otherwise), and no route
reads a body, so a body over a small limit is refused (413) before anything else runs. A request
still running after the time limit gets a 503 page at once; its thread cannot be stopped, so it
finishes in the background and its own response is dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import anyio
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

READ_METHODS = ("GET", "HEAD")
log = logging.getLogger("app.errors")

Render = Callable[[Request, int, str], Response]


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key == name:
            return value.decode("latin-1")
    return None


class RequestLimits:
    """413 for a body over max_body_bytes, 411 for a body of unstated length, 405 for other methods."""

    def __init__(self, app: ASGIApp, render: Render, max_body_bytes: int) -> None:
        self.app = app
        self.render = render
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        problem = self.problem(scope)
        if problem is None:
            await self.app(scope, receive, send)
            return
        status, message = problem
        response = self.render(Request(scope), status, message)
        if status == 405:
            response.headers["Allow"] = ", ".join(READ_METHODS)
        await response(scope, receive, send)

    def problem(self, scope: Scope) -> tuple[int, str] | None:
        length = _header(scope, b"content-length")
        if length is not None and (
            not length.isdigit() or int(length) > self.max_body_bytes
        ):
            return (
                413,
                f"The request is too large: this site accepts at most {self.max_body_bytes:,} bytes.",
            )
        if _header(scope, b"transfer-encoding") is not None:
            return 411, "A request body must state its length (Content-Length)."
        if scope["method"] not in READ_METHODS:
            return (
                405,
                "This site is read-only: pages can only be fetched (GET or HEAD).",
            )
        return None


class HeadAsGet:
    """HEAD runs the GET route and sends its status and headers (Content-Length included), no body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def send_head(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body"):
                    return
                message = {
                    "type": "http.response.body",
                    "body": b"",
                    "more_body": False,
                }
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, send_head)


class TimeLimit:
    """A 503 page for a request whose response has not begun after `seconds` (0: no limit)."""

    def __init__(self, app: ASGIApp, render: Render, seconds: float) -> None:
        self.app = app
        self.render = render
        self.seconds = seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.seconds:
            await self.app(scope, receive, send)
            return
        state = {"started": False, "answered": False}
        done = anyio.Event()
        failure: list[BaseException] = []

        async def send_in_time(message: Message) -> None:
            if state["answered"]:
                return  # too late: the 503 page went out instead
            if message["type"] == "http.response.start":
                state["started"] = True
            await send(message)

        async def run() -> None:
            try:
                await self.app(scope, receive, send_in_time)
            except Exception as exc:
                if state["answered"]:
                    log.warning("error after the time limit", exc_info=exc)
                else:
                    failure.append(exc)
            finally:
                done.set()

        async with anyio.create_task_group() as tasks:
            tasks.start_soon(run)
            with anyio.move_on_after(self.seconds):
                await done.wait()
            if not done.is_set() and not state["started"]:
                state["answered"] = True
                log.warning(
                    "time limit reached",
                    extra={"fields": {"path": scope["path"], "limit_s": self.seconds}},
                )
                response = self.render(
                    Request(scope),
                    503,
                    f"This page took longer than {self.seconds:g} seconds to prepare, so it was "
                    "stopped. Try again, or narrow the filters.",
                )
                await response(scope, receive, send)
        if failure:
            raise failure[0]
