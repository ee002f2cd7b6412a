"""Plain, deterministic builders: articles, event drafts cited as the extractor cites, and stored rows."""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session

from app.db.store import SaveOutcome, save_article
from app.ingest.edtf import parse_edtf
from app.ingest.events.citations import cite, event_id
from app.ingest.loader import article_from_text
from app.ingest.records import Article, ArticleResult, EventDraft, PublicationDate


def make_article(slug: str, paragraphs: list[str], **meta) -> Article:
    return article_from_text("\n\n".join(paragraphs), fmt="txt", path=f"{slug}.txt", slug=slug, meta=meta)


def make_draft(article: Article, number: int, quote: str, *, type: str = "operation", date: str = "2019-03", boroughs=(), core=False) -> EventDraft:
    """An event citing `quote` in paragraph `number`, with an id made the way the extractor makes it."""
    paragraph = article.paragraphs[number - 1]
    start = paragraph.text.index(quote)
    citation = cite(paragraph, start, start + len(quote))
    return EventDraft(
        id=event_id(article.slug, type, paragraph.text_hash, f"{start}:{quote}"),
        type=type,
        title=quote[:80],
        date=parse_edtf(date),
        citations=(citation,),
        boroughs=tuple(boroughs),
        core=core,
    )


def store(engine, article: Article, drafts: list[EventDraft]) -> SaveOutcome:
    with Session(engine) as session:
        outcome = save_article(session, ArticleResult(article, PublicationDate.unknown(), tuple(drafts)))
        session.commit()
    return outcome


# Timestamps and surrogate keys differ between two equal ingests; everything else must not.
_CONTENT_QUERIES = {
    "source": "SELECT slug, url, publisher, current_version FROM source",
    "source_version": "SELECT s.slug, v.version, v.content_hash, v.fmt, v.title, v.published_edtf FROM source_version v JOIN source s ON s.id = v.source_id",
    "paragraph": "SELECT s.slug, v.version, p.number, p.text, p.kind, p.text_hash FROM paragraph p JOIN source_version v ON v.id = p.version_id JOIN source s ON s.id = v.source_id",
    "mention": "SELECT m.id, m.event_id, s.slug, v.version, m.type, m.title, m.edtf, m.precision, m.anchor FROM mention m JOIN source s ON s.id = m.source_id JOIN source_version v ON v.id = m.version_id",
    "citation": "SELECT c.mention_id, c.paragraph_number, c.quote, c.start, c.\"end\", c.paragraph_hash FROM citation c",
    "event": "SELECT id, type, title, edtf, precision, anchor, planned, core, hidden, source_count FROM event",
    "event_agency": "SELECT ea.event_id, a.slug, ea.unit FROM event_agency ea JOIN agency a ON a.id = ea.agency_id",
    "event_borough": "SELECT eb.event_id, b.slug FROM event_borough eb JOIN borough b ON b.id = eb.borough_id",
}


def content_rows(engine) -> dict[str, list[tuple]]:
    """Every table's rows by natural keys, sorted: equal for two databases holding the same timeline."""
    with engine.connect() as conn:
        return {name: sorted(tuple(row) for row in conn.execute(text(sql))) for name, sql in _CONTENT_QUERIES.items()}


def all_rows(engine) -> dict[str, list[tuple]]:
    """Every row of every table, as stored (for backups, which must be exact)."""
    from sqlalchemy import inspect

    with engine.connect() as conn:
        names = sorted(n for n in inspect(conn).get_table_names() if not n.startswith("event_fts_"))
        return {n: sorted((tuple(r) for r in conn.execute(text(f'SELECT * FROM "{n}"'))), key=repr) for n in names}


def row_differences(a: dict[str, list[tuple]], b: dict[str, list[tuple]], limit: int = 5) -> list[str]:
    """Readable differences between two content_rows results (for assertion messages)."""
    out = []
    for table in a:
        only_a, only_b = set(a[table]) - set(b.get(table, [])), set(b.get(table, [])) - set(a[table])
        out += [f"{table} only in first: {row}" for row in sorted(only_a, key=repr)[:limit]]
        out += [f"{table} only in second: {row}" for row in sorted(only_b, key=repr)[:limit]]
    return out
