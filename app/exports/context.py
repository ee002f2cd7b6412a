"""What an export says about itself: which view it is, where it lives, when it was made."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlencode

from app.exports.links import Links

SITE_NAME = "Policing Timeline"


@dataclass(frozen=True)
class ExportContext:
    title: str  # "Policing Timeline (borough=redbridge)"
    view_url: str  # the HTML timeline of the same view
    generated: datetime  # timezone-aware; passed in so that the renderers stay pure
    links: Links


def view_title(pairs: Sequence[tuple[str, str]]) -> str:
    """The site name, with the view's filters as the query string names them."""
    if not pairs:
        return SITE_NAME
    return f"{SITE_NAME} ({', '.join(f'{k}={v}' for k, v in pairs)})"


def view_context(
    pairs: Sequence[tuple[str, str]], links: Links, generated: datetime
) -> ExportContext:
    """The context of an export of the timeline view these query-string pairs select."""
    return ExportContext(
        view_title(pairs),
        links.page("", "?" + urlencode(list(pairs)) if pairs else ""),
        generated,
        links,
    )
