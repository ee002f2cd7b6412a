"""Rendering CSL-JSON with citeproc-py and the Harvard style bundled with it."""

from __future__ import annotations

from pathlib import Path

import citeproc
from citeproc import (
    Citation,
    CitationItem,
    CitationStylesBibliography,
    CitationStylesStyle,
    formatter,
)
from citeproc.source.json import CiteProcJSON

HARVARD = (
    Path(citeproc.__file__).parent / "data" / "styles" / "harvard-cite-them-right.csl"
)


def bibliography(items: list[dict]) -> list[str]:
    """Each item's bibliography entry as plain text, in the order given."""
    source = CiteProcJSON(items)
    bib = CitationStylesBibliography(
        CitationStylesStyle(str(HARVARD), validate=False), source, formatter.plain
    )
    for item in items:
        bib.register(Citation([CitationItem(item["id"])]))
    return [str(entry) for entry in bib.bibliography()]
