"""The collection step: other articles of the same run choosing among one article's candidate periods.

Conservative and independent of order: only articles dated by their own strong evidence count (a
stated date, the address, a dateline, or an inference to within NARROW_DAYS that involved no
choice), those of the same publisher when there are any, and never an article that was itself dated
through the collection. The step only chooses when exactly one of the article's candidate periods
meets the span of those dates and lies wholly within it (within SPAN_MARGIN of it when they
spread over years: a sample, whose earliest is not the run's first); it never narrows a period. A collection spanning many years can still mislead (a 2016 article among 2018-2023 ones); the text's own
evidence (choice.py) is therefore tried first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from app.ingest.records import Article, PublicationDate
from app.ingest.temporal.choice import YEAR_CHOICE_EVIDENCE, candidate_periods
from app.ingest.temporal.spans import DaySet, span_text, width

COLLECTION_EVIDENCE = "collection:"
# An inferred date counts as strong evidence for the others when it is at most this wide.
NARROW_DAYS = 62
_STATED = ("metadata", "html", "url", "dateline")
# The dated articles are a sample of the collection's years: a candidate within a year before the
# earliest or after the latest is as likely as one inside, so it too blocks the choice.
SPAN_MARGIN = timedelta(days=365)
# Dated articles spanning at least this long are a sample of the years, not the whole run.
SAMPLE_SPAN = 2 * SPAN_MARGIN
# Evidence notes that mark a date as chosen rather than forced by the text: shown with "?".
UNCERTAIN_MARKS = (COLLECTION_EVIDENCE, YEAR_CHOICE_EVIDENCE)


@dataclass(frozen=True)
class Dated:
    path: str
    content_hash: str
    publisher: str | None
    earliest: date
    latest: date


def is_strong(dct: PublicationDate) -> bool:
    """Stated, or inferred from the text alone to a narrow interval without any choice."""
    if not dct.known:
        return False
    if dct.method in _STATED:
        return True
    return (
        dct.method == "inferred"
        and width((dct.earliest, dct.latest)) <= NARROW_DAYS
        and not any(e.startswith(UNCERTAIN_MARKS) for e in dct.evidence)
    )


_CACHE: dict[tuple, list[Dated]] = {}


def strongly_dated(
    collection: Sequence[Article], date_alone: Callable[[Article], PublicationDate]
) -> list[Dated]:
    """The collection's articles dated by their own strong evidence (remembered per collection:
    the pipeline asks once for every article of the same collection)."""
    key = tuple((a.path, a.content_hash) for a in collection)
    if key not in _CACHE:
        if len(_CACHE) >= 4:
            _CACHE.clear()
        alone = [(a, date_alone(a)) for a in collection]
        _CACHE[key] = [
            Dated(a.path, a.content_hash, a.publisher, d.earliest, d.latest)
            for a, d in alone
            if is_strong(d)
        ]
    return _CACHE[key]


def choose_by_collection(
    article: Article, allowed: DaySet, dated: Sequence[Dated], max_days: int
) -> tuple[DaySet, str] | None:
    """The one candidate period the other strongly dated articles overlap, with the evidence note."""
    others = [
        d
        for d in dated
        if d.content_hash != article.content_hash and d.path != article.path
    ]
    same = [d for d in others if article.publisher and d.publisher == article.publisher]
    chosen_from = same or others
    periods = candidate_periods(allowed)
    if not chosen_from or len(periods) < 2:
        return None
    first = min(d.earliest for d in chosen_from)
    last = max(d.latest for d in chosen_from)
    low, high = first - SPAN_MARGIN, last + SPAN_MARGIN
    overlapping = [p for p in periods if p[0] <= high and low <= p[1]]
    # dated articles spread over years are a sample whose edges are loose: a period just outside
    # them is taken; a run of a few months is likely the whole collection, so nothing outside it is
    reach = (low, high) if last - first >= SAMPLE_SPAN else (first, last)
    if (
        len(overlapping) != 1
        or not reach[0] <= overlapping[0][0] <= overlapping[0][1] <= reach[1]
        or width(overlapping[0]) > max_days
    ):
        return None  # none, several, or one only partly within the span: no choice
    chosen = allowed.intersect(DaySet(overlapping))
    whose = (
        f"of the same publisher ({article.publisher})" if same else "of the collection"
    )
    inside = first <= overlapping[0][0] and overlapping[0][1] <= last
    where = "within which" if inside else "within a year of which"
    note = (
        f"{COLLECTION_EVIDENCE} the text alone allows {', '.join(span_text(p) for p in periods[:8])}; "
        f"the {len(chosen_from)} other article{'s' if len(chosen_from) != 1 else ''} {whose} dated by their own strong evidence date from "
        f"{first.isoformat()} to {last.isoformat()}, {where} lies only {span_text(overlapping[0])}"
    )
    return chosen, note
