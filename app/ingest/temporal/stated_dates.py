"""The publication date an article states: page metadata, a date in its address, or a dateline."""

from __future__ import annotations

import re
from datetime import date

from app.ingest.records import Article, PublicationDate
from app.ingest.temporal.grammar import find_expressions
from app.ingest.temporal.spans import month_span, safe_date

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
