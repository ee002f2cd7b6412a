"""The ingest pipeline: load articles, extract their events (pure), store each in its own transaction."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from app.ingest.decoding import ArticleError
from app.ingest.loader import iter_article_paths, load_article, load_sources_meta
from app.ingest.records import Article, ArticleResult


@dataclass(frozen=True)
class FileOutcome:
    path: str
    status: str  # new | updated | unchanged | failed
    paragraphs: int = 0
    events: int = 0
    error: str | None = None


def is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


def load_inputs(inputs: Sequence[str], *, max_bytes: int, timeout: float = 20.0) -> Iterator[Article | ArticleError]:
    """Articles from files, folders and URLs, or the error each one gave; never raises for one input."""
    meta_cache: dict[Path, dict] = {}
    for item in inputs:
        if is_url(item):
            from app.ingest.fetch import fetch_article

            try:
                yield fetch_article(item, timeout=timeout, max_bytes=max_bytes)
            except ArticleError as exc:
                yield exc
            continue
        root = Path(item)
        if not root.exists() and not root.is_symlink():
            yield ArticleError(item, "no such file or folder")
            continue
        for path in iter_article_paths([root]):
            folder = path.parent
            try:
                if folder not in meta_cache:
                    meta_cache[folder] = load_sources_meta(folder)
                yield load_article(path, meta=meta_cache[folder].get(path.name), max_bytes=max_bytes)
            except ArticleError as exc:
                yield exc
            except Exception as exc:  # noqa: BLE001  - one broken file must not stop the others
                yield ArticleError(str(path), f"{type(exc).__name__}: {exc}")


def extract(articles: Sequence[Article], gazetteer, *, skip: Callable[[Article], bool] = lambda a: False) -> list[ArticleResult]:
    """Publication dates (each article read with the others as its collection) and events. Pure."""
    from app.ingest.events import extract_events
    from app.ingest.temporal import infer_publication_date

    results = []
    for article in articles:
        published = infer_publication_date(article, collection=articles)
        events = () if skip(article) else tuple(extract_events(article, published, gazetteer))
        results.append(ArticleResult(article, published, events))
    return results


def ingest(
    inputs: Sequence[str],
    engine: Engine,
    *,
    gazetteer,
    max_bytes: int,
    timeout: float = 20.0,
    on_file: Callable[[FileOutcome], None] | None = None,
) -> list[FileOutcome]:
    """Load, extract and store; each article is its own transaction, failures are reported, not raised."""
    from app.db.store import save_article

    outcomes: list[FileOutcome] = []

    def report(outcome: FileOutcome) -> None:
        outcomes.append(outcome)
        if on_file:
            on_file(outcome)

    articles: list[Article] = []
    for item in load_inputs(inputs, max_bytes=max_bytes, timeout=timeout):
        if isinstance(item, ArticleError):
            report(FileOutcome(item.path, "failed", error=item.problem))
        else:
            articles.append(item)
    _check_duplicate_slugs(articles)
    unchanged = _unchanged(engine, articles)
    for result in extract(articles, gazetteer, skip=lambda a: a.slug in unchanged):
        article = result.article
        if article.slug in unchanged:
            report(FileOutcome(article.path, "unchanged", len(article.paragraphs), unchanged[article.slug]))
            continue
        try:
            with Session(engine) as session:
                saved = save_article(session, result)
                session.commit()
            report(FileOutcome(article.path, saved.status, saved.paragraphs, saved.events))
        except Exception as exc:  # noqa: BLE001  - the transaction rolled back; nothing of it is stored
            report(FileOutcome(article.path, "failed", error=f"could not store: {type(exc).__name__}: {exc}"))
    return outcomes


def _check_duplicate_slugs(articles: list[Article]) -> None:
    seen: dict[str, str] = {}
    for i, article in enumerate(articles):
        if article.slug in seen and seen[article.slug] != article.path:
            # two files with the same name in different folders: keep both, distinctly
            from dataclasses import replace

            articles[i] = replace(article, slug=f"{article.slug}-{i}")
        seen.setdefault(article.slug, article.path)


def _unchanged(engine: Engine, articles: Iterable[Article]) -> dict[str, int]:
    """{slug: stored mention count} for articles whose current stored version has the same content."""
    from sqlalchemy import func

    from app.db.models import Mention, Source, SourceVersion

    hashes = {a.slug: a.content_hash for a in articles}
    if not hashes:
        return {}
    out = {}
    with Session(engine) as session:
        rows = session.exec(
            select(Source.slug, Source.id, SourceVersion.content_hash)
            .join(SourceVersion, (SourceVersion.source_id == Source.id) & (SourceVersion.version == Source.current_version))
            .where(Source.slug.in_(list(hashes)))
        ).all()
        for slug, source_id, content_hash in rows:
            if hashes.get(slug) == content_hash:
                count = session.exec(select(func.count()).select_from(Mention).where(Mention.source_id == source_id)).one()
                out[slug] = count
    return out
