"""The article's publication date (DCT): stated, in the URL, in a dateline, or inferred from the text.

Inference intersects the evidence (constraints.py); when the text alone leaves candidate periods in
different years, the other articles of the collection may choose among them, and the evidence says
so. Too little evidence gives an unknown date, never a guessed year.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from functools import lru_cache

from app.ingest.records import BOILERPLATE, Article, DateValue, PublicationDate
from app.ingest.temporal.constraints import (
    Constraint,
    Deferred,
    expression_constraints,
    text_constraints,
    window_constraint,
)
from app.ingest.temporal.evidence import year_window
from app.ingest.temporal.finder import cached_expressions
from app.ingest.temporal.grammar import find_expressions
from app.ingest.temporal.resolve import COLLECTION_EVIDENCE
from app.ingest.temporal.spans import (
    DaySet,
    format_edtf,
    month_span,
    safe_date,
    span_text,
    width,
)

# The widest interval still worth calling a publication date.
MAX_DCT_DAYS = 366
_URL_DAY = re.compile(
    r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
)
_URL_MONTH = re.compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])(?=/)")
_DATELINE = re.compile(
    r"(?i)\b(?P<kind>first published|published|posted|last updated|updated)\b\s*(?:on|at)?\s*:?"
)


def _day(day: date, method: str, evidence: str) -> PublicationDate:
    return PublicationDate(day.isoformat(), day, day, method, (evidence,))


def from_url(url: str | None) -> PublicationDate | None:
    """A date in the article's address: /2018/09/30/ to the day, /2014/11/ to the month."""
    if not url:
        return None
    if match := _URL_DAY.search(url):
        found = safe_date(*(int(g) for g in match.groups()))
        if found:
            return _day(
                found, "url", f"the address contains {match.group().strip('/')}"
            )
    if match := _URL_MONTH.search(url):
        start, end = month_span(int(match.group(1)), int(match.group(2)))
        return PublicationDate(
            f"{start:%Y-%m}",
            start,
            end,
            "url",
            (f"the address contains {match.group().strip('/')}",),
        )
    return None


def from_dateline(article: Article) -> PublicationDate | None:
    """'PUBLISHED: 16:00 30 December 2019' (preferred) or 'UPDATED: ...' in the text."""
    found: dict[str, tuple[date, str]] = {}
    for paragraph in article.paragraphs:
        for match in _DATELINE.finditer(paragraph.text):
            tail = paragraph.text[match.end() : match.end() + 60]
            for expression in find_expressions(tail):
                point = expression.point
                if (
                    expression.kind == "calendar"
                    and point.grain == "day"
                    and point.year is not None
                ):
                    day = safe_date(point.year, point.month, point.day)
                    kind = (
                        "updated"
                        if "updated" in match.group("kind").lower()
                        else "published"
                    )
                    if day and kind not in found:
                        found[kind] = (
                            day,
                            f"dateline '{match.group('kind')} ... {expression.text}'",
                        )
                    break
    if "published" in found:
        return _day(found["published"][0], "dateline", found["published"][1])
    if "updated" in found:
        day, why = found["updated"]
        return _day(
            day,
            "dateline",
            f"{why}: only an update date is given; the article is taken to be from that day",
        )
    return None


def _solve(constraints: list[Constraint]) -> tuple[DaySet, list[str]]:
    """Intersect the constraints, strongest first, skipping any that would leave no day."""
    allowed = DaySet([(date(1900, 1, 1), date(2100, 12, 31))])
    evidence: list[str] = []
    for constraint in sorted(constraints, key=lambda c: c.strength):
        narrowed = allowed.intersect(constraint.allowed)
        if narrowed:
            if narrowed != allowed:
                evidence.append(constraint.evidence)
            allowed = narrowed
        else:
            evidence.append(
                f"ignored, as it contradicts stronger evidence: {constraint.evidence}"
            )
    return allowed, evidence


def _apply_deferred(
    allowed: DaySet, deferred: list[Deferred], evidence: list[str]
) -> DaySet:
    """Year-less days bound the DCT once its year is known: 'runs until May 26' ends it, a past
    'between June 24 and July 7' starts it."""
    for item in deferred:
        start, end = allowed.hull
        if width((start, end)) > MAX_DCT_DAYS:
            break
        if item.ahead:
            found = next(
                (
                    d
                    for y in (start.year, start.year + 1)
                    if (d := safe_date(y, item.month, item.day)) and d > start
                ),
                None,
            )
            bound = (
                DaySet([(start, found - timedelta(days=1))])
                if found and found <= end
                else None
            )
            why = f"'{item.text}' is still ahead at publication, so the article is before {found}"
        else:
            found = next(
                (
                    d
                    for y in (end.year, end.year - 1)
                    if (d := safe_date(y, item.month, item.day)) and d <= end
                ),
                None,
            )
            bound = DaySet([(found, end)]) if found and found > start else None
            why = f"'{item.text}' is past at publication, so the article is on or after {found}"
        narrowed = allowed.intersect(bound) if bound else None
        if narrowed:
            allowed = narrowed
            evidence.append(why)
    return allowed


@lru_cache(maxsize=8192)
def text_evidence(article: Article) -> tuple[DaySet, tuple[str, ...], int]:
    """The publication days the article's own text allows, the evidence, and how many items bore on it."""
    window = year_window()
    constraints = [window_constraint(window)]
    deferred: list[Deferred] = []
    for paragraph in article.paragraphs:
        if paragraph.kind == BOILERPLATE:
            continue  # footers carry copyright and scrape years, not the article's
        expressions = list(cached_expressions(paragraph.text))
        found, later = expression_constraints(expressions, paragraph.text, window)
        constraints.extend(found)
        deferred.extend(later)
        constraints.extend(text_constraints(paragraph.text, expressions))
    allowed, evidence = _solve(constraints)
    allowed = _apply_deferred(allowed, deferred, evidence)
    return allowed, tuple(evidence), len(constraints) - 1


def _interval(
    allowed: DaySet, method: str, evidence: tuple[str, ...]
) -> PublicationDate:
    start, end = allowed.hull
    return PublicationDate(_compact(start, end), start, end, method, evidence)


def _compact(start: date, end: date, *, uncertain: bool = False) -> str:
    """'2021' for a whole year, '2020-01' for a whole month, else the days."""
    return format_edtf(start, end, "year", uncertain=uncertain)


def stated_date(article: Article) -> PublicationDate | None:
    """The date the article states: metadata, its address, or a dateline, in that order."""
    if article.published is not None:
        method = (
            article.published_method
            if article.published_method in ("metadata", "html", "url")
            else "metadata"
        )
        return _day(article.published, method, f"stated by the page ({method})")
    return from_url(article.url) or from_dateline(article)


@lru_cache(maxsize=8192)
def infer_alone(article: Article) -> PublicationDate:
    """The publication date from this article alone (no collection)."""
    stated = stated_date(article)
    if stated is not None:
        return stated
    allowed, evidence, count = text_evidence(article)
    if count == 0 or not evidence:
        return PublicationDate.unknown(("no dating evidence in the text",))
    if width(allowed.hull) <= MAX_DCT_DAYS:
        return _interval(allowed, "inferred", evidence)
    candidates = ", ".join(span_text(s) for s in allowed.spans[:8])
    return PublicationDate.unknown(
        (*evidence, f"the text allows {candidates}: not enough to date it")
    )


_COLLECTIONS: dict[tuple, list[tuple[str, str, date, date]]] = {}


def _dated_collection(
    collection: Sequence[Article],
) -> list[tuple[str, str, date, date]]:
    """(path, content hash, earliest, latest) of the collection's articles dated on their own.

    Remembered per collection: the pipeline asks once for every article of the same collection.
    """
    key = tuple((a.path, a.content_hash) for a in collection)
    if key not in _COLLECTIONS:
        if len(_COLLECTIONS) >= 4:
            _COLLECTIONS.clear()
        dated = [(a, infer_alone(a)) for a in collection]
        _COLLECTIONS[key] = [
            (a.path, a.content_hash, d.earliest, d.latest) for a, d in dated if d.known
        ]
    return _COLLECTIONS[key]


def infer_publication_date(
    article: Article, *, collection: Sequence[Article] = ()
) -> PublicationDate:
    """Metadata, then the URL, then a dateline, then the text's evidence, then the collection."""
    alone = infer_alone(article)
    if alone.known or not collection:
        return alone
    allowed, evidence, _ = text_evidence(article)
    dated = [
        (earliest, latest)
        for path, digest, earliest, latest in _dated_collection(collection)
        if digest != article.content_hash and path != article.path
    ]
    if not dated or not evidence:
        return alone
    first, last = min(e for e, _ in dated), max(latest for _, latest in dated)
    # Only a choice among separate candidate periods: the collection never narrows one period.
    overlapping = [s for s in allowed.spans if s[0] <= last and first <= s[1]]
    chosen = DaySet(overlapping)
    if (
        not overlapping
        or len(overlapping) == len(allowed.spans)
        or width(chosen.hull) > MAX_DCT_DAYS
    ):
        return alone
    note = (
        f"{COLLECTION_EVIDENCE} the text alone allows {', '.join(span_text(s) for s in allowed.spans[:8])}; "
        f"the {len(dated)} other dated articles of the collection date from {first.isoformat()} to "
        f"{last.isoformat()}, which only {span_text(chosen.hull)} fits"
    )
    return _interval(chosen, "inferred", (*evidence, note))


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
    uncertain = any(item.startswith(COLLECTION_EVIDENCE) for item in dct.evidence)
    edtf = _compact(dct.earliest, dct.latest, uncertain=uncertain)
    why = f"no date words: the publication date ({dct.method})"
    return DateValue(
        edtf, dct.earliest, dct.latest, precision, "dct", f"-> {edtf}: {why}"
    )
