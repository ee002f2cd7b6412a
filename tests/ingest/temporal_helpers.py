"""Builders shared by the temporal tests: publication dates and articles from plain text."""

from __future__ import annotations

import hashlib
from datetime import date

from app.ingest.records import Article, Paragraph, PublicationDate

UNKNOWN = PublicationDate.unknown()


def pub(edtf: str, method: str = "metadata") -> PublicationDate:
    """A publication date from '2019-02-06' or '2017-06-20/2017-07-15'."""
    left, _, right = edtf.partition("/")
    return PublicationDate(
        edtf, date.fromisoformat(left), date.fromisoformat(right or left), method
    )


def article(
    text: str,
    *,
    path: str = "test.txt",
    url: str | None = None,
    published: date | None = None,
    publisher: str | None = None,
) -> Article:
    """An Article whose paragraphs are split on blank lines (one per line when there is none)."""
    chunks = (
        [c.strip() for c in text.split("\n\n")] if "\n\n" in text else text.split("\n")
    )
    chunks = [c for c in chunks if c.strip()]
    paragraphs = tuple(Paragraph(i, chunk) for i, chunk in enumerate(chunks, start=1))
    return Article(
        path=path,
        slug=path.rsplit("/", 1)[-1].rsplit(".", 1)[0],
        fmt="txt",
        text="\n\n".join(chunks),
        paragraphs=paragraphs,
        content_hash=hashlib.sha256((path + text).encode()).hexdigest(),
        url=url,
        publisher=publisher,
        published=published,
        published_method="metadata" if published else None,
    )
