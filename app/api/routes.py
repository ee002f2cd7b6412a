"""Every JSON and export route, as one router for ``create_app`` to include."""

from __future__ import annotations

from fastapi import APIRouter

from app.api import events, exports, facets, places, sources

router = APIRouter()
for _module in (events, sources, places, facets, exports):
    router.include_router(_module.router)
