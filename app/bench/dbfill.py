"""Events written straight into a migrated database, for the page benchmarks at up to 1M events.

The rows are the generated articles' answer-key events, stored through the models' own tables with
bulk Core inserts (what ingest would store if extraction were perfect): sources, versions,
paragraphs, one mention and one event per gold event, citations, link rows and the search index.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import insert, text
from sqlalchemy.engine import Engine

from app.bench.generate import iter_articles
from app.db import search
from app.db.links import slugify
from app.db.models import (
    Agency,
    Borough,
    Citation,
    Event,
    EventAgency,
    EventBorough,
    EventPlace,
    Mention,
    Paragraph,
    Place,
    Source,
    SourceVersion,
)
from app.ingest.gazetteer.data import load_data

BATCH = 2000  # articles per transaction


@dataclass
class _Names:
    """Agency, borough and place rows made so far: name -> id."""

    agencies: dict[str, int] = field(default_factory=dict)
    boroughs: dict[str, int] = field(default_factory=dict)
    places: dict[str, int] = field(default_factory=dict)  # by slug
    kinds: dict[str, str] = field(default_factory=dict)


def _edtf(e: dict) -> str:
    s, t, p = e["start"], e["end"], e["precision"]
    if p == "day" and s == t:
        return s.isoformat()
    if p == "month":
        return s.isoformat()[:7]
    if p == "year":
        return str(s.year)
    return f"{s.isoformat()}/{t.isoformat()}"


def _id(prefix: str, *parts: str) -> str:
    return prefix + hashlib.sha1("|".join(parts).encode()).hexdigest()[:16]


def _rows(
    articles, names: _Names, start_ids: dict[str, int], now: datetime
) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {
        k: []
        for k in (
            "source",
            "version",
            "paragraph",
            "event",
            "mention",
            "citation",
            "agency",
            "borough",
            "place",
            "ea",
            "eb",
            "ep",
            "fts",
        )
    }
    ids = start_ids
    for art in articles:
        ids["source"] += 1
        sid = ids["source"]
        g = art.gold
        slug = art.name[:-3]
        body = art.markdown.split("---\n", 2)[2]
        paragraphs = [p for p in body.split("\n\n") if p.strip()]
        out["source"].append(
            {
                "id": sid,
                "slug": slug,
                "url": f"https://news.example.org/{slug}",
                "publisher": "Bench",
                "path": art.name,
                "current_version": 1,
                "created_at": now,
            }
        )
        out["version"].append(
            {
                "id": sid,
                "source_id": sid,
                "version": 1,
                "content_hash": hashlib.sha256(body.encode()).hexdigest(),
                "fmt": "md",
                "title": slug,
                "author": None,
                "published_edtf": g["published"].isoformat(),
                "published_earliest": g["published"],
                "published_latest": g["published"],
                "published_method": "metadata",
                "published_evidence": [],
                "ingested_at": now,
                "reanchor": None,
            }
        )
        para_ids = {}
        for number, textp in enumerate(paragraphs, start=1):
            ids["paragraph"] += 1
            para_ids[number] = ids["paragraph"]
            out["paragraph"].append(
                {
                    "id": ids["paragraph"],
                    "version_id": sid,
                    "number": number,
                    "text": textp.strip(),
                    "kind": "body",
                    "reason": None,
                    "text_hash": hashlib.sha1(textp.encode()).hexdigest(),
                }
            )
        for e in g["events"]:
            eid, mid = _id("ev-", slug, e["id"]), _id("mn-", slug, e["id"])
            paragraph = paragraphs[e["para"] - 1].strip()
            actors = {
                "agencies": [
                    {
                        "name": a,
                        "kind": names.kinds.get(a, "other"),
                        "unit": None,
                        "parent": None,
                        "slug": slugify(a),
                    }
                    for a in e["agencies"]
                ],
                "boroughs": e["boroughs"],
                "places": e["places"],
                "people": [],
            }
            search_text = "\n".join(
                [e["quote"], paragraph, *e["agencies"], *e["places"]]
            )
            common = {
                "type": e["type"],
                "title": e["quote"],
                "planned": e["planned"],
                "core": e["core"],
                "edtf": _edtf(e),
                "earliest": e["start"],
                "latest": e["end"],
                "precision": e["precision"],
                "anchor": e["anchor"],
                "explanation": f"generated: {e.get('date_kind', '')}",
            }
            out["event"].append(
                {
                    "id": eid,
                    **common,
                    "source_count": 1,
                    "cluster_score": 1.0,
                    "cluster_reason": "",
                    "hidden": False,
                    "corrected": None,
                    "search_text": search_text,
                    "updated_at": now,
                }
            )
            out["mention"].append(
                {
                    "id": mid,
                    "event_id": eid,
                    "source_id": sid,
                    "version_id": sid,
                    **common,
                    "actors": actors,
                }
            )
            out["citation"].append(
                {
                    "mention_id": mid,
                    "paragraph_id": para_ids[e["para"]],
                    "paragraph_number": e["para"],
                    "quote": e["quote"],
                    "start": 0,
                    "end": len(e["quote"]),
                    "prefix": "",
                    "suffix": "",
                    "paragraph_hash": "",
                }
            )
            out["fts"].append(
                {"r": search.fts_rowid(eid), "id": eid, "body": search_text}
            )
            for a in e["agencies"]:
                if a not in names.agencies:
                    names.agencies[a] = len(names.agencies) + 1
                    out["agency"].append(
                        {
                            "id": names.agencies[a],
                            "slug": slugify(a),
                            "name": a,
                            "kind": names.kinds.get(a, "other"),
                            "parent": None,
                        }
                    )
                out["ea"].append(
                    {"event_id": eid, "agency_id": names.agencies[a], "unit": None}
                )
            for b in e["boroughs"]:
                if b not in names.boroughs:
                    names.boroughs[b] = len(names.boroughs) + 1
                    out["borough"].append(
                        {
                            "id": names.boroughs[b],
                            "slug": slugify(b),
                            "name": b,
                            "region": None,
                        }
                    )
                out["eb"].append({"event_id": eid, "borough_id": names.boroughs[b]})
            for p in dict.fromkeys(
                slugify(f"{p} {e['boroughs'][0]}") for p in e["places"]
            ):
                if p not in names.places:
                    names.places[p] = len(names.places) + 1
                    name = next(
                        x
                        for x in e["places"]
                        if slugify(f"{x} {e['boroughs'][0]}") == p
                    )
                    out["place"].append(
                        {
                            "id": names.places[p],
                            "slug": p,
                            "name": name,
                            "borough_id": names.boroughs[e["boroughs"][0]],
                        }
                    )
                out["ep"].append({"event_id": eid, "place_id": names.places[p]})
    return out


TABLES = (
    ("source", Source),
    ("version", SourceVersion),
    ("paragraph", Paragraph),
    ("agency", Agency),
    ("borough", Borough),
    ("place", Place),
    ("event", Event),
    ("mention", Mention),
    ("citation", Citation),
    ("ea", EventAgency),
    ("eb", EventBorough),
    ("ep", EventPlace),
)


def _batches(events: int, seed: int) -> Iterator[list]:
    batch, total, index = [], 0, 0
    while total < events:
        art = next(iter_articles(1, seed, start=index))
        index += 1
        total += art.events
        batch.append(art)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def fill(engine: Engine, *, events: int, seed: int = 1) -> tuple[int, int]:
    """Insert about ``events`` events (whole articles) into an empty migrated database: (articles, events)."""
    names = _Names(kinds={a.name: a.kind for a in load_data().agencies.values()})
    ids = {"source": 0, "paragraph": 0}
    now = datetime.now(UTC)
    sqlite = engine.dialect.name == "sqlite"
    n_articles = n_events = 0
    for batch in _batches(events, seed):
        rows = _rows(batch, names, ids, now)
        with engine.begin() as conn:
            for key, model in TABLES:
                if rows[key]:
                    conn.execute(insert(model.__table__), rows[key])
            if sqlite and rows["fts"]:
                for statement in search.INSERT_SQL:
                    conn.execute(text(statement), rows["fts"])
        n_articles += len(batch)
        n_events += len(rows["event"])
    with engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    return n_articles, n_events
