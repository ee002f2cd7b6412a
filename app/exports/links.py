"""Absolute links to our own pages, built from the site's base URL so exports work off-line too.

The paths are the HTML routes' (``/events/{id}``, ``/sources/{slug}/v/{version}#p{n}``); a test
checks them against the app's own ``url_for``. Paragraph links name the source version, so a
citation keeps pointing at the words it quotes after the article changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote


@dataclass(frozen=True)
class Links:
    base: str  # "https://example.org/" (a trailing slash is added when missing)

    def __post_init__(self) -> None:
        if not self.base.endswith("/"):
            object.__setattr__(self, "base", self.base + "/")

    def event(self, event_id: str) -> str:
        return f"{self.base}events/{quote(event_id, safe='')}"

    def paragraph(self, slug: str, version: int, number: int) -> str:
        return f"{self.base}sources/{quote(slug, safe='')}/v/{version}#p{number}"

    def page(self, path: str, query_string: str = "") -> str:
        """A page of the site: ``page("", "?borough=redbridge")`` is the filtered timeline."""
        return self.base + path.lstrip("/") + query_string
