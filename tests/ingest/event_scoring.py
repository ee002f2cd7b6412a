"""Run the pure pipeline over article files and score it with the shared evaluation scorer."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from app.config import PROJECT_ROOT
from app.ingest.events import extract_events
from app.ingest.loader import iter_article_paths, load_article, load_sources_meta
from app.ingest.records import ArticleResult, EventDraft
from app.ingest.temporal import infer_publication_date

SHARED = PROJECT_ROOT.parent / "shared"
SCORER = SHARED / "tools" / "score_events.py"
GOLD_DIR = SHARED / "gold"
SEEDS = PROJECT_ROOT / "seeds"
OWN_ARTICLES = Path(__file__).with_name("articles")


def load_scorer():
    """The evaluation's score_events module, imported from its path."""
    spec = importlib.util.spec_from_file_location("score_events", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_pipeline(folder: Path, gazetteer) -> list[ArticleResult]:
    """loader -> publication date (the folder as collection) -> events, for every article file."""
    meta = load_sources_meta(folder)
    articles = [
        load_article(p, meta=meta.get(p.name)) for p in iter_article_paths([folder])
    ]
    results = []
    for article in articles:
        published = infer_publication_date(article, collection=articles)
        results.append(
            ArticleResult(
                article, published, tuple(extract_events(article, published, gazetteer))
            )
        )
    return results


def _iso(day) -> str | None:
    return day.isoformat() if day else None


def event_json(event: EventDraft) -> dict:
    """One event in the `timeline extract --format json` shape."""
    d = event.date
    return {
        "id": event.id,
        "type": event.type,
        "title": event.title,
        "planned": event.planned,
        "core": event.core,
        "date": {
            "edtf": d.edtf,
            "earliest": _iso(d.earliest),
            "latest": _iso(d.latest),
            "precision": d.precision,
            "anchor": d.anchor,
            "explanation": d.explanation,
        },
        "agencies": [
            {"name": a.name, "unit": a.unit, "kind": a.kind} for a in event.agencies
        ],
        "boroughs": list(event.boroughs),
        "places": list(event.places),
        "people": [{"name": p.name, "title": p.title} for p in event.people],
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
            for c in event.citations
        ],
    }


def extract_json(results: list[ArticleResult]) -> dict:
    """The whole `timeline extract` output for the results."""
    articles = []
    for r in results:
        p = r.published
        articles.append(
            {
                "path": r.article.path,
                "title": r.article.title,
                "published": {
                    "edtf": p.edtf,
                    "earliest": _iso(p.earliest),
                    "latest": _iso(p.latest),
                    "method": p.method,
                    "evidence": list(p.evidence),
                },
                "events": [event_json(e) for e in r.events],
            }
        )
    return {"articles": articles}


def score_folder(
    folder: Path,
    gold_dir: Path,
    pattern: str,
    gazetteer,
    *,
    report: bool = False,
    assess_external: bool = False,
) -> dict:
    """Metrics of the extractor over a folder of articles against a gold file."""
    scorer = load_scorer()
    gold = scorer.load_gold(gold_dir, pattern)
    prediction = extract_json(run_pipeline(folder, gazetteer))
    return scorer.score(
        gold, prediction, report=report, assess_external=assess_external
    )
