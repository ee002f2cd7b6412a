"""Whether a dated event lies after publication, so is planned as the article is written."""

from __future__ import annotations

from app.ingest.records import DateValue, PublicationDate


def starts_after_publication(value: DateValue, dct: PublicationDate) -> bool:
    """After the publication date; for a publication date known only to a span, also an event that
    starts on its last day ("runs from Friday" in an article from Monday to Friday of that week)."""
    if value.earliest is None or dct.latest is None:
        return False
    if dct.earliest is not None and dct.earliest < dct.latest:
        return value.earliest >= dct.latest
    return value.earliest > dct.latest
