"""The `timeline extract` JSON shape (for pipelines and evaluation) and `timeline dates` text."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from app.ingest.decoding import ArticleError
from app.ingest.pipeline import extract, load_inputs
from app.ingest.records import ArticleResult, DateValue, EventDraft, PublicationDate


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def date_json(d: DateValue) -> dict:
    return {
        "edtf": d.edtf,
        "earliest": _iso(d.earliest),
        "latest": _iso(d.latest),
        "precision": d.precision,
        "anchor": d.anchor,
        "explanation": d.explanation,
    }


def published_json(p: PublicationDate) -> dict:
    return {"edtf": p.edtf, "earliest": _iso(p.earliest), "latest": _iso(p.latest), "method": p.method, "evidence": list(p.evidence)}


def event_json(e: EventDraft) -> dict:
    return {
        "id": e.id,
        "type": e.type,
        "title": e.title,
        "planned": e.planned,
        "core": e.core,
        "date": date_json(e.date),
        "agencies": [{"name": a.name, "unit": a.unit, "kind": a.kind, "parent": a.parent} for a in e.agencies],
        "boroughs": list(e.boroughs),
        "places": list(e.places),
        "people": [{"name": p.name, "title": p.title, "affiliation": p.affiliation} for p in e.people],
        "citations": [
            {
                "paragraph": c.paragraph,
                "quote": c.quote,
                "start": c.start,
                "end": c.end,
                "prefix": c.prefix,
                "suffix": c.suffix,
                "paragraph_hash": c.paragraph_hash,
            }
            for c in e.citations
        ],
    }


def result_json(r: ArticleResult) -> dict:
    a = r.article
    return {
        "path": a.path,
        "slug": a.slug,
        "title": a.title,
        "url": a.url,
        "publisher": a.publisher,
        "published": published_json(r.published),
        "events": [event_json(e) for e in r.events],
    }


def _load(paths: list[str], published: date | None, settings) -> tuple[list, list[str]]:
    articles, errors = [], []
    for item in load_inputs(paths, max_bytes=settings.max_file_bytes, timeout=settings.fetch_timeout):
        if isinstance(item, ArticleError):
            errors.append(str(item))
        else:
            if published is not None:
                item = replace(item, published=published, published_method="metadata")
            articles.append(item)
    return articles, errors


def extract_json(paths: list[str], *, published: date | None, settings) -> tuple[dict, list[str]]:
    """({"articles": [...]}, errors) for the given files, folders and URLs."""
    from app.ingest.gazetteer_access import get_gazetteer

    articles, errors = _load(paths, published, settings)
    results = extract(articles, get_gazetteer())
    return {"articles": [result_json(r) for r in results]}, errors


def describe_dates(path: str, *, published: date | None, settings) -> str:
    """Every temporal expression of one article with its resolution, then the publication date."""
    from app.ingest.temporal import find_article_dates, infer_publication_date
    from app.ingest.temporal.report import describe

    articles, errors = _load([path], published, settings)
    if errors:
        raise ValueError(errors[0])
    article = articles[0]
    dct = infer_publication_date(article)
    return describe(article, dct, find_article_dates(article, dct))
