"""The CSL-JSON export: one ``article-newspaper`` item per cited paragraph, for Zotero, Pandoc, citeproc."""

from __future__ import annotations

import json
from collections.abc import Sequence

from app.db.export_queries import ExportEvent
from app.exports.context import SITE_NAME, ExportContext
from app.exports.references import CitedReference, cited_references, published_parts


def csl_item(ref: CitedReference) -> dict:
    """The CSL-JSON item: container-title is the publisher, URL points at the quoted words."""
    p = ref.passage
    item: dict = {"id": ref.key, "type": "article-newspaper", "title": ref.title}
    if p.publisher:
        item["container-title"] = p.publisher
        item["publisher"] = p.publisher
    if p.author:
        item["author"] = [{"literal": p.author}]
    if parts := published_parts(p):
        item["issued"] = {"date-parts": [list(d) for d in parts.parts]}
        if parts.circa:
            item["issued"]["circa"] = True
    if p.accessed:
        item["accessed"] = {
            "date-parts": [[p.accessed.year, p.accessed.month, p.accessed.day]]
        }
    item["URL"] = ref.url
    item["archive"] = SITE_NAME
    item["archive_location"] = ref.permalink
    item["note"] = ref.note()
    return item


def render_csl(events: Sequence[ExportEvent], context: ExportContext) -> str:
    """A JSON array of CSL items, one per paragraph the view's events cite."""
    items = [csl_item(r) for r in cited_references(events, context)]
    return json.dumps(items, ensure_ascii=False, indent=1) + "\n"
