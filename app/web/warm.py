"""Keeps the front page (and the first page of /api/events) rendered after every write.

Rendered pages are cached per data version (app.db.cache.cached_page), so the first visitor after an
ingest commit or a correction pays for rendering. The cache lives in the server's own memory, which
an ingest process cannot reach: instead each app runs one daemon thread that reads the data version
(one indexed row) every POLL_SECONDS and, when it has changed, renders those pages itself for every
base URL visitors have used. Started by the first front-page request; TIMELINE_WARM=off disables it.
"""

from __future__ import annotations

import os
import threading
import time
import weakref

from sqlmodel import Session
from starlette.requests import Request

from app.db.cache import data_version, enabled

POLL_SECONDS = 1.0
MAX_BASES = 4  # base URLs remembered (http://localhost:8000/, a proxy's name, ...)


class FrontPageWarmer:
    """Renders the unfiltered pages after each change of the data version."""

    def __init__(self, app) -> None:
        self.app = weakref.ref(app)  # the thread ends when the app is gone (tests make many apps)
        self.bases: dict[tuple, dict] = {}  # (scheme, host, root_path) -> scope to copy
        self.lock = threading.Lock()
        self.thread: threading.Thread | None = None

    def seen(self, request: Request) -> None:
        """Remember the request's base URL, and start the thread on the first one."""
        scope = request.scope
        host = dict(scope.get("headers") or []).get(b"host", b"")
        key = (scope.get("scheme"), host, scope.get("root_path", ""))
        with self.lock:
            if key not in self.bases and len(self.bases) < MAX_BASES:
                self.bases[key] = {
                    k: scope[k] for k in ("scheme", "server", "root_path") if k in scope
                } | {"headers": [(b"host", host)] if host else []}
            if self.thread is None:
                self.thread = threading.Thread(target=self._run, name="front-page-warmer", daemon=True)
                self.thread.start()

    def _run(self) -> None:
        last = None
        while True:
            time.sleep(POLL_SECONDS)
            app = self.app()
            if app is None:
                return
            try:
                last = self.warm(app, last)
            except Exception:  # a database being migrated or restored: try again at the next poll
                last = None
            del app

    def warm(self, app, last: int | None) -> int | None:
        """Render the pages if the data version is no longer ``last``; return the version seen."""
        from app.api.events import list_events
        from app.web.timeline import timeline

        engine = app.state.engine
        with Session(engine) as session:
            version = data_version(session)
            if version is None or version == last or not enabled():
                return version
            with self.lock:
                scopes = list(self.bases.values())
            for base in scopes:
                for path in ("/", "/api/events"):
                    scope = base | {"app": app, "router": app.router, "type": "http", "method": "GET", "path": path, "raw_path": path.encode(), "query_string": b""}
                    request = Request(scope)
                    if path == "/":
                        timeline(request, session)
                    else:
                        list_events(request, session, limit=50, cursor=None)
        return version


_warmers: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def note_front_page(request: Request) -> None:
    """Called by the front page: start (once per app) the thread that keeps it rendered."""
    if os.environ.get("TIMELINE_WARM", "on").lower() in ("off", "0", "false", "no"):
        return
    app = request.scope.get("app")
    if app is None or not hasattr(app.state, "engine"):
        return
    with _lock:
        warmer = _warmers.get(app)
        if warmer is None:
            warmer = _warmers[app] = FrontPageWarmer(app)
    warmer.seen(request)
