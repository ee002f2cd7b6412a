"""Marking the temporal expressions of a source paragraph, with what each was resolved to and why.

The marks are computed when a page is shown, from the stored paragraph and the version's publication
interval, so they always reflect the current temporal engine; results are cached per paragraph text.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from markupsafe import Markup, escape

from app.db.rows import Published, SourceView
from app.ingest.records import Article, DateMention, Paragraph, PublicationDate
from app.web.labels import date_label, iso_interval

_HTML_DATETIME = {
    "day": 10,
    "month": 7,
    "year": 4,
}  # precisions an HTML <time datetime> can state


def describe(mention: DateMention) -> str:
    """'22 May 2018 (2018-05-22): <explanation>' for a tooltip."""
    v = mention.value
    text = f"{date_label(v.earliest, v.latest, v.precision)} ({iso_interval(v.earliest, v.latest)})"
    if v.planned:
        text += ", in the future when published"
    if v.explanation:
        text += f": {v.explanation}"
    return text


def mark_up(text: str, mentions: Sequence[DateMention]) -> Markup:
    """The paragraph as escaped HTML with each mention wrapped in a focusable <time> or <mark>."""
    out = []
    at = 0
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if m.start < at or m.end > len(text) or m.start >= m.end:
            continue  # overlapping or out-of-range spans are left unmarked rather than mangled
        out.append(escape(text[at : m.start]))
        tip = describe(m)
        v = m.value
        width = _HTML_DATETIME.get(v.precision)
        if width and _whole_unit(v.earliest, v.latest, v.precision):
            tag, attr = (
                "time",
                Markup(' datetime="{}"').format(v.earliest.isoformat()[:width]),
            )
        else:
            tag, attr = "mark", Markup("")
        out.append(
            Markup(
                '<{tag} class="tx"{attr} tabindex="0" title="{tip}" data-tip="{tip}">{body}</{tag}>'
            ).format(tag=Markup(tag), attr=attr, tip=tip, body=text[m.start : m.end])
        )
        at = m.end
    out.append(escape(text[at:]))
    return Markup("").join(out)


def _whole_unit(earliest: date | None, latest: date | None, precision: str) -> bool:
    if earliest is None or latest is None:
        return False
    if precision == "month":
        return earliest.day == 1 and (earliest.year, earliest.month) == (
            latest.year,
            latest.month,
        )
    if precision == "year":
        return (earliest.month, earliest.day, latest.month, latest.day) == (
            1,
            1,
            12,
            31,
        ) and earliest.year == latest.year
    return earliest == latest


def paragraph_marks(source: SourceView) -> dict[int, Markup]:
    """{paragraph number: marked-up HTML} for every paragraph of a source version."""
    p = source.published
    texts = tuple((para.number, para.text) for para in source.paragraphs)
    return _marked(texts, p.edtf, p.earliest, p.latest, p.method, p.evidence)


@lru_cache(maxsize=256)
def _marked(texts: tuple[tuple[int, str], ...], edtf, earliest, latest, method, evidence) -> dict[int, Markup]:
    # The whole article at once: "that morning" in one paragraph resolves against a day named in
    # an earlier one, exactly as at ingest.
    from app.ingest.temporal import find_article_dates

    article = Article(
        path="",
        slug="",
        fmt="txt",
        text="\n\n".join(t for _, t in texts),
        paragraphs=tuple(Paragraph(n, t) for n, t in texts),
        content_hash="",
    )
    found: dict[int, list[DateMention]] = {}
    for m in find_article_dates(article, _dct(Published(edtf, earliest, latest, method, evidence))):
        found.setdefault(m.paragraph, []).append(m)
    return {n: mark_up(t, found.get(n, ())) for n, t in texts}


def _dct(p: Published) -> PublicationDate:
    if p.earliest is None or p.latest is None:
        return PublicationDate.unknown(p.evidence)
    return PublicationDate(p.edtf, p.earliest, p.latest, p.method, p.evidence)
