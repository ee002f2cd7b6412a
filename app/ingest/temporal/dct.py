"""The article's publication date (DCT): stated, in the URL, in a dateline, or inferred from the text.

Stated dates are read in stated_dates.py and the text's evidence is gathered in text_evidence.py;
separate candidate periods the text leaves may be chosen among by the other strongly dated articles
of the collection (collection.py), and the evidence says so. Too little evidence gives an unknown
date, never a guessed year.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from app.ingest.records import Article, DateValue, PublicationDate
from app.ingest.temporal.choice import candidate_periods
from app.ingest.temporal.collection import (
    UNCERTAIN_MARKS,
    choose_by_collection,
    strongly_dated,
)
from app.ingest.temporal.resolve import is_external
from app.ingest.temporal.solver import MAX_DCT_DAYS, apply_deferred
from app.ingest.temporal.spans import DaySet, format_edtf, span_text, width
from app.ingest.temporal.stated_dates import from_dateline, from_url, stated_date
from app.ingest.temporal.text_evidence import TextEvidence, text_evidence

__all__ = [
    "TextEvidence",
    "dct_value",
    "from_dateline",
    "from_url",
    "infer_alone",
    "infer_publication_date",
    "stated_date",
    "text_evidence",
]


def _interval(
    allowed: DaySet, method: str, evidence: tuple[str, ...]
) -> PublicationDate:
    start, end = allowed.hull
    uncertain = any(item.startswith(UNCERTAIN_MARKS) for item in evidence)
    edtf = _compact(start, end, uncertain=uncertain)
    return PublicationDate(edtf, start, end, method, evidence)


def _compact(start: date, end: date, *, uncertain: bool = False) -> str:
    """'2021' for a whole year, '2020-01' for a whole month, else the days."""
    return format_edtf(start, end, "year", uncertain=uncertain)


@lru_cache(maxsize=8192)
def infer_alone(article: Article) -> PublicationDate:
    """The publication date from this article alone (no collection)."""
    stated = stated_date(article)
    if stated is not None:
        return stated
    found = text_evidence(article)
    if found.count == 0 or not found.evidence:
        return PublicationDate.unknown(("no dating evidence in the text",))
    if width(found.allowed.hull) <= MAX_DCT_DAYS:
        return _interval(found.allowed, "inferred", found.evidence)
    candidates = ", ".join(span_text(s) for s in candidate_periods(found.allowed)[:8])
    return PublicationDate.unknown(
        (*found.evidence, f"the text allows {candidates}: not enough to date it")
    )


def infer_publication_date(
    article: Article, *, collection: Sequence[Article] = ()
) -> PublicationDate:
    """Metadata, then the URL, then a dateline, then the text's evidence, then the collection.

    The collection only chooses among the text's separate candidate periods, by the articles dated
    by their own strong evidence (collection.py); the result does not depend on their order.
    """
    alone = infer_alone(article)
    if alone.known or not collection:
        return alone
    found = text_evidence(article)
    if not found.evidence:
        return alone
    dated = strongly_dated(collection, infer_alone)
    chosen = choose_by_collection(article, found.allowed, dated, MAX_DCT_DAYS)
    if chosen is None:
        return alone
    evidence = [*found.evidence, chosen[1]]
    allowed = apply_deferred(chosen[0], found.deferred, evidence)
    return _interval(allowed, "inferred", tuple(evidence))


def dct_value(dct: PublicationDate) -> DateValue:
    """The date of an event with no date words (present or recent past): the publication date."""
    if not dct.known:
        return DateValue.unknown("no date words, and the publication date is unknown")
    days = (dct.latest - dct.earliest).days + 1
    precision = (
        "day"
        if days == 1
        else "week"
        if days <= 10
        else "month"
        if days <= 45
        else "season"
        if days <= 100
        else "year"
    )
    edtf = _compact(dct.earliest, dct.latest, uncertain=is_external(dct))
    why = f"no date words: the publication date ({dct.method})"
    return DateValue(
        edtf, dct.earliest, dct.latest, precision, "dct", f"-> {edtf}: {why}"
    )
