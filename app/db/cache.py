"""A process-wide cache of the timeline's aggregate queries, keyed on the database's data version.

Counts, facets and the month histogram read every matching event, so at a million events they cost
seconds; they change only when events or their links do. Migration 0004 keeps a random value in
``data_version`` that triggers replace on every such write; a cached result is reused while the value
it was computed under is still the one in the database, so no process ever serves a stale count.
TIMELINE_QUERY_CACHE=off turns the cache off (the benchmark measures both).
"""

from __future__ import annotations

import os
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

from sqlalchemy import inspect, text
from sqlmodel import Session

T = TypeVar("T")
MAX_ENTRIES = 2048
_versioned: weakref.WeakSet = (
    weakref.WeakSet()
)  # engines whose database has the data_version table
_lock = threading.Lock()
_entries: OrderedDict[tuple, object] = OrderedDict()


def enabled() -> bool:
    return os.environ.get("TIMELINE_QUERY_CACHE", "on").lower() not in (
        "off",
        "0",
        "false",
        "no",
    )


def data_version(session: Session) -> int | None:
    """The database's current data version, as this session's transaction sees it (one indexed read).

    None for a database from before migration 0004, which is then never cached.
    """
    engine = session.get_bind()
    if engine not in _versioned:
        if not inspect(session.connection()).has_table("data_version"):
            return None
        _versioned.add(engine)
    return session.execute(text("SELECT value FROM data_version WHERE id = 1")).scalar()


def cached(session: Session, key: Hashable, compute: Callable[[], T]) -> T:
    """compute(), or its result from an earlier call under the same data version.

    Only for reads whose result depends on watched tables alone (events, their agency and borough
    links and names). With unflushed changes in the session the cache is bypassed.
    """
    if not enabled() or session.new or session.dirty or session.deleted:
        return compute()
    version = data_version(session)
    if version is None:
        return compute()
    full_key = (str(session.get_bind().url), version, key)
    with _lock:
        if full_key in _entries:
            _entries.move_to_end(full_key)
            return _entries[full_key]  # type: ignore[return-value]
    value = compute()
    with _lock:
        _entries[full_key] = value
        while len(_entries) > MAX_ENTRIES:
            _entries.popitem(last=False)
    return value


# Rendered pages (HTML and JSON bodies) are kept apart, under a byte budget: a timeline page is
# ~100 kB, so 2048 of them would be most of the server's memory.
MAX_PAGE_BYTES = 32 * 2**20
_pages: OrderedDict[tuple, bytes] = OrderedDict()
_page_bytes = 0


def cached_page(session: Session, key: Hashable, render: Callable[[], bytes]) -> bytes:
    """render(), or the body it gave for the same key under the same data version.

    The key must hold everything the body depends on besides the database: the normalised query,
    the template, the base URL its links are made from.
    """
    global _page_bytes
    if not enabled() or session.new or session.dirty or session.deleted:
        return render()
    version = data_version(session)
    if version is None:
        return render()
    full_key = (str(session.get_bind().url), version, key)
    with _lock:
        if full_key in _pages:
            _pages.move_to_end(full_key)
            return _pages[full_key]
    body = render()
    if len(body) > MAX_PAGE_BYTES // 16:
        return body
    with _lock:
        if full_key not in _pages:
            _pages[full_key] = body
            _page_bytes += len(body)
        while _page_bytes > MAX_PAGE_BYTES:
            _page_bytes -= len(_pages.popitem(last=False)[1])
    return body


def clear() -> None:
    global _page_bytes
    with _lock:
        _entries.clear()
        _pages.clear()
        _page_bytes = 0
