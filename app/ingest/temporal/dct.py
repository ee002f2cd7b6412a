"""The article's publication date (DCT): stated, in the URL, in a dateline, or inferred from the text.

Inference intersects the text's evidence (constraints.py, named_events.py, links.py) in solver.py;
separate candidate periods may then be chosen among by the text's own latest past year (choice.py)
or, failing that, by the other strongly dated articles of the collection (collection.py), and the
evidence says so. Too little evidence gives an unknown date, never a guessed year.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from app.ingest.records import BODY, BOILERPLATE, Article, DateValue, PublicationDate
from app.ingest.temporal.choice import candidate_periods, choose_by_floor, floor_of
from app.ingest.temporal.collection import (
    UNCERTAIN_MARKS,
    choose_by_collection,
    strongly_dated,
)
from app.ingest.temporal.compared_periods import compared_period_constraints
from app.ingest.temporal.constraints import (
    LEAD_PARAGRAPHS,
    LINKED,
    SOFT,
    Constraint,
    Deferred,
    expression_constraints,
    window_constraint,
)
from app.ingest.temporal.evidence import year_window
from app.ingest.temporal.finder import cached_expressions
from app.ingest.temporal.grammar import find_expressions
from app.ingest.temporal.links import day_after_links, lead_links, weekend_links
from app.ingest.temporal.named_events import (
    event_weekday_constraints,
    text_constraints,
)
from app.ingest.temporal.order_links import (
    days_before_links,
    order_bound,
    report_day_links,
    weekday_pair_links,
)
from app.ingest.temporal.resolve import is_external
from app.ingest.temporal.restated import restated_constraints
from app.ingest.temporal.running_links import (
    first_part_links,
    length_links,
    running_across,
)
from app.ingest.temporal.solver import MAX_DCT_DAYS, apply_deferred, solve
from app.ingest.temporal.spans import (
    DaySet,
    format_edtf,
    month_span,
    safe_date,
    span_text,
    width,
)
from app.ingest.temporal.week_links import coming_weekend_links, same_week_links

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


@dataclass(frozen=True)
class TextEvidence:
    """What the article's own text says about its publication days."""

    allowed: DaySet
    evidence: tuple[str, ...]
    count: int  # how many pieces of evidence bore on it (0: the text says nothing)
    deferred: tuple[Deferred, ...]


def _lead(article: Article) -> list[tuple[str, tuple]]:
    """The first two body paragraphs with their expressions (the news and, usually, its day)."""
    body = [p for p in article.paragraphs if p.kind == BODY]
    return [(p.text, cached_expressions(p.text)) for p in body[:2]]


@lru_cache(maxsize=8192)
def text_evidence(article: Article) -> TextEvidence:
    """The publication days the article's own text allows, with the evidence for them.

    Constraints are intersected strongest first; when separate candidate periods remain, the
    text's latest past year may choose among them (choice.py); deferred evidence applies last.
    """
    window = year_window()
    constraints = [window_constraint(window)]
    deferred: list[Deferred] = []
    floors: list[tuple[int, str]] = []
    body = 0
    seen: list[tuple[str, tuple]] = []
    for paragraph in article.paragraphs:
        if paragraph.kind == BOILERPLATE:
            continue  # footers carry copyright and scrape years, not the article's
        body += paragraph.kind == BODY
        expressions = list(cached_expressions(paragraph.text))
        if paragraph.kind == BODY:
            seen.append((paragraph.text, tuple(expressions)))
        found, later = expression_constraints(
            expressions, paragraph.text, window, lead=body <= LEAD_PARAGRAPHS
        )
        constraints.extend(found)
        constraints.extend(compared_period_constraints(paragraph.text, expressions))
        deferred.extend(later)
        named, event_years = text_constraints(paragraph.text, expressions)
        constraints.extend(named)
        floors.extend(event_years)
        floors.extend(f for x in expressions if (f := floor_of(x, paragraph.text)))
    links = (
        lead_links(_lead(article), window)
        + weekend_links(seen, window)
        + day_after_links(seen, window)
        + weekday_pair_links(_lead(article), window)
        + report_day_links(_lead(article), window)
        + running_across(seen, window)
        + coming_weekend_links(seen, window)
    )
    for days, why in links:
        constraints.append(Constraint(days, LINKED, why))
    for days, why in first_part_links(seen, window):
        # a written link between the launch day and the article: above the news-recency guess
        constraints.append(Constraint(days, LINKED, why))
    for days, why in days_before_links(_lead(article), seen, window):
        constraints.append(Constraint(days, SOFT, why))
    for days, why in same_week_links(seen, window):
        constraints.append(Constraint(days, SOFT, why))
    for days, why in length_links(seen, window):
        # a stated length counted back from the closing day: above the 42-day notice guess
        constraints.append(Constraint(days, LINKED, why))
    constraints.extend(restated_constraints(seen))
    constraints.extend(event_weekday_constraints(seen))
    allowed, evidence = solve(constraints)
    if width(allowed.hull) > MAX_DCT_DAYS:
        floor = max(floors, key=lambda f: f[0]) if floors else None
        if (chosen := choose_by_floor(allowed, floor, MAX_DCT_DAYS)) is not None:
            allowed = chosen[0]
            evidence.append(chosen[1])
    allowed = apply_deferred(allowed, deferred, evidence)
    if (ordered := order_bound(_lead(article), seen[2:], allowed)) is not None:
        allowed = ordered[0]
        evidence.append(ordered[1])
    count = len(constraints) - 1 + len(deferred)
    return TextEvidence(allowed, tuple(evidence), count, tuple(deferred))


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
