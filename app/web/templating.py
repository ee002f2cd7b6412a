"""The Jinja environment: templates/ from the project root, and every formatting filter, registered once.

Templates only loop and branch; anything that turns a value into words lives here.
"""

from __future__ import annotations

from functools import lru_cache

from jinja2 import (
    Environment,
    FileSystemLoader,
    StrictUndefined,
    pass_context,
    select_autoescape,
)
from markupsafe import Markup, escape
from starlette.datastructures import URL
from starlette.templating import Jinja2Templates

from app.config import PROJECT_ROOT
from app.db.filters import NEWEST, OLDEST
from app.db.queries import PLANNED_LABELS, PRECISION_LABELS
from app.db.rows import Published
from app.web import params
from app.web.cite import original_link, published_label
from app.web.labels import date_label, day_label, iso_interval

TEMPLATES_DIR = PROJECT_ROOT / "templates"
STATIC_DIR = PROJECT_ROOT / "static"

METHOD_TEXT = {
    "metadata": "from the publisher's metadata",
    "html": "from the page's HTML",
    "url": "from the article's URL",
    "dateline": "from the article's dateline",
}


def event_date(event) -> str:
    """The honest label of anything with earliest, latest and precision."""
    return date_label(event.earliest, event.latest, event.precision)


def published_method(published: Published) -> str:
    """How the publication date was found: 'from the text: ...', 'from the publisher's metadata'."""
    if published.earliest is None:
        return "date unknown" + (
            f": {'; '.join(published.evidence)}" if published.evidence else ""
        )
    if published.method in METHOD_TEXT:
        return METHOD_TEXT[published.method]
    evidence = "; ".join(published.evidence)
    return f"from the text: {evidence}" if evidence else "worked out from the text"


def type_label(value: str) -> str:
    return value.replace("_", " ")


def plural(count: int, singular: str, many: str | None = None) -> str:
    """'1 source', '3 sources'."""
    return f"{count} {singular if count == 1 else (many or singular + 's')}"


def highlight(text: str, start: int, end: int) -> Markup:
    """The paragraph with the quoted span in <mark>; unmarked when the offsets do not fit."""
    if not 0 <= start < end <= len(text):
        return escape(text)
    return (
        escape(text[:start])
        + Markup("<mark>")
        + escape(text[start:end])
        + Markup("</mark>")
        + escape(text[end:])
    )


_ROUTERS: dict[int, object] = {}  # routers are unhashable: looked up by id, kept alive here


@lru_cache(maxsize=65536)
def _absolute_url(router_id: int, base_url: str, name: str, path_params: tuple) -> str:
    router = _ROUTERS[router_id]
    return str(router.url_path_for(name, **dict(path_params)).make_absolute_url(base_url=base_url))


@pass_context
def url_for(context, name: str, /, **path_params) -> URL:
    """request.url_for, memoised: a timeline page builds ~200 links, and each one walked every route."""
    request = context["request"]
    # error pages made by middleware are rendered before routing: the app itself resolves names
    router = request.scope.get("router") or request.scope["app"]
    _ROUTERS.setdefault(id(router), router)
    key = tuple(sorted((k, str(v)) for k, v in path_params.items()))
    return URL(_absolute_url(id(router), str(request.base_url), name, key))


def make_templates() -> Jinja2Templates:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES_DIR),
        autoescape=select_autoescape(),
        undefined=StrictUndefined,  # a misspelt name fails the tests instead of rendering blank
        trim_blocks=True,
        lstrip_blocks=True,
    )
    templates = Jinja2Templates(env=env)
    env.globals["url_for"] = url_for
    env.filters.update(
        event_date=event_date,
        published_label=published_label,
        published_method=published_method,
        iso_interval=lambda e: iso_interval(e.earliest, e.latest),
        day=day_label,
        type_label=type_label,
        precision_label=lambda p: PRECISION_LABELS.get(p, p),
        plural=plural,
        qs=params.query_string,
        highlight=highlight,
        text_fragment_link=original_link,
    )
    env.globals.update(
        toggled=params.toggled,
        with_dates=params.with_dates,
        with_order=params.with_order,
        with_dates_cleared=params.with_dates_cleared,
        without_q=params.without_q,
        cleared=params.cleared,
        only_place=params.only_place,
        NEWEST=NEWEST,
        OLDEST=OLDEST,
        PLANNED_LABELS=PLANNED_LABELS,
    )
    return templates


templates = make_templates()
